package db

import (
	"context"
	"math"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// The progress dashboard: one row per staff member per leergang, with every
// fact a directie follows. Each fact family is one set-based CTE, so the
// whole table is one statement (plus one for the scans) whatever the number
// of people; see progressQuery.

// ProgressFilter narrows the dashboard rows; nil fields do not filter. The
// actor's scope (scopeDashboardPairs) always applies on top.
type ProgressFilter struct {
	SchoolID       *uuid.UUID
	LeergangID     *uuid.UUID
	OrganisationID *uuid.UUID // the client organisation of the leergang, or the person's employer or school board
	PersonID       *uuid.UUID
}

// SchoolRef names one of a person's schools.
type SchoolRef struct {
	ID   uuid.UUID `json:"id"`
	Name string    `json:"name"`
}

// ProgressRow is one person in one leergang.
type ProgressRow struct {
	PersonID       uuid.UUID
	PersonName     string
	Schools        []SchoolRef
	LeergangID     uuid.UUID
	LeergangName   string
	LeerjaarID     *uuid.UUID // the current leerjaar: the latest one that has started, else the first
	LeerjaarNumber *int
	Attendance     AttendanceProgress
	Hours          HoursProgress
	Assignments    AssignmentProgress
	Leervragen     LeervraagProgress
	Checklist      *DashboardChecklist // nil when the person has no onboarding checklist
	Competencies   []*CompetencyProgress
}

// AttendanceProgress: the credited minutes of the past sessions the person
// was expected at (those whose attendance is registered), across the leergang.
type AttendanceProgress struct {
	AttendedMinutes int
	ExpectedMinutes int
	PastSessions    int
	Absences        int
}

// Percent is attended / expected minutes, nil before any session counted.
func (p AttendanceProgress) Percent() *float64 {
	if p.ExpectedMinutes <= 0 {
		return nil
	}
	v := roundTo(float64(p.AttendedMinutes)*100/float64(p.ExpectedMinutes), 1)
	return &v
}

// HoursProgress: the hours ledger of the current leerjaar (as HoursLedgers
// computes it: attendance credit plus approved declarations) against its norm.
type HoursProgress struct {
	Hours   float64
	Pending float64
	Norm    float64
	// ExpectedByNow is the norm times the part of the leerjaar that has passed.
	ExpectedByNow float64
}

// OnTrack: the hours keep pace with the part of the leerjaar that has passed.
func (h HoursProgress) OnTrack() bool { return h.Hours+0.005 >= h.ExpectedByNow }

// AssignmentProgress counts the leergang's praktijkopdrachten by the person's status.
type AssignmentProgress struct {
	Total        int
	NotStarted   int // no submission or a concept
	HandedIn     int // ingeleverd or in beoordeling
	WithFeedback int // feedback gegeven or herkansing
	Completed    int // afgerond
	Overdue      int // past the due date and not handed in
}

// Submitted is every assignment handed in at least once.
func (p AssignmentProgress) Submitted() int { return p.HandedIn + p.WithFeedback + p.Completed }

// LeervraagProgress counts the person's leervragen by their latest reflection.
type LeervraagProgress struct {
	Total        int
	NotReflected int
	NogNiet      int
	OpWeg        int
	Beantwoord   int
	Bijgesteld   int
}

// DashboardChecklist: items done or not applicable count as complete.
type DashboardChecklist struct {
	Done  int
	Total int
}

// CompetencyProgress is the average of a competency's aspects in the
// person's newest finished self-scan, against the one before.
type CompetencyProgress struct {
	CompetencyID uuid.UUID
	Name         string
	Position     int
	Latest       *float64
	Previous     *float64
}

// Delta is latest minus previous, nil unless both exist.
func (c *CompetencyProgress) Delta() *float64 {
	if c.Latest == nil || c.Previous == nil {
		return nil
	}
	v := roundTo(*c.Latest-*c.Previous, 2)
	return &v
}

// ProgressRows returns the dashboard rows the actor may see, ordered by
// person and leergang, in two statements: the facts and the scans.
func ProgressRows(ctx context.Context, idb bun.IDB, a *Actor, f ProgressFilter) ([]*ProgressRow, error) {
	if err := CheckProgressFilter(ctx, idb, a, f); err != nil {
		return nil, err
	}
	return progressRows(ctx, idb, a, f)
}

// CheckProgressFilter refuses a viewer without a dashboard, and a filter on a
// school, leergang or organisation the actor may not see (FORBIDDEN rather
// than an empty table). Each given filter costs one statement.
func CheckProgressFilter(ctx context.Context, idb bun.IDB, a *Actor, f ProgressFilter) error {
	if err := a.RequireViewDashboard(); err != nil {
		return err
	}
	if f.SchoolID != nil {
		if _, err := GetSchool(ctx, idb, a, *f.SchoolID); err != nil {
			return err
		}
	}
	if f.LeergangID != nil {
		if _, err := GetLeergang(ctx, idb, a, *f.LeergangID); err != nil {
			return err
		}
	}
	if f.OrganisationID != nil {
		if _, err := GetOrganisation(ctx, idb, a, *f.OrganisationID); err != nil {
			return err
		}
	}
	return nil
}

// progressRows is ProgressRows after the role check; certificates and the
// person page call it for a person the actor may see.
func progressRows(ctx context.Context, idb bun.IDB, a *Actor, f ProgressFilter) ([]*ProgressRow, error) {
	var flat []progressFlat
	if err := progressQuery(idb, a, f).Scan(ctx, &flat); err != nil && !isNoRows(err) {
		return nil, err
	}
	out := make([]*ProgressRow, 0, len(flat))
	for i := range flat {
		out = append(out, flat[i].row())
	}
	if len(out) == 0 {
		return out, nil
	}
	if err := attachCompetencies(ctx, idb, out); err != nil {
		return nil, err
	}
	return out, nil
}

// StreamProgressRows calls fn for each dashboard row while it is read from
// the database, for exports that must not hold the whole table in memory.
// The scans (a small map per person) are read first.
func StreamProgressRows(ctx context.Context, idb bun.IDB, a *Actor, f ProgressFilter, fn func(*ProgressRow) error) error {
	if err := CheckProgressFilter(ctx, idb, a, f); err != nil {
		return err
	}
	comps, err := competencyIndex(ctx, idb, a, f)
	if err != nil {
		return err
	}
	q := progressQuery(idb, a, f)
	rows, err := q.Rows(ctx)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var r progressFlat
		if err := q.DB().ScanRow(ctx, rows, &r); err != nil {
			return err
		}
		row := r.row()
		row.Competencies = comps[pairKey{row.PersonID, row.LeergangID}]
		if err := fn(row); err != nil {
			return err
		}
	}
	return rows.Err()
}

