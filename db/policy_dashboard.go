package db

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// The policy for progress dashboards, their exports and certificates. Like
// policy.go, every read is scoped in SQL here and every write asks a Require
// function here.
//
//   - Academy staff follow the deelnemers of the leergangen they see
//     (ScopeLeergangen: a beheerder all, an opleider those they teach).
//   - A directie follows the staff of their own school(s) only; a bestuur
//     the staff of their organisation's schools and their own employees.
//     Nobody sees the rows of another school's staff.
//   - A deelnemer has no dashboard, but may download their own certificate.
//   - Scan notes are never part of the dashboard: it reads ratings only.

// RequireViewDashboard: academy staff, directies and besturen follow progress.
func (a *Actor) RequireViewDashboard() error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if !a.seesEverything() && !a.Has(RoleDirectie) && !a.Has(RoleBestuur) {
		return &ForbiddenError{Message: "Het voortgangsoverzicht is voor opleiders, directies en besturen."}
	}
	return nil
}

// ScopeStaff limits a query over people (alias p) to those whose progress the
// actor follows. Unlike ScopePeople it leaves out the actor themselves and
// the academy's opleiders: a dashboard lists staff, not contacts.
func (a *Actor) ScopeStaff(q *bun.SelectQuery) *bun.SelectQuery {
	if a == nil {
		return q.Where(never)
	}
	if a.seesEverything() {
		return q
	}
	return q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
		q = q.WhereOr(never)
		if a.Has(RoleDirectie) && len(a.SchoolIDs) > 0 {
			q = q.WhereOr("EXISTS (SELECT 1 FROM person_schools ps WHERE ps.person_id = p.id AND ps.school_id IN (?))", bun.In(a.SchoolIDs))
		}
		if org, ok := a.bestuurOrg(); ok {
			q = q.WhereOr("p.organisation_id = ?", org).
				WhereOr("EXISTS (SELECT 1 FROM person_schools ps JOIN schools s ON s.id = ps.school_id WHERE ps.person_id = p.id AND s.organisation_id = ?)", org)
		}
		return q
	})
}

// scopeDashboardPairs scopes a query over (people p, leergangen l) pairs: the
// person is staff the actor follows and the leergang one the actor sees.
func (a *Actor) scopeDashboardPairs(q *bun.SelectQuery) *bun.SelectQuery {
	return a.ScopeStaff(a.ScopeLeergangen(q))
}

// RequireCertificateAccess decides who may issue and download the
// certificate of a person for a leerjaar of leergangID: the beheerder, the
// leergang's opleiders, the deelnemer themself, and the directie or bestuur
// whose staff the person is.
func (a *Actor) RequireCertificateAccess(ctx context.Context, idb bun.IDB, personID, leergangID uuid.UUID) error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if a.PersonID == personID {
		return nil
	}
	manage, err := a.CanManageLeergang(ctx, idb, leergangID)
	if err != nil || manage {
		return err
	}
	if a.Has(RoleDirectie) || a.Has(RoleBestuur) {
		staff, err := a.ScopeStaff(idb.NewSelect().TableExpr("people AS p").Where("p.id = ?", personID)).Exists(ctx)
		if err != nil || staff {
			return err
		}
	}
	return &ForbiddenError{Message: "Je kunt dit bewijs van deelname niet opvragen."}
}

// RequireRevokeCertificate: the beheerder and the leergang's opleiders revoke
// a certificate that was issued in error.
func (a *Actor) RequireRevokeCertificate(ctx context.Context, idb bun.IDB, leergangID uuid.UUID) error {
	return requireManage(ctx, idb, a, leergangID, "Alleen een opleider van deze leergang kan een bewijs van deelname intrekken.")
}
