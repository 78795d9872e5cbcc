package db

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Reading scans: every query is scoped by ScopeScans and computes per scan
// whether the reader may see its notes; ratings are the current ones (the
// newest row per aspect) with notes blanked where they are hidden.

func selectScans(idb bun.IDB, a *Actor, model any) *bun.SelectQuery {
	expr, args := a.ScanNotesVisibleExpr(idb)
	return a.ScopeScans(idb.NewSelect().Model(model).Column("sc.*").ColumnExpr(expr+" AS notes_visible", args...))
}

// GetScan returns one scan with its current ratings.
func GetScan(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*Scan, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	s := new(Scan)
	if err := selectScans(idb, a, s).Where("sc.id = ?", id).Scan(ctx); err != nil {
		return nil, visibleOr(ctx, idb, err, "scans", id, "Scan", "Je hebt geen toegang tot deze scan.")
	}
	if err := withCurrentRatings(ctx, idb, []*Scan{s}); err != nil {
		return nil, err
	}
	return s, nil
}

// scansAbout returns the visible scans of the subjects at the moments of one
// leergang, with their current ratings: two statements.
func scansAbout(ctx context.Context, idb bun.IDB, a *Actor, leergangID uuid.UUID, subjectIDs []uuid.UUID) ([]*Scan, error) {
	out := []*Scan{}
	if len(subjectIDs) == 0 {
		return out, nil
	}
	err := selectScans(idb, a, &out).Join("JOIN scan_moments AS m ON m.id = sc.moment_id").
		Where("m.leergang_id = ? AND sc.subject_id IN (?)", leergangID, bun.In(subjectIDs)).
		OrderExpr("m.opens_on, sc.created_at").Scan(ctx)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	return out, withCurrentRatings(ctx, idb, out)
}

// withCurrentRatings fills the scans' Ratings with the newest row per aspect,
// in one statement, and blanks notes the reader may not see.
func withCurrentRatings(ctx context.Context, idb bun.IDB, scans []*Scan) error {
	if len(scans) == 0 {
		return nil
	}
	byID := make(map[uuid.UUID]*Scan, len(scans))
	ids := make([]uuid.UUID, len(scans))
	for i, s := range scans {
		s.Ratings = []*ScanRating{}
		byID[s.ID], ids[i] = s, s.ID
	}
	var rows []*ScanRating
	err := idb.NewSelect().Model(&rows).DistinctOn("sr.scan_id, sr.aspect_id").
		Where("sr.scan_id IN (?)", bun.In(ids)).OrderExpr("sr.scan_id, sr.aspect_id, sr.id DESC").Scan(ctx)
	if err != nil && !isNoRows(err) {
		return err
	}
	for _, r := range rows {
		s := byID[r.ScanID]
		if !s.NotesVisible {
			r.Note = ""
		}
		s.Ratings = append(s.Ratings, r)
	}
	return nil
}

// RatingHistory returns every rating row of a scan the actor may see, newest
// first: the corrections are kept, nothing is overwritten.
func RatingHistory(ctx context.Context, idb bun.IDB, a *Actor, scanID uuid.UUID) ([]*ScanRating, error) {
	s, err := GetScan(ctx, idb, a, scanID)
	if err != nil {
		return nil, err
	}
	out := []*ScanRating{}
	if err := idb.NewSelect().Model(&out).Where("sr.scan_id = ?", scanID).OrderExpr("sr.id DESC").Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	if !s.NotesVisible {
		for _, r := range out {
			r.Note = ""
		}
	}
	return out, nil
}

// ScanMomentOf returns the moment of a scan the reader already holds.
func ScanMomentOf(ctx context.Context, idb bun.IDB, s *Scan) (*ScanMoment, error) {
	return scanMoment(ctx, idb, s.MomentID)
}
