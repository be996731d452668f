-- A learner's own study hours per level (1 to 4) for a module's skills plan; absent means the defaults.
create table skill_hours (
    learner_id  varchar(128) not null,
    module_id   varchar(64)  not null,
    hours       text         not null,
    updated_at  timestamptz  not null,
    primary key (learner_id, module_id)
);
