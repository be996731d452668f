-- Mock interview sessions; scores and reflections are private to the learner.
create table mock_interview (
    id                     uuid          primary key,
    learner_id             varchar(128)  not null,
    module_id              varchar(64)   not null,
    held_on                date          not null,
    kind                   varchar(16)   not null check (kind in ('SYSTEM_DESIGN', 'BEHAVIORAL', 'LEADERSHIP')),
    checklist              text          not null,
    step_scores            text          not null,
    star_score             integer       check (star_score between 1 and 5),
    went_well              varchar(2000),
    went_poorly            varchar(2000),
    questions_to_document  varchar(2000),
    follow_ups             varchar(2000),
    created_at             timestamptz   not null
);
create index mock_interview_by_learner on mock_interview (learner_id, module_id, held_on);
