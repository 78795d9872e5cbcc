package main

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/demo"
)

// The people list with each person's schools and organisations must cost the
// same number of SQL statements for 5 people as for 50: loaders batch them.
func TestPeopleListStatementCountIsConstant(t *testing.T) {
	ts := newTestServer(t)
	ctx := context.Background()
	var orgID string
	if err := ts.DB.NewRaw("SELECT organisation_id FROM schools WHERE brin = ?", demo.BRINRegenboog).Scan(ctx, &orgID); err != nil {
		t.Fatal(err)
	}
	// Enough extra people, each at a school, so 50 rows exist with schools and organisations.
	for i := range 60 {
		_, err := ts.DB.NewRaw(`WITH p AS (INSERT INTO people (name, email, organisation_id) VALUES (?, ?, ?) RETURNING id)
			INSERT INTO person_schools (person_id, school_id) SELECT p.id, s.id FROM p, schools s WHERE s.brin = ?`,
			fmt.Sprintf("Extra %02d", i), fmt.Sprintf("extra%02d@zuidoostsamen.nl", i), orgID, demo.BRINRegenboog).Exec(ctx)
		if err != nil {
			t.Fatal(err)
		}
	}
	c := ts.loginAs(t, demo.BeheerderEmail)
	const q = `query($n: Int!) { people(first: $n, search: "Extra") { totalCount nodes { id name roles
		schools { id name organisation { id name } } organisation { id name } } } }`
	count := func(n int) int64 {
		ts.Queries.Reset()
		var out struct {
			People struct {
				Nodes []struct{ Schools []struct{ ID string } }
			}
		}
		c.do(q, map[string]any{"n": n}).decode(t, &out)
		if len(out.People.Nodes) != n || len(out.People.Nodes[0].Schools) != 1 {
			t.Fatalf("want %d people with a school, got %+v", n, out.People.Nodes)
		}
		return ts.Queries.Reset()
	}
	five, fifty := count(5), count(50)
	if five != fifty {
		t.Fatalf("statements for 5 people: %d, for 50: %d; a resolver queries per row", five, fifty)
	}
	if fifty > 5 {
		t.Fatalf("the people list costs %d statements; expected at most 5 (session, list, schools, organisations ×2)", fifty)
	}
}

// A page never holds more than 100 items, whatever the client asks.
func TestPagesAreCapped(t *testing.T) {
	ts := newTestServer(t)
	c := ts.loginAs(t, demo.BeheerderEmail)
	for i := range 120 {
		if _, err := ts.DB.NewRaw(`INSERT INTO outbox_messages (recipient, subject, body) VALUES (?, 'x', 'y')`,
			fmt.Sprintf("r%d@example.nl", i)).Exec(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	var out struct {
		Outbox struct {
			TotalCount int
			Nodes      []struct{ ID string }
			PageInfo   struct {
				HasNextPage bool
				EndCursor   string
			}
		}
	}
	c.do(`{ outbox(first: 1000) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`, nil).decode(t, &out)
	if len(out.Outbox.Nodes) != db.MaxPageSize || !out.Outbox.PageInfo.HasNextPage || out.Outbox.TotalCount < 120 {
		t.Fatalf("page of %d, hasNext %v, total %d", len(out.Outbox.Nodes), out.Outbox.PageInfo.HasNextPage, out.Outbox.TotalCount)
	}
	var next struct {
		Outbox struct{ Nodes []struct{ ID string } }
	}
	c.do(`query($a: String) { outbox(first: 100, after: $a) { nodes { id } } }`, map[string]any{"a": out.Outbox.PageInfo.EndCursor}).decode(t, &next)
	if len(next.Outbox.Nodes) == 0 || next.Outbox.Nodes[0].ID == out.Outbox.Nodes[0].ID {
		t.Fatalf("second page did not continue after the first")
	}
	if res := c.do(`{ outbox(first: 0) { totalCount } }`, nil); res.code() != "BAD_USER_INPUT" {
		t.Fatalf("first: 0 gave %q", res.code())
	}
}

// An opleider's month calendar costs the same number of statements for 5 sessions as for 40.
func TestCalendarMonthStatementCountIsConstant(t *testing.T) {
	ts := newTestServer(t)
	f := newFixture(t, ts)
	c := ts.loginAs(t, demo.OpleiderEmail)
	const q = `query($from: Time!, $to: Time!) { sessions(from: $from, to: $to, mine: true) {
		id title startsAt endsAt cancelledAt canManage participantCount holidays { message }
		leergang { id name } leerjaar { number } groups { name } opleiders { name } myAttendance { status } } }`
	month := func(start time.Time) map[string]any {
		return map[string]any{"from": start.Format(time.RFC3339), "to": start.AddDate(0, 1, 0).Format(time.RFC3339)}
	}
	count := func(start time.Time, want int) int64 {
		ts.Queries.Reset()
		var out struct{ Sessions []struct{ ID string } }
		c.do(q, month(start)).decode(t, &out)
		if len(out.Sessions) != want {
			t.Fatalf("want %d sessions in %s, got %d", want, start.Format("2006-01"), len(out.Sessions))
		}
		return ts.Queries.Reset()
	}
	// Two empty months far ahead: one gets 5 sessions, the other 40.
	few, many := time.Date(2032, 3, 1, 0, 0, 0, 0, db.Amsterdam()), time.Date(2032, 9, 1, 0, 0, 0, 0, db.Amsterdam())
	plan := func(month time.Time, n int) {
		for i := range n {
			day := month.AddDate(0, 0, i/2)
			d := db.DagdeelOchtend
			start := day.Add(9 * time.Hour)
			if i%2 == 1 {
				d, start = db.DagdeelMiddag, day.Add(13*time.Hour)
			}
			group := []uuid.UUID{f.group1, f.group2}[i%2]
			if _, err := db.CreateSession(context.Background(), ts.DB, f.admin, f.zuidoostLeergang, &db.SessionInput{
				LeerjaarID: f.zuidoostLeerjaar, Kind: db.SessionDagdeel, Dagdeel: &d, Title: fmt.Sprintf("Sessie %d", i),
				StartsAt: start, EndsAt: start.Add(3 * time.Hour), Location: fmt.Sprintf("Zaal %d", i), GroupIDs: []uuid.UUID{group},
				OpleiderIDs: []uuid.UUID{f.marit}, Published: true}); err != nil {
				t.Fatal(err)
			}
		}
	}
	plan(few, 5)
	plan(many, 40)
	if a, b := count(few, 5), count(many, 40); a != b {
		t.Fatalf("statements for 5 sessions: %d, for 40: %d", a, b)
	}
}
