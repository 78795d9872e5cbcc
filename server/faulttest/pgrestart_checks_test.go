//go:build faults

package faulttest

import (
	"database/sql"
	"slices"
	"testing"

	"leergang/db/demo"
)

// The demo ids the restart test's load uses, and the checks it runs on the
// database afterwards: every write is whole or absent.

// restartFixture holds the demo world's ids the load uses.
type restartFixture struct {
	client, opleider, leerjaar, session, assignment string
	participants                                    []string
}

func restartFixtures(t *testing.T, sqldb *sql.DB, base string) restartFixture {
	t.Helper()
	var fx restartFixture
	for dst, q := range map[*string]string{
		&fx.client:     "SELECT id FROM organisations WHERE name = '" + demo.TwentekantName + "'",
		&fx.assignment: "SELECT id FROM assignments WHERE title = '" + demo.PraktijkYear2Title + "'",
		&fx.opleider:   "SELECT id FROM people WHERE email = '" + demo.OpleiderEmail + "'",
		&fx.leerjaar: `SELECT lj.id FROM leerjaren lj JOIN leergangen l ON l.id = lj.leergang_id
			WHERE l.name = '` + demo.TwentekantLeergangName + `' AND lj.number = 2`,
	} {
		if err := sqldb.QueryRow(q).Scan(dst); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	// A session of the demo opleider with at least two deelnemers on its register.
	rows, err := sqldb.Query(`SELECT s.id FROM sessions s JOIN session_opleiders so ON so.session_id = s.id
		JOIN people p ON p.id = so.person_id
		WHERE p.email = $1 AND s.cancelled_at IS NULL AND s.kind <> 'praktijkbegeleiding' ORDER BY s.starts_at`, demo.OpleiderEmail)
	if err != nil {
		t.Fatal(err)
	}
	var sessions []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		sessions = append(sessions, id)
	}
	_ = rows.Close()
	opleider := login(t, base, demo.OpleiderEmail)
	for _, id := range sessions {
		var out struct {
			SessionRegister struct {
				Rows []struct{ Person struct{ ID string } }
			}
		}
		opleider.mustGQL(t, `query($id: ID!) { sessionRegister(sessionId: $id) { rows { person { id } } } }`, map[string]any{"id": id}, &out)
		if len(out.SessionRegister.Rows) >= 2 {
			fx.session = id
			for _, r := range out.SessionRegister.Rows {
				fx.participants = append(fx.participants, r.Person.ID)
			}
			return fx
		}
	}
	t.Fatalf("no session of %s with two deelnemers among %d", demo.OpleiderEmail, len(sessions))
	return fx
}

// checkLeergangenWhole: every leergang the load created has all its parts,
// and each one the client saw created is there exactly once.
func checkLeergangenWhole(t *testing.T, sqldb *sql.DB, run string, outcomes []outcome) {
	t.Helper()
	rows, err := sqldb.Query(`SELECT l.name,
		(SELECT count(*) FROM leerjaren lj WHERE lj.leergang_id = l.id),
		(SELECT count(*) FROM leergang_groups g WHERE g.leergang_id = l.id),
		(SELECT count(*) FROM leergang_opleiders o WHERE o.leergang_id = l.id)
		FROM leergangen l WHERE l.name LIKE $1`, run+" %")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	seen := map[string]int{}
	for rows.Next() {
		var name string
		var leerjaren, groups, opleiders int
		if err := rows.Scan(&name, &leerjaren, &groups, &opleiders); err != nil {
			t.Fatal(err)
		}
		if leerjaren != 3 || groups != 1 || opleiders != 1 {
			t.Errorf("half-applied leergang %q: %d leerjaren, %d groups, %d opleiders; want 3, 1, 1", name, leerjaren, groups, opleiders)
		}
		seen[name]++
	}
	for _, o := range outcomes {
		if o.ok && seen[o.tag] != 1 {
			t.Errorf("leergang %q was reported created but is in the database %d times", o.tag, seen[o.tag])
		}
	}
	if len(seen) == 0 {
		t.Error("the load created no leergang at all")
	}
}

// checkAttendanceOneRound: the register holds one round's notes for every
// participant: the last round that succeeded, or a later one whose answer was
// lost with the connection (its commit may have happened).
func checkAttendanceOneRound(t *testing.T, sqldb *sql.DB, fx restartFixture, outcomes []outcome) {
	t.Helper()
	rows, err := sqldb.Query(`SELECT note FROM attendance WHERE session_id = $1 AND person_id = ANY($2)`, fx.session, fx.participants)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	notes := map[string]int{}
	n := 0
	for rows.Next() {
		var note string
		if err := rows.Scan(&note); err != nil {
			t.Fatal(err)
		}
		notes[note]++
		n++
	}
	if n != len(fx.participants) || len(notes) != 1 {
		t.Fatalf("attendance register: %d rows for %d participants, notes %v; want one round for all", n, len(fx.participants), notes)
	}
	var allowed []string
	for _, o := range outcomes {
		if o.ok {
			allowed = []string{o.tag}
		} else {
			allowed = append(allowed, o.tag)
		}
	}
	for note := range notes {
		if !slices.Contains(allowed, note) {
			t.Fatalf("attendance holds %q; after the last successful round only %v could be there", note, allowed)
		}
	}
}

// checkDeclarationsOnce: each declaration the client saw saved is there once.
func checkDeclarationsOnce(t *testing.T, sqldb *sql.DB, run string, outcomes []outcome) {
	t.Helper()
	rows, err := sqldb.Query(`SELECT description, count(*) FROM hour_declarations WHERE description LIKE $1 GROUP BY description`, run+" %")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	seen := map[string]int{}
	for rows.Next() {
		var d string
		var n int
		if err := rows.Scan(&d, &n); err != nil {
			t.Fatal(err)
		}
		seen[d] = n
	}
	for _, o := range outcomes {
		if o.ok && seen[o.tag] != 1 {
			t.Errorf("declaration %q was reported saved but is in the database %d times", o.tag, seen[o.tag])
		}
		if !o.ok && seen[o.tag] > 1 {
			t.Errorf("declaration %q is in the database %d times", o.tag, seen[o.tag])
		}
	}
	if len(seen) == 0 {
		t.Error("the load saved no declaration at all")
	}
}
