package db

import (
	"context"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// GetSessionRegister returns a session's register: every expected deelnemer
// (and anyone registered already), by name, with their attendance and absence
// report. Whoever may manage the leergang sees every row; anyone else who can
// see the session sees the rows of the people the policy lets them see (a
// directie their school's staff, a bestuur their organisation's, a deelnemer
// only their own row).
func GetSessionRegister(ctx context.Context, idb bun.IDB, a *Actor, sessionID uuid.UUID) (*SessionRegister, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	s, err := GetSession(ctx, idb, a, sessionID)
	if err != nil {
		return nil, err
	}
	manage, err := a.CanManageLeergang(ctx, idb, s.LeergangID)
	if err != nil {
		return nil, err
	}
	return sessionRegister(ctx, idb, a, s, manage)
}

func sessionRegister(ctx context.Context, idb bun.IDB, a *Actor, s *TrainingSession, manage bool) (*SessionRegister, error) {
	// The expected deelnemers (as SessionParticipants) and anyone registered,
	// as one semi-join: PostgreSQL drives it from the session's few rows to
	// people by primary key. (An "IN (list) OR EXISTS (attendance)" filter
	// made it scan every person, 100+ ms at national scale; see docs/benchmarks.md.)
	var people []*Person
	q := selectPeople(idb, &people).
		Where(`p.id IN (
			SELECT gm.person_id FROM session_groups sg JOIN group_members gm ON gm.group_id = sg.group_id WHERE sg.session_id = ?0
			UNION ALL
			SELECT se.praktijk_person_id FROM sessions se WHERE se.id = ?0 AND se.praktijk_person_id IS NOT NULL
			UNION ALL
			SELECT at.person_id FROM attendance at WHERE at.session_id = ?0)`, s.ID)
	if !manage {
		q = a.ScopePeople(q)
	}
	if err := q.OrderExpr("lower(p.name), p.id").Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	reg := &SessionRegister{Session: s, Rows: make([]*RegisterRow, 0, len(people))}
	if len(people) == 0 {
		return reg, nil
	}
	ids := make([]uuid.UUID, len(people))
	for i, p := range people {
		ids[i] = p.ID
	}
	attBy, absBy, err := registerMarks(ctx, idb, s.ID, ids)
	if err != nil {
		return nil, err
	}
	for _, p := range people {
		reg.Rows = append(reg.Rows, &RegisterRow{Person: p, Attendance: attBy[p.ID], AbsenceReport: absBy[p.ID]})
	}
	return reg, nil
}

// registerMarks reads the attendance and the absence reports of people at one
// session in a single statement (the register is a hot page: every statement
// is a round trip, see docs/benchmarks.md).
func registerMarks(ctx context.Context, idb bun.IDB, sessionID uuid.UUID, personIDs []uuid.UUID) (map[uuid.UUID]*Attendance, map[uuid.UUID]*AbsenceReport, error) {
	var rows []struct {
		PersonID     uuid.UUID
		Status       *AttendanceStatus
		Minutes      *int
		Note         *string
		RegisteredBy *uuid.UUID
		RegisteredAt *time.Time
		Reason       *string
		ReportedAt   *time.Time
	}
	err := idb.NewRaw(`
		SELECT x.person_id, at.status, at.minutes, at.note, at.registered_by, at.registered_at, ar.reason, ar.reported_at
		FROM unnest(ARRAY[?1]::uuid[]) AS x (person_id)
		LEFT JOIN attendance at ON at.session_id = ?0 AND at.person_id = x.person_id
		LEFT JOIN absence_reports ar ON ar.session_id = ?0 AND ar.person_id = x.person_id
		WHERE at.person_id IS NOT NULL OR ar.person_id IS NOT NULL`, sessionID, bun.In(personIDs)).Scan(ctx, &rows)
	if err != nil && !isNoRows(err) {
		return nil, nil, err
	}
	attBy := make(map[uuid.UUID]*Attendance, len(rows))
	absBy := make(map[uuid.UUID]*AbsenceReport)
	for _, r := range rows {
		if r.Status != nil {
			attBy[r.PersonID] = &Attendance{SessionID: sessionID, PersonID: r.PersonID, Status: *r.Status, Minutes: r.Minutes,
				Note: *r.Note, RegisteredBy: r.RegisteredBy, RegisteredAt: *r.RegisteredAt}
		}
		if r.Reason != nil {
			absBy[r.PersonID] = &AbsenceReport{SessionID: sessionID, PersonID: r.PersonID, Reason: *r.Reason, ReportedAt: *r.ReportedAt}
		}
	}
	return attBy, absBy, nil
}
