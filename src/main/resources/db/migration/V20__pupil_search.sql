-- Pupil search at city scale.
-- A school's or teacher's search starts from the current enrolments of its classes (a few hundred rows), found
-- through this index without touching the pupils who left.
create index enrolment_current_class_idx on enrolment (class_id, pupil_id) where left_on is null;

-- The department's search pages are in search-name order: walking this index stops after one page even when a
-- common family name matches a third of the city, instead of sorting every match.
create index pupil_search_name_order_idx on pupil (search_name, id);
