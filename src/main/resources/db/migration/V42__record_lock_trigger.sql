-- The lock trigger of V41, reordered so that the common case costs one comparison: a close-off locks hundreds of
-- thousands of rows in one statement (DESIGN.md §10), and only rows already LOCKED or REVOKED need more checks.
create or replace function year_record_refuse_locked() returns trigger language plpgsql as $$
begin
    if old.state not in ('LOCKED', 'REVOKED') then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    -- the department's approved revocation: LOCKED to REVOKED, every other column as it was (the version may count)
    if tg_op = 'UPDATE' and old.state = 'LOCKED' and new.state = 'REVOKED' then
        if to_jsonb(new) - 'state' - 'version' = to_jsonb(old) - 'state' - 'version' then
            return new;
        end if;
    end if;
    raise exception 'year_record % is %', old.id, lower(old.state) using errcode = 'integrity_constraint_violation';
end;
$$;
