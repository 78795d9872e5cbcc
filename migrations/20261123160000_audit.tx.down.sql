DROP TABLE IF EXISTS erased_attendance, audit_log;
