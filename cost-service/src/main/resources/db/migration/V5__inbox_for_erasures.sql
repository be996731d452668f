-- cost-service's first consumer (LearnerErased): the ids of the events it applied, written in the transaction of
-- the effect, so a repeat changes nothing.
create table processed_event (
    event_id     varchar(128) primary key,
    topic        varchar(128) not null,
    processed_at timestamptz  not null default now()
);
