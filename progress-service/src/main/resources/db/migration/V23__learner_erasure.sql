-- Erasure requests and what each service has done about them. The learner is kept only as a SHA-256 digest of their
-- id: enough to check a caller's claim to a request, or whether a late fact predates an erasure, without the record
-- naming the person it erased.
create table learner_erasure (
    id              uuid          primary key,
    learner_digest  varchar(64)   not null,
    requested_by    varchar(128)  not null,
    requested_at    timestamptz   not null
);
create index learner_erasure_by_learner on learner_erasure (learner_digest, requested_at);

create table learner_erasure_part (
    erasure_id  uuid          not null references learner_erasure (id),
    service     varchar(64)   not null,
    erased_at   timestamptz,
    primary key (erasure_id, service)
);

-- Who exported or erased whose data, and when; never the data itself.
create table learner_data_audit (
    id              uuid          primary key,
    action          varchar(16)   not null check (action in ('EXPORT', 'ERASE')),
    actor           varchar(128)  not null,
    learner_digest  varchar(64)   not null,
    erasure_id      uuid,
    at              timestamptz   not null
);
create index learner_data_audit_by_time on learner_data_audit (at);
