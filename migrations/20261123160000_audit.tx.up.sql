-- Measurement: the audit log, and the anonymous remains of erased people
-- (AVG erasure keeps the attendance statistics without the person).

-- One row per audited action. Columns, not text lines: user input in a value
-- cannot forge another entry. Never holds a password or a token.
CREATE TABLE audit_log (
    id           bigserial PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    -- Who did it; NULL for anonymous attempts (failed logins) and after the
    -- actor was erased.
    actor_id     uuid REFERENCES people (id) ON DELETE SET NULL,
    action       text NOT NULL CHECK (action IN ('login', 'login_failed', 'denied', 'recording_viewed',
                                                 'export', 'erasure', 'roles_changed')),
    object_type  text NOT NULL DEFAULT '',
    object_id    text NOT NULL DEFAULT '',
    -- The person the object is about. Deliberately no foreign key: the entry
    -- of an erasure keeps the erased person's id (and nothing else of them).
    subject_id   uuid,
    request_id   text NOT NULL DEFAULT '',
    ip           text NOT NULL DEFAULT '',
    detail       jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at DESC);
CREATE INDEX audit_log_action_idx ON audit_log (action, at DESC);
CREATE INDEX audit_log_subject_idx ON audit_log (subject_id, at DESC);

-- The attendance of erased people, without the person: per session (or
-- intervisie meeting) the statuses still count in attendance statistics.
CREATE TABLE erased_attendance (
    id          bigserial PRIMARY KEY,
    session_id  uuid REFERENCES sessions (id) ON DELETE CASCADE,
    meeting_id  uuid REFERENCES intervisie_meetings (id) ON DELETE CASCADE,
    status      text NOT NULL CHECK (status IN ('aanwezig', 'afwezig_met_bericht', 'afwezig_zonder_bericht', 'gedeeltelijk')),
    minutes     int,
    erased_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((session_id IS NULL) <> (meeting_id IS NULL))
);
CREATE INDEX erased_attendance_session_idx ON erased_attendance (session_id) WHERE session_id IS NOT NULL;
CREATE INDEX erased_attendance_meeting_idx ON erased_attendance (meeting_id) WHERE meeting_id IS NOT NULL;
