-- The function of a type-5 transaction (RUT, a withdrawal; THU_HOI, a revocation request), so that the
-- department's transaction page says what the school asked even when every item was refused and no
-- registry_revocation row names it. Null for the other types. V78 gave the application's role INSERT on the whole
-- table, so the new column is written with the row and, like the rest of it, never updated.
alter table registry_transaction add column function varchar(8) check (function in ('RUT', 'THU_HOI'));

-- Transactions received before: their function as any of their revocation rows kept it.
update registry_transaction t set function = (select v.function from registry_revocation v
        where v.transaction_id = t.id order by v.id limit 1)
    where t.type = 5;
