package graph

import (
	"context"

	"leergang/db"
	"leergang/graph/model"
)

// attendanceStatModels turns the opkomst per bijeenkomst into its GraphQL
// rows and hands what the statement read of the sessions (the leergang and
// canManage) to the loaders.
func attendanceStatModels(ctx context.Context, stats []*db.SessionAttendanceStat) []*model.SessionAttendanceStat {
	out := make([]*model.SessionAttendanceStat, len(stats))
	for i, s := range stats {
		primeSessions(ctx, s.Session)
		out[i] = &model.SessionAttendanceStat{Session: s.Session, Aanwezig: s.Aanwezig, Gedeeltelijk: s.Gedeeltelijk,
			AfwezigMetBericht: s.AfwezigMetBericht, AfwezigZonderBericht: s.AfwezigZonderBericht,
			Registered: s.Registered(), Rate: s.Rate()}
	}
	return out
}
