-- Webhook subscriptions (Standard Webhooks): who made one, where it posts, which event types, its signing secrets.
-- The previous secret keeps signing beside the new one until previous_secret_until (rotation grace).
create table webhook_subscription (
    id                     uuid           primary key,
    owner                  varchar(128)   not null,
    url                    varchar(2000)  not null,
    description            varchar(500),
    event_types            text[]         not null,
    secret                 varchar(100)   not null,
    previous_secret        varchar(100),
    previous_secret_until  timestamptz,
    enabled                boolean        not null default true,
    disabled_reason        varchar(500),
    consecutive_failures   integer        not null default 0,
    failing_since          timestamptz,
    created_at             timestamptz    not null default now()
);
create index webhook_subscription_by_owner on webhook_subscription (owner);

-- One row per event and subscription, written by the consumer in the transaction of its inbox entry; the worker
-- claims due rows (FOR UPDATE SKIP LOCKED, then a lease) and records each attempt's outcome. The message id is the
-- event's id: the same across retries and redeliveries, as receivers deduplicate by it.
create table webhook_delivery (
    id               uuid           primary key,
    subscription_id  uuid           not null references webhook_subscription (id) on delete cascade,
    message_id       varchar(128)   not null,
    event_type       varchar(200)   not null,
    payload          text           not null,
    status           varchar(16)    not null,
    attempts         integer        not null default 0,
    next_attempt_at  timestamptz,
    claimed_until    timestamptz,
    last_attempt_at  timestamptz,
    last_status      integer,
    last_error       varchar(500),
    delivered_at     timestamptz,
    created_at       timestamptz    not null default now(),
    unique (subscription_id, message_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_log on webhook_delivery (subscription_id, created_at desc);

-- LRS endpoints statements are forwarded to, each with its cursor in the statement log (stored, seq of the last
-- statement the LRS accepted). The cursor moves only after a 2xx, in the transaction that records the status.
create table lrs_endpoint (
    id               uuid           primary key,
    url              varchar(2000)  not null,
    username         varchar(200)   not null,
    password         varchar(500)   not null,
    created_by       varchar(128)   not null,
    created_at       timestamptz    not null default now(),
    cursor_stored    timestamptz,
    cursor_seq       bigint         not null default 0,
    forwarded        bigint         not null default 0,
    attempts         integer        not null default 0,
    last_success_at  timestamptz,
    last_error       varchar(500),
    last_error_at    timestamptz,
    next_attempt_at  timestamptz    not null default now(),
    claimed_until    timestamptz,
    claim            uuid
);
