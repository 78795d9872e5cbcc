package db

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// The policy for scans, intake and leervragen. Like policy.go, every read is
// scoped in SQL here and every write asks a Require function here.
//
//   - A deelnemer fills in their own self-scan, writes their own intake,
//     leervragen and reflections, and sees every finished scan about them.
//   - An opleider who may manage the leergang (CanManageLeergang) manages its
//     scan moments, rates its deelnemers and sees their finished scans.
//   - The maatje of an open pairing rates and sees the starter's scans when the
//     moment asks the maatje; the directie of the deelnemer's school rates when
//     the moment asks the directie.
//   - A directie or bestuur sees the finished scans, intake and leervragen of
//     the staff ScopePeople shows them, never self-scan notes the deelnemer hid.
//   - A rater always sees their own scan, finished or not; nobody else sees a
//     concept.

// ScopeScans limits a query over scans (alias sc) to those the actor may see.
func (a *Actor) ScopeScans(q *bun.SelectQuery) *bun.SelectQuery {
	if a == nil {
		return q.Where(never)
	}
	if a.Has(RoleBeheerder) {
		return q
	}
	return q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
		q = q.WhereOr("sc.rater_id = ?", a.PersonID)
		return q.WhereOr("sc.status = 'afgerond' AND ("+a.scanReaderCond(q.DB(), true)+")", a.scanReaderArgs(q.DB(), true)...)
	})
}

// ScanNotesVisibleExpr is the SQL expression (over scans sc) that says whether
// the actor may read the notes of a scan they can see; select it AS notes_visible.
func (a *Actor) ScanNotesVisibleExpr(idb bun.IDB) (string, []any) {
	if a == nil {
		return "FALSE", nil
	}
	if a.Has(RoleBeheerder) {
		return "TRUE", nil
	}
	return "(NOT (sc.rater_role = 'zelf' AND sc.notes_hidden_from_directie) OR sc.rater_id = ? OR " +
			a.scanReaderCond(idb, false) + ")",
		append([]any{a.PersonID}, a.scanReaderArgs(idb, false)...)
}

// scanReaderCond is the condition under which the actor reads the scans about
// sc.subject_id; withStaff adds the directie/bestuur path through ScopePeople.
func (a *Actor) scanReaderCond(idb bun.IDB, withStaff bool) string {
	cond := "sc.subject_id = ?"
	if a.Has(RoleOpleider) {
		cond += ` OR EXISTS (SELECT 1 FROM scan_moments om JOIN leergang_opleiders lo ON lo.leergang_id = om.leergang_id
			WHERE om.id = sc.moment_id AND lo.person_id = ?)`
	}
	cond += ` OR EXISTS (SELECT 1 FROM mentor_pairings mp WHERE mp.starter_id = sc.subject_id AND mp.maatje_id = ? AND mp.closed_at IS NULL)`
	if withStaff && (a.Has(RoleDirectie) || a.Has(RoleBestuur)) {
		cond += " OR EXISTS (?)"
	}
	return cond
}

func (a *Actor) scanReaderArgs(idb bun.IDB, withStaff bool) []any {
	args := []any{a.PersonID}
	if a.Has(RoleOpleider) {
		args = append(args, a.PersonID)
	}
	args = append(args, a.PersonID)
	if withStaff && (a.Has(RoleDirectie) || a.Has(RoleBestuur)) {
		args = append(args, a.ScopePeople(idb.NewSelect().TableExpr("people AS p").ColumnExpr("1").Where("p.id = sc.subject_id")))
	}
	return args
}

// isDeelnemerOf reports whether the person is a group member of the leergang.
func isDeelnemerOf(ctx context.Context, idb bun.IDB, leergangID, personID uuid.UUID) (bool, error) {
	return idb.NewSelect().TableExpr("group_members AS gm").Join("JOIN leergang_groups AS g ON g.id = gm.group_id").
		Where("g.leergang_id = ? AND gm.person_id = ?", leergangID, personID).Exists(ctx)
}

// isMaatjeOf reports whether the actor is the maatje of an open pairing with the starter.
func (a *Actor) isMaatjeOf(ctx context.Context, idb bun.IDB, starterID uuid.UUID) (bool, error) {
	if a == nil {
		return false, nil
	}
	return idb.NewSelect().Table("mentor_pairings").
		Where("starter_id = ? AND maatje_id = ? AND closed_at IS NULL", starterID, a.PersonID).Exists(ctx)
}

// isDirectieOf reports whether the actor leads a school the person works at.
func (a *Actor) isDirectieOf(ctx context.Context, idb bun.IDB, personID uuid.UUID) (bool, error) {
	if !a.Has(RoleDirectie) || len(a.SchoolIDs) == 0 {
		return false, nil
	}
	return idb.NewSelect().Table("person_schools").
		Where("person_id = ? AND school_id IN (?)", personID, bun.In(a.SchoolIDs)).Exists(ctx)
}

