package graph

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/graph/model"
)

// Helpers of mentoring.resolvers.go and intervisie.resolvers.go, kept here
// because gqlgen removes non-resolver code from *.resolvers.go.

func pairingIDs(ps []*db.Pairing) []uuid.UUID {
	ids := make([]uuid.UUID, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	return ids
}

func groupIDs(gs []*db.IntervisieGroup) []uuid.UUID {
	ids := make([]uuid.UUID, len(gs))
	for i, g := range gs {
		ids[i] = g.ID
	}
	return ids
}

// orEmpty turns a missing list into an empty one for a non-null list field.
func orEmpty[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func pairingConnection(p db.Page[*db.Pairing]) *model.MentorPairingConnection {
	conn := &model.MentorPairingConnection{Nodes: p.Items, PageInfo: pageInfo(p), TotalCount: p.TotalCount, Edges: []*model.MentorPairingEdge{}}
	for i, x := range p.Items {
		conn.Edges = append(conn.Edges, &model.MentorPairingEdge{Cursor: cursorAt(p, i), Node: x})
	}
	return conn
}

func logEntryInput(f *model.MentorLogEntryFields) db.LogEntryInput {
	return db.LogEntryInput{MetOn: f.MetOn, Topics: f.Topics, Agreements: deref(f.Agreements), NextSteps: deref(f.NextSteps),
		NextMeetingOn: f.NextMeetingOn}
}

func groupInput(f *model.IntervisieGroupFields) db.IntervisieGroupInput {
	return db.IntervisieGroupInput{Name: f.Name, Description: deref(f.Description), FacilitatorID: f.FacilitatorID,
		LeergangID: f.LeergangID, MemberIDs: f.MemberIds}
}

func meetingInput(f *model.IntervisieMeetingFields) db.MeetingInput {
	return db.MeetingInput{StartsAt: f.StartsAt, EndsAt: f.EndsAt, Location: deref(f.Location), OnlineURL: deref(f.OnlineURL),
		Method: deref(f.Method), Summary: deref(f.Summary)}
}

func (r *Resolver) pairingWrite(ctx context.Context, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) (*db.Pairing, error)) (*model.PairingPayload, error) {
	return writePayload(ctx, r.DB, fn, func(p *db.Pairing) *model.PairingPayload { return &model.PairingPayload{Pairing: p} })
}

func (r *Resolver) logEntryWrite(ctx context.Context, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) (*db.MentorLogEntry, error)) (*model.MentorLogEntryPayload, error) {
	return writePayload(ctx, r.DB, fn, func(e *db.MentorLogEntry) *model.MentorLogEntryPayload { return &model.MentorLogEntryPayload{Entry: e} })
}

func (r *Resolver) groupWrite(ctx context.Context, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) (*db.IntervisieGroup, error)) (*model.IntervisieGroupPayload, error) {
	return writePayload(ctx, r.DB, fn, func(g *db.IntervisieGroup) *model.IntervisieGroupPayload {
		return &model.IntervisieGroupPayload{Group: g}
	})
}

func (r *Resolver) meetingWrite(ctx context.Context, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) (*db.IntervisieMeeting, error)) (*model.IntervisieMeetingPayload, error) {
	return writePayload(ctx, r.DB, fn, func(m *db.IntervisieMeeting) *model.IntervisieMeetingPayload {
		return &model.IntervisieMeetingPayload{Meeting: m}
	})
}
