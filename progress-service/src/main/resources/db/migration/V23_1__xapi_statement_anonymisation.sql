-- The statement log stays append-only, with one exception: an erasure anonymises a learner's statements, giving them
-- an agent that names no one (learner_id 'erased:<random uuid>', the same in the statement's actor). Nothing else of
-- a statement may change, and nothing at all outside an erasure.
create or replace function xapi_statement_immutable() returns trigger language plpgsql as $$
begin
    if new.id = old.id and new.seq = old.seq and new.verb_id = old.verb_id and new.object_id = old.object_id
            and new.voided_statement_id is not distinct from old.voided_statement_id and new.stored = old.stored
            and new.learner_id like 'erased:%' and new.learner_id <> old.learner_id
            and (cast(new.statement as jsonb) - 'actor') = (cast(old.statement as jsonb) - 'actor')
            and cast(new.statement as jsonb) -> 'actor' = jsonb_set(cast(old.statement as jsonb) -> 'actor',
                '{account,name}', to_jsonb(new.learner_id)) then
        return new;
    end if;
    raise exception 'xAPI statements never change: write a voiding statement instead';
end
$$;
