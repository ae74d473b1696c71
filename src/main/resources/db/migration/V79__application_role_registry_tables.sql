-- The application's role (V78) on the registry's tables of issue 6 that came after V71. V78 gave it SELECT,
-- INSERT, UPDATE and DELETE on every table that existed then, these included; here the registry's own tables get
-- what the registry's work needs, no more. Guarded by to_regclass, so that this migration stands on its own.
--
-- The school's outbox (registry_submission, registry_submission_record, V72) is the school's working data and
-- keeps the full rights.

-- A revocation or withdrawal request (V75) is written once; the department's decision on it fills its decision
-- columns. Nothing deletes a request: it is the record of why a record left the registry.
do $revocation$
begin
    if to_regclass('public.registry_revocation') is not null then
        revoke all on public.registry_revocation from ${appUser};
        grant select, insert on public.registry_revocation to ${appUser};
        grant update (state, decided_at, decided_by, decision_reason) on public.registry_revocation to ${appUser};
    end if;
end
$revocation$;
