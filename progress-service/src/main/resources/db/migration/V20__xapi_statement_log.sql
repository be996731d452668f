-- The xAPI statement log: a statement is written in the same transaction as the fact it states and never changes
-- afterwards (the trigger below refuses updates); an undo is a voiding statement naming the statement it voids.
-- stored is the writing transaction's start (now()), so every statement not yet visible has a stored time at or after
-- the start of a transaction still running: that is what X-Experience-API-Consistent-Through is computed from.
create table xapi_statement (
    id                   uuid          primary key,
    seq                  bigserial     not null unique,
    learner_id           varchar(128)  not null,
    verb_id              varchar(200)  not null,
    object_id            varchar(500)  not null,
    voided_statement_id  uuid          unique,
    stored               timestamptz   not null default now(),
    statement            text          not null
);
create index xapi_statement_by_stored on xapi_statement (stored, seq);
create index xapi_statement_by_learner on xapi_statement (learner_id, stored, seq);
create index xapi_statement_by_object on xapi_statement (object_id, stored, seq);

create function xapi_statement_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'xAPI statements never change: write a voiding statement instead';
end
$$;
create trigger xapi_statement_no_update before update on xapi_statement
    for each row execute function xapi_statement_immutable();

-- Whether the state held before the log existed has been written into it (once, by the first replica to start).
create table xapi_backfill (
    id       integer      primary key check (id = 1),
    done_at  timestamptz  not null
);
