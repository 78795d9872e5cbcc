package db_test

import (
	"context"
	"testing"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
)

// world is a small fixture: one board with schools A and B, one other board
// with school C, and a person in each role.
type world struct {
	org, otherOrg                       *db.Organisation
	schoolA, schoolB, schoolC           *db.School
	beheerder, opleider                 *db.Person
	ibA, ibB, ibC, directieA, directieB *db.Person
	bestuur                             *db.Person
}

func newWorld(t *testing.T, ctx context.Context, idb bun.IDB) *world {
	t.Helper()
	w := &world{}
	mustOrg := func(name string) *db.Organisation {
		o := &db.Organisation{Name: name, Kind: db.OrganisationBestuur, Plaats: "Amsterdam"}
		if _, err := idb.NewInsert().Model(o).Returning("*").Exec(ctx); err != nil {
			t.Fatal(err)
		}
		return o
	}
	mustSchool := func(org *db.Organisation, name, brin string) *db.School {
		s := &db.School{OrganisationID: org.ID, Name: name, BRIN: brin, Plaats: "Amsterdam", Region: db.RegionNoord}
		if _, err := idb.NewInsert().Model(s).Returning("*").Exec(ctx); err != nil {
			t.Fatal(err)
		}
		return s
	}
	mustPerson := func(name, email string, roles []db.Role, schools []uuid.UUID, org *uuid.UUID) *db.Person {
		p, err := db.CreatePerson(ctx, idb, db.PersonInput{Name: name, Email: email, Roles: roles, SchoolIDs: schools, OrganisationID: org})
		if err != nil {
			t.Fatalf("create %s: %v", name, err)
		}
		return p
	}
	w.org, w.otherOrg = mustOrg("Stichting Test"), mustOrg("Stichting Elders")
	w.schoolA, w.schoolB = mustSchool(w.org, "School A", "11AA"), mustSchool(w.org, "School B", "22BB")
	w.schoolC = mustSchool(w.otherOrg, "School C", "33CC")
	w.beheerder = mustPerson("Beheerder", "beheerder@test.nl", []db.Role{db.RoleBeheerder}, nil, nil)
	w.opleider = mustPerson("Opleider", "opleider@test.nl", []db.Role{db.RoleOpleider}, nil, nil)
	w.ibA = mustPerson("IB A", "ib.a@test.nl", []db.Role{db.RoleDeelnemer}, []uuid.UUID{w.schoolA.ID}, nil)
	w.ibB = mustPerson("IB B", "ib.b@test.nl", []db.Role{db.RoleDeelnemer}, []uuid.UUID{w.schoolB.ID}, nil)
	w.ibC = mustPerson("IB C", "ib.c@test.nl", []db.Role{db.RoleDeelnemer}, []uuid.UUID{w.schoolC.ID}, nil)
	w.directieA = mustPerson("Directie A", "dir.a@test.nl", []db.Role{db.RoleDirectie}, []uuid.UUID{w.schoolA.ID}, nil)
	w.directieB = mustPerson("Directie B", "dir.b@test.nl", []db.Role{db.RoleDirectie}, []uuid.UUID{w.schoolB.ID}, nil)
	w.bestuur = mustPerson("Bestuur", "bestuur@test.nl", []db.Role{db.RoleBestuur}, nil, &w.org.ID)
	return w
}

func actorOf(t *testing.T, ctx context.Context, idb bun.IDB, p *db.Person) *db.Actor {
	t.Helper()
	a, err := db.ActorFor(ctx, idb, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