// requireDeelnemer refuses a subject who is not a deelnemer of the leergang.
func requireDeelnemer(ctx context.Context, idb bun.IDB, leergangID, personID uuid.UUID) error {
	ok, err := isDeelnemerOf(ctx, idb, leergangID, personID)
	if err != nil {
		return err
	}
	if !ok {
		return &NotFoundError{What: "Deelnemer van deze leergang"}
	}
	return nil
}

// RequireSeeGrowth refuses anyone who may not follow this deelnemer's scans,
// intake and leervragen in the leergang.
func (a *Actor) RequireSeeGrowth(ctx context.Context, idb bun.IDB, leergangID, subjectID uuid.UUID) error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if err := requireDeelnemer(ctx, idb, leergangID, subjectID); err != nil {
		return err
	}
	if subjectID == a.PersonID || a.Has(RoleBeheerder) {
		return nil
	}
	checks := []func() (bool, error){
		func() (bool, error) { return a.CanManageLeergang(ctx, idb, leergangID) },
		func() (bool, error) { return a.isMaatjeOf(ctx, idb, subjectID) },
		func() (bool, error) {
			if !a.Has(RoleDirectie) && !a.Has(RoleBestuur) {
				return false, nil
			}
			return a.ScopePeople(idb.NewSelect().TableExpr("people AS p").Where("p.id = ?", subjectID)).Exists(ctx)
		},
	}
	for _, check := range checks {
		ok, err := check()
		if err != nil || ok {
			return err
		}
	}
	return &ForbiddenError{Message: "Je kunt de groei van deze deelnemer niet inzien."}
}

// scanCapacity is how the actor stands towards one deelnemer of a leergang.
type scanCapacity struct{ self, opleider, maatje, directie bool }

// scanCapacities works out, in at most three statements, in which capacities
// the actor may rate the subject in the leergang.
func (a *Actor) scanCapacities(ctx context.Context, idb bun.IDB, leergangID, subjectID uuid.UUID) (scanCapacity, error) {
	var c scanCapacity
	if a == nil {
		return c, nil
	}
	if subjectID == a.PersonID {
		c.self = true
		return c, nil
	}
	var err error
	if c.opleider, err = a.CanManageLeergang(ctx, idb, leergangID); err != nil || c.opleider {
		return c, err
	}
	if c.maatje, err = a.isMaatjeOf(ctx, idb, subjectID); err != nil {
		return c, err
	}
	c.directie, err = a.isDirectieOf(ctx, idb, subjectID)
	return c, err
}

// roleAt is the capacity in which the actor rates at the moment, or "" when
// they are not asked: the moment says whether maatje and directie are.
func (c scanCapacity) roleAt(m *ScanMoment) RaterRole {
	switch {
	case c.self:
		return RaterZelf
	case c.opleider:
		return RaterOpleider
	case c.maatje && m.AskMaatje:
		return RaterMaatje
	case c.directie && m.AskDirectie:
		return RaterDirectie
	}
	return ""
}

// ScanRoleFor decides in which capacity the actor rates the subject at the
// moment: themselves (zelf), as opleider, as maatje or as directie.
func (a *Actor) ScanRoleFor(ctx context.Context, idb bun.IDB, m *ScanMoment, subjectID uuid.UUID) (RaterRole, error) {
	if err := a.requireSignedIn(); err != nil {
		return "", err
	}
	if err := requireDeelnemer(ctx, idb, m.LeergangID, subjectID); err != nil {
		return "", err
	}
	c, err := a.scanCapacities(ctx, idb, m.LeergangID, subjectID)
	if err != nil {
		return "", err
	}
	if role := c.roleAt(m); role != "" {
		return role, nil
	}
	return "", &ForbiddenError{Message: "Je kunt deze deelnemer op dit scanmoment niet beoordelen."}
}

// RequireOwnIntake: only the deelnemer writes their intake, leervragen and reflections.
func (a *Actor) RequireOwnIntake(ctx context.Context, idb bun.IDB, leergangID uuid.UUID) error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	ok, err := isDeelnemerOf(ctx, idb, leergangID, a.PersonID)
	if err != nil {
		return err
	}
	if !ok {
		return &ForbiddenError{Message: "Alleen deelnemers van deze leergang schrijven hier hun intake en leervragen."}
	}
	return nil
}

// RequireDirectieExpectations: the directie of a school the deelnemer works at
// adds what the school expects from the leergang.
func (a *Actor) RequireDirectieExpectations(ctx context.Context, idb bun.IDB, leergangID, subjectID uuid.UUID) error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if err := requireDeelnemer(ctx, idb, leergangID, subjectID); err != nil {
		return err
	}
	ok, err := a.isDirectieOf(ctx, idb, subjectID)
	if err != nil {
		return err
	}
	if !ok {
		return &ForbiddenError{Message: "Alleen de directie van de school van deze deelnemer vult de verwachtingen van de school in."}
	}
	return nil
}
