package db_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/dbtest"
)

func TestEvaluateSessionRules(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	past := cw.session(t, ctx, bdb, "Afgelopen", -2)
	future := cw.session(t, ctx, bdb, "Nog niet", 2)
	ibA := cw.actor(t, ctx, bdb, cw.ibA)

	cf := cwWantConflict(t, mustErr(db.EvaluateSession(ctx, bdb, ibA, future.ID, 4, "", "")))
	if !strings.Contains(cf.Message, "afgelopen") {
		t.Fatalf("message %q", cf.Message)
	}
	for _, r := range []int{0, 6, -1} {
		cwWantInvalid(t, mustErr(db.EvaluateSession(ctx, bdb, ibA, past.ID, r, "", "")), "rating")
	}
	cwWantInvalid(t, mustErr(db.EvaluateSession(ctx, bdb, ibA, past.ID, 4, strings.Repeat("x", 2001), "")), "tops")
	cwWantForbidden(t, mustErr(db.EvaluateSession(ctx, bdb, cw.actor(t, ctx, bdb, cw.ibC), past.ID, 4, "", "")))
	cwWantForbidden(t, mustErr(db.EvaluateSession(ctx, bdb, cw.actor(t, ctx, bdb, cw.directieA), past.ID, 4, "", "")))
	if n := cwCount(t, ctx, bdb, "SELECT count(*) FROM session_evaluations"); n != 0 {
		t.Fatalf("%d evaluations saved by refused requests", n)
	}

	if _, err := db.EvaluateSession(ctx, bdb, ibA, past.ID, 3, " Goede oefeningen ", ""); err != nil {
		t.Fatal(err)
	}
	// Evaluating again replaces the evaluation.
	if _, err := db.EvaluateSession(ctx, bdb, ibA, past.ID, 5, "Goede oefeningen", "Meer pauze"); err != nil {
		t.Fatal(err)
	}
	if n := cwCount(t, ctx, bdb, "SELECT count(*) FROM session_evaluations"); n != 1 {
		t.Fatalf("%d evaluations, want 1", n)
	}
	mine, err := db.MyEvaluations(ctx, bdb, ibA, []uuid.UUID{past.ID, future.ID})
	if err != nil {
		t.Fatal(err)
	}
	if e := mine[past.ID]; len(mine) != 1 || e.Rating != 5 || e.Tops != "Goede oefeningen" || e.Tips != "Meer pauze" {
		t.Fatalf("my evaluations %+v", mine)
	}
	if other, _ := db.MyEvaluations(ctx, bdb, cw.actor(t, ctx, bdb, cw.ibB), []uuid.UUID{past.ID}); len(other) != 0 {
		t.Fatalf("IB B sees an evaluation as their own: %+v", other)
	}

	cancelled := cw.session(t, ctx, bdb, "Geannuleerd", -3)
	cwExec(t, ctx, bdb, "UPDATE sessions SET cancelled_at = now() WHERE id = ?", cancelled.ID)
	cwWantConflict(t, mustErr(db.EvaluateSession(ctx, bdb, ibA, cancelled.ID, 4, "", "")))
}

func TestEvaluationSummariesWithoutNames(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	s1 := cw.session(t, ctx, bdb, "Een", -10)
	s2 := cw.session(t, ctx, bdb, "Twee", -5)
	cw.session(t, ctx, bdb, "Zonder evaluaties", -3)
	ibA, ibB := cw.actor(t, ctx, bdb, cw.ibA), cw.actor(t, ctx, bdb, cw.ibB)
	for _, e := range []struct {
		a          *db.Actor
		s          uuid.UUID
		r          int
		tops, tips string
	}{
		{ibA, s1.ID, 4, "Veel geoefend", ""},
		{ibB, s1.ID, 3, "Duidelijke theorie", "Minder sheets"},
		{ibA, s2.ID, 5, "", ""},
	} {
		if _, err := db.EvaluateSession(ctx, bdb, e.a, e.s, e.r, e.tops, e.tips); err != nil {
			t.Fatal(err)
		}
	}
	op := cw.actor(t, ctx, bdb, cw.opleider)
	sum, err := db.GetSessionEvaluations(ctx, bdb, op, s1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Count != 2 || sum.AverageRating == nil || !near(*sum.AverageRating, 3.5) {
		t.Fatalf("summary %+v", sum)
	}
	if !slices.Equal(sum.Tops, []string{"Duidelijke theorie", "Veel geoefend"}) || !slices.Equal(sum.Tips, []string{"Minder sheets"}) {
		t.Fatalf("tops %q tips %q", sum.Tops, sum.Tips)
	}
	empty, err := db.GetSessionEvaluations(ctx, bdb, op, cw.session(t, ctx, bdb, "Leeg", -1).ID)
	if err != nil || empty.Count != 0 || empty.AverageRating != nil || empty.Tops == nil {
		t.Fatalf("empty summary %+v %v", empty, err)
	}

	rows, err := db.LeergangEvaluations(ctx, bdb, op, cw.leergang.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Session.ID != s1.ID || rows[1].Session.ID != s2.ID {
		t.Fatalf("leergang evaluations: %d rows", len(rows))
	}
	if r := rows[1].Summary; r.Count != 1 || !near(*r.AverageRating, 5) || len(r.Tops) != 0 {
		t.Fatalf("second session %+v", r)
	}

	// Only who may manage the leergang reads them; a deelnemer or directie is refused.
	for _, who := range []*db.Person{cw.ibA, cw.directieA, cw.bestuur, cw.outsider} {
		a := cw.actor(t, ctx, bdb, who)
		cwWantForbidden(t, mustErr(db.GetSessionEvaluations(ctx, bdb, a, s1.ID)))
		cwWantForbidden(t, mustErr(db.LeergangEvaluations(ctx, bdb, a, cw.leergang.ID)))
	}
	if _, err := db.LeergangEvaluations(ctx, bdb, cw.actor(t, ctx, bdb, cw.beheerder), cw.leergang.ID); err != nil {
		t.Fatalf("beheerder: %v", err)
	}
}
