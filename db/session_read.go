package db

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// MaxCalendarWindow bounds a calendar query, the calendar's form of a page cap.
const MaxCalendarWindow = 100 * 24 * time.Hour

func selectSessions(idb bun.IDB, model any) *bun.SelectQuery {
	return idb.NewSelect().Model(model).Column("se.*").
		ColumnExpr("ARRAY(SELECT sg.group_id FROM session_groups sg WHERE sg.session_id = se.id ORDER BY sg.group_id) AS group_ids").
		ColumnExpr("ARRAY(SELECT so.person_id FROM session_opleiders so WHERE so.session_id = se.id ORDER BY so.person_id) AS opleider_ids")
}

// selectVisibleSessions reads the sessions the actor may see together with
// what the planner and the register ask of each for this actor: whether they
// may manage its leergang and the leergang itself when they may see it. One
// statement instead of two loader round trips (the month planner is a hot
// page, docs/benchmarks.md); the resolvers prime their loaders with it.
func (a *Actor) selectVisibleSessions(idb bun.IDB, model any) *bun.SelectQuery {
	manage, args := a.canManageLeergangExpr("se.leergang_id")
	leergang := a.ScopeLeergangen(idb.NewSelect().TableExpr("leergangen AS l").
		ColumnExpr(jsonRowExpr(idb, (*Leergang)(nil), "l")).Where("l.id = se.leergang_id"))
	return a.ScopeSessions(selectSessions(idb, model)).
		ColumnExpr("true AS actor_read").
		ColumnExpr(manage+" AS actor_can_manage", args...).
		ColumnExpr("(?) AS actor_leergang", leergang)
}

type SessionFilter struct {
	From, To   time.Time
	LeergangID *uuid.UUID
	OpleiderID *uuid.UUID
	// Mine keeps the sessions the actor gives or takes part in.
	Mine bool
}

