-- Who is a learner: every subject that wrote learner data with a learner token, and the cohort groups its token's
-- groups claim named the last time (the claim's values other than the platform's roles). Cohort reports count only them.
create table learner_profile (
    learner_id    varchar(128)  primary key,
    groups        text[]        not null default '{}',
    last_seen_at  timestamptz   not null
);
create index learner_profile_groups on learner_profile using gin (groups);
-- Roles were not recorded before: everyone who already held progress is taken for a learner.
insert into learner_profile (learner_id, last_seen_at)
select learner_id, max(updated_at) from item_progress group by learner_id;

-- Cohorts an ld-admin names: an id, a name and its learners.
create table named_cohort (
    cohort_id   varchar(64)   primary key,
    name        varchar(200)  not null,
    created_by  varchar(128)  not null,
    created_at  timestamptz   not null
);
create table named_cohort_member (
    cohort_id   varchar(64)   not null references named_cohort (cohort_id) on delete cascade,
    learner_id  varchar(128)  not null,
    primary key (cohort_id, learner_id)
);
