-- Growth: competency frameworks (competencies with ordered aspects and a
-- labelled rating scale), scan moments with append-only ratings, intake with
-- leervragen and the directie's expectations, and end-of-year reflections.

CREATE TABLE frameworks (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name         text NOT NULL CHECK (btrim(name) <> ''),
    description  text NOT NULL DEFAULT '',
    -- Shipped frameworks whose aspects are examples to be replaced.
    is_example   boolean NOT NULL DEFAULT false,
    created_by   uuid REFERENCES people (id) ON DELETE SET NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX frameworks_name_key ON frameworks (lower(name));

-- The rating scale, e.g. 1 "nog niet" .. 4 "voorbeeld voor anderen".
CREATE TABLE framework_scale_levels (
    framework_id  uuid NOT NULL REFERENCES frameworks (id) ON DELETE CASCADE,
    value         int NOT NULL CHECK (value BETWEEN 0 AND 10),
    label         text NOT NULL CHECK (btrim(label) <> ''),
    description   text NOT NULL DEFAULT '',
    PRIMARY KEY (framework_id, value)
);

CREATE TABLE competencies (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    framework_id  uuid NOT NULL REFERENCES frameworks (id) ON DELETE CASCADE,
    position      int NOT NULL,
    name          text NOT NULL CHECK (btrim(name) <> ''),
    description   text NOT NULL DEFAULT '',
    -- Reordering swaps positions inside one transaction.
    CONSTRAINT competencies_position_key UNIQUE (framework_id, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE aspects (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    competency_id  uuid NOT NULL REFERENCES competencies (id) ON DELETE CASCADE,
    position       int NOT NULL,
    title          text NOT NULL CHECK (btrim(title) <> ''),
    description    text NOT NULL DEFAULT '',
    CONSTRAINT aspects_position_key UNIQUE (competency_id, position) DEFERRABLE INITIALLY DEFERRED
);

ALTER TABLE leergangen ADD COLUMN framework_id uuid REFERENCES frameworks (id) ON DELETE RESTRICT;

-- The praktijkopdracht's aspects, now that frameworks exist (assignments.aspects
-- stays for free labels).
CREATE TABLE assignment_aspects (
    assignment_id  uuid NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
    aspect_id      uuid NOT NULL REFERENCES aspects (id) ON DELETE CASCADE,
    PRIMARY KEY (assignment_id, aspect_id)
);

CREATE TABLE scan_moments (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    leergang_id  uuid NOT NULL REFERENCES leergangen (id) ON DELETE CASCADE,
    -- Set for 'eind_leerjaar'; optional for the others.
    leerjaar_id  uuid REFERENCES leerjaren (id) ON DELETE CASCADE,
    kind         text NOT NULL CHECK (kind IN ('start', 'eind_leerjaar', 'extra')),
    title        text NOT NULL CHECK (btrim(title) <> ''),
    opens_on     date NOT NULL,
    closes_on    date,
    -- Which other raters are asked at this moment (the opleider always is).
    ask_maatje   boolean NOT NULL DEFAULT false,
    ask_directie boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK (closes_on IS NULL OR closes_on >= opens_on),
    CHECK (kind <> 'eind_leerjaar' OR leerjaar_id IS NOT NULL)
);
CREATE INDEX scan_moments_leergang_idx ON scan_moments (leergang_id, opens_on);

-- One rater's scan of one deelnemer at one moment. The self-scan has
-- rater_id = subject_id and rater_role 'zelf'.
CREATE TABLE scans (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    moment_id     uuid NOT NULL REFERENCES scan_moments (id) ON DELETE CASCADE,
    subject_id    uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    rater_id      uuid REFERENCES people (id) ON DELETE SET NULL,
    rater_role    text NOT NULL CHECK (rater_role IN ('zelf', 'opleider', 'maatje', 'directie')),
    status        text NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'afgerond')),
    finished_at   timestamptz,
    -- The deelnemer's choice on their self-scan: notes hidden from the directie
    -- and bestuur (the ratings stay visible).
    notes_hidden_from_directie boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'afgerond') = (finished_at IS NOT NULL)),
    CHECK ((rater_role = 'zelf') = (rater_id IS NOT DISTINCT FROM subject_id) OR rater_id IS NULL)
);
CREATE UNIQUE INDEX scans_one_per_rater ON scans (moment_id, subject_id, rater_id) WHERE rater_id IS NOT NULL;
CREATE INDEX scans_subject_idx ON scans (subject_id, moment_id);

-- Append-only: a changed rating is a new row; the newest row per (scan, aspect)
-- is the current one. Nothing is updated or deleted (except by AVG erasure).
CREATE TABLE scan_ratings (
    id          bigserial PRIMARY KEY,
    scan_id     uuid NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    aspect_id   uuid NOT NULL REFERENCES aspects (id) ON DELETE RESTRICT,
    value       int NOT NULL CHECK (value BETWEEN 0 AND 10),
    note        text NOT NULL DEFAULT '',
    author_id   uuid REFERENCES people (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX scan_ratings_current_idx ON scan_ratings (scan_id, aspect_id, id DESC);

-- A deelnemer's intake for a leergang: context, and what the directie expects.
CREATE TABLE intakes (
    leergang_id            uuid NOT NULL REFERENCES leergangen (id) ON DELETE CASCADE,
    person_id              uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    school_context         text NOT NULL DEFAULT '',
    directie_expectations  text NOT NULL DEFAULT '',
    expectations_by        uuid REFERENCES people (id) ON DELETE SET NULL,
    expectations_at        timestamptz,
    submitted_at           timestamptz,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (leergang_id, person_id)
);
CREATE INDEX intakes_person_idx ON intakes (person_id);

CREATE TABLE leervragen (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    leergang_id  uuid NOT NULL REFERENCES leergangen (id) ON DELETE CASCADE,
    person_id    uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    position     int NOT NULL DEFAULT 0,
    question     text NOT NULL CHECK (btrim(question) <> ''),
    kind         text NOT NULL CHECK (kind IN ('persoonlijk', 'school')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX leervragen_person_idx ON leervragen (person_id, leergang_id, position);

CREATE TABLE leervraag_competencies (
    leervraag_id   uuid NOT NULL REFERENCES leervragen (id) ON DELETE CASCADE,
    competency_id  uuid NOT NULL REFERENCES competencies (id) ON DELETE CASCADE,
    PRIMARY KEY (leervraag_id, competency_id)
);
CREATE INDEX leervraag_competencies_competency_idx ON leervraag_competencies (competency_id);

-- The reflection on a leervraag at the end of a leerjaar.
CREATE TABLE leervraag_reflections (
    leervraag_id  uuid NOT NULL REFERENCES leervragen (id) ON DELETE CASCADE,
    leerjaar_id   uuid NOT NULL REFERENCES leerjaren (id) ON DELETE CASCADE,
    status        text NOT NULL CHECK (status IN ('nog_niet', 'op_weg', 'beantwoord', 'bijgesteld')),
    reflection    text NOT NULL DEFAULT '',
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (leervraag_id, leerjaar_id)
);
