-- Starters and maatjes: onboarding checklist templates (the academy's default
-- from the guide for starting IB'ers, and one per bestuur or
-- samenwerkingsverband), each starter's own checklist, documents to link,
-- mentor pairings with a shared log and closing evaluations, and intervisie
-- groups with meetings and attendance.

-- How many starters one maatje may have at a time; used to rank suggestions.
ALTER TABLE organisations ADD COLUMN max_starters_per_maatje int NOT NULL DEFAULT 2
    CHECK (max_starters_per_maatje BETWEEN 1 AND 20);

-- A document or link a starter needs at hand (zorgbeleid, sociale kaart,
-- jaarplanning, ...), of an organisation or of one school.
CREATE TABLE documents (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid REFERENCES organisations (id) ON DELETE CASCADE,
    school_id        uuid REFERENCES schools (id) ON DELETE CASCADE,
    title            text NOT NULL CHECK (btrim(title) <> ''),
    description      text NOT NULL DEFAULT '',
    url              text NOT NULL DEFAULT '',
    file_id          uuid REFERENCES files (id) ON DELETE SET NULL,
    created_by       uuid REFERENCES people (id) ON DELETE SET NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CHECK ((organisation_id IS NULL) <> (school_id IS NULL)),
    CHECK (url <> '' OR file_id IS NOT NULL)
);
CREATE INDEX documents_organisation_idx ON documents (organisation_id);
CREATE INDEX documents_school_idx ON documents (school_id);

