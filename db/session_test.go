package db_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/dbtest"
)

// sessWorld is world plus one leergang with two groups, taught by the opleider.
type sessWorld struct {
	*world
	leergang       *db.Leergang
	leerjaar       uuid.UUID
	groupA, groupB uuid.UUID
	opleider2      *db.Person
	admin          *db.Actor
}

func newSessWorld(t *testing.T, ctx context.Context, bdb *bun.DB) *sessWorld {
	t.Helper()
	w := &sessWorld{world: newWorld(t, ctx, bdb)}
	var err error
	w.opleider2, err = db.CreatePerson(ctx, bdb, db.PersonInput{Name: "Tweede Opleider", Email: "opleider2@test.nl", Roles: []db.Role{db.RoleOpleider}})
	if err != nil {
		t.Fatal(err)
	}
	w.admin = actorOf(t, ctx, bdb, w.beheerder)
	w.leergang, err = db.CreateLeergang(ctx, bdb, w.admin, db.LeergangInput{
		Name: "Resultaatgericht coachen", Status: db.LeergangLopend, ClientOrganisationID: w.org.ID,
		Leerjaren:   []db.LeerjaarInput{{Number: 1}, {Number: 2}},
		Groups:      []db.GroupInput{{Name: "Groep A", MemberIDs: []uuid.UUID{w.ibA.ID}}, {Name: "Groep B", MemberIDs: []uuid.UUID{w.ibB.ID}}},
		OpleiderIDs: []uuid.UUID{w.opleider.ID, w.opleider2.ID},
	})
	if err != nil {
		t.Fatal(err)
	}
	groups, _ := db.GroupsByLeergang(ctx, bdb, []uuid.UUID{w.leergang.ID})
	for _, g := range groups[w.leergang.ID] {
		if g.Name == "Groep A" {
			w.groupA = g.ID
		} else {
			w.groupB = g.ID
		}
	}
	ljs, _ := db.LeerjarenByLeergang(ctx, bdb, []uuid.UUID{w.leergang.ID})
	w.leerjaar = ljs[w.leergang.ID][0].ID
	if ljs[w.leergang.ID][0].HoursNorm != 40 {
		t.Fatalf("default hours norm: %v", ljs[w.leergang.ID][0].HoursNorm)
	}
	return w
}

func at(day string, hm string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", day+" "+hm, db.Amsterdam())
	if err != nil {
		panic(err)
	}
	return t
}

func (w *sessWorld) dagdeel(title, day, location string, group uuid.UUID, opleiders ...uuid.UUID) *db.SessionInput {
	d := db.DagdeelOchtend
	return &db.SessionInput{LeerjaarID: w.leerjaar, Kind: db.SessionDagdeel, Dagdeel: &d, Title: title,
		StartsAt: at(day, "09:00"), EndsAt: at(day, "12:30"), Location: location, GroupIDs: []uuid.UUID{group},
		OpleiderIDs: opleiders, Published: true}
}

