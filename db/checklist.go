package db

import (
	"context"
	"database/sql"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// A starter's onboarding checklist: a copy of their organisation's template
// at the time it was made (template_version), so template changes reach it
// only when the starter or their directie takes them in.

type ChecklistItemStatus string

const (
	ItemOpen              ChecklistItemStatus = "open"
	ItemGedaan            ChecklistItemStatus = "gedaan"
	ItemNietVanToepassing ChecklistItemStatus = "niet_van_toepassing"
)

func (s ChecklistItemStatus) Valid() bool {
	return oneOf(s, ItemOpen, ItemGedaan, ItemNietVanToepassing)
}

type Checklist struct {
	bun.BaseModel `bun:"table:checklists,alias:c"`

	ID              uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	StarterID       uuid.UUID  `bun:"type:uuid,notnull"`
	TemplateID      *uuid.UUID `bun:"type:uuid"`
	TemplateVersion int        `bun:",notnull"`
	CreatedAt       time.Time  `bun:",nullzero,notnull,default:current_timestamp"`
	UpdatedAt       time.Time  `bun:",nullzero,notnull,default:current_timestamp"`

	// The starter as the checklist pages show them, read with the checklist:
	// a maatje may see their starter's checklist without seeing them in
	// the people list.
	StarterName  string     `bun:",scanonly"`
	StarterEmail string     `bun:",scanonly"`
	SchoolNames  []string   `bun:",array,scanonly"`
	IBStartDate  *time.Time `bun:"ib_start_date,scanonly"`
	// The template the starter's organisation uses now, to tell whether this
	// list is behind it.
	CurrentTemplateID      *uuid.UUID `bun:"type:uuid,scanonly"`
	CurrentTemplateVersion int        `bun:",scanonly"`

	// Prefetched holds what a list loaded for all its checklists at once, so
	// the fields of a checklist nested in a list element cost no query each.
	Prefetched *ChecklistPrefetch `bun:"-"`
}

// ChecklistPrefetch is a checklist's items, what its template changed since,
// and the viewer's rights on it.
type ChecklistPrefetch struct {
	Items   []*ChecklistItem
	Changes []*TemplateChange
	Rights  ChecklistRights
}

// Behind reports whether the template changed since the list was made or last updated.
func (c *Checklist) Behind() bool {
	if c.CurrentTemplateID == nil {
		return false
	}
	return c.TemplateID == nil || *c.TemplateID != *c.CurrentTemplateID || c.CurrentTemplateVersion > c.TemplateVersion
}

type ChecklistItem struct {
	bun.BaseModel `bun:"table:checklist_items,alias:ci"`

	ID             uuid.UUID           `bun:",pk,type:uuid,default:gen_random_uuid()"`
	ChecklistID    uuid.UUID           `bun:"type:uuid,notnull"`
	TemplateItemID *uuid.UUID          `bun:"type:uuid"`
	PartTitle      string              `bun:",notnull"`
	PartPosition   int                 `bun:",notnull"`
	Position       int                 `bun:",notnull"`
	Text           string              `bun:",notnull"`
	LinkURL        string              `bun:"link_url,notnull"`
	DocumentID     *uuid.UUID          `bun:"type:uuid"`
	Status         ChecklistItemStatus `bun:",notnull"`
	DoneOn         *time.Time          `bun:"type:date"`
	DoneBy         *uuid.UUID          `bun:"type:uuid"`
	Note           string              `bun:",notnull"`
	UpdatedAt      time.Time           `bun:",nullzero,notnull,default:current_timestamp"`

	DoneByName *string `bun:",scanonly"`
	// The linked document, read with the item: it is part of what the item says.
	DocumentTitle *string `bun:",scanonly"`
	DocumentURL   *string `bun:"document_url,scanonly"`
}

// InTemplate is false for an item the template no longer has.
func (it *ChecklistItem) InTemplate() bool { return it.TemplateItemID != nil }

// selectChecklists selects checklists with their starter and current template
// in one statement.
func selectChecklists(idb bun.IDB, model any) *bun.SelectQuery {
	return idb.NewSelect().Model(model).
		ColumnExpr("c.*, p.name AS starter_name, p.email AS starter_email, p.ib_start_date").
		ColumnExpr(`ARRAY(SELECT s.name FROM person_schools ps JOIN schools s ON s.id = ps.school_id
			WHERE ps.person_id = p.id ORDER BY s.name) AS school_names`).
		ColumnExpr("cur.id AS current_template_id, cur.version AS current_template_version").
		Join("JOIN people AS p ON p.id = c.starter_id").
		Join(`LEFT JOIN LATERAL (SELECT ct.id, ct.version FROM checklist_templates ct
			WHERE ct.organisation_id IS NULL OR ct.organisation_id = ` + starterOrgExpr("p.id") + `
			ORDER BY ct.organisation_id NULLS LAST LIMIT 1) AS cur ON true`)
}

// ChecklistsByID loads the visible checklists for the given ids.
func ChecklistsByID(ctx context.Context, idb bun.IDB, a *Actor, ids []uuid.UUID) (map[uuid.UUID]*Checklist, error) {
	var rows []*Checklist
	q := a.ScopeStarters(selectChecklists(idb, &rows).Where("c.id IN (?)", bun.In(ids)), "c.starter_id")
	if err := q.Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	out := make(map[uuid.UUID]*Checklist, len(rows))
	for _, c := range rows {
		out[c.ID] = c
	}
	return out, nil
}

// ChecklistOf loads the checklist of a starter the actor may see, or nil when
// the starter has none yet.
func ChecklistOf(ctx context.Context, idb bun.IDB, a *Actor, starterID uuid.UUID) (*Checklist, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	ok, err := a.canSeeStarter(ctx, idb, starterID)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, visibleOr(ctx, idb, sql.ErrNoRows, "people", starterID, "Starter", "Je mag de checklist van deze persoon niet zien.")
	}
	c := new(Checklist)
	err = selectChecklists(idb, c).Where("c.starter_id = ?", starterID).Scan(ctx)
	if isNoRows(err) {
		return nil, nil
	}
	return c, err
}

