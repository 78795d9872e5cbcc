package graph

import (
	"context"
	"net/url"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
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

func (r *Resolver) scanWrite(ctx context.Context, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) (*db.Scan, error)) (*model.ScanPayload, error) {
	return writePayload(ctx, r.DB, fn, func(s *db.Scan) *model.ScanPayload { return &model.ScanPayload{Scan: s} })
}

func (r *Resolver) intakeWrite(ctx context.Context, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) (*db.Intake, error)) (*model.IntakePayload, error) {
	return writePayload(ctx, r.DB, fn, func(it *db.Intake) *model.IntakePayload { return &model.IntakePayload{Intake: it} })
}

func (r *Resolver) leervraagWrite(ctx context.Context, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) (*db.Leervraag, error)) (*model.LeervraagPayload, error) {
	return writePayload(ctx, r.DB, fn, func(lv *db.Leervraag) *model.LeervraagPayload { return &model.LeervraagPayload{Leervraag: lv} })
}
