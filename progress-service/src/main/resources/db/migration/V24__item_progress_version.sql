-- The version of a learner's state of an item, its ETag: every write adds one, and a write sent with If-Match applies
-- only where the row is still at that version, so of two devices racing from the same read only one wins.
-- Rows written before this change start at 1; an item never written is at version 0.
alter table item_progress add column version bigint not null default 1;