-- organisation_id NULL is the academy's default template (one only).
CREATE TABLE checklist_templates (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid REFERENCES organisations (id) ON DELETE CASCADE,
    name             text NOT NULL CHECK (btrim(name) <> ''),
    -- Raised by every change, so a checklist can tell it is behind its template.
    version          int NOT NULL DEFAULT 1,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX checklist_templates_organisation_key ON checklist_templates (organisation_id) WHERE organisation_id IS NOT NULL;
CREATE UNIQUE INDEX checklist_templates_one_default ON checklist_templates ((organisation_id IS NULL)) WHERE organisation_id IS NULL;

CREATE TABLE checklist_template_parts (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    template_id  uuid NOT NULL REFERENCES checklist_templates (id) ON DELETE CASCADE,
    position     int NOT NULL,
    title        text NOT NULL CHECK (btrim(title) <> ''),
    CONSTRAINT checklist_template_parts_position_key UNIQUE (template_id, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE checklist_template_items (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    part_id      uuid NOT NULL REFERENCES checklist_template_parts (id) ON DELETE CASCADE,
    position     int NOT NULL,
    text         text NOT NULL CHECK (btrim(text) <> ''),
    link_url     text NOT NULL DEFAULT '',
    document_id  uuid REFERENCES documents (id) ON DELETE SET NULL,
    -- The item of the template this one was copied from, when a bestuur made
    -- its own template from the default.
    copied_from_id uuid REFERENCES checklist_template_items (id) ON DELETE SET NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT checklist_template_items_position_key UNIQUE (part_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- A starter's own checklist: a copy of the template's items at the time it
-- was made, so later template changes are only taken in on request.
CREATE TABLE checklists (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    starter_id        uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    template_id       uuid REFERENCES checklist_templates (id) ON DELETE SET NULL,
    template_version  int NOT NULL DEFAULT 1,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX checklists_starter_key ON checklists (starter_id);

CREATE TABLE checklist_items (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    checklist_id      uuid NOT NULL REFERENCES checklists (id) ON DELETE CASCADE,
    template_item_id  uuid REFERENCES checklist_template_items (id) ON DELETE SET NULL,
    part_title        text NOT NULL,
    part_position     int NOT NULL,
    position          int NOT NULL,
    text              text NOT NULL CHECK (btrim(text) <> ''),
    link_url          text NOT NULL DEFAULT '',
    document_id       uuid REFERENCES documents (id) ON DELETE SET NULL,
    status            text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'gedaan', 'niet_van_toepassing')),
    done_on           date,
    done_by           uuid REFERENCES people (id) ON DELETE SET NULL,
    note              text NOT NULL DEFAULT '',
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'open') = (done_on IS NULL))
);
CREATE INDEX checklist_items_checklist_idx ON checklist_items (checklist_id, part_position, position);
CREATE UNIQUE INDEX checklist_items_template_item_key ON checklist_items (checklist_id, template_item_id) WHERE template_item_id IS NOT NULL;

CREATE TABLE mentor_pairings (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    starter_id  uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    maatje_id   uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    starts_on   date NOT NULL,
    ends_on     date NOT NULL,
    -- Why this maatje was chosen (the suggestion's reasons, as shown then).
    reason      text NOT NULL DEFAULT '',
    closed_at   timestamptz,
    created_by  uuid REFERENCES people (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (starter_id <> maatje_id),
    CHECK (ends_on >= starts_on)
);
CREATE UNIQUE INDEX mentor_pairings_one_open ON mentor_pairings (starter_id) WHERE closed_at IS NULL;
CREATE INDEX mentor_pairings_maatje_idx ON mentor_pairings (maatje_id) WHERE closed_at IS NULL;

CREATE TABLE mentor_log_entries (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    pairing_id   uuid NOT NULL REFERENCES mentor_pairings (id) ON DELETE CASCADE,
    met_on       date NOT NULL,
    topics       text NOT NULL DEFAULT '',
    agreements   text NOT NULL DEFAULT '',
    next_steps   text NOT NULL DEFAULT '',
    -- The next meeting, when agreed.
    next_meeting_on date,
    author_id    uuid REFERENCES people (id) ON DELETE SET NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mentor_log_entries_pairing_idx ON mentor_log_entries (pairing_id, met_on);

CREATE TABLE mentor_evaluations (
    pairing_id  uuid NOT NULL REFERENCES mentor_pairings (id) ON DELETE CASCADE,
    person_id   uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    rating      int NOT NULL CHECK (rating BETWEEN 1 AND 5),
    evaluation  text NOT NULL CHECK (btrim(evaluation) <> ''),
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (pairing_id, person_id)
);

CREATE TABLE intervisie_groups (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL REFERENCES organisations (id),
    name             text NOT NULL CHECK (btrim(name) <> ''),
    description      text NOT NULL DEFAULT '',
    facilitator_id   uuid REFERENCES people (id) ON DELETE SET NULL,
    -- When set, attendance counts in this leergang's hours ledger.
    leergang_id      uuid REFERENCES leergangen (id) ON DELETE SET NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX intervisie_groups_organisation_idx ON intervisie_groups (organisation_id);

CREATE TABLE intervisie_members (
    group_id   uuid NOT NULL REFERENCES intervisie_groups (id) ON DELETE CASCADE,
    person_id  uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, person_id)
);
CREATE INDEX intervisie_members_person_idx ON intervisie_members (person_id);

CREATE TABLE intervisie_meetings (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    group_id       uuid NOT NULL REFERENCES intervisie_groups (id) ON DELETE CASCADE,
    starts_at      timestamptz NOT NULL,
    ends_at        timestamptz NOT NULL CHECK (ends_at > starts_at),
    location       text NOT NULL DEFAULT '',
    online_url     text NOT NULL DEFAULT '',
    -- e.g. incidentmethode, roddelmethode, socratisch gesprek.
    method         text NOT NULL DEFAULT '',
    summary        text NOT NULL DEFAULT '',
    cancelled_at   timestamptz,
    cancel_reason  text NOT NULL DEFAULT '',
    -- iCalendar SEQUENCE, as for sessions.
    sequence       int NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX intervisie_meetings_group_idx ON intervisie_meetings (group_id, starts_at);

CREATE TABLE intervisie_attendance (
    meeting_id     uuid NOT NULL REFERENCES intervisie_meetings (id) ON DELETE CASCADE,
    person_id      uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    status         text NOT NULL CHECK (status IN ('aanwezig', 'afwezig_met_bericht', 'afwezig_zonder_bericht', 'gedeeltelijk')),
    minutes        int CHECK (minutes IS NULL OR minutes >= 0),
    registered_by  uuid REFERENCES people (id) ON DELETE SET NULL,
    registered_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (meeting_id, person_id),
    CHECK ((status = 'gedeeltelijk') = (minutes IS NOT NULL))
);
CREATE INDEX intervisie_attendance_person_idx ON intervisie_attendance (person_id);
