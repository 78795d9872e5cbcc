-- Removes exactly the two shipped frameworks; their scale, competencies and
-- aspects go with them (ON DELETE CASCADE). While a leergang uses one of them
-- or scans rated their aspects, the foreign keys (RESTRICT) refuse this, so
-- no ratings are lost silently.
DELETE FROM frameworks WHERE id IN ('f0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000002');
