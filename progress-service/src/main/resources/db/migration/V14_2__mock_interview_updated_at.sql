-- When a learner last corrected a session; null until the first edit.
alter table mock_interview add column updated_at timestamptz;
