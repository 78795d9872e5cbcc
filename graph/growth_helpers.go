package graph

import (
	"context"
	"net/url"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/graph/auth"
	"leergang/graph/model"
)

// Helpers of growth.resolvers.go, kept here because gqlgen removes
// non-resolver code from *.resolvers.go when it regenerates.

func scanMomentInput(f *model.ScanMomentFields) *db.ScanMomentInput {
	return &db.ScanMomentInput{Kind: f.Kind, LeerjaarID: f.LeerjaarID, Title: f.Title, OpensOn: f.OpensOn, ClosesOn: f.ClosesOn,
		AskMaatje: f.AskMaatje != nil && *f.AskMaatje, AskDirectie: f.AskDirectie != nil && *f.AskDirectie}
}

// growthPDFPath is where the scan history of a deelnemer in a leergang is downloaded (server/downloads_growth.go).
func growthPDFPath(personID, leergangID uuid.UUID) string {
	return "/downloads/growth/people/" + personID.String() + "/scans.pdf?" + url.Values{"leergang": {leergangID.String()}}.Encode()
}

// growthWrite runs a mutation of the growth area in one transaction as the request's actor.
func growthWrite[T any](ctx context.Context, bdb *bun.DB, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) (T, error)) (T, error) {
	return inTx(ctx, bdb, func(ctx context.Context, tx bun.Tx) (T, error) {
		return fn(ctx, tx, auth.Actor(ctx))
	})
}

func (r *Resolver) scanWrite(ctx context.Context, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) (*db.Scan, error)) (*model.ScanPayload, error) {
	s, err := growthWrite(ctx, r.DB, fn)
	if err != nil {
		return nil, err
	}
	return &model.ScanPayload{Scan: s}, nil
}

func (r *Resolver) intakeWrite(ctx context.Context, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) (*db.Intake, error)) (*model.IntakePayload, error) {
	it, err := growthWrite(ctx, r.DB, fn)
	if err != nil {
		return nil, err
	}
	return &model.IntakePayload{Intake: it}, nil
}

func (r *Resolver) leervraagWrite(ctx context.Context, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) (*db.Leervraag, error)) (*model.LeervraagPayload, error) {
	lv, err := growthWrite(ctx, r.DB, fn)
	if err != nil {
		return nil, err
	}
	return &model.LeervraagPayload{Leervraag: lv}, nil
}
