-- Bewijzen van deelname: one per deelnemer per leerjaar (a revoked one may be
-- followed by a new one). The four public facts are a snapshot taken at issue
-- time, so the public check page shows what the PDF says even when names or
-- hours change later. The code is random and unguessable (base32, 16 chars).
CREATE TABLE certificates (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code             text NOT NULL UNIQUE CHECK (code ~ '^[A-Z2-7]{10,}$'),
    person_id        uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    leerjaar_id      uuid NOT NULL REFERENCES leerjaren (id) ON DELETE CASCADE,
    person_name      text NOT NULL,
    leergang_name    text NOT NULL,
    leerjaar_number  int NOT NULL,
    hours            numeric(6, 2) NOT NULL CHECK (hours >= 0),
    issued_at        timestamptz NOT NULL DEFAULT now(),
    issued_by        uuid REFERENCES people (id) ON DELETE SET NULL,
    revoked_at       timestamptz
);
CREATE UNIQUE INDEX certificates_one_valid ON certificates (person_id, leerjaar_id) WHERE revoked_at IS NULL;
CREATE INDEX certificates_person_idx ON certificates (person_id);
