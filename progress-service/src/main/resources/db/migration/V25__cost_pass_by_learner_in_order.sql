-- A learner's passes in the order they were counted: the read that tells whether a pass reached the target takes the
-- first few in this order, so it is answered from the index whatever share of the table the learner has. On
-- learner_id alone, a learner with many passes looked common enough for a sequential scan to seem cheaper, and as
-- their rows came after everyone else's, each of their events read the whole table.
drop index cost_pass_by_learner;
create index cost_pass_by_learner on cost_pass (learner_id, created_at);
