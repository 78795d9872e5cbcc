package db

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// The policy for leergangen and their sessions. Like policy.go, every read is
// scoped in SQL here and every write asks a Require function here.

// ScopeLeergangen limits a query over leergangen (alias l) to those the actor
// takes part in: teaches, follows, steers, or has staff or a client relation in.
func (a *Actor) ScopeLeergangen(q *bun.SelectQuery) *bun.SelectQuery {
	if a == nil {
		return q.Where(never)
	}
	if a.Has(RoleBeheerder) {
		return q
	}
	return q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
		q = q.WhereOr("EXISTS (SELECT 1 FROM stuurgroep_members sm WHERE sm.leergang_id = l.id AND sm.person_id = ?)", a.PersonID)
		if a.Has(RoleOpleider) {
			q = q.WhereOr("EXISTS (SELECT 1 FROM leergang_opleiders lo WHERE lo.leergang_id = l.id AND lo.person_id = ?)", a.PersonID)
		}
		if a.Has(RoleDeelnemer) {
			q = q.WhereOr(`EXISTS (SELECT 1 FROM leergang_groups g JOIN group_members gm ON gm.group_id = g.id
				WHERE g.leergang_id = l.id AND gm.person_id = ?)`, a.PersonID)
		}
		if a.Has(RoleDirectie) && len(a.SchoolIDs) > 0 {
			q = q.WhereOr(`EXISTS (SELECT 1 FROM leergang_groups g JOIN group_members gm ON gm.group_id = g.id
				JOIN person_schools ps ON ps.person_id = gm.person_id WHERE g.leergang_id = l.id AND ps.school_id IN (?))`, bun.In(a.SchoolIDs))
		}
		if org, ok := a.bestuurOrg(); ok {
			q = q.WhereOr("l.client_organisation_id = ?", org)
		}
		return q
	})
}

// ScopeSessions limits a query over sessions (alias se). Opleiders see the
// sessions of the leergangen they teach and those they give; everyone else
// sees only published sessions that concern them.
func (a *Actor) ScopeSessions(q *bun.SelectQuery) *bun.SelectQuery {
	if a == nil {
		return q.Where(never)
	}
	if a.Has(RoleBeheerder) {
		return q
	}
	return q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
		if a.Has(RoleOpleider) {
			q = q.WhereOr("EXISTS (SELECT 1 FROM leergang_opleiders lo WHERE lo.leergang_id = se.leergang_id AND lo.person_id = ?)", a.PersonID).
				WhereOr("EXISTS (SELECT 1 FROM session_opleiders so WHERE so.session_id = se.id AND so.person_id = ?)", a.PersonID)
		}
		return q.WhereOr("se.published AND ("+a.publishedSessionConcerns()+")", a.publishedSessionArgs()...)
	})
}

// publishedSessionConcerns is the SQL condition under which a published session
// concerns the actor; publishedSessionArgs are its arguments in order.
func (a *Actor) publishedSessionConcerns() string {
	cond := `se.praktijk_person_id = ? OR EXISTS (SELECT 1 FROM session_groups sg JOIN group_members gm ON gm.group_id = sg.group_id
			WHERE sg.session_id = se.id AND gm.person_id = ?)
		OR EXISTS (SELECT 1 FROM stuurgroep_members sm WHERE sm.leergang_id = se.leergang_id AND sm.person_id = ?)`
	if a.Has(RoleDirectie) && len(a.SchoolIDs) > 0 {
		cond += ` OR EXISTS (SELECT 1 FROM session_groups sg JOIN group_members gm ON gm.group_id = sg.group_id
			JOIN person_schools ps ON ps.person_id = gm.person_id WHERE sg.session_id = se.id AND ps.school_id IN (?))`
	}
	if _, ok := a.bestuurOrg(); ok {
		cond += ` OR EXISTS (SELECT 1 FROM leergangen l2 WHERE l2.id = se.leergang_id AND l2.client_organisation_id = ?)`
	}
	return cond
}

func (a *Actor) publishedSessionArgs() []any {
	args := []any{a.PersonID, a.PersonID, a.PersonID}
	if a.Has(RoleDirectie) && len(a.SchoolIDs) > 0 {
		args = append(args, bun.In(a.SchoolIDs))
	}
	if org, ok := a.bestuurOrg(); ok {
		args = append(args, org)
	}
	return args
}