func TestSessionConflictsNameTheOtherSession(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newSessWorld(t, ctx, bdb)
	first, err := db.CreateSession(ctx, bdb, w.admin, w.leergang.ID, w.dagdeel("Dagdeel 1: doelgericht communiceren", "2027-03-09", "Zaal 1, Hengelo", w.groupA, w.opleider.ID))
	if err != nil {
		t.Fatal(err)
	}
	if first.CreditHours() != 3.5 {
		t.Fatalf("a dagdeel of 3,5 uur credits %v", first.CreditHours())
	}
	cases := []struct {
		name string
		in   *db.SessionInput
		kind db.ConflictKind
	}{
		{"same opleider", w.dagdeel("Ander", "2027-03-09", "Zaal 2", w.groupB, w.opleider.ID), db.ConflictOpleider},
		{"same location", w.dagdeel("Ander", "2027-03-09", "  zaal 1,  HENGELO ", w.groupB, w.opleider2.ID), db.ConflictLocation},
		{"same deelnemer", w.dagdeel("Ander", "2027-03-09", "Zaal 3", w.groupA, w.opleider2.ID), db.ConflictDeelnemer},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := db.FindConflicts(ctx, bdb, tc.in.Check(nil))
			if err != nil || len(cs) != 1 || cs[0].Kind != tc.kind || cs[0].OtherSessionID != first.ID {
				t.Fatalf("conflicts %+v, %v", cs, err)
			}
			_, err = db.CreateSession(ctx, bdb, w.admin, w.leergang.ID, tc.in)
			var cf *db.ConflictError
			if !errors.As(err, &cf) || !strings.Contains(cf.Message, "Dagdeel 1: doelgericht communiceren") {
				t.Fatalf("save: %v, want a CONFLICT naming the other session", err)
			}
		})
	}
	// Back to back is no overlap, and a cancelled session frees its slot.
	later := w.dagdeel("Middag", "2027-03-09", "Zaal 1, Hengelo", w.groupA, w.opleider.ID)
	later.StartsAt, later.EndsAt = at("2027-03-09", "12:30"), at("2027-03-09", "16:00")
	if _, err := db.CreateSession(ctx, bdb, w.admin, w.leergang.ID, later); err != nil {
		t.Fatalf("back-to-back session refused: %v", err)
	}
	if _, err := db.CancelSession(ctx, bdb, w.admin, first.ID, "Opleider ziek"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateSession(ctx, bdb, w.admin, w.leergang.ID, w.dagdeel("Vervanging", "2027-03-09", "Zaal 1, Hengelo", w.groupA, w.opleider.ID)); err != nil {
		t.Fatalf("slot of a cancelled session stays blocked: %v", err)
	}
}

// Two concurrent requests that book the same opleider: PostgreSQL's exclusion
// constraint lets exactly one win, even though both pass the application check.
func TestConcurrentDoubleBookingOneWins(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newSessWorld(t, ctx, bdb)
	start := make(chan struct{})
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, loc := range []string{"Zaal 1", "Zaal 2"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			in := w.dagdeel("Sessie "+loc, "2027-04-13", loc, []uuid.UUID{w.groupA, w.groupB}[i], w.opleider.ID)
			<-start
			errs[i] = bdb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
				// Both pass the check before either inserts.
				if _, err := db.FindConflicts(ctx, tx, in.Check(nil)); err != nil {
					return err
				}
				time.Sleep(50 * time.Millisecond)
				_, err := db.CreateSession(ctx, tx, w.admin, w.leergang.ID, in)
				return err
			})
			errs[i] = db.NameLostRace(ctx, bdb, errs[i], in.Check(nil))
		}()
	}
	close(start)
	wg.Wait()
	var ok, conflict int
	for _, err := range errs {
		var cf *db.ConflictError
		switch {
		case err == nil:
			ok++
		case errors.As(err, &cf):
			conflict++
			if !strings.Contains(cf.Message, "Sessie Zaal") {
				t.Errorf("conflict does not name the winner: %s", cf.Message)
			}
		default:
			t.Errorf("unexpected error: %v", err)
		}
	}
	if ok != 1 || conflict != 1 {
		t.Fatalf("want one success and one CONFLICT, got %d and %d (%v)", ok, conflict, errs)
	}
	var n int
	if err := bdb.NewRaw(`SELECT count(*) FROM session_opleiders WHERE person_id = ?`, w.opleider.ID).Scan(ctx, &n); err != nil || n != 1 {
		t.Fatalf("opleider booked %d times", n)
	}
}

func TestMoveRaisesSequenceAndKeepsConflictCheck(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newSessWorld(t, ctx, bdb)
	a, err := db.CreateSession(ctx, bdb, w.admin, w.leergang.ID, w.dagdeel("A", "2027-05-11", "Zaal 1", w.groupA, w.opleider.ID))
	if err != nil {
		t.Fatal(err)
	}
	b, err := db.CreateSession(ctx, bdb, w.admin, w.leergang.ID, w.dagdeel("B", "2027-05-12", "Zaal 2", w.groupB, w.opleider.ID))
	if err != nil {
		t.Fatal(err)
	}
	moved, err := db.MoveSession(ctx, bdb, w.admin, a.ID, at("2027-05-18", "09:00"), at("2027-05-18", "12:30"))
	if err != nil || moved.Sequence != a.Sequence+1 || !moved.StartsAt.Equal(at("2027-05-18", "09:00")) {
		t.Fatalf("move: %v %+v", err, moved)
	}
	_, err = db.MoveSession(ctx, bdb, w.admin, a.ID, at("2027-05-12", "10:00"), at("2027-05-12", "13:00"))
	var cf *db.ConflictError
	if !errors.As(err, &cf) || !strings.Contains(cf.Message, "‘B’") {
		t.Fatalf("moving onto B: %v", err)
	}
	_ = b
}

