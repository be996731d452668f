-- The relay's lease: a row claimed by one replica (FOR UPDATE SKIP LOCKED) is not claimed by another until it is
-- sent or released, or the lease ran out because its replica died.
alter table outbox_event add column claimed_until timestamptz;
-- Pruning finds sent rows by their age.
create index outbox_event_sent on outbox_event (sent_at) where sent_at is not null;

-- Publish at commit: PostgreSQL delivers this notification only when the inserting transaction commits, and every
-- replica's relay listens for it.
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end
$$;
create trigger outbox_event_committed after insert on outbox_event
    for each statement execute function outbox_event_notify();
