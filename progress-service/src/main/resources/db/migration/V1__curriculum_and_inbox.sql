-- The curriculum as content-service last published it: the read model progress is measured against.
create table curriculum_module (
    module_id           varchar(64)  primary key,
    version             integer      not null,
    title               varchar(200) not null,
    estimated_hours_min integer      not null,
    estimated_hours_max integer      not null,
    updated_at          timestamptz  not null default now()
);

create table curriculum_item (
    id                bigserial    primary key,
    module_id         varchar(64)  not null references curriculum_module (module_id) on delete cascade,
    item_id           varchar(128) not null,
    kind              varchar(32)  not null,
    title             varchar(300) not null,
    estimated_minutes integer      not null,
    position          integer      not null,
    unique (module_id, item_id)
);

-- Ids of the events already applied, written in the same transaction as their effect: each applies once.
create table processed_event (
    event_id     varchar(128) primary key,
    topic        varchar(128) not null,
    processed_at timestamptz  not null default now()
);
