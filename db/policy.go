package db

import (
	"slices"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Actor is who makes a request, with what the policy needs to decide.
// A nil *Actor is an anonymous visitor.
type Actor struct {
	PersonID       uuid.UUID
	Roles          []Role
	SchoolIDs      []uuid.UUID // the schools the person works at or leads
	OrganisationID *uuid.UUID  // employer, for bestuur users, opleiders and schoolcoaches
	Flags          ActorFlags
}

// This file is the authorization policy: every read is scoped by one of the
// Scope* functions and every write asks one of the Require*/Can* functions.
// Nothing else in the project decides who may see or change what.

func (a *Actor) Has(r Role) bool { return a != nil && slices.Contains(a.Roles, r) }

// seesEverything is true for academy staff: beheerders and opleiders work
// across all client organisations.
func (a *Actor) seesEverything() bool { return a.Has(RoleBeheerder) || a.Has(RoleOpleider) }

func (a *Actor) bestuurOrg() (uuid.UUID, bool) {
	if a.Has(RoleBestuur) && a.OrganisationID != nil {
		return *a.OrganisationID, true
	}
	return uuid.Nil, false
}

// never matches no row; used to scope an anonymous or role-less actor.
const never = "FALSE"

// ScopePeople limits a query over people (alias p) to those the actor may see.
func (a *Actor) ScopePeople(q *bun.SelectQuery) *bun.SelectQuery {
	if a == nil {
		return q.Where(never)
	}
	if a.seesEverything() {
		return q
	}
	return q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
		q = q.WhereOr("p.id = ?", a.PersonID)
		// The academy's opleiders are the contact persons of every programme:
		// deelnemers, directies and besturen see who gives their sessions.
		q = q.WhereOr("EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id AND r.role = 'opleider')")
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

// ScopeSchools limits a query over schools (alias s) to those the actor may see.
func (a *Actor) ScopeSchools(q *bun.SelectQuery) *bun.SelectQuery {
	if a == nil {
		return q.Where(never)
	}
	if a.seesEverything() {
		return q
	}
	return q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
		q = q.WhereOr(never)
		if len(a.SchoolIDs) > 0 {
			q = q.WhereOr("s.id IN (?)", bun.In(a.SchoolIDs))
		}
		if org, ok := a.bestuurOrg(); ok {
			q = q.WhereOr("s.organisation_id = ?", org)
		}
		return q
	})
}

// ScopeOrganisations limits a query over organisations (alias o).
func (a *Actor) ScopeOrganisations(q *bun.SelectQuery) *bun.SelectQuery {
	if a == nil {
		return q.Where(never)
	}
	if a.seesEverything() {
		return q
	}
	return q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
		q = q.WhereOr(never)
		if a.OrganisationID != nil {
			q = q.WhereOr("o.id = ?", *a.OrganisationID)
		}
		if len(a.SchoolIDs) > 0 {
			q = q.WhereOr("o.id IN (SELECT organisation_id FROM schools WHERE id IN (?))", bun.In(a.SchoolIDs))
		}
		return q
	})
}

func (a *Actor) requireSignedIn() error {
	if a == nil {
		return &UnauthenticatedError{}
	}
	return nil
}

// RequireManageOrganisations: only a beheerder creates, changes or deletes organisations.
func (a *Actor) RequireManageOrganisations() error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if !a.Has(RoleBeheerder) {
		return &ForbiddenError{Message: "Alleen een beheerder kan organisaties beheren."}
	}
	return nil
}

// CanManageSchoolsOf: a beheerder manages every school; a bestuur user those of their own organisation.
func (a *Actor) CanManageSchoolsOf(orgID uuid.UUID) bool {
	if a.Has(RoleBeheerder) {
		return true
	}
	org, ok := a.bestuurOrg()
	return ok && org == orgID
}

// RequireManageSchools is the coarse check before the organisation is known.
func (a *Actor) RequireManageSchools() error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if _, ok := a.bestuurOrg(); !ok && !a.Has(RoleBeheerder) {
		return &ForbiddenError{Message: "Je mag geen scholen beheren."}
	}
	return nil
}

// RequireManagePeople: inviting, editing and disabling people is for beheerders.
func (a *Actor) RequireManagePeople() error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if !a.Has(RoleBeheerder) {
		return &ForbiddenError{Message: "Alleen een beheerder kan mensen uitnodigen en wijzigen."}
	}
	return nil
}

// RequireReadOutbox: the outbox holds invitation links, so only beheerders read it.
func (a *Actor) RequireReadOutbox() error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if !a.Has(RoleBeheerder) {
		return &ForbiddenError{Message: "Alleen een beheerder kan het postvak lezen."}
	}
	return nil
}

// RequireSignedIn is for operations every signed-in person may use on their own data.
func (a *Actor) RequireSignedIn() error { return a.requireSignedIn() }

// Menu lists the SPA sections this actor may use, in display order.
func (a *Actor) Menu() []string {
	if a == nil {
		return nil
	}
	menu := []string{"home"}
	if a.Flags.Starter {
		menu = append(menu, "inwerkperiode")
	}
	if a.Has(RoleBeheerder) || a.Has(RoleOpleider) || a.Has(RoleDeelnemer) || a.Has(RoleDirectie) {
		menu = append(menu, "agenda")
	}
	menu = append(menu, "leergangen", "assignments", "hours")
	if a.Has(RoleDeelnemer) {
		menu = append(menu, "growth")
	}
	if a.seesEverything() || a.Has(RoleDirectie) || a.Has(RoleBestuur) {
		menu = append(menu, "dashboard")
	}
	if a.Has(RoleBeheerder) || a.Has(RoleBestuur) || a.Has(RoleDirectie) || a.Flags.Maatje {
		menu = append(menu, "starters")
	}
	if a.Has(RoleBeheerder) || a.Has(RoleBestuur) || a.Flags.Intervisie {
		menu = append(menu, "intervisie")
	}
	if a.seesEverything() {
		menu = append(menu, "frameworks")
	}
	if a.Has(RoleBeheerder) {
		menu = append(menu, "organisations")
	}
	if a.seesEverything() || a.Has(RoleDirectie) || a.Has(RoleBestuur) {
		menu = append(menu, "schools", "people")
	}
	if a.Has(RoleBeheerder) {
		menu = append(menu, "outbox", "audit")
	}
	return append(menu, "profile")
}
