-- Certificates pages (module vn.edu.hocbaso.signing): the department says why it refuses a school's issue
-- certificate, and the school reads it on its certificates page.
alter table signing_certificate add column refusal_reason text;
