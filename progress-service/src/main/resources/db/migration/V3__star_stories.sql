-- A learner's STAR story bank; private to the learner.
create table star_story (
    id          uuid          primary key,
    learner_id  varchar(128)  not null,
    title       varchar(120)  not null,
    situation   varchar(4000) not null,
    task        varchar(4000) not null,
    action      varchar(4000) not null,
    result      varchar(4000) not null,
    themes      varchar(200)  not null,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null
);
create index star_story_by_learner on star_story (learner_id, created_at);