// progressFlat is one row of progressQuery as PostgreSQL returns it.
type progressFlat struct {
	PersonID        uuid.UUID
	PersonName      string
	Schools         []SchoolRef `bun:"schools,type:jsonb"`
	LeergangID      uuid.UUID
	LeergangName    string
	LeerjaarID      *uuid.UUID
	LeerjaarNumber  *int
	AttendedMinutes int
	ExpectedMinutes int
	PastSessions    int
	Absences        int
	Hours           float64
	PendingHours    float64
	Norm            float64
	ExpectedHours   float64
	AsgTotal        int
	AsgHandedIn     int
	AsgFeedback     int
	AsgCompleted    int
	AsgOverdue      int
	LvTotal         int
	LvNone          int
	LvNogNiet       int
	LvOpWeg         int
	LvBeantwoord    int
	LvBijgesteld    int
	HasChecklist    bool
	ChecklistDone   int
	ChecklistTotal  int
}

func (f *progressFlat) row() *ProgressRow {
	r := &ProgressRow{PersonID: f.PersonID, PersonName: f.PersonName, Schools: f.Schools, LeergangID: f.LeergangID,
		LeergangName: f.LeergangName, LeerjaarID: f.LeerjaarID, LeerjaarNumber: f.LeerjaarNumber,
		Attendance: AttendanceProgress{AttendedMinutes: f.AttendedMinutes, ExpectedMinutes: f.ExpectedMinutes,
			PastSessions: f.PastSessions, Absences: f.Absences},
		Hours: HoursProgress{Hours: roundTo(f.Hours, 2), Pending: roundTo(f.PendingHours, 2), Norm: f.Norm,
			ExpectedByNow: roundTo(f.ExpectedHours, 1)},
		Assignments: AssignmentProgress{Total: f.AsgTotal, HandedIn: f.AsgHandedIn, WithFeedback: f.AsgFeedback,
			Completed: f.AsgCompleted, Overdue: f.AsgOverdue},
		Leervragen: LeervraagProgress{Total: f.LvTotal, NotReflected: f.LvNone, NogNiet: f.LvNogNiet, OpWeg: f.LvOpWeg,
			Beantwoord: f.LvBeantwoord, Bijgesteld: f.LvBijgesteld},
		Competencies: []*CompetencyProgress{},
	}
	if r.Schools == nil {
		r.Schools = []SchoolRef{}
	}
	r.Assignments.NotStarted = r.Assignments.Total - r.Assignments.Submitted()
	if f.HasChecklist {
		r.Checklist = &DashboardChecklist{Done: f.ChecklistDone, Total: f.ChecklistTotal}
	}
	return r
}

// roundTo rounds v to the given number of decimals, for figures people read.
func roundTo(v float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	return math.Round(v*p) / p
}
