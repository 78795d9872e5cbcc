package main

import (
	"testing"

	"github.com/google/uuid"

	"leergang/db/demo"
)

// The statement budget of the dashboards: the directie dashboard of a school
// with 40 staff and the bestuur dashboard of 200 schools each cost at most 5
// SQL statements. Counted is every statement of the GraphQL request,
// including the session lookup of the cookie (so the dashboards themselves
// use at most 4).

const dashboardStatementBudget = 5

const staffQuery = `{ progressRows { personId personName schools { id name } leergangName leerjaarNumber
	attendance { attendedMinutes expectedMinutes percent absences }
	hours { hours norm expectedByNow onTrack pending }
	assignments { total submitted handedIn overdue notStarted }
	leervragen { total opWeg notReflected }
	checklist { done total }
	competencies { name latest previous delta } } }`

type staffRow struct {
	PersonID   string
	PersonName string
	Schools    []struct{ ID, Name string }
	Attendance struct {
		AttendedMinutes, ExpectedMinutes int
		Percent                          *float64
	}
	Hours struct {
		Hours, Norm float64
	}
	Assignments  struct{ Total, Submitted int }
	Leervragen   struct{ Total, OpWeg int }
	Checklist    *struct{ Done, Total int }
	Competencies []struct {
		Name   string
		Latest *float64
	}
}

func TestDirectieDashboardStatementBudget(t *testing.T) {
	ts := newTestServer(t)
	w := newDashboardWorld(t, ts)
	regenboog := personSchool(t, ts, demo.BRINRegenboog)
	jeroen := ts.loginAs(t, demo.DirectieRegenboogEmail)
	count := func() (int64, []staffRow) {
		ts.Queries.Reset()
		var out struct{ ProgressRows []staffRow }
		jeroen.do(staffQuery, nil).decode(t, &out)
		return ts.Queries.Reset(), out.ProgressRows
	}
	before, demoRows := count()
	if len(demoRows) == 0 {
		t.Fatal("the demo directie sees no staff")
	}
	added := w.addStaff(regenboog, "rb", 40)
	after, rows := count()
	if len(rows) != len(demoRows)+40 {
		t.Fatalf("want %d rows after adding 40 staff, got %d", len(demoRows)+40, len(rows))
	}
	t.Logf("directie dashboard: %d statements for %d rows, %d for %d rows", before, len(demoRows), after, len(rows))
	if after > dashboardStatementBudget || after != before {
		t.Fatalf("directie dashboard: %d statements for %d rows, %d for %d rows (budget %d)",
			before, len(demoRows), after, len(rows), dashboardStatementBudget)
	}
	// Every fact family reached the added staff.
	var r *staffRow
	for i := range rows {
		if rows[i].PersonID == added[1].String() {
			r = &rows[i]
		}
	}
	if r == nil {
		t.Fatal("an added person is missing")
	}
	if r.Attendance.ExpectedMinutes == 0 || r.Attendance.Percent == nil || *r.Attendance.Percent != 100 {
		t.Errorf("attendance: %+v", r.Attendance)
	}
	if r.Hours.Hours <= 0 || r.Hours.Norm != 40 {
		t.Errorf("hours: %+v", r.Hours)
	}
	if r.Assignments.Submitted != 1 || r.Assignments.Total < 1 {
		t.Errorf("assignments: %+v", r.Assignments)
	}
	if r.Leervragen.Total != 1 || r.Leervragen.OpWeg != 1 {
		t.Errorf("leervragen: %+v", r.Leervragen)
	}
	if r.Checklist == nil || r.Checklist.Done != 1 || r.Checklist.Total != 2 {
		t.Errorf("checklist: %+v", r.Checklist)
	}
	if len(r.Competencies) == 0 || r.Competencies[0].Latest == nil || *r.Competencies[0].Latest != 3 {
		t.Errorf("competencies: %+v", r.Competencies)
	}
}

