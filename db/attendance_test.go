package db_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/dbtest"
)

func intp(n int) *int { return &n }

func registerNames(t *testing.T, reg *db.SessionRegister, err error) []string {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	names := []string{}
	for _, r := range reg.Rows {
		names = append(names, r.Person.Name)
	}
	return names
}

func TestRegisterAttendanceUpsertsAndValidatesMinutes(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	s := cw.session(t, ctx, bdb, "Zorgbesprekingen leiden", -1)
	op := cw.actor(t, ctx, bdb, cw.opleider)

	reg, err := db.RegisterAttendance(ctx, bdb, op, s.ID, []db.AttendanceInput{
		{PersonID: cw.ibA.ID, Status: db.AttendanceAanwezig},
		{PersonID: cw.ibB.ID, Status: db.AttendanceGedeeltelijk, Minutes: intp(90), Note: "  later gekomen "},
	})
	if got := registerNames(t, reg, err); !slices.Equal(got, []string{"IB A", "IB B"}) {
		t.Fatalf("register rows %v", got)
	}
	if a := reg.Rows[0].Attendance; a == nil || a.Status != db.AttendanceAanwezig || a.Minutes != nil {
		t.Fatalf("IB A: %+v", a)
	}
	if b := reg.Rows[1].Attendance; b == nil || b.Status != db.AttendanceGedeeltelijk || *b.Minutes != 90 || b.Note != "later gekomen" {
		t.Fatalf("IB B: %+v", b)
	}
	if by := reg.Rows[0].Attendance.RegisteredBy; by == nil || *by != cw.opleider.ID {
		t.Fatalf("registered by %v", by)
	}

	// Changing a registration replaces it.
	reg, err = db.RegisterAttendance(ctx, bdb, op, s.ID, []db.AttendanceInput{{PersonID: cw.ibA.ID, Status: db.AttendanceAfwezigMetBericht}})
	if err != nil {
		t.Fatal(err)
	}
	if a := reg.Rows[0].Attendance; a.Status != db.AttendanceAfwezigMetBericht {
		t.Fatalf("after change IB A is %s", a.Status)
	}
	if n := cwCount(t, ctx, bdb, "SELECT count(*) FROM attendance WHERE session_id = ?", s.ID); n != 2 {
		t.Fatalf("%d attendance rows, want 2", n)
	}

	bad := []struct {
		name  string
		entry db.AttendanceInput
	}{
		{"partial without minutes", db.AttendanceInput{PersonID: cw.ibB.ID, Status: db.AttendanceGedeeltelijk}},
		{"partial zero minutes", db.AttendanceInput{PersonID: cw.ibB.ID, Status: db.AttendanceGedeeltelijk, Minutes: intp(0)}},
		{"partial longer than the session", db.AttendanceInput{PersonID: cw.ibB.ID, Status: db.AttendanceGedeeltelijk, Minutes: intp(211)}},
		{"minutes with aanwezig", db.AttendanceInput{PersonID: cw.ibB.ID, Status: db.AttendanceAanwezig, Minutes: intp(60)}},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			// The valid first line must not be saved either: all or nothing.
			_, err := db.RegisterAttendance(ctx, bdb, op, s.ID, []db.AttendanceInput{
				{PersonID: cw.ibA.ID, Status: db.AttendanceAanwezig}, tc.entry,
			})
			cwWantInvalid(t, err, "minutes")
			if n := cwCount(t, ctx, bdb, "SELECT count(*) FROM attendance WHERE session_id = ? AND status = 'aanwezig'", s.ID); n != 0 {
				t.Fatalf("half-written: %d rows became aanwezig", n)
			}
		})
	}
	// The full length is allowed.
	if _, err := db.RegisterAttendance(ctx, bdb, op, s.ID, []db.AttendanceInput{
		{PersonID: cw.ibB.ID, Status: db.AttendanceGedeeltelijk, Minutes: intp(210)}}); err != nil {
		t.Fatalf("210 of 210 minutes: %v", err)
	}
}

