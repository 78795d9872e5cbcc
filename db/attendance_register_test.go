package db_test

import (
	"context"
	"testing"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/dbtest"
)

// The register is one of the pages `make bench` measures: its statement count
// must not grow with the number of deelnemers, and it must list the expected
// deelnemers, anyone registered although not in a group, and absence reports.
func TestSessionRegisterStatementBudget(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	small := gridFixture(t, ctx, cw, bdb, "Klein", 3, 1)
	large := gridFixture(t, ctx, cw, bdb, "Groot", 30, 1)
	sessionOf := func(l *db.Leergang) uuid.UUID {
		var id uuid.UUID
		if err := bdb.NewRaw("SELECT id FROM sessions WHERE leergang_id = ?", l.ID).Scan(ctx, &id); err != nil {
			t.Fatal(err)
		}
		return id
	}
	smallID, largeID := sessionOf(small), sessionOf(large)
	// ibC is in no group of the large leergang but was registered; member 05 reported absence.
	cwExec(t, ctx, bdb, "INSERT INTO attendance (session_id, person_id, status) VALUES (?, ?, 'aanwezig')", largeID, cw.ibC.ID)
	var absent uuid.UUID
	if err := bdb.NewRaw("SELECT id FROM people WHERE email = 'groot.05@test.nl'").Scan(ctx, &absent); err != nil {
		t.Fatal(err)
	}
	cwExec(t, ctx, bdb, "DELETE FROM attendance WHERE session_id = ? AND person_id = ?", largeID, absent)
	cwExec(t, ctx, bdb, "INSERT INTO absence_reports (session_id, person_id, reason) VALUES (?, ?, 'Ziek')", largeID, absent)
	op := cw.actor(t, ctx, bdb, cw.opleider)

	counter := &db.QueryCounter{}
	bdb.AddQueryHook(counter)
	measure := func(id uuid.UUID) (*db.SessionRegister, int64) {
		counter.Reset()
		reg, err := db.GetSessionRegister(ctx, bdb, op, id)
		if err != nil {
			t.Fatal(err)
		}
		return reg, counter.Reset()
	}
	rs, ns := measure(smallID)
	rl, nl := measure(largeID)
	if ns != nl || nl > 2 {
		t.Errorf("register costs %d statements for 3 deelnemers and %d for 30; want the same, at most 2 (session, people with marks and schools)", ns, nl)
	}
	if len(rs.Rows) != 3 {
		t.Errorf("small register has %d rows", len(rs.Rows))
	}
	byPerson := map[uuid.UUID]*db.RegisterRow{}
	for _, r := range rl.Rows {
		byPerson[r.Person.ID] = r
	}
	if len(rl.Rows) != 31 {
		t.Errorf("large register has %d rows, want 30 members + the registered outsider", len(rl.Rows))
	}
	if r := byPerson[cw.ibC.ID]; r == nil || r.Attendance == nil || r.Attendance.Status != db.AttendanceAanwezig {
		t.Errorf("registered outsider: %+v", r)
	}
	if r := byPerson[absent]; r == nil || r.AbsenceReport == nil || r.AbsenceReport.Reason != "Ziek" || r.Attendance != nil {
		t.Errorf("absence reporter: %+v", r)
	}
	withAttendance := 0
	for _, r := range rl.Rows {
		if r.Attendance != nil {
			withAttendance++
			if r.Attendance.SessionID != largeID || r.Attendance.RegisteredAt.IsZero() {
				t.Errorf("attendance %+v", r.Attendance)
			}
		}
	}
	if withAttendance != 30 {
		t.Errorf("%d rows with attendance, want 30", withAttendance)
	}
}

// The register reads the rows' schools with them, under the actor's scope: a
// directie sees their own school of a person who also works at another
// board's school, never the other one; the opleider sees both.
func TestSessionRegisterSchoolsFollowTheActorsScope(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	cwExec(t, ctx, bdb, "INSERT INTO person_schools (person_id, school_id) VALUES (?, ?)", cw.ibA.ID, cw.schoolC.ID)
	s := cw.session(t, ctx, bdb, "Terugkomdag", -2)
	rowOf := func(reg *db.SessionRegister, id uuid.UUID) *db.RegisterRow {
		for _, r := range reg.Rows {
			if r.Person.ID == id {
				return r
			}
		}
		t.Fatalf("no row for %s", id)
		return nil
	}
	for _, c := range []struct {
		who        *db.Person
		wantC      bool
		wantRowsOf int
	}{{cw.opleider, true, 2}, {cw.directieA, false, 1}} {
		reg, err := db.GetSessionRegister(ctx, bdb, cw.actor(t, ctx, bdb, c.who), s.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(reg.Rows) != c.wantRowsOf {
			t.Errorf("%s sees %d rows, want %d", c.who.Name, len(reg.Rows), c.wantRowsOf)
		}
		row := rowOf(reg, cw.ibA.ID)
		if len(row.Person.SchoolIDs) != 2 || reg.VisibleSchools[cw.schoolA.ID] == nil || reg.VisibleSchools[cw.schoolA.ID].Name != "School A" {
			t.Errorf("%s: IB A's school ids %v, visible %v", c.who.Name, row.Person.SchoolIDs, reg.VisibleSchools)
		}
		if got := reg.VisibleSchools[cw.schoolC.ID] != nil; got != c.wantC {
			t.Errorf("%s sees School C of another board: %v, want %v", c.who.Name, got, c.wantC)
		}
	}
}
