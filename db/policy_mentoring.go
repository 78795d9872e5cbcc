package db

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// The policy for maatje pairings and intervisie groups. Like policy.go, every
// read is scoped in SQL here and every write asks a Require/Can function here.
//
// Pairings:
//   - The starter and the maatje (the parties) see their pairing whole: each
//     other's contact details, the shared log and the evaluations.
//   - A beheerder, and a bestuur user of the starter's organisation, pair
//     starters, and see every pairing they manage without log or evaluations.
//   - A directie sees the pairings of the starters of their own school(s):
//     that a pairing exists, the maatje, the period and how often they met,
//     never the log content or the evaluations' text (PairingSummary has no
//     field for them; the log and evaluation reads use ScopePairingContent).
//   - Everybody else, opleiders included, sees nothing.
//
// Intervisie groups:
//   - A beheerder sees and manages every group; a bestuur user those of their
//     own organisation; the facilitator manages their group.
//   - Members see their group, its members and meetings, and their own
//     attendance; the register of everyone's attendance is for managers.

// starterSQL is the condition that the person aliased alias is a starter,
// the same rule as the actor's Starter flag (actorFlagColumns).
func starterSQL(alias string) string {
	return `(EXISTS (SELECT 1 FROM checklists c WHERE c.starter_id = ` + alias + `.id)
		OR (` + alias + `.ib_start_date IS NOT NULL AND ` + alias + `.ib_start_date > current_date - interval '2 years'))`
}

// ScopePairings limits a query over mentor_pairings (alias mp) to the pairings
// whose existence and summary the actor may see.
func (a *Actor) ScopePairings(q *bun.SelectQuery) *bun.SelectQuery {
	if a == nil {
		return q.Where(never)
	}
	if a.Has(RoleBeheerder) {
		return q
	}
	return q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
		q = q.WhereOr("mp.starter_id = ? OR mp.maatje_id = ?", a.PersonID, a.PersonID)
		if a.Has(RoleDirectie) && len(a.SchoolIDs) > 0 {
			q = q.WhereOr("EXISTS (SELECT 1 FROM person_schools ps WHERE ps.person_id = mp.starter_id AND ps.school_id IN (?))", bun.In(a.SchoolIDs))
		}
		if org, ok := a.bestuurOrg(); ok {
			q = q.WhereOr(pairingOfOrgSQL, org, org)
		}
		return q
	})
}

// pairingOfOrgSQL: the starter of mp belongs to the organisation (twice the org id).
const pairingOfOrgSQL = `EXISTS (SELECT 1 FROM people sp WHERE sp.id = mp.starter_id AND (sp.organisation_id = ?
	OR EXISTS (SELECT 1 FROM person_schools ps JOIN schools s ON s.id = ps.school_id WHERE ps.person_id = sp.id AND s.organisation_id = ?)))`

// ScopePairingContent limits a query over mentor_pairings (alias mp) to those
// whose log and evaluations the actor may read: only the two parties.
func (a *Actor) ScopePairingContent(q *bun.SelectQuery) *bun.SelectQuery {
	if a == nil {
		return q.Where(never)
	}
	return q.Where("(mp.starter_id = ? OR mp.maatje_id = ?)", a.PersonID, a.PersonID)
}

// IsPairingParty: the actor is the starter or the maatje of the pairing.
func (a *Actor) IsPairingParty(p *Pairing) bool {
	return a != nil && (p.StarterID == a.PersonID || p.MaatjeID == a.PersonID)
}

// CanPairStartersOf: a beheerder pairs every starter; a bestuur user the
// starters of their own organisation.
func (a *Actor) CanPairStartersOf(orgID *uuid.UUID) bool {
	if a.Has(RoleBeheerder) {
		return true
	}
	org, ok := a.bestuurOrg()
	return ok && orgID != nil && *orgID == org
}

// RequirePairStarters is the coarse check before the starter is known.
func (a *Actor) RequirePairStarters() error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if _, ok := a.bestuurOrg(); !ok && !a.Has(RoleBeheerder) {
		return &ForbiddenError{Message: "Alleen een beheerder of het bestuur koppelt starters aan een maatje."}
	}
	return nil
}