func TestRegisterAttendanceRefusals(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	s := cw.session(t, ctx, bdb, "Leerkrachten coachen", -1)
	op := cw.actor(t, ctx, bdb, cw.opleider)

	t.Run("non-participant", func(t *testing.T) {
		_, err := db.RegisterAttendance(ctx, bdb, op, s.ID, []db.AttendanceInput{
			{PersonID: cw.ibA.ID, Status: db.AttendanceAanwezig}, {PersonID: cw.ibC.ID, Status: db.AttendanceAanwezig}})
		cwWantInvalid(t, err, "personId")
		if n := cwCount(t, ctx, bdb, "SELECT count(*) FROM attendance"); n != 0 {
			t.Fatalf("%d rows written", n)
		}
	})
	t.Run("same person twice", func(t *testing.T) {
		_, err := db.RegisterAttendance(ctx, bdb, op, s.ID, []db.AttendanceInput{
			{PersonID: cw.ibA.ID, Status: db.AttendanceAanwezig}, {PersonID: cw.ibA.ID, Status: db.AttendanceAfwezigZonderBericht}})
		cwWantInvalid(t, err, "personId")
	})
	t.Run("deelnemer", func(t *testing.T) {
		_, err := db.RegisterAttendance(ctx, bdb, cw.actor(t, ctx, bdb, cw.ibA), s.ID, []db.AttendanceInput{{PersonID: cw.ibA.ID, Status: db.AttendanceAanwezig}})
		cwWantForbidden(t, err)
	})
	t.Run("opleider of another leergang", func(t *testing.T) {
		_, err := db.RegisterAttendance(ctx, bdb, cw.actor(t, ctx, bdb, cw.outsider), s.ID, []db.AttendanceInput{{PersonID: cw.ibA.ID, Status: db.AttendanceAanwezig}})
		cwWantForbidden(t, err)
	})
	t.Run("anonymous", func(t *testing.T) {
		_, err := db.RegisterAttendance(ctx, bdb, nil, s.ID, []db.AttendanceInput{{PersonID: cw.ibA.ID, Status: db.AttendanceAanwezig}})
		if _, ok := err.(*db.UnauthenticatedError); !ok {
			t.Fatalf("got %v, want UnauthenticatedError", err)
		}
	})
	t.Run("cancelled session", func(t *testing.T) {
		c := cw.session(t, ctx, bdb, "Geannuleerd", -2)
		cwExec(t, ctx, bdb, "UPDATE sessions SET cancelled_at = now(), cancel_reason = 'ziek' WHERE id = ?", c.ID)
		_, err := db.RegisterAttendance(ctx, bdb, op, c.ID, []db.AttendanceInput{{PersonID: cw.ibA.ID, Status: db.AttendanceAanwezig}})
		cwWantConflict(t, err)
	})
	t.Run("praktijkbegeleiding expects only its deelnemer", func(t *testing.T) {
		start := time.Now().Add(-48 * time.Hour).Truncate(time.Minute)
		p := &db.TrainingSession{LeergangID: cw.leergang.ID, LeerjaarID: cw.jaar1.ID, Kind: db.SessionPraktijkbegeleiding,
			Title: "Praktijkbegeleiding IB A", StartsAt: start, EndsAt: start.Add(time.Hour), CreditMinutes: 60,
			Materials: []db.Material{}, Published: true, PraktijkPersonID: &cw.ibA.ID}
		if _, err := bdb.NewInsert().Model(p).Returning("id").Exec(ctx); err != nil {
			t.Fatal(err)
		}
		_, err := db.RegisterAttendance(ctx, bdb, op, p.ID, []db.AttendanceInput{{PersonID: cw.ibB.ID, Status: db.AttendanceAanwezig}})
		cwWantInvalid(t, err, "personId")
		if _, err := db.RegisterAttendance(ctx, bdb, op, p.ID, []db.AttendanceInput{{PersonID: cw.ibA.ID, Status: db.AttendanceAanwezig}}); err != nil {
			t.Fatal(err)
		}
	})
}

