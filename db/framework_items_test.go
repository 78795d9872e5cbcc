package db_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/dbtest"
)

// Competencies and aspects move one place at a time; past either end a move
// changes nothing and is no error, and a direction other than up or down is
// refused.
func TestMovingCompetenciesAndAspects(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	op := actorOf(t, ctx, bdb, cw.opleider)
	fw, err := inTestTx(t, ctx, bdb, func(tx bun.Tx) (*db.Framework, error) {
		return db.CreateFramework(ctx, tx, op, db.FrameworkInput{Name: "Volgorde"})
	})
	if err != nil {
		t.Fatal(err)
	}
	mustDo := func(fn func(tx bun.Tx) (uuid.UUID, error)) {
		t.Helper()
		got, err := inTestTx(t, ctx, bdb, fn)
		if err != nil {
			t.Fatal(err)
		}
		if got != fw.ID {
			t.Fatalf("answered framework %s, want %s", got, fw.ID)
		}
	}
	for _, name := range []string{"A", "B", "C"} {
		mustDo(func(tx bun.Tx) (uuid.UUID, error) {
			return db.AddCompetency(ctx, tx, op, fw.ID, db.ItemInput{Title: name})
		})
	}
	comps, err := db.CompetenciesByFramework(ctx, bdb, []uuid.UUID{fw.ID})
	if err != nil {
		t.Fatal(err)
	}
	a, c := comps[fw.ID][0], comps[fw.ID][2]
	names := func() []string {
		t.Helper()
		m, err := db.CompetenciesByFramework(ctx, bdb, []uuid.UUID{fw.ID})
		if err != nil {
			t.Fatal(err)
		}
		out := []string{}
		for _, x := range m[fw.ID] {
			out = append(out, x.Name)
		}
		return out
	}
	moveComp := func(id uuid.UUID, dir db.MoveDirection, want ...string) {
		t.Helper()
		mustDo(func(tx bun.Tx) (uuid.UUID, error) { return db.MoveCompetency(ctx, tx, op, id, dir) })
		if got := names(); !reflect.DeepEqual(got, want) {
			t.Fatalf("after moving %s: %v, want %v", dir, got, want)
		}
	}
	moveComp(c.ID, db.MoveDown, "A", "B", "C") // already last
	moveComp(a.ID, db.MoveUp, "A", "B", "C")   // already first
	moveComp(a.ID, db.MoveDown, "B", "A", "C")
	moveComp(a.ID, db.MoveDown, "B", "C", "A")
	moveComp(a.ID, db.MoveDown, "B", "C", "A")
	moveComp(c.ID, db.MoveUp, "C", "B", "A")
	_, err = inTestTx(t, ctx, bdb, func(tx bun.Tx) (uuid.UUID, error) { return db.MoveCompetency(ctx, tx, op, a.ID, "sideways") })
	cwWantInvalid(t, err, "direction")

	// A gap in the positions (never left by the editor) does not stop a move.
	cwExec(t, ctx, bdb, "UPDATE competencies SET position = 7 WHERE id = ?", a.ID)
	moveComp(a.ID, db.MoveUp, "C", "A", "B")

	for _, title := range []string{"Een", "Twee"} {
		mustDo(func(tx bun.Tx) (uuid.UUID, error) { return db.AddAspect(ctx, tx, op, c.ID, db.ItemInput{Title: title}) })
	}
	aspects, err := db.AspectsByCompetency(ctx, bdb, []uuid.UUID{c.ID})
	if err != nil {
		t.Fatal(err)
	}
	een, twee := aspects[c.ID][0], aspects[c.ID][1]
	moveAspect := func(id uuid.UUID, dir db.MoveDirection, want ...string) {
		t.Helper()
		mustDo(func(tx bun.Tx) (uuid.UUID, error) { return db.MoveAspect(ctx, tx, op, id, dir) })
		if got := aspectTitles(t, ctx, bdb, c.ID); !reflect.DeepEqual(got, want) {
			t.Fatalf("after moving %s: %v, want %v", dir, got, want)
		}
	}
	moveAspect(twee.ID, db.MoveDown, "Een", "Twee") // already last
	moveAspect(een.ID, db.MoveDown, "Twee", "Een")
	moveAspect(een.ID, db.MoveUp, "Een", "Twee")
	_, err = inTestTx(t, ctx, bdb, func(tx bun.Tx) (uuid.UUID, error) { return db.MoveAspect(ctx, tx, op, een.ID, "") })
	cwWantInvalid(t, err, "direction")
}
