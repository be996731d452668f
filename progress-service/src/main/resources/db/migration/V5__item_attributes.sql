-- Kind-specific facts of an item as content-service published them (JSON object of strings), such as a skill's
-- 2026 status and importance, or a checklist item's group.
alter table curriculum_item add column attributes text;