func TestSessionRegisterRowsPerViewer(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	s := cw.session(t, ctx, bdb, "Intervisie", -1)
	if _, err := db.RegisterAttendance(ctx, bdb, cw.actor(t, ctx, bdb, cw.opleider), s.ID, []db.AttendanceInput{
		{PersonID: cw.ibB.ID, Status: db.AttendanceAfwezigZonderBericht}}); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		who  *db.Person
		want []string
	}{
		{"managing opleider sees everyone", cw.opleider, []string{"IB A", "IB B"}},
		{"beheerder sees everyone", cw.beheerder, []string{"IB A", "IB B"}},
		{"directie A sees own school", cw.directieA, []string{"IB A"}},
		{"directie B sees own school", cw.directieB, []string{"IB B"}},
		{"bestuur sees own organisation", cw.bestuur, []string{"IB A", "IB B"}},
		{"deelnemer sees own row", cw.ibA, []string{"IB A"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			reg, err := db.GetSessionRegister(ctx, bdb, cw.actor(t, ctx, bdb, tc.who), s.ID)
			if got := registerNames(t, reg, err); !slices.Equal(got, tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
		})
	}
	reg, _ := db.GetSessionRegister(ctx, bdb, cw.actor(t, ctx, bdb, cw.directieB), s.ID)
	if a := reg.Rows[0].Attendance; a == nil || a.Status != db.AttendanceAfwezigZonderBericht {
		t.Fatalf("directie B does not see IB B's attendance: %+v", a)
	}
	for _, who := range []*db.Person{cw.ibC, cw.outsider} {
		_, err := db.GetSessionRegister(ctx, bdb, cw.actor(t, ctx, bdb, who), s.ID)
		cwWantForbidden(t, err)
	}
	_, err := db.GetSessionRegister(ctx, bdb, cw.actor(t, ctx, bdb, cw.opleider), uuid.New())
	if !db.IsNotFound(err) {
		t.Fatalf("unknown session: %v", err)
	}
}

