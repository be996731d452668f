-- Each learner's state of each item; the learner is the JWT subject. A PUT replaces the row, so it is idempotent.
create table item_progress (
    learner_id     varchar(128) not null,
    module_id      varchar(64)  not null,
    item_id        varchar(128) not null,
    status         varchar(16)  not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED')),
    minutes_spent  integer      not null check (minutes_spent between 0 and 6000),
    completed_at   timestamptz,
    updated_at     timestamptz  not null,
    primary key (learner_id, module_id, item_id)
);

-- Cost passes practised, from cost.estimates.v1: one row per estimate, whatever the number of deliveries.
create table cost_pass (
    estimate_id  varchar(64)  primary key,
    learner_id   varchar(128) not null,
    created_at   timestamptz  not null
);
create index cost_pass_by_learner on cost_pass (learner_id);