func TestSessionVisibility(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newSessWorld(t, ctx, bdb)
	pub, err := db.CreateSession(ctx, bdb, w.admin, w.leergang.ID, w.dagdeel("Gepubliceerd", "2027-06-08", "Zaal 1", w.groupA, w.opleider.ID))
	if err != nil {
		t.Fatal(err)
	}
	draft := w.dagdeel("Concept", "2027-06-09", "Zaal 1", w.groupA, w.opleider.ID)
	draft.Published = false
	if _, err := db.CreateSession(ctx, bdb, w.admin, w.leergang.ID, draft); err != nil {
		t.Fatal(err)
	}
	window := db.SessionFilter{From: at("2027-06-01", "00:00"), To: at("2027-06-30", "00:00")}
	titles := func(p *db.Person) []string {
		ss, err := db.ListSessions(ctx, bdb, actorOf(t, ctx, bdb, p), window)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, s := range ss {
			out = append(out, s.Title)
		}
		return out
	}
	if got := titles(w.opleider); len(got) != 2 {
		t.Errorf("opleider sees %v, want both", got)
	}
	if got := titles(w.ibA); len(got) != 1 || got[0] != "Gepubliceerd" {
		t.Errorf("deelnemer of group A sees %v, want only the published one", got)
	}
	if got := titles(w.ibB); len(got) != 0 {
		t.Errorf("deelnemer of group B sees %v", got)
	}
	if got := titles(w.directieA); len(got) != 1 {
		t.Errorf("directie of school A sees %v", got)
	}
	if got := titles(w.directieB); len(got) != 0 {
		t.Errorf("directie of school B sees %v (their staff is not in it)", got)
	}
	if _, err := db.GetSession(ctx, bdb, actorOf(t, ctx, bdb, w.ibB), pub.ID); err == nil {
		t.Error("deelnemer of another group opened the session")
	}
	// Only opleiders of the leergang change it.
	if _, err := db.CancelSession(ctx, bdb, actorOf(t, ctx, bdb, w.ibA), pub.ID, "x"); err == nil {
		t.Error("a deelnemer cancelled a session")
	}
}

func TestTweedaagseCountsTwoDaysAndValidation(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newSessWorld(t, ctx, bdb)
	in := &db.SessionInput{LeerjaarID: w.leerjaar, Kind: db.SessionTweedaagse, Title: "Tweedaagse", Overnight: true,
		StartsAt: at("2027-02-04", "09:30"), EndsAt: at("2027-02-05", "16:30"), Location: "Landgoed De Holtweijde",
		GroupIDs: []uuid.UUID{w.groupA, w.groupB}, OpleiderIDs: []uuid.UUID{w.opleider.ID, w.opleider2.ID}, Published: true}
	s, err := db.CreateSession(ctx, bdb, w.admin, w.leergang.ID, in)
	if err != nil {
		t.Fatal(err)
	}
	if s.CreditHours() != 14 {
		t.Fatalf("tweedaagse 09:30–16:30 twice credits %v hours, want 14", s.CreditHours())
	}
	bad := *in
	bad.EndsAt = at("2027-02-06", "16:30")
	_, err = db.CreateSession(ctx, bdb, w.admin, w.leergang.ID, &bad)
	var inv *db.InvalidError
	if !errors.As(err, &inv) || inv.Fields[0].Field != "endsAt" {
		t.Fatalf("a three-day tweedaagse: %v", err)
	}
}