func TestBestuurDashboardStatementBudget(t *testing.T) {
	ts := newTestServer(t)
	w := newDashboardWorld(t, ts)
	priya := ts.loginAs(t, demo.BestuurEmail)
	const q = `{ schoolProgress { schoolId schoolName brin people enrolments attendancePct hoursOnTrack
		assignmentsTotal assignmentsDone checklistDone checklistTotal starters } }`
	type school struct {
		SchoolName      string
		People          int
		AttendancePct   *float64
		AssignmentsDone int
	}
	count := func() (int64, []school) {
		ts.Queries.Reset()
		var out struct{ SchoolProgress []school }
		priya.do(q, nil).decode(t, &out)
		return ts.Queries.Reset(), out.SchoolProgress
	}
	before, demoSchools := count()
	if len(demoSchools) != 7 {
		t.Fatalf("the demo bestuur has 7 schools, got %d", len(demoSchools))
	}
	w.addSchools(200)
	after, schools := count()
	if len(schools) != 207 {
		t.Fatalf("want 207 schools, got %d", len(schools))
	}
	t.Logf("bestuur dashboard: %d statements for 7 schools, %d for 207", before, after)
	if after > dashboardStatementBudget || after != before {
		t.Fatalf("bestuur dashboard: %d statements for 7 schools, %d for 207 (budget %d)", before, after, dashboardStatementBudget)
	}
	for _, s := range schools {
		if s.SchoolName == "Testschool 123" && (s.People != 1 || s.AssignmentsDone != 1 || s.AttendancePct == nil) {
			t.Fatalf("aggregate of a test school: %+v", s)
		}
	}
}

// A directie of school B gets none of school A's staff, in the table, per
// school, or when asking for school A directly.
func TestDirectieSeesOnlyOwnSchool(t *testing.T) {
	ts := newTestServer(t)
	regenboog, kompas := personSchool(t, ts, demo.BRINRegenboog), personSchool(t, ts, demo.BRINKompas)
	lotte, marjolein := personIDByEmail(t, ts, demo.StarterEmail), personIDByEmail(t, ts, demo.MentorEmail)
	rows := func(email string) []staffRow {
		var out struct{ ProgressRows []staffRow }
		ts.loginAs(t, email).do(staffQuery, nil).decode(t, &out)
		return out.ProgressRows
	}
	for _, tc := range []struct {
		email       string
		own         uuid.UUID
		mine, other uuid.UUID
	}{{demo.DirectieKompasEmail, kompas, marjolein, lotte}, {demo.DirectieRegenboogEmail, regenboog, lotte, marjolein}} {
		got := rows(tc.email)
		seen := map[string]bool{}
		for _, r := range got {
			seen[r.PersonID] = true
			for _, s := range r.Schools {
				if s.ID != tc.own.String() {
					t.Errorf("%s sees school %s of %s", tc.email, s.Name, r.PersonName)
				}
			}
		}
		if !seen[tc.mine.String()] || seen[tc.other.String()] {
			t.Fatalf("%s: want own staff %s and not %s, got %d rows", tc.email, tc.mine, tc.other, len(got))
		}
	}
	gloria := ts.loginAs(t, demo.DirectieKompasEmail)
	if res := gloria.do(`query($s: ID!) { progressRows(filter: { schoolId: $s }) { personId } }`,
		map[string]any{"s": regenboog.String()}); res.code() != "FORBIDDEN" {
		t.Fatalf("directie B asking for school A: %q", res.code())
	}
	if res := gloria.do(`query($p: ID!) { personProgress(personId: $p) { personId } }`,
		map[string]any{"p": lotte.String()}); res.code() != "FORBIDDEN" {
		t.Fatalf("directie B opening a person of school A: %q", res.code())
	}
	var out struct {
		SchoolProgress []struct{ SchoolID string }
	}
	gloria.do(`{ schoolProgress { schoolId } }`, nil).decode(t, &out)
	if len(out.SchoolProgress) != 1 || out.SchoolProgress[0].SchoolID != kompas.String() {
		t.Fatalf("directie B per school: %+v", out.SchoolProgress)
	}
}

func personSchool(t *testing.T, ts *testServer, brin string) uuid.UUID {
	t.Helper()
	var id uuid.UUID
	if err := ts.DB.NewRaw("SELECT id FROM schools WHERE brin = ?", brin).Scan(t.Context(), &id); err != nil {
		t.Fatal(err)
	}
	return id
}
