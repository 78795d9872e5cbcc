package db

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Opkomst per bijeenkomst: the registered attendance of a leergang's sessions,
// counted per status. The counts include the rows that an AVG erasure kept
// without the person (erased_attendance, see db/avg), so a statistic does not
// change when someone is erased. No person id leaves SQL.

// SessionAttendanceStat is the opkomst of one session.
type SessionAttendanceStat struct {
	Session              *TrainingSession
	Aanwezig             int
	Gedeeltelijk         int
	AfwezigMetBericht    int
	AfwezigZonderBericht int
}

// Registered is the number of registrations: the four counts added up.
func (s *SessionAttendanceStat) Registered() int {
	return s.Aanwezig + s.Gedeeltelijk + s.AfwezigMetBericht + s.AfwezigZonderBericht
}

// Rate is the share of the registered who came (aanwezig or gedeeltelijk), as
// a percentage; nil when nobody is registered.
func (s *SessionAttendanceStat) Rate() *float64 {
	n := s.Registered()
	if n == 0 {
		return nil
	}
	r := float64(s.Aanwezig+s.Gedeeltelijk) * 100 / float64(n)
	return &r
}

// attendanceStatRow is a session with its counts, as the one statement reads it.
type attendanceStatRow struct {
	TrainingSession `bun:",extend"`

	StAanwezig             int `bun:"st_aanwezig,scanonly"`
	StGedeeltelijk         int `bun:"st_gedeeltelijk,scanonly"`
	StAfwezigMetBericht    int `bun:"st_afwezig_met_bericht,scanonly"`
	StAfwezigZonderBericht int `bun:"st_afwezig_zonder_bericht,scanonly"`
}

// attendanceStatsCounts aggregates, per session of the leergang ?0, the
// attendance of present people and the rows kept of erased people.
const attendanceStatsCounts = `LEFT JOIN (
		SELECT x.session_id,
			count(*) FILTER (WHERE x.status = 'aanwezig') AS aanwezig,
			count(*) FILTER (WHERE x.status = 'gedeeltelijk') AS gedeeltelijk,
			count(*) FILTER (WHERE x.status = 'afwezig_met_bericht') AS afwezig_met_bericht,
			count(*) FILTER (WHERE x.status = 'afwezig_zonder_bericht') AS afwezig_zonder_bericht
		FROM (
			SELECT at.session_id, at.status FROM attendance at
				WHERE at.session_id IN (SELECT s.id FROM sessions s WHERE s.leergang_id = ?0)
			UNION ALL
			SELECT ea.session_id, ea.status FROM erased_attendance ea
				WHERE ea.session_id IN (SELECT s.id FROM sessions s WHERE s.leergang_id = ?0)
		) x
		GROUP BY x.session_id
	) AS st ON st.session_id = se.id`

// LeergangAttendanceStats returns the opkomst per bijeenkomst of a leergang:
// every session that is published, not cancelled and over (optionally of one
// leerjaar), by start, with its registrations per status, in one statement
// after the checks. Praktijkbegeleidingen are left out: they are for one
// deelnemer, so their counts would be that person's attendance. Who may see
// it is RequireSeeAttendanceStats.
func LeergangAttendanceStats(ctx context.Context, idb bun.IDB, a *Actor, leergangID uuid.UUID, leerjaarID *uuid.UUID) ([]*SessionAttendanceStat, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	l, err := GetLeergang(ctx, idb, a, leergangID)
	if err != nil {
		return nil, err
	}
	if err := a.RequireSeeAttendanceStats(ctx, idb, l); err != nil {
		return nil, err
	}
	var rows []*attendanceStatRow
	q := a.selectVisibleSessions(idb, &rows).
		ColumnExpr("coalesce(st.aanwezig, 0) AS st_aanwezig").
		ColumnExpr("coalesce(st.gedeeltelijk, 0) AS st_gedeeltelijk").
		ColumnExpr("coalesce(st.afwezig_met_bericht, 0) AS st_afwezig_met_bericht").
		ColumnExpr("coalesce(st.afwezig_zonder_bericht, 0) AS st_afwezig_zonder_bericht").
		Join(attendanceStatsCounts, leergangID).
		Where("se.leergang_id = ?", leergangID).
		Where("se.published AND se.cancelled_at IS NULL AND se.ends_at <= now()").
		Where("se.kind <> ?", SessionPraktijkbegeleiding)
	if leerjaarID != nil {
		q = q.Where("se.leerjaar_id = ?", *leerjaarID)
	}
	if err := q.OrderExpr("se.starts_at, se.id").Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	out := make([]*SessionAttendanceStat, len(rows))
	for i, r := range rows {
		out[i] = &SessionAttendanceStat{Session: &r.TrainingSession, Aanwezig: r.StAanwezig, Gedeeltelijk: r.StGedeeltelijk,
			AfwezigMetBericht: r.StAfwezigMetBericht, AfwezigZonderBericht: r.StAfwezigZonderBericht}
	}
	return out, nil
}
