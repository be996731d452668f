-- Versioned price catalogs. A catalog version never changes once written: an estimate keeps the version it used.
create table price_catalog (
    id           bigserial primary key,
    name         varchar(64)  not null,
    version      integer      not null,
    description  varchar(500) not null,
    created_at   timestamptz  not null default now(),
    unique (name, version)
);

-- Units: 1 TB = 1,000 GB. A rate without a range has low = high.
create table price_rate (
    id             bigserial primary key,
    catalog_id     bigint        not null references price_catalog (id),
    rate_key       varchar(64)   not null,
    component      varchar(16)   not null check (component in ('STORAGE', 'COMPUTE', 'STREAMING', 'SERVING')),
    unit           varchar(32)   not null,
    low            numeric(14, 6) not null check (low >= 0),
    high           numeric(14, 6) not null check (high >= low),
    basis          varchar(16)   not null check (basis in ('RULE_OF_THUMB', 'LIST_PRICE')),
    source         varchar(300)  not null,
    effective_date date          not null,
    unique (catalog_id, rate_key)
);

insert into price_catalog (name, version, description) values
    ('module-9', 1, 'The rules of thumb of Module 9''s quick cost calculations');

insert into price_rate (catalog_id, rate_key, component, unit, low, high, basis, source, effective_date)
select c.id, r.rate_key, r.component, r.unit, r.low, r.high, 'RULE_OF_THUMB', 'Module 9, Quick Cost Calculations', date '2026-01-01'
from price_catalog c,
     (values ('storage.object', 'STORAGE', 'TB-month', 23.00, 23.00),
             ('compute.spark', 'COMPUTE', 'TB processed', 0.50, 2.00),
             ('streaming.kafka', 'STREAMING', 'GB-month', 0.10, 0.10),
             ('serving.trino', 'SERVING', 'TB queried', 1.00, 1.00)) as r (rate_key, component, unit, low, high)
where c.name = 'module-9' and c.version = 1;
