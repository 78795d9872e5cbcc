package db

import (
	"context"
	"slices"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// The policy for onboarding checklists, their templates and documents. Like
// policy.go, every read is scoped in SQL here and every write asks a
// Require/Can function here.
//
//   - A starter sees and ticks their own checklist.
//   - A maatje sees and ticks the checklists of the starters of their open
//     pairings, and no one else's.
//   - A directie sees and ticks the checklists of their own school's starters.
//   - A bestuur user sees the checklists of their organisation's starters and
//     edits their organisation's own template and documents.
//   - A beheerder sees every checklist and edits every template (also the
//     academy's default); an opleider who is not a beheerder sees nothing.
//   - Whoever sees a document may download its uploaded file (ScopeFiles).

// starterOrgExpr is the organisation whose template a starter's checklist
// follows: that of their (alphabetically first) school, else their employer.
// personCol names the starter's id column.
func starterOrgExpr(personCol string) string {
	return `COALESCE((SELECT so.organisation_id FROM person_schools sps JOIN schools so ON so.id = sps.school_id
		WHERE sps.person_id = ` + personCol + ` ORDER BY so.name, so.id LIMIT 1),
		(SELECT sp.organisation_id FROM people sp WHERE sp.id = ` + personCol + `))`
}

// ScopeStarters limits a query to the starters whose checklist the actor may
// see; personCol names the starter's id column (e.g. "p.id" or "c.starter_id").
func (a *Actor) ScopeStarters(q *bun.SelectQuery, personCol string) *bun.SelectQuery {
	if a == nil {
		return q.Where(never)
	}
	if a.Has(RoleBeheerder) {
		return q
	}
	return q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
		q = q.WhereOr(personCol+" = ?", a.PersonID)
		q = q.WhereOr(`EXISTS (SELECT 1 FROM mentor_pairings smp WHERE smp.starter_id = `+personCol+`
			AND smp.maatje_id = ? AND smp.closed_at IS NULL)`, a.PersonID)
		if a.Has(RoleDirectie) && len(a.SchoolIDs) > 0 {
			q = q.WhereOr("EXISTS (SELECT 1 FROM person_schools sps WHERE sps.person_id = "+personCol+" AND sps.school_id IN (?))", bun.In(a.SchoolIDs))
		}
		if org, ok := a.bestuurOrg(); ok {
			q = q.WhereOr("EXISTS (SELECT 1 FROM people sp WHERE sp.id = "+personCol+" AND sp.organisation_id = ?)", org).
				WhereOr(`EXISTS (SELECT 1 FROM person_schools sps JOIN schools so ON so.id = sps.school_id
					WHERE sps.person_id = `+personCol+` AND so.organisation_id = ?)`, org)
		}
		return q
	})
}

// ScopeChecklistTemplates limits a query over checklist_templates (alias ct):
// a beheerder sees them all; a bestuur user or directie the academy's default
// and the template of their own organisation.
func (a *Actor) ScopeChecklistTemplates(q *bun.SelectQuery) *bun.SelectQuery {
	if a == nil {
		return q.Where(never)
	}
	if a.Has(RoleBeheerder) {
		return q
	}
	return q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
		q = q.WhereOr(never)
		if org, ok := a.bestuurOrg(); ok {
			q = q.WhereOr("ct.organisation_id IS NULL").WhereOr("ct.organisation_id = ?", org)
		}
		if a.Has(RoleDirectie) && len(a.SchoolIDs) > 0 {
			q = q.WhereOr("ct.organisation_id IS NULL").
				WhereOr("ct.organisation_id IN (SELECT organisation_id FROM schools WHERE id IN (?))", bun.In(a.SchoolIDs))
		}
		return q
	})
}

// ScopeDocuments limits a query over documents (alias d): the documents of
// the actor's own organisation and of the organisations of their schools, the
// documents of their own schools, and for a bestuur user those of every
// school of their organisation. A school's documents stay within the school.
func (a *Actor) ScopeDocuments(q *bun.SelectQuery) *bun.SelectQuery {
	if a == nil {
		return q.Where(never)
	}
	if a.Has(RoleBeheerder) {
		return q
	}
	return q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
		q = q.WhereOr(never)
		if a.OrganisationID != nil {
			q = q.WhereOr("d.organisation_id = ?", *a.OrganisationID)
		}
		if len(a.SchoolIDs) > 0 {
			q = q.WhereOr("d.school_id IN (?)", bun.In(a.SchoolIDs)).
				WhereOr("d.organisation_id IN (SELECT organisation_id FROM schools WHERE id IN (?))", bun.In(a.SchoolIDs))
		}
		if org, ok := a.bestuurOrg(); ok {
			q = q.WhereOr("d.school_id IN (SELECT id FROM schools WHERE organisation_id = ?)", org)
		}
		return q
	})
}

