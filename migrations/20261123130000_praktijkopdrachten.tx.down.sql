-- The files' bytes in the blob store are not removed by this migration.
DROP TABLE IF EXISTS video_comments, rubric_scores, feedback, version_files, submission_versions,
    submissions, files, rubric_levels, rubric_criteria, assignments;
