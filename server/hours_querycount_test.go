package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"leergang/db/demo"
	"leergang/server/loadgen"
)

// overviewRow is what the SPA's HoursOverview document selects of a ledger.
type overviewRow struct {
	Person struct {
		ID   string
		Name string
	}
	Leergang struct {
		ID   string
		Name string
	}
	Leerjaar struct {
		ID     string
		Number int
	}
	Norm            float64
	AttendanceHours float64
	ApprovedHours   float64
	PendingHours    float64
	TotalHours      float64
}

// The hours overview (directie: their school's staff; opleider: a leergang's
// deelnemers) costs at most 3 SQL statements, the session lookup included,
// when sent exactly as the SPA sends it, whatever the number of people; it
// reads the names in its totals statement and skips the ledger entries and
// declarations it does not show. Its answer stays the same as when those are
// asked for too (which takes the loaders' and the lists' path).
func TestHoursOverviewCostsAtMostThreeStatements(t *testing.T) {
	ts := newTestServer(t)
	ctx := context.Background()
	docs, err := loadgen.LoadDocuments("../frontend/src/gql/gql.ts")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := docs.Operation("HoursOverview")
	if err != nil {
		t.Fatal(err)
	}
	var schoolID, orgID, leergangID string
	if err := ts.DB.NewRaw("SELECT id, organisation_id FROM schools WHERE brin = ?", demo.BRINRegenboog).Scan(ctx, &schoolID, &orgID); err != nil {
		t.Fatal(err)
	}
	// The opleider's leergang with the most deelnemers: the page's busiest choice.
	if err := ts.DB.NewRaw(`SELECT lo.leergang_id FROM leergang_opleiders lo JOIN people p ON p.id = lo.person_id
		JOIN leergang_groups g ON g.leergang_id = lo.leergang_id JOIN group_members gm ON gm.group_id = g.id
		WHERE p.email = ? GROUP BY lo.leergang_id ORDER BY count(*) DESC, lo.leergang_id LIMIT 1`, demo.OpleiderEmail).Scan(ctx, &leergangID); err != nil {
		t.Fatal(err)
	}

	overview := func(c *client, vars map[string]any) ([]overviewRow, int64) {
		t.Helper()
		var out struct{ HoursOverview []overviewRow }
		ts.Queries.Reset()
		c.do(doc, vars).decode(t, &out)
		return out.HoursOverview, ts.Queries.Reset()
	}
	// wide asks the same plus what the page leaves out, so the ledgers are
	// read in full and the names come from the loaders.
	const wide = `query($leergangId: ID, $schoolId: ID) { hoursOverview(leergangId: $leergangId, schoolId: $schoolId) {
		person { id name } leergang { id name } leerjaar { id number }
		norm attendanceHours approvedHours pendingHours totalHours
		entries { hours status } declarations { id status } intervisieEntries { meetingId } } }`
	check := func(who string, c *client, vars map[string]any) int64 {
		t.Helper()
		rows, n := overview(c, vars)
		t.Logf("%s: HoursOverview as the SPA sends it: %d statements, %d rows", who, n, len(rows))
		if n > 3 {
			t.Errorf("%s: HoursOverview costs %d statements; the budget is 3 including the session lookup", who, n)
		}
		if len(rows) == 0 {
			t.Fatalf("%s: the overview is empty", who)
		}
		credited := 0
		for _, r := range rows {
			if r.Person.ID == "" || r.Person.Name == "" || r.Leergang.Name == "" || r.Leerjaar.ID == "" || r.Leerjaar.Number < 1 || r.Norm <= 0 {
				t.Errorf("%s: row without its names or norm: %+v", who, r)
			}
			if r.TotalHours < r.AttendanceHours+r.ApprovedHours-1e-9 || r.PendingHours < 0 {
				t.Errorf("%s: totals do not add up: %+v", who, r)
			}
			if r.TotalHours > 0 {
				credited++
			}
		}
		if credited == 0 {
			t.Errorf("%s: nobody has any hours in the overview", who)
		}
		var full struct {
			HoursOverview []struct {
				overviewRow
				Entries           []struct{ Hours float64 }
				Declarations      []struct{ ID string }
				IntervisieEntries []struct{ MeetingID string }
			}
		}
		c.do(wide, vars).decode(t, &full)
		if len(full.HoursOverview) != len(rows) {
			t.Fatalf("%s: %d rows, %d when entries are asked for too", who, len(rows), len(full.HoursOverview))
		}
		listed := 0
		for i, f := range full.HoursOverview {
			if !reflect.DeepEqual(f.overviewRow, rows[i]) {
				t.Errorf("%s: row %d differs from the full answer:\n page %+v\n full %+v", who, i, rows[i], f.overviewRow)
			}
			listed += len(f.Entries) + len(f.Declarations)
		}
		if listed == 0 {
			t.Errorf("%s: the full answer lists no entries or declarations at all", who)
		}
		return n
	}

	directie := ts.loginAs(t, demo.DirectieRegenboogEmail)
	opleider := ts.loginAs(t, demo.OpleiderEmail)
	bySchool := map[string]any{"leergangId": nil, "schoolId": schoolID}
	byLeergang := map[string]any{"leergangId": leergangID, "schoolId": nil}
	before := map[string]int64{
		"directie": check("directie", directie, bySchool),
		"opleider": check("opleider", opleider, byLeergang),
	}

	// Twenty more staff at the school in a group of the leergang, each with
	// a registered session: the statements stay the same.
	for i := range 20 {
		_, err := ts.DB.NewRaw(`WITH p AS (INSERT INTO people (name, email, organisation_id) VALUES (?, ?, ?) RETURNING id),
			s AS (INSERT INTO person_schools (person_id, school_id) SELECT p.id, ? FROM p),
			g AS (INSERT INTO group_members (group_id, person_id)
				SELECT (SELECT id FROM leergang_groups WHERE leergang_id = ? ORDER BY id LIMIT 1), p.id FROM p)
			INSERT INTO attendance (session_id, person_id, status, registered_by)
			SELECT se.id, p.id, 'aanwezig', (SELECT id FROM people WHERE email = ?) FROM p,
				(SELECT se.id FROM sessions se WHERE se.leergang_id = ? AND se.cancelled_at IS NULL AND se.starts_at < now()
				 ORDER BY se.starts_at LIMIT 1) se`,
			fmt.Sprintf("Extra IB'er %02d", i), fmt.Sprintf("extra.ib%02d@zuidoostsamen.nl", i), orgID, schoolID,
			leergangID, demo.OpleiderEmail, leergangID).Exec(ctx)
		if err != nil {
			t.Fatal(err)
		}
	}
	for who, c := range map[string]*client{"directie": directie, "opleider": opleider} {
		vars := bySchool
		if who == "opleider" {
			vars = byLeergang
		}
		rows, n := overview(c, vars)
		if n != before[who] {
			t.Errorf("%s: %d statements with 20 more people, %d before", who, n, before[who])
		}
		extra := 0
		for _, r := range rows {
			if strings.HasPrefix(r.Person.Name, "Extra IB'er") && r.Leergang.ID == leergangID {
				extra++
			}
		}
		if extra < 20 {
			t.Errorf("%s: %d rows of the 20 new people", who, extra)
		}
	}
}

