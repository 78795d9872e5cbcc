package db_test

import (
	"context"
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/dbtest"
)

func declare(t *testing.T, ctx context.Context, idb bun.IDB, a *db.Actor, lj uuid.UUID, hours float64, what string) *db.HourDeclaration {
	t.Helper()
	d, err := db.DeclareHours(ctx, idb, a, db.DeclarationInput{LeerjaarID: lj, Kind: db.DeclarationLiteratuur, Hours: hours,
		Description: what, DoneOn: time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// ledgerFixture gives IB A: two sessions of 3.5 h present, one partial of 90
// minutes, one absence, a cancelled session with a stale registration, an
// approved 4 h declaration, a pending 2 h one and a rejected 3 h one, all in
// leerjaar 1. IB B is present at the first session only.
func ledgerFixture(t *testing.T, ctx context.Context, idb bun.IDB) *courseWorld {
	t.Helper()
	cw := newCourseWorld(t, ctx, idb)
	op := cw.actor(t, ctx, idb, cw.opleider)
	ibA := cw.actor(t, ctx, idb, cw.ibA)
	reg := func(s *db.TrainingSession, entries ...db.AttendanceInput) {
		t.Helper()
		if _, err := db.RegisterAttendance(ctx, idb, op, s.ID, entries); err != nil {
			t.Fatal(err)
		}
	}
	s1 := cw.session(t, ctx, idb, "Een", -40)
	s2 := cw.session(t, ctx, idb, "Twee", -30)
	s3 := cw.session(t, ctx, idb, "Drie", -20)
	s4 := cw.session(t, ctx, idb, "Vier", -10)
	s5 := cw.session(t, ctx, idb, "Vijf", -5)
	reg(s1, db.AttendanceInput{PersonID: cw.ibA.ID, Status: db.AttendanceAanwezig}, db.AttendanceInput{PersonID: cw.ibB.ID, Status: db.AttendanceAanwezig})
	reg(s2, db.AttendanceInput{PersonID: cw.ibA.ID, Status: db.AttendanceAanwezig})
	reg(s3, db.AttendanceInput{PersonID: cw.ibA.ID, Status: db.AttendanceGedeeltelijk, Minutes: intp(90)})
	reg(s4, db.AttendanceInput{PersonID: cw.ibA.ID, Status: db.AttendanceAfwezigMetBericht})
	reg(s5, db.AttendanceInput{PersonID: cw.ibA.ID, Status: db.AttendanceAanwezig})
	cwExec(t, ctx, idb, "UPDATE sessions SET cancelled_at = now() WHERE id = ?", s5.ID)

	approved := declare(t, ctx, idb, ibA, cw.jaar1.ID, 4, "Boek over coachen gelezen")
	declare(t, ctx, idb, ibA, cw.jaar1.ID, 2, "Artikel over zorgroutes")
	rejected := declare(t, ctx, idb, ibA, cw.jaar1.ID, 3, "Vergadering")
	if _, err := db.ReviewDeclaration(ctx, idb, op, approved.ID, true, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ReviewDeclaration(ctx, idb, op, rejected.ID, false, "Dit hoort bij je gewone werk."); err != nil {
		t.Fatal(err)
	}
	return cw
}

func TestHoursLedgerMath(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := ledgerFixture(t, ctx, bdb)

	ls, err := db.HoursLedgers(ctx, bdb, cw.actor(t, ctx, bdb, cw.ibA), cw.ibA.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(ls) != 2 || ls[0].LeerjaarID != cw.jaar1.ID || ls[1].LeerjaarID != cw.jaar2.ID {
		t.Fatalf("want ledgers for leerjaar 1 and 2, got %d", len(ls))
	}
	l := ls[0]
	if l.PersonID != cw.ibA.ID || l.LeergangID != cw.leergang.ID || !near(l.Norm, 40) {
		t.Fatalf("ledger head %+v", l)
	}
	if !near(l.AttendanceHours, 8.5) || !near(l.ApprovedHours, 4) || !near(l.PendingHours, 2) || !near(l.TotalHours(), 12.5) {
		t.Fatalf("attendance %v approved %v pending %v total %v; want 8.5, 4, 2, 12.5",
			l.AttendanceHours, l.ApprovedHours, l.PendingHours, l.TotalHours())
	}
	// Entries: the four registrations of sessions that were not cancelled, newest first.
	if len(l.Entries) != 4 {
		t.Fatalf("%d entries, want 4", len(l.Entries))
	}
	wantHours := []float64{0, 1.5, 3.5, 3.5}
	wantStatus := []db.AttendanceStatus{db.AttendanceAfwezigMetBericht, db.AttendanceGedeeltelijk, db.AttendanceAanwezig, db.AttendanceAanwezig}
	for i, e := range l.Entries {
		if !near(e.Hours, wantHours[i]) || e.Status != wantStatus[i] {
			t.Fatalf("entry %d: %+v, want %v h %s", i, e, wantHours[i], wantStatus[i])
		}
	}
	if len(l.Declarations) != 3 {
		t.Fatalf("%d declarations, want 3", len(l.Declarations))
	}
	if e := ls[1]; e.AttendanceHours != 0 || e.ApprovedHours != 0 || len(e.Entries) != 0 || len(e.Declarations) != 0 {
		t.Fatalf("leerjaar 2 is not empty: %+v", e)
	}

	lb, err := db.HoursLedgers(ctx, bdb, cw.actor(t, ctx, bdb, cw.opleider), cw.ibB.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(lb) != 2 || !near(lb[0].AttendanceHours, 3.5) || lb[0].ApprovedHours != 0 || lb[0].PendingHours != 0 {
		t.Fatalf("IB B's ledger %+v", lb[0])
	}
}

// A directie of another school asking for someone's ledger gets ForbiddenError
// (the person exists but is outside their scope), not an empty list.
func TestHoursLedgerVisibility(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := ledgerFixture(t, ctx, bdb)

	for _, who := range []*db.Person{cw.ibA, cw.directieA, cw.bestuur, cw.opleider, cw.beheerder} {
		ls, err := db.HoursLedgers(ctx, bdb, cw.actor(t, ctx, bdb, who), cw.ibA.ID)
		if err != nil {
			t.Fatalf("%s: %v", who.Name, err)
		}
		if len(ls) != 2 || !near(ls[0].TotalHours(), 12.5) || len(ls[0].Entries) != 4 {
			t.Fatalf("%s sees %d ledgers", who.Name, len(ls))
		}
	}
	for _, who := range []*db.Person{cw.directieB, cw.ibB, cw.ibC} {
		_, err := db.HoursLedgers(ctx, bdb, cw.actor(t, ctx, bdb, who), cw.ibA.ID)
		cwWantForbidden(t, err)
	}
	// An opleider sees every person, but only the leergangen they teach.
	ls, err := db.HoursLedgers(ctx, bdb, cw.actor(t, ctx, bdb, cw.outsider), cw.ibA.ID)
	if err != nil || len(ls) != 0 {
		t.Fatalf("opleider of another leergang: %d ledgers, %v", len(ls), err)
	}
	if _, err := db.HoursLedgers(ctx, bdb, cw.actor(t, ctx, bdb, cw.opleider), uuid.New()); !db.IsNotFound(err) {
		t.Fatalf("unknown person: %v", err)
	}
}

func TestHoursOverview(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := ledgerFixture(t, ctx, bdb)
	people := func(ls []*db.HoursLedger, err error) []uuid.UUID {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		var ids []uuid.UUID
		for _, l := range ls {
			if l.LeerjaarID == cw.jaar1.ID {
				ids = append(ids, l.PersonID)
			}
		}
		return ids
	}
	if got := people(db.HoursOverview(ctx, bdb, cw.actor(t, ctx, bdb, cw.opleider), &cw.leergang.ID, nil)); len(got) != 2 || got[0] != cw.ibA.ID || got[1] != cw.ibB.ID {
		t.Fatalf("opleider's overview %v", got)
	}
	if got := people(db.HoursOverview(ctx, bdb, cw.actor(t, ctx, bdb, cw.directieA), nil, nil)); len(got) != 1 || got[0] != cw.ibA.ID {
		t.Fatalf("directie A's overview %v", got)
	}
	if got := people(db.HoursOverview(ctx, bdb, cw.actor(t, ctx, bdb, cw.bestuur), nil, &cw.schoolB.ID)); len(got) != 1 || got[0] != cw.ibB.ID {
		t.Fatalf("bestuur's overview of school B %v", got)
	}
	if got := people(db.HoursOverview(ctx, bdb, cw.actor(t, ctx, bdb, cw.outsider), nil, nil)); len(got) != 0 {
		t.Fatalf("opleider of another leergang sees %v", got)
	}
	_, err := db.HoursOverview(ctx, bdb, cw.actor(t, ctx, bdb, cw.directieA), nil, &cw.schoolB.ID)
	cwWantForbidden(t, err)
	_, err = db.HoursOverview(ctx, bdb, cw.actor(t, ctx, bdb, cw.outsider), &cw.leergang.ID, nil)
	cwWantForbidden(t, err)
}

func TestHoursOverviewConstantStatements(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	small := gridFixture(t, ctx, cw, bdb, "Klein", 2, 2)
	large := gridFixture(t, ctx, cw, bdb, "Groot", 30, 10)
	op := cw.actor(t, ctx, bdb, cw.opleider)
	counter := &db.QueryCounter{}
	bdb.AddQueryHook(counter)
	measure := func(l *db.Leergang) ([]*db.HoursLedger, int64) {
		counter.Reset()
		ls, err := db.HoursOverview(ctx, bdb, op, &l.ID, nil)
		if err != nil {
			t.Fatal(err)
		}
		return ls, counter.Reset()
	}
	ls, ns := measure(small)
	ll, nl := measure(large)
	if len(ls) != 2 || len(ll) != 30 {
		t.Fatalf("%d and %d ledgers, want 2 and 30", len(ls), len(ll))
	}
	if ns != nl {
		t.Fatalf("overview of 2 people cost %d statements, of 30 people %d", ns, nl)
	}
	// Groot 01 (j=0) is partial (60 min) at sessions 0, 3, 6, 9 and present (210) at the other 6.
	if l := ll[0]; len(l.Entries) != 10 || !near(l.AttendanceHours, (4*60+6*210)/60.0) {
		t.Fatalf("Groot 01: %d entries, %v hours", len(l.Entries), l.AttendanceHours)
	}
}

// The overview page asks only for the totals and the related rows: it costs
// one statement besides the check of the leergang, whatever the number of
// people, and answers the same totals as the full ledgers.
func TestHoursOverviewTotalsOnlyConstantStatements(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	small := gridFixture(t, ctx, cw, bdb, "Klein", 2, 2)
	large := gridFixture(t, ctx, cw, bdb, "Groot", 30, 10)
	op := cw.actor(t, ctx, bdb, cw.opleider)
	counter := &db.QueryCounter{}
	bdb.AddQueryHook(counter)
	page := db.LedgerParts{People: true, Leergangen: true, Leerjaren: true}
	for _, l := range []*db.Leergang{small, large} {
		full, err := db.HoursOverview(ctx, bdb, op, &l.ID, nil)
		if err != nil {
			t.Fatal(err)
		}
		counter.Reset()
		set, err := db.HoursOverviewSet(ctx, bdb, op, &l.ID, nil, page)
		if err != nil {
			t.Fatal(err)
		}
		if n := counter.Reset(); n != 2 {
			t.Errorf("%s: the totals with their people, leergang and leerjaren cost %d statements, want 2 (leergang check, totals)", l.Name, n)
		}
		sameTotals(t, l.Name, full, set)
		if len(set.People) != len(full) || len(set.Leergangen) != 1 || len(set.Leerjaren) != 1 {
			t.Errorf("%s: %d people, %d leergangen, %d leerjaren for %d ledgers", l.Name, len(set.People), len(set.Leergangen), len(set.Leerjaren), len(full))
		}
	}
}

// sameTotals fails unless set holds the ledgers of full, in the same order,
// with the same totals, and no list (the set asked for none).
func sameTotals(t *testing.T, what string, full []*db.HoursLedger, set *db.LedgerSet) {
	t.Helper()
	if len(set.Ledgers) != len(full) {
		t.Fatalf("%s: %d ledgers, %d in full", what, len(set.Ledgers), len(full))
	}
	for i, f := range full {
		g := set.Ledgers[i]
		if g.PersonID != f.PersonID || g.LeergangID != f.LeergangID || g.LeerjaarID != f.LeerjaarID || g.Norm != f.Norm ||
			g.AttendanceHours != f.AttendanceHours || g.ApprovedHours != f.ApprovedHours || g.PendingHours != f.PendingHours ||
			g.IntervisieHours != f.IntervisieHours || g.TotalHours() != f.TotalHours() {
			t.Errorf("%s: ledger %d differs:\n totals only %+v\n full        %+v", what, i, *g, *f)
		}
		if len(g.Entries) != 0 || len(g.Declarations) != 0 || len(g.IntervisieEntries) != 0 {
			t.Errorf("%s: ledger %d lists what was not asked for: %+v", what, i, *g)
		}
	}
}

// The people, leergangen and leerjaren read with the totals are exactly what
// the loaders would return for the same actor (they prime those loaders), and
// the totals and lists are the same whichever parts are asked for.
func TestHoursLedgerSetMatchesLoaders(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := ledgerFixture(t, ctx, bdb)
	// Dates, enums and NULLs in the rows, so their scanning is compared too.
	cwExec(t, ctx, bdb, "UPDATE people SET ib_start_date = '2025-08-01', function = 'ib', werktijdfactor = 0.6, bouw = 'onderbouw' WHERE id = ?", cw.ibA.ID)
	cwExec(t, ctx, bdb, "UPDATE leerjaren SET starts_on = '2026-08-01', ends_on = '2027-07-31' WHERE id = ?", cw.jaar1.ID)
	related := db.LedgerParts{People: true, Leergangen: true, Leerjaren: true}
	type ask struct {
		who        *db.Person
		leergangID *uuid.UUID
		schoolID   *uuid.UUID
	}
	for _, c := range []ask{{cw.opleider, &cw.leergang.ID, nil}, {cw.directieA, nil, nil}, {cw.bestuur, nil, &cw.schoolB.ID},
		{cw.beheerder, nil, nil}, {cw.bestuur, nil, nil}} {
		a := cw.actor(t, ctx, bdb, c.who)
		full, err := db.HoursOverview(ctx, bdb, a, c.leergangID, c.schoolID)
		if err != nil {
			t.Fatal(err)
		}
		if len(full) == 0 {
			t.Fatalf("%s: no ledgers", c.who.Name)
		}
		set, err := db.HoursOverviewSet(ctx, bdb, a, c.leergangID, c.schoolID, related)
		if err != nil {
			t.Fatal(err)
		}
		sameTotals(t, c.who.Name, full, set)
		sameRows(t, ctx, bdb, a, c.who.Name, full, set)

		lists, err := db.HoursOverviewSet(ctx, bdb, a, c.leergangID, c.schoolID, db.AllLedgerParts)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(lists.Ledgers, full) || lists.People != nil || lists.Leergangen != nil || lists.Leerjaren != nil {
			t.Errorf("%s: the set with every list differs from HoursOverview", c.who.Name)
		}
	}
	// The personal page: the lists it shows, its leergangen and leerjaren.
	a := cw.actor(t, ctx, bdb, cw.ibA)
	full, err := db.HoursLedgers(ctx, bdb, a, cw.ibA.ID)
	if err != nil {
		t.Fatal(err)
	}
	parts := db.AllLedgerParts
	parts.Leergangen, parts.Leerjaren = true, true
	set, err := db.HoursLedgerSet(ctx, bdb, a, cw.ibA.ID, parts)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(set.Ledgers, full) || set.People != nil {
		t.Errorf("the personal ledgers differ when their leergangen and leerjaren are read along")
	}
	sameRows(t, ctx, bdb, a, "IB A", full, set)
	onlyEntries, err := db.HoursLedgerSet(ctx, bdb, a, cw.ibA.ID, db.LedgerParts{Entries: true})
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range onlyEntries.Ledgers {
		if !reflect.DeepEqual(l.Entries, full[i].Entries) || len(l.Declarations) != 0 || len(l.IntervisieEntries) != 0 {
			t.Errorf("ledger %d with only its entries: %+v", i, *l)
		}
	}
}

// sameRows compares the related rows of set with what PeopleByID,
// LeergangenByID and LeerjarenByID return for the actor, field by field.
func sameRows(t *testing.T, ctx context.Context, idb bun.IDB, a *db.Actor, what string, full []*db.HoursLedger, set *db.LedgerSet) {
	t.Helper()
	var people, leergangen, leerjaren []uuid.UUID
	for _, l := range full {
		people, leergangen, leerjaren = append(people, l.PersonID), append(leergangen, l.LeergangID), append(leerjaren, l.LeerjaarID)
	}
	if set.People != nil {
		want, err := db.PeopleByID(ctx, idb, a, people)
		if err != nil {
			t.Fatal(err)
		}
		sameMaps(t, what, want, set.People)
	}
	if set.Leergangen != nil {
		want, err := db.LeergangenByID(ctx, idb, a, leergangen)
		if err != nil {
			t.Fatal(err)
		}
		sameMaps(t, what, want, set.Leergangen)
	}
	if set.Leerjaren != nil {
		want, err := db.LeerjarenByID(ctx, idb, leerjaren)
		if err != nil {
			t.Fatal(err)
		}
		sameMaps(t, what, want, set.Leerjaren)
	}
}

func sameMaps[T any](t *testing.T, what string, want, got map[uuid.UUID]*T) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d %T read with the totals, the loader finds %d", what, len(got), got, len(want))
	}
	for id, w := range want {
		g := got[id]
		if g == nil {
			t.Errorf("%s: %T %s missing", what, w, id)
			continue
		}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("%s: read with the totals %+v, by the loader %+v", what, *g, *w)
		}
	}
}

func TestDeclareHoursValidation(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	ibA := cw.actor(t, ctx, bdb, cw.ibA)
	day := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	valid := db.DeclarationInput{LeerjaarID: cw.jaar1.ID, Kind: db.DeclarationPraktijkopdracht, Hours: 2.5, Description: "Gesprek opgenomen", DoneOn: day}
	with := func(f func(*db.DeclarationInput)) db.DeclarationInput { in := valid; f(&in); return in }

	cases := []struct {
		name  string
		in    db.DeclarationInput
		field string
	}{
		{"zero hours", with(func(in *db.DeclarationInput) { in.Hours = 0 }), "hours"},
		{"negative hours", with(func(in *db.DeclarationInput) { in.Hours = -1 }), "hours"},
		{"too many hours", with(func(in *db.DeclarationInput) { in.Hours = 100.5 }), "hours"},
		{"not a number", with(func(in *db.DeclarationInput) { in.Hours = math.NaN() }), "hours"},
		{"rounds to nothing", with(func(in *db.DeclarationInput) { in.Hours = 0.001 }), "hours"},
		{"no description", with(func(in *db.DeclarationInput) { in.Description = "  " }), "description"},
		{"no date", with(func(in *db.DeclarationInput) { in.DoneOn = time.Time{} }), "doneOn"},
		{"unknown kind", with(func(in *db.DeclarationInput) { in.Kind = "vergadering" }), "kind"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := db.DeclareHours(ctx, bdb, ibA, tc.in)
			cwWantInvalid(t, err, tc.field)
		})
	}
	if n := cwCount(t, ctx, bdb, "SELECT count(*) FROM hour_declarations"); n != 0 {
		t.Fatalf("%d declarations written by invalid input", n)
	}
	d, err := db.DeclareHours(ctx, bdb, ibA, with(func(in *db.DeclarationInput) { in.Hours = 100 }))
	if err != nil {
		t.Fatal(err)
	}
	if d.Status != db.DeclarationIngediend || d.PersonID != cw.ibA.ID || !near(d.Hours, 100) || d.ID == uuid.Nil {
		t.Fatalf("declaration %+v", d)
	}
	// Only for a leergang one takes part in.
	_, err = db.DeclareHours(ctx, bdb, cw.actor(t, ctx, bdb, cw.ibC), valid)
	cwWantForbidden(t, err)
	_, err = db.DeclareHours(ctx, bdb, cw.actor(t, ctx, bdb, cw.directieA), valid)
	cwWantForbidden(t, err)
	if _, err := db.DeclareHours(ctx, bdb, ibA, with(func(in *db.DeclarationInput) { in.LeerjaarID = uuid.New() })); !db.IsNotFound(err) {
		t.Fatalf("unknown leerjaar: %v", err)
	}
}

func TestReviewDeclaration(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	ibA := cw.actor(t, ctx, bdb, cw.ibA)
	op := cw.actor(t, ctx, bdb, cw.opleider)
	d1 := declare(t, ctx, bdb, ibA, cw.jaar1.ID, 4, "Boek")
	d2 := declare(t, ctx, bdb, ibA, cw.jaar1.ID, 2, "Intervisie")

	pending, err := db.PendingDeclarations(ctx, bdb, op)
	if err != nil || len(pending) != 2 || pending[0].ID != d1.ID {
		t.Fatalf("pending %v, %v", pending, err)
	}
	for _, who := range []*db.Person{cw.outsider, cw.ibA, cw.directieA, cw.bestuur} {
		a := cw.actor(t, ctx, bdb, who)
		_, err := db.ReviewDeclaration(ctx, bdb, a, d1.ID, true, "")
		cwWantForbidden(t, err)
		if p, err := db.PendingDeclarations(ctx, bdb, a); err != nil || len(p) != 0 {
			t.Fatalf("%s has %d declarations to review (%v)", who.Name, len(p), err)
		}
	}

	got, err := db.ReviewDeclaration(ctx, bdb, op, d1.ID, false, "  Hoort bij de praktijkopdracht. ")
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != db.DeclarationAfgewezen || got.ReviewNote != "Hoort bij de praktijkopdracht." || got.ReviewedAt == nil ||
		got.ReviewedBy == nil || *got.ReviewedBy != cw.opleider.ID {
		t.Fatalf("reviewed %+v", got)
	}
	_, err = db.ReviewDeclaration(ctx, bdb, op, d1.ID, true, "")
	cwWantConflict(t, err)

	beheerder := cw.actor(t, ctx, bdb, cw.beheerder)
	if p, _ := db.PendingDeclarations(ctx, bdb, beheerder); len(p) != 1 || p[0].ID != d2.ID {
		t.Fatalf("beheerder's pending %v", p)
	}
	if got, err := db.ReviewDeclaration(ctx, bdb, beheerder, d2.ID, true, ""); err != nil || got.Status != db.DeclarationGoedgekeurd {
		t.Fatalf("beheerder approving: %+v %v", got, err)
	}
	if p, _ := db.PendingDeclarations(ctx, bdb, op); len(p) != 0 {
		t.Fatalf("still pending %v", p)
	}
	if _, err := db.ReviewDeclaration(ctx, bdb, op, uuid.New(), true, ""); !db.IsNotFound(err) {
		t.Fatalf("unknown declaration: %v", err)
	}
}
