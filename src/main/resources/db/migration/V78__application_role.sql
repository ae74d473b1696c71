-- The application's own database role (DESIGN.md §7, issue 6). The role that owns the schema runs these migrations
-- (and the city generator); the running application connects as ${appUser}, which may read and write the data but
-- neither change the schema nor lift what the schema refuses. On the registry it gets less: it may add records and
-- transactions and change only the columns the registry's work changes, never delete, and never edit a LOCKED or
-- REVOKED record, even if the owner disabled the trigger of V70 (row-level security below).
--
-- ${appUser} and ${appPassword} are Flyway placeholders from app.database.app-username and app-password
-- (system.OwnerDatabase). The role belongs to the whole server: it is created only if missing (a second database
-- on the same server, or a role the database administrator created beforehand, keeps its password), and it
-- must not be able to bypass row-level security.
do $role$
declare
    existing record;
begin
    select rolsuper, rolbypassrls into existing from pg_roles where rolname = '${appUser}';
    if not found then
        execute format('create role %I login nosuperuser nocreatedb nocreaterole noreplication nobypassrls '
            || 'password %L', '${appUser}', $password$${appPassword}$password$);
    elsif existing.rolsuper or existing.rolbypassrls then
        raise exception 'role ${appUser} bypasses row-level security; the application needs a role that does not';
    end if;
end
$role$;

-- The engine's tables (act_*) are created by the engine itself at its first start, through the application's
-- pool (application.yml: camunda.bpm.database.schema-update), so the application's role owns them: the engine
-- can upgrade its own schema, and workflow.JobDueDateIndex can index act_ru_job. Hence CREATE on the schema.
-- That right creates new objects only: tables of the owner still need the grants below, and only their owner
-- may alter them, drop them or touch their triggers.
grant usage, create on schema public to ${appUser};

-- A database from before this migration already holds the engine's tables, created by the owner: hand them to
-- the application's role (which needs the owner to be a member of that role, unless it is a superuser).
do $engine$
declare
    engine_table record;
begin
    for engine_table in select tablename from pg_tables
            where schemaname = 'public' and tablename like 'act\_%' and tableowner = current_user loop
        if not pg_has_role(current_user, '${appUser}', 'MEMBER') then
            execute format('grant %I to %I', '${appUser}', current_user);
        end if;
        execute format('alter table public.%I owner to %I', engine_table.tablename, '${appUser}');
    end loop;
end
$engine$;

-- Every table of the application: read and write rows. No TRUNCATE, REFERENCES or TRIGGER: those stay the owner's.
-- Tables that later migrations create (as the owner) get the same.
grant select, insert, update, delete on all tables in schema public to ${appUser};
grant usage, select on all sequences in schema public to ${appUser};
alter default privileges in schema public grant select, insert, update, delete on tables to ${appUser};
alter default privileges in schema public grant usage, select on sequences to ${appUser};

-- Flyway's history is the owner's record of the schema: the application may read it, not write it.
revoke insert, update, delete on ${flyway:table} from ${appUser};

-- The registry (V70): records and transactions are added; the registry's work changes only a record's status,
-- the record that superseded it and when it locked, and a transaction's counts and answer.
revoke all on registry_transaction, registry_record from ${appUser};
grant select, insert on registry_transaction, registry_record to ${appUser};
grant update (accepted, rejected, response) on registry_transaction to ${appUser};
grant update (status, superseded_by, locked_at) on registry_record to ${appUser};

-- The transparency log (V71) only grows.
revoke all on registry_log_leaf, registry_checkpoint, registry_checkpoint_key from ${appUser};
grant select, insert on registry_log_leaf, registry_checkpoint, registry_checkpoint_key to ${appUser};

-- A LOCKED or REVOKED record stays as it is for the application's role, whatever happens to the trigger of V70.
-- A policy sees either the row before the change (using) or the one after (with check), never both; these two
-- functions read the row as stored before the statement (a stable function sees the statement's snapshot, which
-- does not hold the statement's own change). They run as the owner, so that reading the table inside its own
-- policy does not apply the policy again.
create function registry_record_was_open(changed registry_record) returns boolean
    language sql stable security definer set search_path = pg_catalog, public as $$
    select stored.status not in ('LOCKED', 'REVOKED') from public.registry_record stored where stored.id = changed.id
$$;

-- The department's revocation, as the trigger of V70 allows it: LOCKED to REVOKED, every other column as it was.
create function registry_record_is_revocation(changed registry_record) returns boolean
    language sql stable security definer set search_path = pg_catalog, public as $$
    select stored.status = 'LOCKED' and changed.status = 'REVOKED'
        and to_jsonb(changed) - 'status' = to_jsonb(stored) - 'status'
    from public.registry_record stored where stored.id = changed.id
$$;

revoke execute on function registry_record_was_open(registry_record), registry_record_is_revocation(registry_record)
    from public;
grant execute on function registry_record_was_open(registry_record), registry_record_is_revocation(registry_record)
    to ${appUser};

-- The owner is not subject to these policies (no FORCE): it migrates, and the city generator loads, as before.
alter table registry_record enable row level security;

create policy registry_record_read on registry_record for select to ${appUser} using (true);
create policy registry_record_add on registry_record for insert to ${appUser} with check (true);

-- Permissive policies of one command are or-ed, their using parts and their with-check parts each on their own:
-- the with-check parts therefore look at the stored row too, or a LOCKED row that passes the revocation's using
-- part could be changed into anything that passes the open rows' with-check part.
create policy registry_record_change_open on registry_record for update to ${appUser}
    using (status not in ('LOCKED', 'REVOKED'))
    with check (registry_record_was_open(registry_record));
create policy registry_record_revoke on registry_record for update to ${appUser}
    using (status = 'LOCKED')
    with check (registry_record_is_revocation(registry_record));
-- A REVOKED row may still be locked for update (select ... for update applies the update policies' using parts:
-- a re-issue after a revocation locks the record it replaces), but no with-check part lets any change of it
-- through: an update fails instead of passing over the row without a word.
create policy registry_record_hold_revoked on registry_record for update to ${appUser}
    using (status = 'REVOKED')
    with check (false);
