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
	return sessionRegister(ctx, idb, a, s, s.ActorCanManage)
}

func sessionRegister(ctx context.Context, idb bun.IDB, a *Actor, s *TrainingSession, manage bool) (*SessionRegister, error) {
	// One statement for the people, their marks and the schools the actor may
	// see of them (the register is a hot page: every statement is a round
	// trip, see docs/benchmarks.md). The people are the expected deelnemers
	// (as SessionParticipants) and anyone registered, as one semi-join:
	// PostgreSQL drives it from the session's few rows to people by primary
	// key. (An "IN (list) OR EXISTS (attendance)" filter made it scan every
	// person, 100+ ms at national scale.)
	var rows []registerPersonRow
	schools := a.ScopeSchools(idb.NewSelect().TableExpr("schools AS s").
		ColumnExpr("json_agg(" + jsonRowExpr(idb, (*School)(nil), "s") + ")").
		Where("s.id IN (SELECT ps.school_id FROM person_schools ps WHERE ps.person_id = p.id)"))
	q := selectPeople(idb, &rows).
		ColumnExpr("at.status AS at_status, at.minutes AS at_minutes, at.note AS at_note, at.registered_by AS at_registered_by, at.registered_at AS at_registered_at").
		ColumnExpr("ar.reason AS ar_reason, ar.reported_at AS ar_reported_at").
		ColumnExpr("(?) AS visible_schools", schools).
		Join("LEFT JOIN attendance AS at ON at.session_id = ? AND at.person_id = p.id", s.ID).
		Join("LEFT JOIN absence_reports AS ar ON ar.session_id = ? AND ar.person_id = p.id", s.ID).
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
	reg := &SessionRegister{Session: s, Rows: make([]*RegisterRow, 0, len(rows)), VisibleSchools: map[uuid.UUID]*School{}}
	for i := range rows {
		r := &rows[i]
		row := &RegisterRow{Person: &r.Person}
		if r.AtStatus != nil {
			row.Attendance = &Attendance{SessionID: s.ID, PersonID: r.ID, Status: *r.AtStatus, Minutes: r.AtMinutes,
				Note: *r.AtNote, RegisteredBy: r.AtRegisteredBy, RegisteredAt: *r.AtRegisteredAt}
		}
		if r.ArReason != nil {
			row.AbsenceReport = &AbsenceReport{SessionID: s.ID, PersonID: r.ID, Reason: *r.ArReason, ReportedAt: *r.ArReportedAt}
		}
		for _, sc := range r.VisibleSchools {
			reg.VisibleSchools[sc.ID] = sc
		}
		reg.Rows = append(reg.Rows, row)
	}
	return reg, nil
}

// registerPersonRow is one person of a register with their marks at the
// session and the schools of theirs the actor may see.
type registerPersonRow struct {
	Person `bun:",extend"`

	AtStatus       *AttendanceStatus `bun:"at_status,scanonly"`
	AtMinutes      *int              `bun:"at_minutes,scanonly"`
	AtNote         *string           `bun:"at_note,scanonly"`
	AtRegisteredBy *uuid.UUID        `bun:"at_registered_by,scanonly"`
	AtRegisteredAt *time.Time        `bun:"at_registered_at,scanonly"`
	ArReason       *string           `bun:"ar_reason,scanonly"`
	ArReportedAt   *time.Time        `bun:"ar_reported_at,scanonly"`
	VisibleSchools []*School         `bun:"visible_schools,type:json,scanonly"`
}