// ListSessions returns the visible sessions that overlap the window, by start.
func ListSessions(ctx context.Context, idb bun.IDB, a *Actor, f SessionFilter) ([]*TrainingSession, error) {
	var v Validator
	if !f.To.After(f.From) {
		v.Add("to", "invalid", "Het einde van de periode ligt na het begin.")
	} else if f.To.Sub(f.From) > MaxCalendarWindow {
		v.Add("to", "out_of_range", "Vraag hoogstens 100 dagen tegelijk op.")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	var rows []*TrainingSession
	q := a.selectVisibleSessions(idb, &rows).Where("se.during && tstzrange(?, ?, '[)')", f.From, f.To)
	if f.LeergangID != nil {
		q = q.Where("se.leergang_id = ?", *f.LeergangID)
	}
	if f.OpleiderID != nil {
		q = q.Where("EXISTS (SELECT 1 FROM session_opleiders so WHERE so.session_id = se.id AND so.person_id = ?)", *f.OpleiderID)
	}
	if f.Mine && a != nil {
		q = q.Where(`(EXISTS (SELECT 1 FROM session_opleiders so WHERE so.session_id = se.id AND so.person_id = ?0)
			OR se.praktijk_person_id = ?0
			OR EXISTS (SELECT 1 FROM session_groups sg JOIN group_members gm ON gm.group_id = sg.group_id
				WHERE sg.session_id = se.id AND gm.person_id = ?0))`, a.PersonID)
	}
	if err := q.OrderExpr("se.starts_at, se.id").Limit(1000).Scan(ctx); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	return rows, nil
}

func GetSession(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*TrainingSession, error) {
	s := new(TrainingSession)
	err := a.selectVisibleSessions(idb, s).Where("se.id = ?", id).Scan(ctx)
	return s, visibleOr(ctx, idb, err, "sessions", id, "Bijeenkomst", "Je hebt geen toegang tot deze bijeenkomst.")
}

func SessionsByID(ctx context.Context, idb bun.IDB, a *Actor, ids []uuid.UUID) (map[uuid.UUID]*TrainingSession, error) {
	var rows []*TrainingSession
	q := a.ScopeSessions(selectSessions(idb, &rows).Where("se.id IN (?)", bun.In(ids)))
	return scanByID(ctx, q, &rows, func(s *TrainingSession) uuid.UUID { return s.ID })
}

// SessionParticipants returns the expected deelnemers per session: the members
// of its groups, or the deelnemer of a praktijkbegeleiding; sorted by name.
func SessionParticipants(ctx context.Context, idb bun.IDB, sessionIDs []uuid.UUID) (map[uuid.UUID][]uuid.UUID, error) {
	var rows []struct {
		SessionID uuid.UUID
		PersonID  uuid.UUID
	}
	err := idb.NewRaw(`
		SELECT x.session_id, x.person_id FROM (
			SELECT sg.session_id, gm.person_id FROM session_groups sg JOIN group_members gm ON gm.group_id = sg.group_id
			WHERE sg.session_id IN (?0)
			UNION
			SELECT se.id, se.praktijk_person_id FROM sessions se WHERE se.id IN (?0) AND se.praktijk_person_id IS NOT NULL
		) x JOIN people p ON p.id = x.person_id
		ORDER BY lower(p.name), p.id`, bun.In(sessionIDs)).Scan(ctx, &rows)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	out := map[uuid.UUID][]uuid.UUID{}
	for _, r := range rows {
		out[r.SessionID] = append(out[r.SessionID], r.PersonID)
	}
	return out, nil
}

// SessionRegions returns, per session, the holiday regions of its participants' schools
// (for a session without participants yet, those of the client organisation's schools).
func SessionRegions(ctx context.Context, idb bun.IDB, sessionIDs []uuid.UUID) (map[uuid.UUID][]Region, error) {
	var rows []struct {
		SessionID uuid.UUID
		Region    Region
	}
	// Regions are collected per group and per client leergang first, then
	// spread over the sessions: a month of sessions shares a few groups, so
	// this reads about a third of the rows that joining every participant of
	// every session did (measured with make bench, docs/benchmarks.md).
	err := idb.NewRaw(`
		WITH ses AS (
			SELECT se.id, se.leergang_id, se.praktijk_person_id FROM sessions se WHERE se.id IN (?0)
		), group_regions AS (
			SELECT DISTINCT gm.group_id, s.region FROM group_members gm
				JOIN person_schools ps ON ps.person_id = gm.person_id JOIN schools s ON s.id = ps.school_id
			WHERE gm.group_id IN (SELECT sg.group_id FROM session_groups sg WHERE sg.session_id IN (SELECT id FROM ses))
		), client_regions AS (
			SELECT DISTINCT l.id AS leergang_id, sc.region FROM leergangen l
				JOIN schools sc ON sc.organisation_id = l.client_organisation_id
			WHERE l.id IN (SELECT leergang_id FROM ses)
		)
		SELECT sg.session_id, gr.region FROM session_groups sg JOIN group_regions gr ON gr.group_id = sg.group_id
			WHERE sg.session_id IN (SELECT id FROM ses)
		UNION
		SELECT ses.id, s.region FROM ses JOIN person_schools ps ON ps.person_id = ses.praktijk_person_id
			JOIN schools s ON s.id = ps.school_id
		UNION
		SELECT ses.id, cr.region FROM ses JOIN client_regions cr ON cr.leergang_id = ses.leergang_id
		ORDER BY 1, 2`, bun.In(sessionIDs)).Scan(ctx, &rows)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	out := map[uuid.UUID][]Region{}
	for _, r := range rows {
		out[r.SessionID] = append(out[r.SessionID], r.Region)
	}
	return out, nil
}

// LeergangRegions returns the holiday regions of a leergang's client schools and deelnemers.
func LeergangRegions(ctx context.Context, idb bun.IDB, leergangID uuid.UUID) ([]Region, error) {
	var regions []Region
	err := idb.NewRaw(`
		SELECT DISTINCT s.region FROM schools s WHERE s.id IN (
			SELECT ps.school_id FROM leergang_groups g JOIN group_members gm ON gm.group_id = g.id
				JOIN person_schools ps ON ps.person_id = gm.person_id WHERE g.leergang_id = ?0
			UNION
			SELECT sc.id FROM leergangen l JOIN schools sc ON sc.organisation_id = l.client_organisation_id WHERE l.id = ?0)
		ORDER BY s.region`, leergangID).Scan(ctx, &regions)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	return regions, nil
}
