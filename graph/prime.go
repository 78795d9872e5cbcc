package graph

import (
	"context"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/graph/loaders"
)

// The hot pages read, in their main statement, what their fields would
// otherwise load through a loader round trip of its own (docs/benchmarks.md);
// these functions hand it to the request's loaders so the field resolvers
// stay the same. What is primed was read under the same policy scope as the
// loader applies, so the answer cannot differ.

// primeViewer hands the viewer's schools and organisation to the loaders.
func primeViewer(ctx context.Context, v *db.ViewerRecord) {
	l := loaders.For(ctx)
	visible := make(map[uuid.UUID]*db.School, len(v.Schools))
	for _, s := range v.Schools {
		visible[s.ID] = s
	}
	primeSchools(l, v.Person.SchoolIDs, visible)
	if v.OrganisationID != nil {
		l.OrganisationByID.Prime(*v.OrganisationID, v.Organisation)
	}
}

// primeSessions hands what ListSessions and GetSession read for the actor
// (canManage and the leergang) to the loaders.
func primeSessions(ctx context.Context, sessions ...*db.TrainingSession) {
	l := loaders.For(ctx)
	for _, s := range sessions {
		if !s.ActorRead {
			continue
		}
		l.CanManageLeergang.Prime(s.LeergangID, s.ActorCanManage)
		l.LeergangByID.Prime(s.LeergangID, s.ActorLeergang)
	}
}

// primeRegister hands the register's visible schools to the loaders.
func primeRegister(ctx context.Context, reg *db.SessionRegister) {
	l := loaders.For(ctx)
	for _, r := range reg.Rows {
		primeSchools(l, r.Person.SchoolIDs, reg.VisibleSchools)
	}
	primeSessions(ctx, reg.Session)
}

// primeSchools primes the given school ids: the visible ones with their
// school, the others with nil, which the loader helpers leave out like a
// school the loader's scope did not return (loaders.Absent).
func primeSchools(l *loaders.Loaders, ids []uuid.UUID, visible map[uuid.UUID]*db.School) {
	for _, id := range ids {
		l.SchoolByID.Prime(id, visible[id])
	}
}
