-- Planning: leergangen with leerjaren, groups, opleiders and stuurgroep;
-- sessions with conflict constraints; attendance, absence reports, the hours
-- ledger's declarations, session evaluations and private calendar feeds.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE leergangen (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name                    text NOT NULL CHECK (btrim(name) <> ''),
    client_organisation_id  uuid NOT NULL REFERENCES organisations (id),
    description             text NOT NULL DEFAULT '',
    status                  text NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'lopend', 'afgerond')),
    -- The leergang this one was copied from, if any.
    copied_from_id          uuid REFERENCES leergangen (id) ON DELETE SET NULL,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX leergangen_client_idx ON leergangen (client_organisation_id);

CREATE TABLE leerjaren (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    leergang_id  uuid NOT NULL REFERENCES leergangen (id) ON DELETE CASCADE,
    number       int NOT NULL CHECK (number BETWEEN 1 AND 10),
    hours_norm   numeric(5, 1) NOT NULL DEFAULT 40 CHECK (hours_norm >= 0),
    starts_on    date,
    ends_on      date,
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
    UNIQUE (leergang_id, number)
);

CREATE TABLE leergang_groups (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    leergang_id  uuid NOT NULL REFERENCES leergangen (id) ON DELETE CASCADE,
    name         text NOT NULL CHECK (btrim(name) <> ''),
    UNIQUE (leergang_id, name)
);

CREATE TABLE group_members (
    group_id   uuid NOT NULL REFERENCES leergang_groups (id) ON DELETE CASCADE,
    person_id  uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, person_id)
);
CREATE INDEX group_members_person_idx ON group_members (person_id);

CREATE TABLE leergang_opleiders (
    leergang_id  uuid NOT NULL REFERENCES leergangen (id) ON DELETE CASCADE,
    person_id    uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (leergang_id, person_id)
);
CREATE INDEX leergang_opleiders_person_idx ON leergang_opleiders (person_id);

CREATE TABLE stuurgroep_members (
    leergang_id  uuid NOT NULL REFERENCES leergangen (id) ON DELETE CASCADE,
    person_id    uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (leergang_id, person_id)
);
CREATE INDEX stuurgroep_members_person_idx ON stuurgroep_members (person_id);

CREATE TABLE sessions (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    leergang_id       uuid NOT NULL REFERENCES leergangen (id) ON DELETE CASCADE,
    leerjaar_id       uuid NOT NULL REFERENCES leerjaren (id) ON DELETE CASCADE,
    kind              text NOT NULL CHECK (kind IN ('dagdeel', 'tweedaagse', 'verdiepingsdag', 'intervisie', 'praktijkbegeleiding', 'terugkomdag')),
    dagdeel           text CHECK (dagdeel IN ('ochtend', 'middag', 'avond')),
    title             text NOT NULL CHECK (btrim(title) <> ''),
    theme             text NOT NULL DEFAULT '',
    starts_at         timestamptz NOT NULL,
    ends_at           timestamptz NOT NULL CHECK (ends_at > starts_at),
    during            tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
    -- Minutes credited to the hours ledger for full attendance: the length of a
    -- single-day session; for a tweedaagse its two days, not the night between.
    credit_minutes    int NOT NULL CHECK (credit_minutes >= 0),
    location          text NOT NULL DEFAULT '',
    -- Normalised location for double-booking checks; empty for online sessions.
    location_key      text GENERATED ALWAYS AS (lower(regexp_replace(btrim(location), '\s+', ' ', 'g'))) STORED,
    online_url        text NOT NULL DEFAULT '',
    capacity          int CHECK (capacity IS NULL OR capacity > 0),
    description       text NOT NULL DEFAULT '',
    materials         jsonb NOT NULL DEFAULT '[]',
    overnight         boolean NOT NULL DEFAULT false,
    -- The deelnemer a praktijkbegeleiding is for.
    praktijk_person_id uuid REFERENCES people (id) ON DELETE CASCADE,
    published         boolean NOT NULL DEFAULT false,
    cancelled_at      timestamptz,
    cancel_reason     text NOT NULL DEFAULT '',
    -- iCalendar SEQUENCE: raised by every change a calendar client should see.
    sequence          int NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'praktijkbegeleiding') = (praktijk_person_id IS NOT NULL)),
    -- Two sessions at the same place at the same time cannot both happen.
    CONSTRAINT sessions_location_overlap EXCLUDE USING gist (location_key WITH =, during WITH &&)
        WHERE (location_key <> '' AND cancelled_at IS NULL)
);
CREATE INDEX sessions_leergang_idx ON sessions (leergang_id, starts_at);
CREATE INDEX sessions_during_idx ON sessions USING gist (during);

