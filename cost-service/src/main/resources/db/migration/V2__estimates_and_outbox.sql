-- Saved estimates. The workload and the result are kept as JSON as they were answered; the catalog version is
-- immutable, so recomputing gives the same figures forever.
create table estimate (
    id              uuid           primary key,
    owner           varchar(128)   not null,
    name            varchar(120)   not null,
    preset          varchar(64),
    catalog_id      bigint         not null references price_catalog (id),
    workload        text           not null,
    result          text           not null,
    total_low       numeric(16, 2) not null,
    total_high      numeric(16, 2) not null,
    created_at      timestamptz    not null default now()
);
create index estimate_by_owner on estimate (owner, created_at desc);

-- Events written in the same transaction as the change they announce, then relayed to Kafka and marked sent.
create table outbox_event (
    id          uuid          primary key,
    topic       varchar(128)  not null,
    record_key  varchar(128)  not null,
    type        varchar(200)  not null,
    subject     varchar(200),
    payload     text          not null,
    created_at  timestamptz   not null default now(),
    sent_at     timestamptz
);
create index outbox_event_pending on outbox_event (created_at) where sent_at is null;