// RequireCreateLeergang: beheerders and opleiders set up leergangen.
func (a *Actor) RequireCreateLeergang() error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if !a.Has(RoleBeheerder) && !a.Has(RoleOpleider) {
		return &ForbiddenError{Message: "Alleen een beheerder of opleider kan leergangen aanmaken."}
	}
	return nil
}

// CanManageLeergang: a beheerder, or an opleider who teaches the leergang.
func (a *Actor) CanManageLeergang(ctx context.Context, idb bun.IDB, leergangID uuid.UUID) (bool, error) {
	if a.Has(RoleBeheerder) {
		return true, nil
	}
	if !a.Has(RoleOpleider) {
		return false, nil
	}
	return idb.NewSelect().Table("leergang_opleiders").
		Where("leergang_id = ? AND person_id = ?", leergangID, a.PersonID).Exists(ctx)
}

// canManageLeergangExpr is CanManageLeergang as an SQL condition on the
// leergang id in column col, for reads that answer it per row in the same
// statement instead of a loader round trip.
func (a *Actor) canManageLeergangExpr(col string) (string, []any) {
	switch {
	case a.Has(RoleBeheerder):
		return "true", nil
	case !a.Has(RoleOpleider):
		return "false", nil
	}
	return "EXISTS (SELECT 1 FROM leergang_opleiders lo WHERE lo.leergang_id = " + col + " AND lo.person_id = ?)", []any{a.PersonID}
}

// RequireManageLeergang refuses anyone who may not plan or change the leergang.
func (a *Actor) RequireManageLeergang(ctx context.Context, idb bun.IDB, leergangID uuid.UUID) error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	ok, err := a.CanManageLeergang(ctx, idb, leergangID)
	if err != nil {
		return err
	}
	if !ok {
		return &ForbiddenError{Message: "Je kunt deze leergang niet wijzigen: je bent er geen opleider van."}
	}
	return nil
}

// ManagedLeergangen returns which of the given leergangen the actor may manage,
// in one statement, for canManage fields on lists.
func (a *Actor) ManagedLeergangen(ctx context.Context, idb bun.IDB, ids []uuid.UUID) (map[uuid.UUID]bool, error) {
	out := make(map[uuid.UUID]bool, len(ids))
	if a.Has(RoleBeheerder) {
		for _, id := range ids {
			out[id] = true
		}
		return out, nil
	}
	if !a.Has(RoleOpleider) || len(ids) == 0 {
		return out, nil
	}
	var rows []uuid.UUID
	if err := idb.NewSelect().Table("leergang_opleiders").Column("leergang_id").
		Where("person_id = ? AND leergang_id IN (?)", a.PersonID, bun.In(ids)).Scan(ctx, &rows); err != nil {
		return nil, err
	}
	for _, id := range rows {
		out[id] = true
	}
	return out, nil
}

// RequireSeeAttendanceStats guards the opkomst per bijeenkomst of a leergang
// (counts per status, no names): whoever may manage it (beheerder, its
// opleiders), its stuurgroep and the bestuur of its client organisation.
// Deelnemers and directies follow people, not the programme, so they are
// refused, unless they sit in its stuurgroep. l must be visible to the actor
// already (GetLeergang); at most one statement.
func (a *Actor) RequireSeeAttendanceStats(ctx context.Context, idb bun.IDB, l *Leergang) error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if a.Has(RoleBeheerder) {
		return nil
	}
	if org, ok := a.bestuurOrg(); ok && org == l.ClientOrganisationID {
		return nil
	}
	// An opleider of the leergang manages it (CanManageLeergang); anyone may sit in its stuurgroep.
	var ok bool
	err := idb.NewRaw(`SELECT (?2 AND EXISTS (SELECT 1 FROM leergang_opleiders lo WHERE lo.leergang_id = ?0 AND lo.person_id = ?1))
		OR EXISTS (SELECT 1 FROM stuurgroep_members sm WHERE sm.leergang_id = ?0 AND sm.person_id = ?1)`,
		l.ID, a.PersonID, a.Has(RoleOpleider)).Scan(ctx, &ok)
	if err != nil {
		return err
	}
	if !ok {
		return &ForbiddenError{Message: "De opkomst van deze leergang is alleen te zien voor de opleiders, de stuurgroep en het bestuur van de opdrachtgever."}
	}
	return nil
}
