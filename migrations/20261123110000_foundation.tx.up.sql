-- Foundation: organisations, schools, people with roles, server-side sessions,
-- invitations, the mail outbox and login throttling.

CREATE EXTENSION IF NOT EXISTS citext;

CREATE TABLE organisations (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name        text NOT NULL CHECK (btrim(name) <> ''),
    kind        text NOT NULL CHECK (kind IN ('academie', 'bestuur', 'samenwerkingsverband')),
    plaats      text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organisations_name_idx ON organisations (lower(name));

CREATE TABLE schools (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL REFERENCES organisations (id),
    name             text NOT NULL CHECK (btrim(name) <> ''),
    brin             text NOT NULL CHECK (brin ~ '^[0-9]{2}[A-Z]{2}$'),
    plaats           text NOT NULL DEFAULT '',
    region           text NOT NULL DEFAULT 'noord' CHECK (region IN ('noord', 'midden', 'zuid')),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX schools_brin_key ON schools (brin);
CREATE INDEX schools_organisation_idx ON schools (organisation_id);
CREATE INDEX schools_name_idx ON schools (lower(name));

CREATE TABLE people (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name             text NOT NULL CHECK (btrim(name) <> ''),
    email            citext NOT NULL,
    phone            text NOT NULL DEFAULT '',
    password_hash    text,
    organisation_id  uuid REFERENCES organisations (id),
    function         text CHECK (function IN ('ib', 'kc', 'schoolcoach', 'ambulant_begeleider')),
    werktijdfactor   numeric(3, 2) CHECK (werktijdfactor BETWEEN 0 AND 1),
    bouw             text CHECK (bouw IN ('onderbouw', 'bovenbouw', 'beide')),
    ib_start_date    date,
    disabled_at      timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX people_email_key ON people (email);
CREATE INDEX people_organisation_idx ON people (organisation_id);
CREATE INDEX people_name_idx ON people (lower(name));

CREATE TABLE person_roles (
    person_id  uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role       text NOT NULL CHECK (role IN ('beheerder', 'opleider', 'deelnemer', 'directie', 'bestuur')),
    PRIMARY KEY (person_id, role)
);
CREATE INDEX person_roles_role_idx ON person_roles (role);

-- The schools a deelnemer works at or a directie leads.
CREATE TABLE person_schools (
    person_id  uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    school_id  uuid NOT NULL REFERENCES schools (id),
    PRIMARY KEY (person_id, school_id)
);
CREATE INDEX person_schools_school_idx ON person_schools (school_id);

-- Server-side sessions; the cookie carries a random token, the table only its SHA-256.
CREATE TABLE auth_sessions (
    token_hash    bytea PRIMARY KEY,
    person_id     uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_seen_at  timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz NOT NULL,
    user_agent    text NOT NULL DEFAULT '',
    ip            text NOT NULL DEFAULT ''
);
CREATE INDEX auth_sessions_person_idx ON auth_sessions (person_id);

CREATE TABLE invitations (
    token_hash   bytea PRIMARY KEY,
    person_id    uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_by   uuid REFERENCES people (id) ON DELETE SET NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    accepted_at  timestamptz
);
CREATE INDEX invitations_person_idx ON invitations (person_id);

-- Every mail the system sends is written here first (in the same transaction
-- as the change that causes it); with no mail server it is only read here.
CREATE TABLE outbox_messages (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    recipient   text NOT NULL,
    subject     text NOT NULL,
    body        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    sent_at     timestamptz,
    attempts    int NOT NULL DEFAULT 0,
    last_error  text NOT NULL DEFAULT ''
);
CREATE INDEX outbox_messages_created_idx ON outbox_messages (created_at DESC);
CREATE INDEX outbox_messages_unsent_idx ON outbox_messages (created_at) WHERE sent_at IS NULL;

-- Failed logins, per account and per client address, for throttling.
CREATE TABLE login_failures (
    id          bigserial PRIMARY KEY,
    email       citext NOT NULL,
    ip          text NOT NULL,
    failed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_email_idx ON login_failures (email, failed_at);
CREATE INDEX login_failures_ip_idx ON login_failures (ip, failed_at);