func TestCopyLeergangShiftsDates(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newSessWorld(t, ctx, bdb)
	orig, err := db.CreateSession(ctx, bdb, w.admin, w.leergang.ID, w.dagdeel("Dagdeel 1", "2026-10-06", "Zaal 1", w.groupA, w.opleider.ID))
	if err != nil {
		t.Fatal(err)
	}
	cp, err := db.CopyLeergang(ctx, bdb, w.admin, db.CopyLeergangInput{ID: w.leergang.ID, Name: "Resultaatgericht coachen 2027", ClientOrganisationID: w.otherOrg.ID, ShiftDays: 364})
	if err != nil {
		t.Fatal(err)
	}
	if cp.Status != db.LeergangConcept {
		t.Errorf("a copy starts as concept, got %s", cp.Status)
	}
	ss, err := db.ListSessions(ctx, bdb, w.admin, db.SessionFilter{From: at("2027-09-01", "00:00"), To: at("2027-11-01", "00:00"), LeergangID: &cp.ID})
	if err != nil || len(ss) != 1 {
		t.Fatalf("copied sessions: %v %d", err, len(ss))
	}
	if !ss[0].StartsAt.Equal(orig.StartsAt.AddDate(0, 0, 364)) || ss[0].Published || len(ss[0].OpleiderIDs) != 1 || len(ss[0].GroupIDs) != 1 {
		t.Fatalf("copy: %+v", ss[0])
	}
	var members int
	if err := bdb.NewRaw(`SELECT count(*) FROM group_members gm JOIN leergang_groups g ON g.id = gm.group_id WHERE g.leergang_id = ?`, cp.ID).Scan(ctx, &members); err != nil || members != 0 {
		t.Fatalf("members copied without asking: %d", members)
	}
}

func TestProposeYearAvoidsHolidaysAndSpreads(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newSessWorld(t, ctx, bdb)
	from, to := at("2026-09-01", "00:00"), at("2027-06-30", "00:00")
	holiday := func(d time.Time) bool { // pretend the whole of November is a holiday
		return d.Month() == time.November
	}
	ps, err := db.ProposeYear(ctx, bdb, w.admin, db.YearPattern{LeerjaarID: w.leerjaar, Dagdelen: 4, Dagdeel: db.DagdeelMiddag, Tweedaagse: true, From: &from, To: &to}, holiday)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 5 {
		t.Fatalf("want 4 dagdelen and a tweedaagse, got %d", len(ps))
	}
	var tweedaagse int
	for i, p := range ps {
		if p.StartsAt.Month() == time.November || p.StartsAt.Before(from) || p.EndsAt.After(to) {
			t.Errorf("proposal %d at %v", i, p.StartsAt)
		}
		if i > 0 && !p.StartsAt.After(ps[i-1].StartsAt) {
			t.Errorf("proposals not in order")
		}
		if p.Kind == db.SessionTweedaagse {
			tweedaagse++
			if p.StartsAt.Weekday() != time.Thursday {
				t.Errorf("tweedaagse on %v", p.StartsAt.Weekday())
			}
		} else if h := p.StartsAt.Hour(); h != 13 {
			t.Errorf("middag starts at %d", h)
		}
	}
	if tweedaagse != 1 {
		t.Fatalf("tweedaagse count %d", tweedaagse)
	}
}

// The tweedaagse never lands on a day a dagdeel already has, even in a short window.
func TestProposeYearKeepsTweedaagseOffDagdeelDays(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newSessWorld(t, ctx, bdb)
	from, to := at("2028-04-10", "00:00"), at("2028-05-14", "00:00")
	ps, err := db.ProposeYear(ctx, bdb, w.admin, db.YearPattern{LeerjaarID: w.leerjaar, Dagdelen: 4, Dagdeel: db.DagdeelOchtend, Tweedaagse: true, From: &from, To: &to},
		func(d time.Time) bool {
			return d.After(at("2028-04-21", "00:00")) && d.Before(at("2028-05-07", "00:00"))
		})
	if err != nil {
		t.Fatal(err)
	}
	days := map[string]int{}
	for _, p := range ps {
		for d := p.StartsAt; !d.After(p.EndsAt); d = d.AddDate(0, 0, 1) {
			days[d.Format("2006-01-02")]++
		}
	}
	for day, n := range days {
		if n > 1 {
			t.Fatalf("%d proposals on %s: %+v", n, day, ps)
		}
	}
}