// ItemsByChecklist loads the items of the given checklists in one statement,
// in the order of their parts. The caller has scoped the checklists.
func ItemsByChecklist(ctx context.Context, idb bun.IDB, ids []uuid.UUID) (map[uuid.UUID][]*ChecklistItem, error) {
	var rows []*ChecklistItem
	err := idb.NewSelect().Model(&rows).ColumnExpr("ci.*, dp.name AS done_by_name, d.title AS document_title, "+documentURLExpr+" AS document_url").
		Join("LEFT JOIN people AS dp ON dp.id = ci.done_by").Join("LEFT JOIN documents AS d ON d.id = ci.document_id").
		Where("ci.checklist_id IN (?)", bun.In(ids)).
		OrderExpr("ci.checklist_id, ci.part_position, ci.part_title, ci.position, ci.id").Scan(ctx)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	out := make(map[uuid.UUID][]*ChecklistItem, len(ids))
	for _, it := range rows {
		out[it.ChecklistID] = append(out[it.ChecklistID], it)
	}
	return out, nil
}

// StarterRow is one line of the Starters page: a starter the actor may see,
// with their checklist when it has been started.
type StarterRow struct {
	PersonID    uuid.UUID  `bun:"type:uuid"`
	Name        string     `bun:"name"`
	Email       string     `bun:"email"`
	SchoolNames []string   `bun:",array"`
	IBStartDate *time.Time `bun:"ib_start_date"`
	ChecklistID *uuid.UUID `bun:"type:uuid"`
	MaatjeName  string     `bun:"maatje_name"`
	// The organisation whose template the checklist follows.
	StarterOrgID *uuid.UUID  `bun:"type:uuid"`
	SchoolIDs    []uuid.UUID `bun:"school_ids,array"`
}

// StarterFilter narrows the Starters page.
type StarterFilter struct {
	SchoolID *uuid.UUID
}

// maxStarters caps the Starters page; a board has a handful of starters a year.
const maxStarters = 500

// ListStarters lists the starters the actor may see (people in their first
// StarterPeriod years as IB'er, and anyone with a checklist), by name, in one
// statement.
func ListStarters(ctx context.Context, idb bun.IDB, a *Actor, f StarterFilter) ([]*StarterRow, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	rows := []*StarterRow{}
	q := idb.NewSelect().TableExpr("people AS p").
		ColumnExpr("p.id AS person_id, p.name, p.email, p.ib_start_date, c.id AS checklist_id").
		ColumnExpr(`ARRAY(SELECT s.name FROM person_schools ps JOIN schools s ON s.id = ps.school_id
			WHERE ps.person_id = p.id ORDER BY s.name) AS school_names`).
		ColumnExpr("ARRAY(SELECT ps.school_id FROM person_schools ps WHERE ps.person_id = p.id ORDER BY ps.school_id) AS school_ids").
		ColumnExpr(starterOrgExpr("p.id")+" AS starter_org_id").
		ColumnExpr(`COALESCE((SELECT m.name FROM mentor_pairings mp JOIN people m ON m.id = mp.maatje_id
			WHERE mp.starter_id = p.id AND mp.closed_at IS NULL LIMIT 1), '') AS maatje_name`).
		Join("LEFT JOIN checklists AS c ON c.starter_id = p.id").
		Where("p.disabled_at IS NULL").
		Where("(c.id IS NOT NULL OR (p.ib_start_date IS NOT NULL AND p.ib_start_date > current_date - make_interval(years => ?)))", StarterPeriod).
		OrderExpr("lower(p.name), p.id").Limit(maxStarters)
	if f.SchoolID != nil {
		q = q.Where("EXISTS (SELECT 1 FROM person_schools ps WHERE ps.person_id = p.id AND ps.school_id = ?)", *f.SchoolID)
	}
	err := a.ScopeStarters(q, "p.id").Scan(ctx, &rows)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	return rows, nil
}
