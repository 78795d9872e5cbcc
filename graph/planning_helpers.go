package graph

import (
	"context"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/holidays"
	"leergang/graph/auth"
	"leergang/graph/loaders"
	"leergang/graph/model"
)

func leergangInput(f *model.LeergangFields) db.LeergangInput {
	in := db.LeergangInput{Name: f.Name, Description: deref(f.Description), Status: f.Status,
		ClientOrganisationID: f.ClientOrganisationID, OpleiderIDs: f.OpleiderIds, StuurgroepIDs: f.StuurgroepIds}
	for _, lj := range f.Leerjaren {
		in.Leerjaren = append(in.Leerjaren, db.LeerjaarInput{Number: lj.Number, HoursNorm: lj.HoursNorm, StartsOn: lj.StartsOn, EndsOn: lj.EndsOn})
	}
	for _, g := range f.Groups {
		in.Groups = append(in.Groups, db.GroupInput{ID: g.ID, Name: g.Name, MemberIDs: g.MemberIds})
	}
	return in
}

func sessionInput(f *model.SessionFields) *db.SessionInput {
	in := &db.SessionInput{LeerjaarID: f.LeerjaarID, Kind: f.Kind, Dagdeel: f.Dagdeel, Title: f.Title, Theme: deref(f.Theme),
		StartsAt: f.StartsAt, EndsAt: f.EndsAt, Location: deref(f.Location), OnlineURL: deref(f.OnlineURL), Capacity: f.Capacity,
		Description: deref(f.Description), GroupIDs: f.GroupIds, OpleiderIDs: f.OpleiderIds,
		PraktijkPersonID: f.PraktijkPersonID, Published: f.Published}
	if f.Overnight != nil {
		in.Overnight = *f.Overnight
	}
	for _, m := range f.Materials {
		in.Materials = append(in.Materials, db.Material{Label: m.Label, URL: m.URL})
	}
	return in
}

// saveSession runs a session write in a transaction and, when PostgreSQL's
// exclusion constraint refused it because a concurrent request won, names the
// session that won.
func (r *Resolver) saveSession(ctx context.Context, check func(s *db.SessionInput) db.ConflictCheck, in *db.SessionInput,
	write func(ctx context.Context, tx bun.Tx) (*db.TrainingSession, error)) (*model.SessionPayload, error) {
	s, err := inTx(ctx, r.DB, func(ctx context.Context, tx bun.Tx) (*db.TrainingSession, error) {
		return write(ctx, tx)
	})
	if err != nil {
		if in != nil {
			return nil, db.NameLostRace(ctx, r.DB, err, check(in))
		}
		return nil, err
	}
	return &model.SessionPayload{Session: s}, nil
}

func people(ctx context.Context, ids []uuid.UUID) ([]*db.Person, error) {
	return loaders.Visible(ctx, loaders.For(ctx).PersonByID, ids)
}

// holidayWarnings lists the school holidays of the regions that a time span touches.
func holidayWarnings(regions []db.Region, from, to time.Time) []*holidays.Warning {
	ws := holidays.Check(regions, from, to)
	out := make([]*holidays.Warning, len(ws))
	for i := range ws {
		out[i] = &ws[i]
	}
	return out
}

// avoidHolidays says whether a day falls in a school holiday of the regions.
func avoidHolidays(regions []db.Region) func(time.Time) bool {
	return func(day time.Time) bool {
		return len(holidays.Check(regions, day, day)) > 0
	}
}

func requireActor(ctx context.Context) (*db.Actor, error) {
	a := auth.Actor(ctx)
	if a == nil {
		return nil, &db.UnauthenticatedError{}
	}
	return a, nil
}
