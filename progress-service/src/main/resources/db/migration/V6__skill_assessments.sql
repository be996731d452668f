-- Self-assessments against a module's skills matrix, kept as history; private to the learner.
create table skill_assessment (
    id           uuid         primary key,
    learner_id   varchar(128) not null,
    module_id    varchar(64)  not null,
    levels       text         not null,
    recorded_at  timestamptz  not null
);
create index skill_assessment_by_learner on skill_assessment (learner_id, module_id, recorded_at);