CREATE TABLE session_groups (
    session_id  uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    group_id    uuid NOT NULL REFERENCES leergang_groups (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, group_id)
);
CREATE INDEX session_groups_group_idx ON session_groups (group_id);

-- The opleiders of a session, with the session's time copied in so that
-- PostgreSQL itself refuses a double booking, also between concurrent requests.
CREATE TABLE session_opleiders (
    session_id  uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    person_id   uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    during      tstzrange NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    PRIMARY KEY (session_id, person_id),
    CONSTRAINT session_opleiders_double_booking EXCLUDE USING gist (person_id WITH =, during WITH &&) WHERE (active)
);
CREATE INDEX session_opleiders_person_idx ON session_opleiders (person_id);

-- Keeps session_opleiders.during and .active in step with their session.
CREATE FUNCTION sync_session_opleiders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE session_opleiders
    SET during = NEW.during, active = (NEW.cancelled_at IS NULL)
    WHERE session_id = NEW.id AND (during <> NEW.during OR active <> (NEW.cancelled_at IS NULL));
    RETURN NEW;
END $$;
CREATE TRIGGER sessions_sync_opleiders AFTER UPDATE OF starts_at, ends_at, cancelled_at ON sessions
    FOR EACH ROW EXECUTE FUNCTION sync_session_opleiders();

CREATE TABLE attendance (
    session_id     uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    person_id      uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    status         text NOT NULL CHECK (status IN ('aanwezig', 'afwezig_met_bericht', 'afwezig_zonder_bericht', 'gedeeltelijk')),
    minutes        int CHECK (minutes IS NULL OR minutes >= 0),
    note           text NOT NULL DEFAULT '',
    registered_by  uuid REFERENCES people (id) ON DELETE SET NULL,
    registered_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, person_id),
    CHECK ((status = 'gedeeltelijk') = (minutes IS NOT NULL))
);
CREATE INDEX attendance_person_idx ON attendance (person_id);

CREATE TABLE absence_reports (
    session_id   uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    person_id    uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    reason       text NOT NULL CHECK (btrim(reason) <> ''),
    reported_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, person_id)
);

CREATE TABLE hour_declarations (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    person_id     uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    leerjaar_id   uuid NOT NULL REFERENCES leerjaren (id) ON DELETE CASCADE,
    kind          text NOT NULL CHECK (kind IN ('praktijkopdracht', 'literatuur', 'intervisie', 'overig')),
    hours         numeric(5, 2) NOT NULL CHECK (hours > 0 AND hours <= 100),
    description   text NOT NULL CHECK (btrim(description) <> ''),
    done_on       date NOT NULL,
    status        text NOT NULL DEFAULT 'ingediend' CHECK (status IN ('ingediend', 'goedgekeurd', 'afgewezen')),
    reviewed_by   uuid REFERENCES people (id) ON DELETE SET NULL,
    reviewed_at   timestamptz,
    review_note   text NOT NULL DEFAULT '',
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hour_declarations_person_idx ON hour_declarations (person_id, leerjaar_id);

CREATE TABLE session_evaluations (
    session_id  uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    person_id   uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    rating      int NOT NULL CHECK (rating BETWEEN 1 AND 5),
    tops        text NOT NULL DEFAULT '',
    tips        text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, person_id)
);

-- One private calendar feed per person; only the token's hash is stored.
CREATE TABLE calendar_feeds (
    person_id   uuid PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    token_hash  bytea NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now()
);
