package db_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
)

// courseWorld is a small planning fixture on top of world, made with direct
// inserts: a leergang of the board (client w.org) taught by w.opleider, with
// two leerjaren (hours norm 40), one group holding IB A and IB B, and an
// opleider who does not teach it. Sessions are added per test.
type courseWorld struct {
	*world
	leergang     *db.Leergang
	jaar1, jaar2 *db.Leerjaar
	group        *db.LeergangGroup
	outsider     *db.Person // an opleider who does not teach this leergang
}

func newCourseWorld(t *testing.T, ctx context.Context, idb bun.IDB) *courseWorld {
	t.Helper()
	cw := &courseWorld{world: newWorld(t, ctx, idb)}
	cw.leergang = cwLeergang(t, ctx, idb, "Leergang IB Zuidoost", cw.org.ID)
	cw.jaar1 = cwLeerjaar(t, ctx, idb, cw.leergang.ID, 1)
	cw.jaar2 = cwLeerjaar(t, ctx, idb, cw.leergang.ID, 2)
	cw.group = cwGroup(t, ctx, idb, cw.leergang.ID, "Groep 1", cw.ibA.ID, cw.ibB.ID)
	cwExec(t, ctx, idb, "INSERT INTO leergang_opleiders (leergang_id, person_id) VALUES (?, ?)", cw.leergang.ID, cw.opleider.ID)
	p, err := db.CreatePerson(ctx, idb, db.PersonInput{Name: "Andere opleider", Email: "andere.opleider@test.nl", Roles: []db.Role{db.RoleOpleider}})
	if err != nil {
		t.Fatal(err)
	}
	cw.outsider = p
	return cw
}

func cwExec(t *testing.T, ctx context.Context, idb bun.IDB, query string, args ...any) {
	t.Helper()
	if _, err := idb.NewRaw(query, args...).Exec(ctx); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

func cwLeergang(t *testing.T, ctx context.Context, idb bun.IDB, name string, client uuid.UUID) *db.Leergang {
	t.Helper()
	l := &db.Leergang{Name: name, ClientOrganisationID: client, Status: db.LeergangLopend}
	if _, err := idb.NewInsert().Model(l).Returning("*").Exec(ctx); err != nil {
		t.Fatal(err)
	}
	return l
}

func cwLeerjaar(t *testing.T, ctx context.Context, idb bun.IDB, leergangID uuid.UUID, number int) *db.Leerjaar {
	t.Helper()
	lj := &db.Leerjaar{LeergangID: leergangID, Number: number, HoursNorm: 40}
	if _, err := idb.NewInsert().Model(lj).Returning("*").Exec(ctx); err != nil {
		t.Fatal(err)
	}
	return lj
}

func cwGroup(t *testing.T, ctx context.Context, idb bun.IDB, leergangID uuid.UUID, name string, members ...uuid.UUID) *db.LeergangGroup {
	t.Helper()
	g := &db.LeergangGroup{LeergangID: leergangID, Name: name}
	if _, err := idb.NewInsert().Model(g).Returning("*").Exec(ctx); err != nil {
		t.Fatal(err)
	}
	for _, m := range members {
		cwExec(t, ctx, idb, "INSERT INTO group_members (group_id, person_id) VALUES (?, ?)", g.ID, m)
	}
	return g
}

// cwSession inserts a published dagdeel of the given length (and as many
// credited minutes) starting at start, for the given groups.
func cwSession(t *testing.T, ctx context.Context, idb bun.IDB, lj *db.Leerjaar, title string, start time.Time, minutes int, groups ...uuid.UUID) *db.TrainingSession {
	t.Helper()
	d := db.DagdeelOchtend
	s := &db.TrainingSession{LeergangID: lj.LeergangID, LeerjaarID: lj.ID, Kind: db.SessionDagdeel, Dagdeel: &d, Title: title,
		StartsAt: start, EndsAt: start.Add(time.Duration(minutes) * time.Minute), CreditMinutes: minutes,
		Materials: []db.Material{}, Published: true}
	if _, err := idb.NewInsert().Model(s).Returning("*").Exec(ctx); err != nil {
		t.Fatal(err)
	}
	for _, g := range groups {
		cwExec(t, ctx, idb, "INSERT INTO session_groups (session_id, group_id) VALUES (?, ?)", s.ID, g)
	}
	s.GroupIDs = groups
	return s
}

// session adds a session of this fixture's group in leerjaar 1, days from now
// (negative: in the past), 210 minutes long.
func (cw *courseWorld) session(t *testing.T, ctx context.Context, idb bun.IDB, title string, days int) *db.TrainingSession {
	t.Helper()
	start := time.Now().Add(time.Duration(days) * 24 * time.Hour).Truncate(time.Minute)
	return cwSession(t, ctx, idb, cw.jaar1, title, start, 210, cw.group.ID)
}

func (cw *courseWorld) actor(t *testing.T, ctx context.Context, idb bun.IDB, p *db.Person) *db.Actor {
	t.Helper()
	return actorOf(t, ctx, idb, p)
}

// cwDeelnemers creates n deelnemers at school, named with prefix and a number.
func cwDeelnemers(t *testing.T, ctx context.Context, idb bun.IDB, prefix string, n int, school uuid.UUID) []*db.Person {
	t.Helper()
	out := make([]*db.Person, n)
	for i := range n {
		p, err := db.CreatePerson(ctx, idb, db.PersonInput{Name: fmt.Sprintf("%s %02d", prefix, i+1),
			Email: fmt.Sprintf("%s.%02d@test.nl", prefix, i+1), Roles: []db.Role{db.RoleDeelnemer}, SchoolIDs: []uuid.UUID{school}})
		if err != nil {
			t.Fatal(err)
		}
		out[i] = p
	}
	return out
}

func cwIDs(people []*db.Person) []uuid.UUID {
	ids := make([]uuid.UUID, len(people))
	for i, p := range people {
		ids[i] = p.ID
	}
	return ids
}

// cwWantInvalid fails unless err is an InvalidError whose first field is field.
func cwWantInvalid(t *testing.T, err error, field string) {
	t.Helper()
	var inv *db.InvalidError
	if !errors.As(err, &inv) {
		t.Fatalf("got %v, want InvalidError at %q", err, field)
	}
	if inv.Fields[0].Field != field {
		t.Fatalf("got invalid field %q (%s), want %q", inv.Fields[0].Field, inv.Fields[0].Message, field)
	}
	if inv.Fields[0].Message == "" {
		t.Fatalf("invalid field %q has no message", field)
	}
}

func cwWantForbidden(t *testing.T, err error) {
	t.Helper()
	var fb *db.ForbiddenError
	if !errors.As(err, &fb) {
		t.Fatalf("got %v, want ForbiddenError", err)
	}
}

func cwWantConflict(t *testing.T, err error) *db.ConflictError {
	t.Helper()
	var cf *db.ConflictError
	if !errors.As(err, &cf) {
		t.Fatalf("got %v, want ConflictError", err)
	}
	return cf
}

func cwCount(t *testing.T, ctx context.Context, idb bun.IDB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := idb.NewRaw(query, args...).Scan(ctx, &n); err != nil {
		t.Fatal(err)
	}
	return n
}
