-- A compute rate can be derived from an instance's hourly list price and an assumed throughput; the conversion is
-- kept with the rate so every estimate can state it. Sources get room to say where a figure comes from.
alter table price_rate
    add column instance_type             varchar(32),
    add column instance_hourly           numeric(14, 6) check (instance_hourly > 0),
    add column tb_per_instance_hour_low  numeric(14, 6) check (tb_per_instance_hour_low > 0),
    add column tb_per_instance_hour_high numeric(14, 6) check (tb_per_instance_hour_high >= tb_per_instance_hour_low),
    alter column source type varchar(500),
    drop constraint price_rate_basis_check,
    add constraint price_rate_basis_check check (basis in ('RULE_OF_THUMB', 'LIST_PRICE', 'DERIVED')),
    add constraint price_rate_instance_hours_complete check (
        (instance_type is null and instance_hourly is null and tb_per_instance_hour_low is null
            and tb_per_instance_hour_high is null)
        or (instance_type is not null and instance_hourly is not null and tb_per_instance_hour_low is not null
            and tb_per_instance_hour_high is not null));

-- aws-list-2026 v2: v1's list prices plus batch compute, so list prices cover every component the module prices.
-- Spark has no per-TB list price: EMR bills per instance-hour. The instance prices below are not in
-- shared/reference/list-prices.md; they are AWS's public on-demand prices (us-east-1, Linux) for m5.xlarge
-- (EC2 $0.192 per hour) and its EMR fee ($0.048 per hour). The throughput (0.125-0.5 TB processed per instance-hour,
-- about 9-35 MB/s per vCPU on 4 vCPUs) is an assumption, stated as such, not a published figure.
insert into price_catalog (name, version, description) values
    ('aws-list-2026', 2, 'Public AWS list prices, us-east-1. Batch compute is EMR on m5.xlarge instance-hours '
        || '(EC2 + EMR fee) converted to TB processed with an assumed throughput; MSK broker hours are not priced '
        || '(they depend on the broker count, not on GB retained).');

insert into price_rate (catalog_id, rate_key, label, component, unit, low, high, basis, source, effective_date)
select v2.id, r.rate_key, r.label, r.component, r.unit, r.low, r.high, r.basis, r.source, r.effective_date
from price_rate r
join price_catalog v1 on v1.id = r.catalog_id and v1.name = 'aws-list-2026' and v1.version = 1
join price_catalog v2 on v2.name = 'aws-list-2026' and v2.version = 2;

insert into price_rate (catalog_id, rate_key, label, component, unit, low, high, basis, source, effective_date,
                        instance_type, instance_hourly, tb_per_instance_hour_low, tb_per_instance_hour_high)
select c.id, 'compute.batch', 'EMR on m5.xlarge (Spark)', 'COMPUTE', 'TB processed', 0.48, 1.92, 'DERIVED',
    'AWS EC2 on-demand pricing page: m5.xlarge $0.192 per hour, and AWS EMR pricing page: EMR fee $0.048 per hour '
        || '(us-east-1, Linux; not in shared/reference/list-prices.md). Throughput of 0.125-0.5 TB per '
        || 'instance-hour is an assumption: $0.24 / 0.5 TB = $0.48, $0.24 / 0.125 TB = $1.92 per TB processed',
    date '2026-03-01', 'm5.xlarge', 0.24, 0.125, 0.5
from price_catalog c where c.name = 'aws-list-2026' and c.version = 2;

-- Estimates saved before rates carried their dates: give each line's rate the effective date of the catalog rate
-- that priced it, so every stored line shows rate, source and date.
update estimate e
set result = jsonb_set(e.result::jsonb, '{lines}', coalesce((
        select jsonb_agg(case
                when r.effective_date is null then line
                else jsonb_set(line, '{rate,effectiveDate}', to_jsonb(r.effective_date::text)) end
            order by position)
        from jsonb_array_elements(e.result::jsonb -> 'lines') with ordinality as l(line, position)
        left join price_rate r on r.catalog_id = e.catalog_id and r.rate_key = line -> 'rate' ->> 'key'),
    '[]'::jsonb))::text
where e.result::jsonb -> 'lines' is not null;
