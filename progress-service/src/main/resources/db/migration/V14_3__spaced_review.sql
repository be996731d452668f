-- Spaced review (SM-2): each learner's schedule per card, and every review answered. The cards themselves are derived
-- from the curriculum read model, so a new module version updates them; a card no longer in the module is retired.
create table review_card_state (
    learner_id        varchar(128) not null,
    module_id         varchar(64)  not null,
    card_id           varchar(160) not null,
    repetitions       integer      not null,
    interval_days     integer      not null,
    ease              numeric(4,2) not null check (ease >= 1.30),
    due_on            date         not null,
    reviews           integer      not null,
    lapses            integer      not null,
    last_reviewed_at  timestamptz  not null,
    primary key (learner_id, module_id, card_id)
);
create index review_card_state_due on review_card_state (learner_id, due_on);

create table review_log (
    id             uuid          primary key,
    learner_id     varchar(128)  not null,
    module_id      varchar(64)   not null,
    card_id        varchar(160)  not null,
    front          varchar(600)  not null,
    grade          integer       not null check (grade between 0 and 5),
    answer         numeric(14,2),
    correct        boolean,
    review_day     date          not null,
    reviewed_at    timestamptz   not null,
    interval_days  integer       not null,
    due_on         date          not null
);
create index review_log_by_learner on review_log (learner_id, review_day);
create index review_log_by_time on review_log (reviewed_at);
