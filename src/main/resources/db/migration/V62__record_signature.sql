-- The approval steps become digital signatures (issue 5, DOMAIN.md §5): a TEACHER, PRINCIPAL or ISSUE approval
-- keeps the record's national XML as that signature left it, byte for byte, with its SHA-256 (lower-case hex),
-- the certificate that signed and the version of the record the XML was made from. Voiding the approval (a
-- return, a rejection, an edit) voids its signature; the XML stays for the history.

-- Nullable so that the migration stays valid on a database with approvals made before signatures existed; every
-- approval written from now on carries its signature, and XML and digest always come together.
alter table record_approval
    add column signed_xml       bytea,
    add column xml_sha256       char(64),
    add column certificate_id   bigint references signing_certificate (id),
    add column signed_version   bigint,
    add constraint record_approval_signed_xml_check check ((signed_xml is null) = (xml_sha256 is null)),
    add constraint record_approval_signature_check check (signed_xml is null
        or (certificate_id is not null and signed_version is not null));
