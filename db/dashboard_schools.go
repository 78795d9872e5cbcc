package db

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// SchoolProgress is the dashboard aggregated per school, for a bestuur: all
// visible schools side by side, also those without anyone in a leergang.
type SchoolProgress struct {
	SchoolID         uuid.UUID
	SchoolName       string
	BRIN             string `bun:"brin"`
	OrganisationID   uuid.UUID
	People           int // staff in at least one leergang
	Enrolments       int // (person, leergang) rows
	AttendancePct    *float64
	HoursOnTrack     int // rows whose hours keep pace with the leerjaar
	AssignmentsTotal int
	AssignmentsDone  int // handed in at least once
	ChecklistDone    int
	ChecklistTotal   int
	Starters         int // people with an onboarding checklist
}

// SchoolProgressRows aggregates the dashboard rows per school in one
// statement: the progress CTEs, unnested over each person's schools, grouped
// per school (ScopeSchools), optionally of one organisation.
func SchoolProgressRows(ctx context.Context, idb bun.IDB, a *Actor, organisationID *uuid.UUID) ([]*SchoolProgress, error) {
	if err := CheckProgressFilter(ctx, idb, a, ProgressFilter{OrganisationID: organisationID}); err != nil {
		return nil, err
	}
	out := []*SchoolProgress{}
	err := schoolProgressQuery(idb, a, organisationID).Scan(ctx, &out)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	return out, nil
}

// StreamSchoolProgress calls fn for each school while the rows are read.
func StreamSchoolProgress(ctx context.Context, idb bun.IDB, a *Actor, organisationID *uuid.UUID, fn func(*SchoolProgress) error) error {
	if err := CheckProgressFilter(ctx, idb, a, ProgressFilter{OrganisationID: organisationID}); err != nil {
		return err
	}
	q := schoolProgressQuery(idb, a, organisationID)
	rows, err := q.Rows(ctx)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var s SchoolProgress
		if err := q.DB().ScanRow(ctx, rows, &s); err != nil {
			return err
		}
		if err := fn(&s); err != nil {
			return err
		}
	}
	return rows.Err()
}

func schoolProgressQuery(idb bun.IDB, a *Actor, organisationID *uuid.UUID) *bun.SelectQuery {
	rows := progressQuery(idb, a, ProgressFilter{OrganisationID: organisationID})
	// One row per (school, person, leergang); a person at two schools counts at both.
	perSchool := idb.NewSelect().TableExpr("progress AS r").
		Join("CROSS JOIN LATERAL jsonb_array_elements(r.schools) AS sch").
		ColumnExpr("(sch->>'id')::uuid AS school_id, r.*")
	perPerson := idb.NewSelect().TableExpr("per_school").
		ColumnExpr("DISTINCT ON (school_id, person_id) school_id, person_id, has_checklist, checklist_done, checklist_total").
		OrderExpr("school_id, person_id")
	byRow := idb.NewSelect().TableExpr("per_school").
		ColumnExpr("school_id, count(DISTINCT person_id)::int AS people, count(*)::int AS enrolments").
		ColumnExpr("round((avg(attended_minutes::float8 * 100 / expected_minutes) FILTER (WHERE expected_minutes > 0))::numeric, 1)::float8 AS attendance_pct").
		ColumnExpr("count(*) FILTER (WHERE hours + 0.005 >= expected_hours)::int AS hours_on_track").
		ColumnExpr("sum(asg_total)::int AS assignments_total").
		ColumnExpr("sum(asg_handed_in + asg_feedback + asg_completed)::int AS assignments_done").
		GroupExpr("school_id")
	byPerson := idb.NewSelect().TableExpr("per_person").
		ColumnExpr("school_id, sum(checklist_done)::int AS checklist_done, sum(checklist_total)::int AS checklist_total").
		ColumnExpr("count(*) FILTER (WHERE has_checklist)::int AS starters").
		GroupExpr("school_id")
	q := idb.NewSelect().With("progress", rows).With("per_school", perSchool).With("per_person", perPerson).
		With("by_row", byRow).With("by_person", byPerson).
		TableExpr("schools AS s").
		Join("LEFT JOIN by_row ON by_row.school_id = s.id").
		Join("LEFT JOIN by_person ON by_person.school_id = s.id").
		ColumnExpr("s.id AS school_id, s.name AS school_name, s.brin, s.organisation_id").
		ColumnExpr("coalesce(by_row.people, 0) AS people, coalesce(by_row.enrolments, 0) AS enrolments").
		ColumnExpr("by_row.attendance_pct, coalesce(by_row.hours_on_track, 0) AS hours_on_track").
		ColumnExpr("coalesce(by_row.assignments_total, 0) AS assignments_total, coalesce(by_row.assignments_done, 0) AS assignments_done").
		ColumnExpr("coalesce(by_person.checklist_done, 0) AS checklist_done, coalesce(by_person.checklist_total, 0) AS checklist_total").
		ColumnExpr("coalesce(by_person.starters, 0) AS starters").
		OrderExpr("lower(s.name), s.id")
	if organisationID != nil {
		q = q.Where("s.organisation_id = ?", *organisationID)
	}
	return a.ScopeSchools(q)
}
