-- Events written in the same transaction as the change they announce, then relayed to progress.events.v1.
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
