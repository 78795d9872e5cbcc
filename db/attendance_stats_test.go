package db_test

import (
	"context"
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/avg"
	"leergang/db/dbtest"
)

// statsCounts is one session's opkomst as the tests compare it.
type statsCounts struct{ aanwezig, gedeeltelijk, metBericht, zonderBericht, registered int }

func countsOf(s *db.SessionAttendanceStat) statsCounts {
	return statsCounts{s.Aanwezig, s.Gedeeltelijk, s.AfwezigMetBericht, s.AfwezigZonderBericht, s.Registered()}
}

func rateText(r *float64) string {
	if r == nil {
		return "none"
	}
	return strconv.FormatFloat(*r, 'f', -1, 64)
}

func statsByTitle(t *testing.T, stats []*db.SessionAttendanceStat) map[string]*db.SessionAttendanceStat {
	t.Helper()
	out := map[string]*db.SessionAttendanceStat{}
	for _, s := range stats {
		out[s.Session.Title] = s
	}
	return out
}

// The opkomst per bijeenkomst counts every registration per status, of the
// past, published, not cancelled sessions only; an erased person's
// registrations keep counting, without the person.
func TestLeergangAttendanceStats(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	extra := cwDeelnemers(t, ctx, bdb, "Deelnemer", 2, cw.schoolA.ID)
	for _, p := range extra {
		cwExec(t, ctx, bdb, "INSERT INTO group_members (group_id, person_id) VALUES (?, ?)", cw.group.ID, p.ID)
	}
	d1, d2 := extra[0], extra[1]
	op := cw.actor(t, ctx, bdb, cw.opleider)

	past1 := cw.session(t, ctx, bdb, "Eerste bijeenkomst", -20)
	past2 := cwSession(t, ctx, bdb, cw.jaar2, "Tweede bijeenkomst", time.Now().Add(-10*24*time.Hour).Truncate(time.Minute), 210, cw.group.ID)
	cw.session(t, ctx, bdb, "Nog niet geregistreerd", -5)
	future := cw.session(t, ctx, bdb, "Straks", 5)
	cancelled := cw.session(t, ctx, bdb, "Geannuleerd", -15)
	concept := cw.session(t, ctx, bdb, "Concept", -12)
	praktijk := cw.session(t, ctx, bdb, "Praktijkbegeleiding IB A", -8)

	register := func(s *db.TrainingSession, entries ...db.AttendanceInput) {
		t.Helper()
		if _, err := db.RegisterAttendance(ctx, bdb, op, s.ID, entries); err != nil {
			t.Fatal(err)
		}
	}
	in := func(p *db.Person, st db.AttendanceStatus) db.AttendanceInput {
		e := db.AttendanceInput{PersonID: p.ID, Status: st}
		if st == db.AttendanceGedeeltelijk {
			e.Minutes = intp(90)
		}
		return e
	}
	register(past1, in(cw.ibA, db.AttendanceAanwezig), in(cw.ibB, db.AttendanceGedeeltelijk),
		in(d1, db.AttendanceAfwezigMetBericht), in(d2, db.AttendanceAfwezigZonderBericht))
	register(past2, in(cw.ibA, db.AttendanceAanwezig), in(cw.ibB, db.AttendanceAanwezig),
		in(d1, db.AttendanceAanwezig), in(d2, db.AttendanceAfwezigZonderBericht))
	// Registrations the statistic must leave out: a future, a cancelled, an
	// unpublished session and a praktijkbegeleiding (one person's attendance).
	for _, s := range []*db.TrainingSession{future, cancelled, concept, praktijk} {
		cwExec(t, ctx, bdb, "INSERT INTO attendance (session_id, person_id, status) VALUES (?, ?, 'aanwezig')", s.ID, cw.ibA.ID)
	}
	cwExec(t, ctx, bdb, "UPDATE sessions SET cancelled_at = now(), cancel_reason = 'Ziek' WHERE id = ?", cancelled.ID)
	cwExec(t, ctx, bdb, "UPDATE sessions SET published = false WHERE id = ?", concept.ID)
	cwExec(t, ctx, bdb, "UPDATE sessions SET kind = 'praktijkbegeleiding', dagdeel = NULL, praktijk_person_id = ? WHERE id = ?", cw.ibA.ID, praktijk.ID)

	want := map[string]statsCounts{
		"Eerste bijeenkomst":     {aanwezig: 1, gedeeltelijk: 1, metBericht: 1, zonderBericht: 1, registered: 4},
		"Tweede bijeenkomst":     {aanwezig: 3, zonderBericht: 1, registered: 4},
		"Nog niet geregistreerd": {},
	}
	check := func(stats []*db.SessionAttendanceStat) {
		t.Helper()
		if len(stats) != len(want) {
			titles := []string{}
			for _, s := range stats {
				titles = append(titles, s.Session.Title)
			}
			t.Fatalf("sessions %v, want the %d past, published, not cancelled group sessions", titles, len(want))
		}
		if stats[0].Session.Title != "Eerste bijeenkomst" || stats[2].Session.Title != "Nog niet geregistreerd" {
			t.Errorf("not by start: %s, %s, %s", stats[0].Session.Title, stats[1].Session.Title, stats[2].Session.Title)
		}
		for title, s := range statsByTitle(t, stats) {
			if got := countsOf(s); got != want[title] {
				t.Errorf("%s: %+v, want %+v", title, got, want[title])
			}
		}
		byTitle := statsByTitle(t, stats)
		if r := byTitle["Eerste bijeenkomst"].Rate(); r == nil || *r != 50 {
			t.Errorf("rate of the first session %s, want 50 (aanwezig + gedeeltelijk of 4)", rateText(r))
		}
		if r := byTitle["Tweede bijeenkomst"].Rate(); r == nil || *r != 75 {
			t.Errorf("rate of the second session %s, want 75", rateText(r))
		}
		if r := byTitle["Nog niet geregistreerd"].Rate(); r != nil {
			t.Errorf("rate without registrations %v, want none", *r)
		}
	}
	stats, err := db.LeergangAttendanceStats(ctx, bdb, op, cw.leergang.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	check(stats)

	// One leerjaar.
	jaar2, err := db.LeergangAttendanceStats(ctx, bdb, op, cw.leergang.ID, &cw.jaar2.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(jaar2) != 1 || jaar2[0].Session.ID != past2.ID {
		t.Fatalf("leerjaar 2: %d sessions", len(jaar2))
	}

	// Who may see it: the opleiders, the beheerder, the stuurgroep and the
	// client's bestuur; not deelnemers, directies, other opleiders or anonymous.
	cwExec(t, ctx, bdb, "INSERT INTO stuurgroep_members (leergang_id, person_id) VALUES (?, ?)", cw.leergang.ID, cw.directieB.ID)
	for _, who := range []*db.Person{cw.beheerder, cw.bestuur, cw.directieB} {
		got, err := db.LeergangAttendanceStats(ctx, bdb, cw.actor(t, ctx, bdb, who), cw.leergang.ID, nil)
		if err != nil {
			t.Fatalf("%s: %v", who.Name, err)
		}
		check(got)
	}
	for _, who := range []*db.Person{cw.ibA, cw.directieA, cw.outsider} {
		_, err := db.LeergangAttendanceStats(ctx, bdb, cw.actor(t, ctx, bdb, who), cw.leergang.ID, nil)
		cwWantForbidden(t, err)
		var fb *db.ForbiddenError
		if errors.As(err, &fb) && fb.Message == "" {
			t.Errorf("%s: forbidden without a message", who.Name)
		}
	}
	if _, err := db.LeergangAttendanceStats(ctx, bdb, nil, cw.leergang.ID, nil); !errors.As(err, new(*db.UnauthenticatedError)) {
		t.Errorf("anonymous: %v", err)
	}
	var nf *db.NotFoundError
	if _, err := db.LeergangAttendanceStats(ctx, bdb, op, uuid.New(), nil); !errors.As(err, &nf) {
		t.Errorf("unknown leergang: %v", err)
	}

	// Erase IB B (gedeeltelijk, then aanwezig) and IB D2 (zonder bericht twice)
	// through the real erasure: their rows go, the counts stay.
	admin := cw.actor(t, ctx, bdb, cw.beheerder)
	for _, p := range []*db.Person{cw.ibB, d2} {
		tx, err := bdb.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		res, err := avg.ErasePerson(ctx, tx, admin, p.ID, p.Name)
		if err != nil {
			_ = tx.Rollback()
			t.Fatalf("erase %s: %v", p.Name, err)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
		if res.AttendanceKept != 2 {
			t.Errorf("erasing %s kept %d attendance rows, want 2", p.Name, res.AttendanceKept)
		}
		if n := cwCount(t, ctx, bdb, "SELECT count(*) FROM attendance WHERE person_id = ?", p.ID); n != 0 {
			t.Errorf("%s still has %d attendance rows", p.Name, n)
		}
	}
	if n := cwCount(t, ctx, bdb, "SELECT count(*) FROM attendance WHERE session_id IN (?, ?)", past1.ID, past2.ID); n != 4 {
		t.Errorf("%d attendance rows left at the two sessions, want 4 of the people still there", n)
	}
	after, err := db.LeergangAttendanceStats(ctx, bdb, op, cw.leergang.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	check(after)
}

// The opkomst is one statement after the leergang and the policy: 20 sessions
// of 30 deelnemers cost as many statements as 2 sessions of 3.
func TestLeergangAttendanceStatsConstantStatements(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	small := gridFixture(t, ctx, cw, bdb, "Klein", 3, 2)
	large := gridFixture(t, ctx, cw, bdb, "Groot", 30, 20)
	// Someone of the large leergang is erased: their rows come from erased_attendance.
	var erased uuid.UUID
	if err := bdb.NewRaw("SELECT id FROM people WHERE email = 'groot.07@test.nl'").Scan(ctx, &erased); err != nil {
		t.Fatal(err)
	}
	admin := cw.actor(t, ctx, bdb, cw.beheerder)
	if _, err := avg.ErasePerson(ctx, bdb, admin, erased, "Groot 07"); err != nil {
		t.Fatal(err)
	}
	op := cw.actor(t, ctx, bdb, cw.opleider)

	counter := &db.QueryCounter{}
	bdb.AddQueryHook(counter)
	measure := func(l *db.Leergang) ([]*db.SessionAttendanceStat, int64) {
		counter.Reset()
		stats, err := db.LeergangAttendanceStats(ctx, bdb, op, l.ID, nil)
		if err != nil {
			t.Fatal(err)
		}
		return stats, counter.Reset()
	}
	ss, ns := measure(small)
	sl, nl := measure(large)
	if ns != nl || nl > 3 {
		t.Errorf("opkomst costs %d statements for 2 sessions and %d for 20; want the same, at most 3 (leergang, policy, statistic)", ns, nl)
	}
	if len(ss) != 2 || len(sl) != 20 {
		t.Fatalf("%d and %d sessions, want 2 and 20", len(ss), len(sl))
	}
	for i, s := range sl {
		// gridFixture: deelnemer j is gedeeltelijk at session i when (i+j)%3 == 0.
		part := 0
		for j := range 30 {
			if (i+j)%3 == 0 {
				part++
			}
		}
		want := statsCounts{aanwezig: 30 - part, gedeeltelijk: part, registered: 30}
		if got := countsOf(s); got != want {
			t.Errorf("session %d: %+v, want %+v", i, got, want)
		}
	}
}
