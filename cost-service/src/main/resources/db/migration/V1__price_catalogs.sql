-- Versioned price catalogs. A catalog version never changes once written: an estimate keeps the version it used,
-- so it reproduces forever.
create table price_catalog (
    id           bigserial primary key,
    name         varchar(64)  not null,
    version      integer      not null,
    description  varchar(500) not null,
    created_at   timestamptz  not null default now(),
    unique (name, version)
);

-- Rates are keyed by the role they play in an estimate (storage.hot, compute.batch, streaming.retained,
-- serving.scanned, discount.spot, ...). Units: 1 TB = 1,000 GB. A rate without a range has low = high.
-- Discounts are fractions off the component they apply to.
create table price_rate (
    id             bigserial primary key,
    catalog_id     bigint         not null references price_catalog (id),
    rate_key       varchar(64)    not null,
    label          varchar(100)   not null,
    component      varchar(16)    not null check (component in ('STORAGE', 'COMPUTE', 'STREAMING', 'SERVING')),
    unit           varchar(32)    not null,
    low            numeric(14, 6) not null check (low >= 0),
    high           numeric(14, 6) not null check (high >= low),
    basis          varchar(16)    not null check (basis in ('RULE_OF_THUMB', 'LIST_PRICE')),
    source         varchar(300)   not null,
    effective_date date           not null,
    unique (catalog_id, rate_key)
);

insert into price_catalog (name, version, description) values
    ('module-9', 1, 'The rules of thumb of Module 9''s quick cost calculations and tips'),
    ('aws-list-2026', 1, 'Public AWS list prices, us-east-1. Spark has no per-TB list price (EMR bills per instance-hour), '
        || 'so this catalog prices no batch compute: use module-9 for that line.');

insert into price_rate (catalog_id, rate_key, label, component, unit, low, high, basis, source, effective_date)
select c.id, r.rate_key, r.label, r.component, r.unit, r.low, r.high, r.basis, r.source, r.effective_date
from price_catalog c
join (values
    ('module-9', 'storage.hot', 'Storage (S3)', 'STORAGE', 'TB-month', 23.00, 23.00, 'RULE_OF_THUMB',
        'Module 9, Quick Cost Calculations', date '2026-01-01'),
    ('module-9', 'compute.batch', 'Compute (Spark)', 'COMPUTE', 'TB processed', 0.50, 2.00, 'RULE_OF_THUMB',
        'Module 9, Quick Cost Calculations', date '2026-01-01'),
    ('module-9', 'streaming.retained', 'Streaming (Kafka)', 'STREAMING', 'GB-month', 0.10, 0.10, 'RULE_OF_THUMB',
        'Module 9, Quick Cost Calculations', date '2026-01-01'),
    ('module-9', 'serving.scanned', 'Serving (Trino)', 'SERVING', 'TB queried', 1.00, 1.00, 'RULE_OF_THUMB',
        'Module 9, Quick Cost Calculations', date '2026-01-01'),
    ('module-9', 'discount.spot', 'Spot instances', 'COMPUTE', 'fraction off', 0.60, 0.80, 'RULE_OF_THUMB',
        'Module 9, Cost Pass tips: spot instances (60-80% savings)', date '2026-01-01'),
    ('aws-list-2026', 'storage.hot', 'S3 Standard', 'STORAGE', 'TB-month', 23.00, 23.00, 'LIST_PRICE',
        'AWS S3 pricing page: $0.023 per GB-month, first 50 TB', date '2026-03-01'),
    ('aws-list-2026', 'storage.warm', 'S3 Standard-IA', 'STORAGE', 'TB-month', 12.50, 12.50, 'LIST_PRICE',
        'AWS S3 pricing page: $0.0125 per GB-month, plus $0.01 per GB retrieved, 30-day minimum', date '2026-03-01'),
    ('aws-list-2026', 'storage.cold', 'S3 Glacier Instant Retrieval', 'STORAGE', 'TB-month', 4.00, 4.00, 'LIST_PRICE',
        'AWS S3 pricing: $0.004 per GB-month, plus $0.03 per GB retrieved, 90-day minimum', date '2026-03-01'),
    ('aws-list-2026', 'storage.archive', 'S3 Glacier Deep Archive', 'STORAGE', 'TB-month', 0.99, 0.99, 'LIST_PRICE',
        'AWS S3 pricing page: $0.00099 per GB-month', date '2026-03-01'),
    ('aws-list-2026', 'streaming.retained', 'Amazon MSK storage', 'STREAMING', 'GB-month', 0.10, 0.10, 'LIST_PRICE',
        'AWS MSK pricing page: storage $0.10 per GB-month; broker hours extra', date '2026-03-01'),
    ('aws-list-2026', 'serving.scanned', 'Amazon Athena', 'SERVING', 'TB queried', 5.00, 5.00, 'LIST_PRICE',
        'AWS Athena pricing page: $5 per TB scanned, 10 MB minimum per query', date '2026-03-01'),
    ('aws-list-2026', 'discount.spot', 'EC2 Spot', 'COMPUTE', 'fraction off', 0.00, 0.90, 'LIST_PRICE',
        'AWS EC2 Spot page: up to 90% off on-demand', date '2026-03-01'),
    ('aws-list-2026', 'discount.commitment-3y', 'Compute Savings Plans', 'COMPUTE', 'fraction off', 0.00, 0.66,
        'LIST_PRICE', 'AWS Savings Plans page: Compute up to 66% off', date '2026-03-01')
) as r (catalog, rate_key, label, component, unit, low, high, basis, source, effective_date)
    on r.catalog = c.name and c.version = 1;
