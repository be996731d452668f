-- Cost passes learners said themselves, graded against the reference estimate of their workload. Kept as answered:
-- the grade is never recomputed, so it stays what the learner saw and what progress-service was told.
create table graded_cost_pass (
    id         uuid         primary key,
    owner      varchar(128) not null,
    prompt_id  varchar(64),
    submitted  text         not null,
    result     text         not null,
    score      integer      not null check (score between 0 and 100),
    graded_at  timestamptz  not null default now()
);
create index graded_cost_pass_by_owner on graded_cost_pass (owner, graded_at desc);
