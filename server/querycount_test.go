package main

import (
	"context"
	"fmt"
	"testing"

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
