DROP TABLE IF EXISTS leervraag_reflections, leervraag_competencies, leervragen, intakes,
    scan_ratings, scans, scan_moments, assignment_aspects;
ALTER TABLE leergangen DROP COLUMN IF EXISTS framework_id;
DROP TABLE IF EXISTS aspects, competencies, framework_scale_levels, frameworks;