// The deelnemer's own hours page (HoursMyLedgers) still lists the entries,
// declarations and intervisie meetings behind the totals.
func TestHoursMyLedgersStillListEntries(t *testing.T) {
	ts := newTestServer(t)
	docs, err := loadgen.LoadDocuments("../frontend/src/gql/gql.ts")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := docs.Operation("HoursMyLedgers")
	if err != nil {
		t.Fatal(err)
	}
	for _, email := range []string{demo.DeelnemerEmail, demo.StarterEmail} {
		var out struct {
			HoursLedgers []struct {
				Leergang        struct{ Name string }
				Leerjaar        struct{ Number int }
				AttendanceHours float64
				IntervisieHours float64
				ApprovedHours   float64
				TotalHours      float64
				Entries         []struct {
					Session struct{ ID, Title string }
					Hours   float64
				}
				Declarations      []json.RawMessage
				IntervisieEntries []struct{ Hours float64 }
			}
		}
		c := ts.loginAs(t, email)
		ts.Queries.Reset()
		c.do(doc, nil).decode(t, &out)
		t.Logf("%s: HoursMyLedgers: %d statements", email, ts.Queries.Reset())
		if len(out.HoursLedgers) == 0 {
			t.Fatalf("%s has no ledgers", email)
		}
		entries := 0
		for _, l := range out.HoursLedgers {
			if l.Leergang.Name == "" || l.Leerjaar.Number < 1 {
				t.Errorf("%s: ledger without names: %+v", email, l)
			}
			sum := 0.0
			for _, e := range l.Entries {
				if e.Session.ID == "" || e.Session.Title == "" {
					t.Errorf("%s: entry without its session: %+v", email, e)
				}
				sum += e.Hours
			}
			if math.Abs(sum-l.AttendanceHours) > 1e-6 {
				t.Errorf("%s: entries add up to %v h, attendanceHours is %v", email, sum, l.AttendanceHours)
			}
			isum := 0.0
			for _, e := range l.IntervisieEntries {
				isum += e.Hours
			}
			if math.Abs(isum-l.IntervisieHours) > 1e-6 {
				t.Errorf("%s: intervisie entries add up to %v h, intervisieHours is %v", email, isum, l.IntervisieHours)
			}
			entries += len(l.Entries)
		}
		if entries == 0 {
			t.Errorf("%s: no ledger lists any session", email)
		}
	}
}
