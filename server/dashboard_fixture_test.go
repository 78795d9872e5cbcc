package main

import (
	"context"
	"fmt"
	"testing"

	"github.com/google/uuid"
	"github.com/uptrace/bun/dialect/pgdialect"

	"leergang/db/demo"
)

// dashboardWorld adds staff to the demo's Zuidoost leergang with every fact
// the dashboard reads: attendance of the group's past sessions, a handed-in
// praktijkopdracht, a leervraag with a reflection, a finished self-scan and
// (for every second person) an onboarding checklist.
type dashboardWorld struct {
	t          *testing.T
	ts         *testServer
	ctx        context.Context
	leergang   uuid.UUID
	leerjaar   uuid.UUID
	group      uuid.UUID
	org        uuid.UUID
	assignment uuid.UUID
	moment     uuid.UUID
	aspects    []uuid.UUID
}

func newDashboardWorld(t *testing.T, ts *testServer) *dashboardWorld {
	t.Helper()
	w := &dashboardWorld{t: t, ts: ts, ctx: context.Background()}
	w.scan(&w.leergang, "SELECT id FROM leergangen WHERE name = ?", demo.ZuidoostLeergangName)
	w.scan(&w.leerjaar, "SELECT id FROM leerjaren WHERE leergang_id = ? ORDER BY number LIMIT 1", w.leergang)
	w.scan(&w.group, "SELECT id FROM leergang_groups WHERE leergang_id = ? ORDER BY name LIMIT 1", w.leergang)
	w.scan(&w.org, "SELECT client_organisation_id FROM leergangen WHERE id = ?", w.leergang)
	w.scan(&w.assignment, `INSERT INTO assignments (leergang_id, leerjaar_id, title, due_on, parts)
		VALUES (?, ?, 'Casus in de groepsbespreking', current_date + 30, ARRAY['text']) RETURNING id`, w.leergang, w.leerjaar)
	w.scan(&w.moment, "SELECT id FROM scan_moments WHERE leergang_id = ? ORDER BY opens_on LIMIT 1", w.leergang)
	if err := ts.DB.NewRaw(`SELECT a.id FROM aspects a JOIN competencies c ON c.id = a.competency_id
		JOIN leergangen l ON l.framework_id = c.framework_id WHERE l.id = ? ORDER BY c.position, a.position LIMIT 4`, w.leergang).
		Scan(w.ctx, &w.aspects); err != nil || len(w.aspects) == 0 {
		t.Fatalf("aspects of the Zuidoost framework: %v (%d)", err, len(w.aspects))
	}
	return w
}

func (w *dashboardWorld) scan(dst any, q string, args ...any) {
	w.t.Helper()
	if err := w.ts.DB.NewRaw(q, args...).Scan(w.ctx, dst); err != nil {
		w.t.Fatalf("%s: %v", q, err)
	}
}

func (w *dashboardWorld) exec(q string, args ...any) {
	w.t.Helper()
	if _, err := w.ts.DB.NewRaw(q, args...).Exec(w.ctx); err != nil {
		w.t.Fatalf("%s: %v", q, err)
	}
}

// addStaff creates n deelnemers at the school, in the leergang's first group, with all their facts.
func (w *dashboardWorld) addStaff(school uuid.UUID, label string, n int) []uuid.UUID {
	w.t.Helper()
	var ids []uuid.UUID
	w.scan(&ids, `WITH np AS (
			INSERT INTO people (name, email, organisation_id)
			SELECT 'Staf ' || ? || ' ' || lpad(i::text, 3, '0'), 'staf-' || ? || '-' || i || '@zuidoostsamen.nl', ?
			FROM generate_series(1, ?) AS i RETURNING id),
		ps AS (INSERT INTO person_schools (person_id, school_id) SELECT id, ? FROM np),
		pr AS (INSERT INTO person_roles (person_id, role) SELECT id, 'deelnemer' FROM np),
		gm AS (INSERT INTO group_members (group_id, person_id) SELECT ?, id FROM np)
		SELECT id FROM np`, label, label, w.org, n, school, w.group)
	arr := pgdialect.Array(ids)
	w.exec(`INSERT INTO attendance (session_id, person_id, status)
		SELECT se.id, p, 'aanwezig' FROM sessions se JOIN session_groups sg ON sg.session_id = se.id AND sg.group_id = ?,
		unnest(?::uuid[]) AS p WHERE se.ends_at < now() AND se.cancelled_at IS NULL AND se.published`, w.group, arr)
	w.exec(`INSERT INTO submissions (assignment_id, person_id, status, handed_in_at)
		SELECT ?, p, 'ingeleverd', now() FROM unnest(?::uuid[]) AS p`, w.assignment, arr)
	w.exec(`WITH v AS (INSERT INTO leervragen (leergang_id, person_id, question, kind)
			SELECT ?, p, 'Hoe leid ik de groepsbespreking', 'persoonlijk' FROM unnest(?::uuid[]) AS p RETURNING id)
		INSERT INTO leervraag_reflections (leervraag_id, leerjaar_id, status) SELECT id, ?, 'op_weg' FROM v`, w.leergang, arr, w.leerjaar)
	w.exec(`WITH sc AS (INSERT INTO scans (moment_id, subject_id, rater_id, rater_role, status, finished_at)
			SELECT ?, p, p, 'zelf', 'afgerond', now() FROM unnest(?::uuid[]) AS p RETURNING id)
		INSERT INTO scan_ratings (scan_id, aspect_id, value) SELECT sc.id, a, 3 FROM sc, unnest(?::uuid[]) AS a`,
		w.moment, arr, pgdialect.Array(w.aspects))
	w.exec(`WITH c AS (INSERT INTO checklists (starter_id) SELECT p FROM unnest(?::uuid[]) WITH ORDINALITY AS x(p, i) WHERE i % 2 = 0 RETURNING id)
		INSERT INTO checklist_items (checklist_id, part_title, part_position, position, text, status, done_on)
		SELECT c.id, 'Facilitering', 1, k, 'Punt ' || k, CASE WHEN k = 1 THEN 'gedaan' ELSE 'open' END, CASE WHEN k = 1 THEN current_date END
		FROM c, generate_series(1, 2) AS k`, arr)
	return ids
}

// addSchools creates n schools of the leergang's organisation, each with one deelnemer.
func (w *dashboardWorld) addSchools(n int) {
	w.t.Helper()
	var schools []uuid.UUID
	w.scan(&schools, `INSERT INTO schools (organisation_id, name, brin, plaats)
		SELECT ?, 'Testschool ' || lpad(i::text, 3, '0'), to_char(i % 100, 'FM00') || chr(81 + i / 100) || 'Z', 'Amsterdam'
		FROM generate_series(0, ? - 1) AS i RETURNING id`, w.org, n)
	for i, s := range schools {
		w.addStaff(s, fmt.Sprintf("s%03d", i), 1)
	}
}