// documentFileVisible adds to a query over files (alias f), as an OR, the
// files of the documents the actor may see: who may see a document may
// download its file, by exactly the rules of ScopeDocuments.
func (a *Actor) documentFileVisible(q *bun.SelectQuery) *bun.SelectQuery {
	docs := bun.NewSelectQuery(q.DB()).TableExpr("documents AS d").ColumnExpr("1").Where("d.file_id = f.id")
	return q.WhereOr("EXISTS (?)", a.ScopeDocuments(docs))
}

// canSeeStarter reports whether the starter is within ScopeStarters.
func (a *Actor) canSeeStarter(ctx context.Context, idb bun.IDB, starterID uuid.UUID) (bool, error) {
	q := idb.NewSelect().TableExpr("people AS p").Where("p.id = ?", starterID)
	return a.ScopeStarters(q, "p.id").Exists(ctx)
}

// starterRelation tells how the actor stands to a starter, for the write rules.
type starterRelation struct{ self, maatje, directie, bestuur bool }

// relationsTo finds the actor's relation to many starters in one statement.
func (a *Actor) relationsTo(ctx context.Context, idb bun.IDB, starterIDs []uuid.UUID) (map[uuid.UUID]starterRelation, error) {
	out := make(map[uuid.UUID]starterRelation, len(starterIDs))
	if a == nil || len(starterIDs) == 0 {
		return out, nil
	}
	schools := a.SchoolIDs
	if !a.Has(RoleDirectie) || len(schools) == 0 {
		schools = []uuid.UUID{uuid.Nil}
	}
	org, isBestuur := a.bestuurOrg()
	var rows []struct {
		ID       uuid.UUID
		Maatje   bool
		Directie bool
		Bestuur  bool
	}
	err := idb.NewRaw(`SELECT p.id,
			EXISTS (SELECT 1 FROM mentor_pairings mp WHERE mp.starter_id = p.id AND mp.maatje_id = ? AND mp.closed_at IS NULL) AS maatje,
			EXISTS (SELECT 1 FROM person_schools ps WHERE ps.person_id = p.id AND ps.school_id IN (?)) AS directie,
			COALESCE(`+starterOrgExpr("p.id")+` = ?, false) AS bestuur
		FROM people p WHERE p.id IN (?)`, a.PersonID, bun.In(schools), org, bun.In(starterIDs)).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		out[r.ID] = starterRelation{self: r.ID == a.PersonID, maatje: r.Maatje, directie: r.Directie, bestuur: r.Bestuur && isBestuur}
	}
	return out, nil
}

func (a *Actor) relationTo(ctx context.Context, idb bun.IDB, starterID uuid.UUID) (starterRelation, error) {
	rels, err := a.relationsTo(ctx, idb, []uuid.UUID{starterID})
	return rels[starterID], err
}

// RequireTickChecklist: the starter, their maatje or their directie ticks items.
func (a *Actor) RequireTickChecklist(ctx context.Context, idb bun.IDB, starterID uuid.UUID) error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	rel, err := a.relationTo(ctx, idb, starterID)
	if err != nil {
		return err
	}
	if !rel.self && !rel.maatje && !rel.directie {
		return &ForbiddenError{Message: "Alleen de starter, hun maatje of hun directie vinkt deze checklist af."}
	}
	return nil
}

// RequireTakeInTemplateChanges: the starter or their directie decides to take
// in what changed in the template.
func (a *Actor) RequireTakeInTemplateChanges(ctx context.Context, idb bun.IDB, starterID uuid.UUID) error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	rel, err := a.relationTo(ctx, idb, starterID)
	if err != nil {
		return err
	}
	if !rel.self && !rel.directie {
		return &ForbiddenError{Message: "Alleen de starter of hun directie neemt de wijzigingen van het sjabloon over."}
	}
	return nil
}

