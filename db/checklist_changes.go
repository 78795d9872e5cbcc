package db

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// What changed in a starter's template since their checklist was made. A
// checklist item is "the same" as a template item when it was copied from it,
// or from the default item that the organisation's own template copied.

type TemplateChangeKind string

const (
	ChangeNew     TemplateChangeKind = "new"
	ChangeChanged TemplateChangeKind = "changed"
)

func (k TemplateChangeKind) Valid() bool { return oneOf(k, ChangeNew, ChangeChanged) }

// TemplateChange is one template item that is new or worded differently than
// in the checklist.
type TemplateChange struct {
	Kind         TemplateChangeKind
	PartTitle    string
	Text         string
	PreviousText string
	LinkURL      string
	DocumentID   *uuid.UUID
}

// currentTemplateItem is a template item with its part, as a checklist copies it.
type currentTemplateItem struct {
	ID           uuid.UUID  `bun:"type:uuid"`
	TemplateID   uuid.UUID  `bun:"type:uuid"`
	CopiedFromID *uuid.UUID `bun:"type:uuid"`
	PartTitle    string
	PartPosition int
	Position     int
	Text         string
	LinkURL      string `bun:"link_url"`
	DocumentID   *uuid.UUID
}

func templateItemsOf(ctx context.Context, idb bun.IDB, templateIDs []uuid.UUID) (map[uuid.UUID][]*currentTemplateItem, error) {
	out := map[uuid.UUID][]*currentTemplateItem{}
	if len(templateIDs) == 0 {
		return out, nil
	}
	var rows []*currentTemplateItem
	err := idb.NewSelect().TableExpr("checklist_template_items AS i").
		ColumnExpr("i.id, p.template_id, i.copied_from_id, p.title AS part_title, p.position AS part_position, i.position, i.text, i.link_url, i.document_id").
		Join("JOIN checklist_template_parts AS p ON p.id = i.part_id").
		Where("p.template_id IN (?)", bun.In(templateIDs)).
		OrderExpr("p.template_id, p.position, i.position").Scan(ctx, &rows)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	for _, r := range rows {
		out[r.TemplateID] = append(out[r.TemplateID], r)
	}
	return out, nil
}

// TemplateChanges computes, in one statement, what the current template of
// each checklist that is behind adds or words differently. items are the
// checklists' items (ItemsByChecklist).
func TemplateChanges(ctx context.Context, idb bun.IDB, lists []*Checklist, items map[uuid.UUID][]*ChecklistItem) (map[uuid.UUID][]*TemplateChange, error) {
	var templateIDs []uuid.UUID
	for _, c := range lists {
		if c.Behind() {
			templateIDs = append(templateIDs, *c.CurrentTemplateID)
		}
	}
	current, err := templateItemsOf(ctx, idb, templateIDs)
	if err != nil {
		return nil, err
	}
	out := map[uuid.UUID][]*TemplateChange{}
	for _, c := range lists {
		if !c.Behind() {
			continue
		}
		out[c.ID] = diffTemplate(current[*c.CurrentTemplateID], items[c.ID])
	}
	return out, nil
}

// diffTemplate lists the template's items the checklist lacks or words differently.
func diffTemplate(template []*currentTemplateItem, items []*ChecklistItem) []*TemplateChange {
	byTemplateItem := map[uuid.UUID]*ChecklistItem{}
	for _, it := range items {
		if it.TemplateItemID != nil {
			byTemplateItem[*it.TemplateItemID] = it
		}
	}
	changes := []*TemplateChange{}
	for _, ti := range template {
		match := byTemplateItem[ti.ID]
		if match == nil && ti.CopiedFromID != nil {
			match = byTemplateItem[*ti.CopiedFromID]
		}
		ch := &TemplateChange{PartTitle: ti.PartTitle, Text: ti.Text, LinkURL: ti.LinkURL, DocumentID: ti.DocumentID}
		switch {
		case match == nil:
			ch.Kind = ChangeNew
		case match.Text != ti.Text || match.LinkURL != ti.LinkURL || !sameID(match.DocumentID, ti.DocumentID):
			ch.Kind, ch.PreviousText = ChangeChanged, match.Text
		default:
			continue
		}
		changes = append(changes, ch)
	}
	return changes
}

// TakeInTemplateChanges brings a checklist up to its current template: new
// items are added (open), changed ones reworded; ticks, notes and items the
// template no longer has are kept.
func TakeInTemplateChanges(ctx context.Context, idb bun.IDB, a *Actor, checklistID uuid.UUID) (*Checklist, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	c := new(Checklist)
	if err := selectChecklists(idb, c).Where("c.id = ?", checklistID).For("UPDATE OF c").Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Checklist")
	}
	if err := a.RequireTakeInTemplateChanges(ctx, idb, c.StarterID); err != nil {
		return nil, err
	}
	if !c.Behind() {
		return c, nil
	}
	items, err := ItemsByChecklist(ctx, idb, []uuid.UUID{c.ID})
	if err != nil {
		return nil, err
	}
	current, err := templateItemsOf(ctx, idb, []uuid.UUID{*c.CurrentTemplateID})
	if err != nil {
		return nil, err
	}
	template := current[*c.CurrentTemplateID]
	// Every item that still matches follows the template's order and ids.
	for _, ti := range template {
		var match *ChecklistItem
		for _, it := range items[c.ID] {
			if it.TemplateItemID != nil && (*it.TemplateItemID == ti.ID || (ti.CopiedFromID != nil && *it.TemplateItemID == *ti.CopiedFromID)) {
				match = it
				break
			}
		}
		if match == nil {
			row := &ChecklistItem{ChecklistID: c.ID, TemplateItemID: &ti.ID, PartTitle: ti.PartTitle, PartPosition: ti.PartPosition,
				Position: ti.Position, Text: ti.Text, LinkURL: ti.LinkURL, DocumentID: ti.DocumentID, Status: ItemOpen}
			if _, err := idb.NewInsert().Model(row).Exec(ctx); err != nil {
				return nil, err
			}
			continue
		}
		if _, err := idb.NewUpdate().Model((*ChecklistItem)(nil)).Where("ci.id = ?", match.ID).
			Set("template_item_id = ?", ti.ID).Set("part_title = ?", ti.PartTitle).Set("part_position = ?", ti.PartPosition).
			Set("position = ?", ti.Position).Set("text = ?", ti.Text).Set("link_url = ?", ti.LinkURL).
			Set("document_id = ?", ti.DocumentID).Set("updated_at = now()").Exec(ctx); err != nil {
			return nil, err
		}
	}
	if _, err := idb.NewUpdate().Model((*Checklist)(nil)).Where("c.id = ?", c.ID).
		Set("template_id = ?", *c.CurrentTemplateID).Set("template_version = ?", c.CurrentTemplateVersion).
		Set("updated_at = now()").Exec(ctx); err != nil {
		return nil, err
	}
	return reloadChecklist(ctx, idb, a, c.ID)
}

func reloadChecklist(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*Checklist, error) {
	m, err := ChecklistsByID(ctx, idb, a, []uuid.UUID{id})
	if err != nil {
		return nil, err
	}
	if c := m[id]; c != nil {
		return c, nil
	}
	return nil, &NotFoundError{What: "Checklist"}
}