// RequireManagePairing: the beheerder, or a bestuur user of the starter's organisation.
func (a *Actor) RequireManagePairing(ctx context.Context, idb bun.IDB, starterID uuid.UUID) error {
	if err := a.RequirePairStarters(); err != nil {
		return err
	}
	if a.Has(RoleBeheerder) {
		return nil
	}
	org, _ := a.bestuurOrg()
	inOrg, err := idb.NewSelect().TableExpr("people AS p").Where("p.id = ?", starterID).
		Where(`(p.organisation_id = ? OR EXISTS (SELECT 1 FROM person_schools ps JOIN schools s ON s.id = ps.school_id
			WHERE ps.person_id = p.id AND s.organisation_id = ?))`, org, org).Exists(ctx)
	if err != nil {
		return err
	}
	if !inOrg {
		return &ForbiddenError{Message: "Je koppelt alleen starters van je eigen organisatie."}
	}
	return nil
}

// RequirePairingParty: only the starter or the maatje writes in the log and evaluates.
func (a *Actor) RequirePairingParty(p *Pairing) error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if !a.IsPairingParty(p) {
		return &ForbiddenError{Message: "Alleen de starter en het maatje schrijven in dit logboek."}
	}
	return nil
}

// RequireSetMaatjeLimit: the maximum of starters per maatje is set by the
// beheerder or by a bestuur user for their own organisation.
func (a *Actor) RequireSetMaatjeLimit(orgID uuid.UUID) error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if !a.CanPairStartersOf(&orgID) {
		return &ForbiddenError{Message: "Alleen een beheerder of het bestuur van deze organisatie stelt dit in."}
	}
	return nil
}

// ScopeIntervisieGroups limits a query over intervisie_groups (alias ig) to
// the groups the actor may see.
func (a *Actor) ScopeIntervisieGroups(q *bun.SelectQuery) *bun.SelectQuery {
	if a == nil {
		return q.Where(never)
	}
	if a.Has(RoleBeheerder) {
		return q
	}
	return q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
		q = q.WhereOr("ig.facilitator_id = ?", a.PersonID).
			WhereOr("EXISTS (SELECT 1 FROM intervisie_members im WHERE im.group_id = ig.id AND im.person_id = ?)", a.PersonID)
		if org, ok := a.bestuurOrg(); ok {
			q = q.WhereOr("ig.organisation_id = ?", org)
		}
		return q
	})
}

// CanManageIntervisieGroup: the beheerder, a bestuur user of the group's
// organisation, and the group's facilitator.
func (a *Actor) CanManageIntervisieGroup(g *IntervisieGroup) bool {
	if a == nil {
		return false
	}
	if g.FacilitatorID != nil && *g.FacilitatorID == a.PersonID {
		return true
	}
	return a.CanPairStartersOf(&g.OrganisationID)
}

// RequireManageIntervisieGroup refuses anyone who may not change the group,
// its members and meetings.
func (a *Actor) RequireManageIntervisieGroup(g *IntervisieGroup) error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if !a.CanManageIntervisieGroup(g) {
		return &ForbiddenError{Message: "Alleen de begeleider, het bestuur of een beheerder beheert deze intervisiegroep."}
	}
	return nil
}

// RequireCreateIntervisieGroup: a beheerder for any organisation, a bestuur
// user for their own.
func (a *Actor) RequireCreateIntervisieGroup(orgID uuid.UUID) error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if !a.CanPairStartersOf(&orgID) {
		return &ForbiddenError{Message: "Alleen een beheerder of het bestuur van deze organisatie maakt een intervisiegroep."}
	}
	return nil
}

// ScopeIntervisieRegister limits a query over intervisie_attendance (alias
// ia, joined to its group as ig) to the rows the actor may read: every row of
// a group they manage, and their own attendance elsewhere.
func (a *Actor) ScopeIntervisieRegister(q *bun.SelectQuery) *bun.SelectQuery {
	if a == nil {
		return q.Where(never)
	}
	if a.Has(RoleBeheerder) {
		return q
	}
	return q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
		q = q.WhereOr("ia.person_id = ?", a.PersonID).WhereOr("ig.facilitator_id = ?", a.PersonID)
		if org, ok := a.bestuurOrg(); ok {
			q = q.WhereOr("ig.organisation_id = ?", org)
		}
		return q
	})
}