// RequireStartChecklist: a beheerder, the bestuur of the starter's
// organisation or their directie starts a checklist; a starter starts their own.
func (a *Actor) RequireStartChecklist(ctx context.Context, idb bun.IDB, starter *Person, isStarter bool) error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if a.Has(RoleBeheerder) {
		return nil
	}
	rel, err := a.relationTo(ctx, idb, starter.ID)
	if err != nil {
		return err
	}
	if rel.directie || rel.bestuur || (rel.self && isStarter) {
		return nil
	}
	return &ForbiddenError{Message: "Je mag voor deze persoon geen checklist starten."}
}

// CanEditTemplate: a beheerder edits every template, a bestuur user only the
// own template of their organisation.
func (a *Actor) CanEditTemplate(t *ChecklistTemplate) bool {
	if a.Has(RoleBeheerder) {
		return true
	}
	org, ok := a.bestuurOrg()
	return ok && t.OrganisationID != nil && *t.OrganisationID == org
}

// RequireEditTemplate refuses anyone who may not change the template.
func (a *Actor) RequireEditTemplate(t *ChecklistTemplate) error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if !a.CanEditTemplate(t) {
		return &ForbiddenError{Message: "Je mag dit sjabloon niet wijzigen."}
	}
	return nil
}

// RequireOwnTemplateFor: a beheerder, or the bestuur user of the organisation,
// makes an organisation's own template.
func (a *Actor) RequireOwnTemplateFor(orgID uuid.UUID) error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if org, ok := a.bestuurOrg(); a.Has(RoleBeheerder) || (ok && org == orgID) {
		return nil
	}
	return &ForbiddenError{Message: "Alleen het bestuur van deze organisatie maakt een eigen sjabloon."}
}

// CanManageDocument: organisation documents are managed by a beheerder and
// the organisation's bestuur; school documents also by the school's directie.
func (a *Actor) CanManageDocument(orgID *uuid.UUID, schoolID *uuid.UUID, schoolOrg uuid.UUID) bool {
	if a.Has(RoleBeheerder) {
		return true
	}
	org, isBestuur := a.bestuurOrg()
	if orgID != nil {
		return isBestuur && org == *orgID
	}
	if schoolID != nil {
		if isBestuur && org == schoolOrg {
			return true
		}
		return a.Has(RoleDirectie) && slices.Contains(a.SchoolIDs, *schoolID)
	}
	return false
}

// RequireManageDocuments is the coarse check before the owner is known.
func (a *Actor) RequireManageDocuments() error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if _, ok := a.bestuurOrg(); !ok && !a.Has(RoleBeheerder) && !a.Has(RoleDirectie) {
		return &ForbiddenError{Message: "Je mag geen documenten beheren."}
	}
	return nil
}

// ChecklistRights is what the actor may do with one starter's checklist.
type ChecklistRights struct{ Tick, TakeIn bool }

// ChecklistRightsFor answers RequireTickChecklist and
// RequireTakeInTemplateChanges for many starters in one statement, for lists.
func (a *Actor) ChecklistRightsFor(ctx context.Context, idb bun.IDB, starterIDs []uuid.UUID) (map[uuid.UUID]ChecklistRights, error) {
	rels, err := a.relationsTo(ctx, idb, starterIDs)
	if err != nil {
		return nil, err
	}
	out := make(map[uuid.UUID]ChecklistRights, len(rels))
	for id, r := range rels {
		out[id] = ChecklistRights{Tick: r.self || r.maatje || r.directie, TakeIn: r.self || r.directie}
	}
	return out, nil
}

// CanStartChecklistFor tells the Starters page whether to offer "Checklist
// starten" (StartChecklist asks RequireStartChecklist again).
func (a *Actor) CanStartChecklistFor(row *StarterRow) bool {
	if row.ChecklistID != nil || a == nil {
		return false
	}
	if a.Has(RoleBeheerder) {
		return true
	}
	if org, ok := a.bestuurOrg(); ok && row.StarterOrgID != nil && *row.StarterOrgID == org {
		return true
	}
	if a.Has(RoleDirectie) {
		for _, s := range row.SchoolIDs {
			if slices.Contains(a.SchoolIDs, s) {
				return true
			}
		}
	}
	return false
}
