package db

import (
	"context"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Session evaluations: a deelnemer rates a session that has ended (1–5) and
// writes tops and tips, once per session. Those who may manage the leergang
// read the results without names.

const maxEvaluationText = 2000

const evaluationsForbidden = "Alleen de opleiders van deze leergang lezen de evaluaties."

// EvaluationSummary is what the evaluations of a session say, without names.
// Tops and tips are sorted alphabetically, so that neither their order nor
// their position in the other list points at who wrote them.
type EvaluationSummary struct {
	Count         int
	AverageRating *float64
	Tops          []string
	Tips          []string
}

// SessionEvaluationRow is the summary of one session of a leergang.
type SessionEvaluationRow struct {
	Session *TrainingSession
	Summary *EvaluationSummary
}

// EvaluateSession saves the actor's evaluation of a session they were
// expected at, after it has ended; evaluating again replaces it.
func EvaluateSession(ctx context.Context, idb bun.IDB, a *Actor, sessionID uuid.UUID, rating int, tops, tips string) (*TrainingSession, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	s, err := GetSession(ctx, idb, a, sessionID)
	if err != nil {
		return nil, err
	}
	if err := requireParticipant(ctx, idb, a, s); err != nil {
		return nil, err
	}
	tops, tips = strings.TrimSpace(tops), strings.TrimSpace(tips)
	var v Validator
	if rating < 1 || rating > 5 {
		v.Add("rating", "out_of_range", "Geef een cijfer van 1 tot en met 5.")
	}
	maxText(&v, "tops", tops, maxEvaluationText)
	maxText(&v, "tips", tips, maxEvaluationText)
	if err := v.Err(); err != nil {
		return nil, err
	}
	switch {
	case s.CancelledAt != nil:
		return nil, &ConflictError{Message: "Deze bijeenkomst is geannuleerd; er valt niets te evalueren."}
	case time.Now().Before(s.EndsAt):
		return nil, &ConflictError{Message: "Je kunt een bijeenkomst pas evalueren als ze is afgelopen."}
	}
	ev := &SessionEvaluation{SessionID: s.ID, PersonID: a.PersonID, Rating: rating, Tops: tops, Tips: tips}
	_, err = idb.NewInsert().Model(ev).
		On("CONFLICT (session_id, person_id) DO UPDATE").
		Set("rating = EXCLUDED.rating").
		Set("tops = EXCLUDED.tops").
		Set("tips = EXCLUDED.tips").
		Exec(ctx)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// MyEvaluations returns the actor's own evaluation per session, in one statement.
func MyEvaluations(ctx context.Context, idb bun.IDB, a *Actor, sessionIDs []uuid.UUID) (map[uuid.UUID]*SessionEvaluation, error) {
	out := map[uuid.UUID]*SessionEvaluation{}
	if a == nil || len(sessionIDs) == 0 {
		return out, nil
	}
	var rows []*SessionEvaluation
	if err := idb.NewSelect().Model(&rows).Where("ev.person_id = ? AND ev.session_id IN (?)", a.PersonID, bun.In(sessionIDs)).Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	for _, r := range rows {
		out[r.SessionID] = r
	}
	return out, nil
}

type summaryRow struct {
	SessionID     uuid.UUID
	Count         int
	AverageRating *float64
	Tops          []string `bun:",array"`
	Tips          []string `bun:",array"`
}

func (r *summaryRow) summary() *EvaluationSummary {
	s := &EvaluationSummary{Count: r.Count, AverageRating: r.AverageRating, Tops: r.Tops, Tips: r.Tips}
	if s.Tops == nil {
		s.Tops = []string{}
	}
	if s.Tips == nil {
		s.Tips = []string{}
	}
	return s
}

// selectSummaries aggregates evaluations per session: no person ids leave SQL.
func selectSummaries(idb bun.IDB) *bun.SelectQuery {
	return idb.NewSelect().TableExpr("session_evaluations AS ev").
		ColumnExpr("ev.session_id, count(*) AS count, avg(ev.rating)::float8 AS average_rating").
		ColumnExpr("coalesce(array_agg(ev.tops ORDER BY ev.tops) FILTER (WHERE ev.tops <> ''), '{}') AS tops").
		ColumnExpr("coalesce(array_agg(ev.tips ORDER BY ev.tips) FILTER (WHERE ev.tips <> ''), '{}') AS tips").
		GroupExpr("ev.session_id")
}

// GetSessionEvaluations summarises a session's evaluations for those who may
// manage its leergang.
func GetSessionEvaluations(ctx context.Context, idb bun.IDB, a *Actor, sessionID uuid.UUID) (*EvaluationSummary, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	s, err := GetSession(ctx, idb, a, sessionID)
	if err != nil {
		return nil, err
	}
	if err := requireManage(ctx, idb, a, s.LeergangID, evaluationsForbidden); err != nil {
		return nil, err
	}
	var rows []summaryRow
	if err := selectSummaries(idb).Where("ev.session_id = ?", s.ID).Scan(ctx, &rows); err != nil && !isNoRows(err) {
		return nil, err
	}
	if len(rows) == 0 {
		return &EvaluationSummary{Tops: []string{}, Tips: []string{}}, nil
	}
	return rows[0].summary(), nil
}

// LeergangEvaluations summarises, per session that has evaluations, a
// leergang's evaluations by session start, for those who may manage it.
func LeergangEvaluations(ctx context.Context, idb bun.IDB, a *Actor, leergangID uuid.UUID) ([]*SessionEvaluationRow, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	if _, err := GetLeergang(ctx, idb, a, leergangID); err != nil {
		return nil, err
	}
	if err := requireManage(ctx, idb, a, leergangID, evaluationsForbidden); err != nil {
		return nil, err
	}
	var sums []summaryRow
	err := selectSummaries(idb).Where("ev.session_id IN (SELECT id FROM sessions WHERE leergang_id = ?)", leergangID).Scan(ctx, &sums)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	out := []*SessionEvaluationRow{}
	if len(sums) == 0 {
		return out, nil
	}
	ids := make([]uuid.UUID, len(sums))
	bySession := make(map[uuid.UUID]*summaryRow, len(sums))
	for i := range sums {
		ids[i] = sums[i].SessionID
		bySession[sums[i].SessionID] = &sums[i]
	}
	var sessions []*TrainingSession
	if err := a.ScopeSessions(selectSessions(idb, &sessions).Where("se.id IN (?)", bun.In(ids))).OrderExpr("se.starts_at, se.id").Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	for _, s := range sessions {
		out = append(out, &SessionEvaluationRow{Session: s, Summary: bySession[s.ID].summary()})
	}
	return out, nil
}
