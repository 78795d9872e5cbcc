DROP TABLE IF EXISTS login_failures, outbox_messages, invitations, auth_sessions,
    person_schools, person_roles, people, schools, organisations;