func TestReportAbsence(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	future := cw.session(t, ctx, bdb, "Volgende week", 7)
	past := cw.session(t, ctx, bdb, "Vorige week", -7)
	ibA := cw.actor(t, ctx, bdb, cw.ibA)

	_, err := db.ReportAbsence(ctx, bdb, ibA, future.ID, "   ")
	cwWantInvalid(t, err, "reason")

	if _, err := db.ReportAbsence(ctx, bdb, ibA, future.ID, "Ziek"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ReportAbsence(ctx, bdb, ibA, future.ID, " Studiedag op school "); err != nil {
		t.Fatal(err)
	}
	var reasons []string
	if err := bdb.NewSelect().Table("absence_reports").Column("reason").Where("session_id = ?", future.ID).Scan(ctx, &reasons); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(reasons, []string{"Studiedag op school"}) {
		t.Fatalf("reasons %v, want the updated one only", reasons)
	}

	mine, err := db.MyAbsenceReports(ctx, bdb, ibA, []uuid.UUID{future.ID, past.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(mine) != 1 || mine[future.ID] == nil || mine[future.ID].Reason != "Studiedag op school" {
		t.Fatalf("my absence reports %+v", mine)
	}
	if other, _ := db.MyAbsenceReports(ctx, bdb, cw.actor(t, ctx, bdb, cw.ibB), []uuid.UUID{future.ID}); len(other) != 0 {
		t.Fatalf("IB B sees IB A's report as their own: %+v", other)
	}

	reg, err := db.GetSessionRegister(ctx, bdb, cw.actor(t, ctx, bdb, cw.opleider), future.ID)
	if err != nil {
		t.Fatal(err)
	}
	if r := reg.Rows[0]; r.Person.ID != cw.ibA.ID || r.AbsenceReport == nil || r.Attendance != nil {
		t.Fatalf("register row %+v", r)
	}

	cf := cwWantConflict(t, mustErr(db.ReportAbsence(ctx, bdb, ibA, past.ID, "Vergeten")))
	if cf.Message[:len("Deze bijeenkomst is al begonnen")] != "Deze bijeenkomst is al begonnen" {
		t.Fatalf("message %q", cf.Message)
	}
	cwWantForbidden(t, mustErr(db.ReportAbsence(ctx, bdb, cw.actor(t, ctx, bdb, cw.ibC), future.ID, "Ziek")))
}

func mustErr[T any](_ T, err error) error { return err }

func TestMyAttendance(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	s1 := cw.session(t, ctx, bdb, "Een", -3)
	s2 := cw.session(t, ctx, bdb, "Twee", -2)
	op := cw.actor(t, ctx, bdb, cw.opleider)
	for _, s := range []*db.TrainingSession{s1, s2} {
		if _, err := db.RegisterAttendance(ctx, bdb, op, s.ID, []db.AttendanceInput{
			{PersonID: cw.ibA.ID, Status: db.AttendanceAanwezig}, {PersonID: cw.ibB.ID, Status: db.AttendanceAfwezigMetBericht}}); err != nil {
			t.Fatal(err)
		}
	}
	counter := &db.QueryCounter{}
	bdb.AddQueryHook(counter)
	mine, err := db.MyAttendance(ctx, bdb, cw.actor(t, ctx, bdb, cw.ibB), []uuid.UUID{s1.ID, s2.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(mine) != 2 || mine[s1.ID].Status != db.AttendanceAfwezigMetBericht || mine[s2.ID].PersonID != cw.ibB.ID {
		t.Fatalf("my attendance %+v", mine)
	}
	ibB := cw.actor(t, ctx, bdb, cw.ibB)
	counter.Reset()
	if _, err := db.MyAttendance(ctx, bdb, ibB, []uuid.UUID{s1.ID, s2.ID}); err != nil {
		t.Fatal(err)
	}
	if n := counter.Count(); n != 1 {
		t.Fatalf("%d statements, want 1", n)
	}
	if none, _ := db.MyAttendance(ctx, bdb, nil, []uuid.UUID{s1.ID}); len(none) != 0 {
		t.Fatalf("anonymous has attendance %+v", none)
	}
}

// gridFixture makes a leergang of the board with n deelnemers (at school A)
// and m past sessions in leerjaar 1, each deelnemer registered at each session.
func gridFixture(t *testing.T, ctx context.Context, cw *courseWorld, bdb bun.IDB, name string, n, m int) *db.Leergang {
	t.Helper()
	l := cwLeergang(t, ctx, bdb, name, cw.org.ID)
	lj := cwLeerjaar(t, ctx, bdb, l.ID, 1)
	people := cwDeelnemers(t, ctx, bdb, name, n, cw.schoolA.ID)
	g := cwGroup(t, ctx, bdb, l.ID, "Groep", cwIDs(people)...)
	cwExec(t, ctx, bdb, "INSERT INTO leergang_opleiders (leergang_id, person_id) VALUES (?, ?)", l.ID, cw.opleider.ID)
	op := cw.actor(t, ctx, bdb, cw.opleider)
	base := time.Now().Add(-time.Duration(m+1) * 24 * time.Hour).Truncate(time.Hour)
	for i := range m {
		s := cwSession(t, ctx, bdb, lj, "Sessie", base.Add(time.Duration(i)*24*time.Hour), 210, g.ID)
		entries := make([]db.AttendanceInput, len(people))
		for j, p := range people {
			entries[j] = db.AttendanceInput{PersonID: p.ID, Status: db.AttendanceAanwezig}
			if (i+j)%3 == 0 {
				entries[j] = db.AttendanceInput{PersonID: p.ID, Status: db.AttendanceGedeeltelijk, Minutes: intp(60)}
			}
		}
		if _, err := db.RegisterAttendance(ctx, bdb, op, s.ID, entries); err != nil {
			t.Fatal(err)
		}
	}
	return l
}

func TestAttendanceGridConstantStatements(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	small := gridFixture(t, ctx, cw, bdb, "Klein", 3, 2)
	large := gridFixture(t, ctx, cw, bdb, "Groot", 30, 20)
	op := cw.actor(t, ctx, bdb, cw.opleider)

	counter := &db.QueryCounter{}
	bdb.AddQueryHook(counter)
	measure := func(l *db.Leergang) (*db.AttendanceGrid, int64) {
		counter.Reset()
		g, err := db.GetAttendanceGrid(ctx, bdb, op, l.ID, nil)
		if err != nil {
			t.Fatal(err)
		}
		return g, counter.Reset()
	}
	gs, ns := measure(small)
	gl, nl := measure(large)
	if len(gs.Sessions) != 2 || len(gs.Deelnemers) != 3 || len(gs.Cells) != 6 {
		t.Fatalf("small grid %d×%d with %d cells", len(gs.Sessions), len(gs.Deelnemers), len(gs.Cells))
	}
	if len(gl.Sessions) != 20 || len(gl.Deelnemers) != 30 || len(gl.Cells) != 600 {
		t.Fatalf("large grid %d×%d with %d cells", len(gl.Sessions), len(gl.Deelnemers), len(gl.Cells))
	}
	if ns != nl {
		t.Fatalf("small grid cost %d statements, large %d", ns, nl)
	}
	t.Logf("grid costs %d statements", nl)
	for i := 1; i < len(gl.Sessions); i++ {
		if gl.Sessions[i].StartsAt.Before(gl.Sessions[i-1].StartsAt) {
			t.Fatal("sessions not ordered by start")
		}
	}
	if gl.Deelnemers[0].Name != "Groot 01" || gl.Deelnemers[29].Name != "Groot 30" {
		t.Fatalf("deelnemers not by name: %s … %s", gl.Deelnemers[0].Name, gl.Deelnemers[29].Name)
	}
	partial := 0
	for _, c := range gl.Cells {
		if c.Status == nil {
			t.Fatalf("cell without status %+v", c)
		}
		if *c.Status == db.AttendanceGedeeltelijk {
			partial++
			if c.Minutes == nil || *c.Minutes != 60 {
				t.Fatalf("partial cell %+v", c)
			}
		}
	}
	if partial != 200 {
		t.Fatalf("%d partial cells, want 200", partial)
	}
}

func TestAttendanceGridPerViewer(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	s1 := cw.session(t, ctx, bdb, "Een", -3)
	s2 := cw.session(t, ctx, bdb, "Twee", 3)
	cancelled := cw.session(t, ctx, bdb, "Geannuleerd", 5)
	cwExec(t, ctx, bdb, "UPDATE sessions SET cancelled_at = now() WHERE id = ?", cancelled.ID)
	other := cwSession(t, ctx, bdb, cw.jaar2, "Jaar 2", time.Now().Add(400*24*time.Hour).Truncate(time.Minute), 210, cw.group.ID)
	if _, err := db.RegisterAttendance(ctx, bdb, cw.actor(t, ctx, bdb, cw.opleider), s1.ID, []db.AttendanceInput{
		{PersonID: cw.ibA.ID, Status: db.AttendanceAanwezig}}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ReportAbsence(ctx, bdb, cw.actor(t, ctx, bdb, cw.ibB), s2.ID, "Ziek"); err != nil {
		t.Fatal(err)
	}

	g, err := db.GetAttendanceGrid(ctx, bdb, cw.actor(t, ctx, bdb, cw.opleider), cw.leergang.ID, &cw.jaar1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Sessions) != 2 || g.Sessions[0].ID != s1.ID || g.Sessions[1].ID != s2.ID {
		t.Fatalf("sessions %v", g.Sessions)
	}
	if len(g.Cells) != 4 {
		t.Fatalf("%d cells, want 4", len(g.Cells))
	}
	var reported, present int
	for _, c := range g.Cells {
		if c.AbsenceReported {
			reported++
			if c.SessionID != s2.ID || c.PersonID != cw.ibB.ID || c.Status != nil {
				t.Fatalf("reported cell %+v", c)
			}
		}
		if c.Status != nil && *c.Status == db.AttendanceAanwezig {
			present++
		}
	}
	if reported != 1 || present != 1 {
		t.Fatalf("reported %d present %d", reported, present)
	}
	all, err := db.GetAttendanceGrid(ctx, bdb, cw.actor(t, ctx, bdb, cw.opleider), cw.leergang.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Sessions) != 3 || all.Sessions[2].ID != other.ID {
		t.Fatalf("all leerjaren: %d sessions", len(all.Sessions))
	}

	gd, err := db.GetAttendanceGrid(ctx, bdb, cw.actor(t, ctx, bdb, cw.directieA), cw.leergang.ID, &cw.jaar1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(gd.Deelnemers) != 1 || gd.Deelnemers[0].ID != cw.ibA.ID {
		t.Fatalf("directie A sees %d deelnemers", len(gd.Deelnemers))
	}
	for _, c := range gd.Cells {
		if c.PersonID != cw.ibA.ID {
			t.Fatalf("directie A sees a cell of %v", c.PersonID)
		}
	}
	for _, who := range []*db.Person{cw.outsider, cw.ibC} {
		_, err := db.GetAttendanceGrid(ctx, bdb, cw.actor(t, ctx, bdb, who), cw.leergang.ID, nil)
		cwWantForbidden(t, err)
	}
}
