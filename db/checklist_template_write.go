package db

import (
	"context"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Changes to checklist templates. Every change raises the template's version
// (touchTemplate) so checklists made from it can show what changed; checklists
// themselves never change here.

const (
	maxTemplateParts = 30
	maxTemplateItems = 60 // per part
	maxItemText      = 500
)

// ChecklistItemInput is the text and link of a template item.
type ChecklistItemInput struct {
	Text       string
	LinkURL    string
	DocumentID *uuid.UUID
}

func (in *ChecklistItemInput) validate(ctx context.Context, idb bun.IDB, t *ChecklistTemplate) error {
	in.Text, in.LinkURL = strings.Join(strings.Fields(in.Text), " "), strings.TrimSpace(in.LinkURL)
	var v Validator
	requireText(&v, "text", in.Text, maxItemText)
	if in.LinkURL != "" && (!validURL(in.LinkURL) || len(in.LinkURL) > 2000) {
		v.Add("linkUrl", "invalid_url", "Vul een volledige link in, die begint met https://.")
	}
	if in.DocumentID != nil {
		if t.OrganisationID == nil {
			v.Add("documentId", "not_for_default", "Koppel in het standaardsjabloon een link; documenten horen bij een organisatie of school.")
		} else {
			ok, err := idb.NewSelect().TableExpr("documents AS d").Where("d.id = ?", *in.DocumentID).
				Where("d.organisation_id = ? OR d.school_id IN (SELECT id FROM schools WHERE organisation_id = ?)", *t.OrganisationID, *t.OrganisationID).
				Exists(ctx)
			if err != nil {
				return err
			}
			if !ok {
				v.Add("documentId", "unknown_document", "Kies een document van deze organisatie of een van haar scholen.")
			}
		}
	}
	return v.Err()
}

// editableTemplate loads a template the actor may change, locked for the change.
func editableTemplate(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*ChecklistTemplate, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	t := new(ChecklistTemplate)
	if err := idb.NewSelect().Model(t).Where("ct.id = ?", id).For("UPDATE").Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Sjabloon")
	}
	if err := a.RequireEditTemplate(t); err != nil {
		return nil, err
	}
	return t, nil
}

// touchTemplate raises the version after a change and returns the template.
func touchTemplate(ctx context.Context, idb bun.IDB, id uuid.UUID) (*ChecklistTemplate, error) {
	t := new(ChecklistTemplate)
	_, err := idb.NewUpdate().Model(t).Where("ct.id = ?", id).
		Set("version = version + 1").Set("updated_at = now()").Returning("*").Exec(ctx)
	return t, err
}

// templateOfPart and templateOfItem find the template to lock and check.
func templateOfPart(ctx context.Context, idb bun.IDB, a *Actor, partID uuid.UUID) (*ChecklistTemplate, *ChecklistTemplatePart, error) {
	p := new(ChecklistTemplatePart)
	if err := idb.NewSelect().Model(p).Where("ctp.id = ?", partID).Scan(ctx); err != nil {
		return nil, nil, notFoundOr(err, "Onderdeel")
	}
	t, err := editableTemplate(ctx, idb, a, p.TemplateID)
	return t, p, err
}

func templateOfItem(ctx context.Context, idb bun.IDB, a *Actor, itemID uuid.UUID) (*ChecklistTemplate, *ChecklistTemplateItem, error) {
	it := new(ChecklistTemplateItem)
	if err := idb.NewSelect().Model(it).Where("cti.id = ?", itemID).Scan(ctx); err != nil {
		return nil, nil, notFoundOr(err, "Onderdeel van de checklist")
	}
	var templateID uuid.UUID
	if err := idb.NewSelect().Table("checklist_template_parts").Column("template_id").Where("id = ?", it.PartID).Scan(ctx, &templateID); err != nil {
		return nil, nil, err
	}
	t, err := editableTemplate(ctx, idb, a, templateID)
	return t, it, err
}

// CreateOwnTemplate copies the academy's default into the organisation's own
// template, each part and item remembering where it came from.
func CreateOwnTemplate(ctx context.Context, idb bun.IDB, a *Actor, orgID uuid.UUID) (*ChecklistTemplate, error) {
	if err := a.RequireOwnTemplateFor(orgID); err != nil {
		return nil, err
	}
	var org Organisation
	if err := idb.NewSelect().Model(&org).Where("o.id = ?", orgID).Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Organisatie")
	}
	if org.Kind == OrganisationAcademie {
		return nil, Invalid("organisationId", "not_a_client", "Een eigen sjabloon is voor een bestuur of samenwerkingsverband.")
	}
	exists, err := idb.NewSelect().Table("checklist_templates").Where("organisation_id = ?", orgID).Exists(ctx)
	if err != nil {
		return nil, err
	}
	if exists {
		return nil, &ConflictError{Message: "Deze organisatie heeft al een eigen sjabloon."}
	}
	def := new(ChecklistTemplate)
	if err := idb.NewSelect().Model(def).Where("ct.organisation_id IS NULL").Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Standaardsjabloon")
	}
	t := &ChecklistTemplate{OrganisationID: &orgID, Name: def.Name + " – " + org.Name}
	if _, err := idb.NewInsert().Model(t).Returning("*").Exec(ctx); err != nil {
		return nil, uniqueAsInvalid(err, "checklist_templates_organisation_key", "organisationId", "template_exists", "Deze organisatie heeft al een eigen sjabloon.")
	}
	_, err = idb.NewRaw(`WITH parts AS (
			INSERT INTO checklist_template_parts (template_id, position, title)
			SELECT ?, position, title FROM checklist_template_parts WHERE template_id = ?
			RETURNING id, position)
		INSERT INTO checklist_template_items (part_id, position, text, link_url, copied_from_id)
		SELECT parts.id, i.position, i.text, i.link_url, i.id
		FROM checklist_template_items i
		JOIN checklist_template_parts dp ON dp.id = i.part_id AND dp.template_id = ?
		JOIN parts ON parts.position = dp.position`, t.ID, def.ID, def.ID).Exec(ctx)
	return t, err
}

// AddTemplatePart adds a part at the end of the template.
func AddTemplatePart(ctx context.Context, idb bun.IDB, a *Actor, templateID uuid.UUID, title string) (*ChecklistTemplate, error) {
	t, err := editableTemplate(ctx, idb, a, templateID)
	if err != nil {
		return nil, err
	}
	title = strings.TrimSpace(title)
	var v Validator
	requireText(&v, "title", title, 200)
	if err := v.Err(); err != nil {
		return nil, err
	}
	var n, next int
	if err := idb.NewRaw("SELECT count(*), COALESCE(max(position), 0) + 1 FROM checklist_template_parts WHERE template_id = ?", t.ID).Scan(ctx, &n, &next); err != nil {
		return nil, err
	}
	if n >= maxTemplateParts {
		return nil, &ConflictError{Message: "Dit sjabloon heeft al het maximale aantal onderdelen."}
	}
	p := &ChecklistTemplatePart{TemplateID: t.ID, Position: next, Title: title}
	if _, err := idb.NewInsert().Model(p).Exec(ctx); err != nil {
		return nil, err
	}
	return touchTemplate(ctx, idb, t.ID)
}

// RenameTemplatePart changes a part's title.
func RenameTemplatePart(ctx context.Context, idb bun.IDB, a *Actor, partID uuid.UUID, title string) (*ChecklistTemplate, error) {
	t, p, err := templateOfPart(ctx, idb, a, partID)
	if err != nil {
		return nil, err
	}
	title = strings.TrimSpace(title)
	var v Validator
	requireText(&v, "title", title, 200)
	if err := v.Err(); err != nil {
		return nil, err
	}
	if _, err := idb.NewUpdate().Table("checklist_template_parts").Set("title = ?", title).Where("id = ?", p.ID).Exec(ctx); err != nil {
		return nil, err
	}
	return touchTemplate(ctx, idb, t.ID)
}

// RemoveTemplatePart deletes a part with its items. Checklists keep their copies.
func RemoveTemplatePart(ctx context.Context, idb bun.IDB, a *Actor, partID uuid.UUID) (*ChecklistTemplate, error) {
	t, p, err := templateOfPart(ctx, idb, a, partID)
	if err != nil {
		return nil, err
	}
	if _, err := idb.NewDelete().Table("checklist_template_parts").Where("id = ?", p.ID).Exec(ctx); err != nil {
		return nil, err
	}
	return touchTemplate(ctx, idb, t.ID)
}

// MoveTemplatePart swaps a part with its neighbour; at either end it stays.
func MoveTemplatePart(ctx context.Context, idb bun.IDB, a *Actor, partID uuid.UUID, dir MoveDirection) (*ChecklistTemplate, error) {
	t, p, err := templateOfPart(ctx, idb, a, partID)
	if err != nil {
		return nil, err
	}
	if err := swapWithNeighbour(ctx, idb, "checklist_template_parts", "template_id", t.ID, p.ID, p.Position, dir); err != nil {
		return nil, err
	}
	return touchTemplate(ctx, idb, t.ID)
}

// AddTemplateItem adds an item at the end of a part.
func AddTemplateItem(ctx context.Context, idb bun.IDB, a *Actor, partID uuid.UUID, in ChecklistItemInput) (*ChecklistTemplate, error) {
	t, p, err := templateOfPart(ctx, idb, a, partID)
	if err != nil {
		return nil, err
	}
	if err := in.validate(ctx, idb, t); err != nil {
		return nil, err
	}
	var n, next int
	if err := idb.NewRaw("SELECT count(*), COALESCE(max(position), 0) + 1 FROM checklist_template_items WHERE part_id = ?", p.ID).Scan(ctx, &n, &next); err != nil {
		return nil, err
	}
	if n >= maxTemplateItems {
		return nil, &ConflictError{Message: "Dit onderdeel heeft al het maximale aantal punten."}
	}
	it := &ChecklistTemplateItem{PartID: p.ID, Position: next, Text: in.Text, LinkURL: in.LinkURL, DocumentID: in.DocumentID}
	if _, err := idb.NewInsert().Model(it).Exec(ctx); err != nil {
		return nil, err
	}
	return touchTemplate(ctx, idb, t.ID)
}

// UpdateTemplateItem rewords an item or changes its link.
func UpdateTemplateItem(ctx context.Context, idb bun.IDB, a *Actor, itemID uuid.UUID, in ChecklistItemInput) (*ChecklistTemplate, error) {
	t, it, err := templateOfItem(ctx, idb, a, itemID)
	if err != nil {
		return nil, err
	}
	if err := in.validate(ctx, idb, t); err != nil {
		return nil, err
	}
	if _, err := idb.NewUpdate().Table("checklist_template_items").Set("text = ?", in.Text).Set("link_url = ?", in.LinkURL).
		Set("document_id = ?", in.DocumentID).Set("updated_at = now()").Where("id = ?", it.ID).Exec(ctx); err != nil {
		return nil, err
	}
	return touchTemplate(ctx, idb, t.ID)
}

// RemoveTemplateItem deletes an item; checklists that have it keep it.
func RemoveTemplateItem(ctx context.Context, idb bun.IDB, a *Actor, itemID uuid.UUID) (*ChecklistTemplate, error) {
	t, it, err := templateOfItem(ctx, idb, a, itemID)
	if err != nil {
		return nil, err
	}
	if _, err := idb.NewDelete().Table("checklist_template_items").Where("id = ?", it.ID).Exec(ctx); err != nil {
		return nil, err
	}
	return touchTemplate(ctx, idb, t.ID)
}

// MoveTemplateItem swaps an item with its neighbour within its part.
func MoveTemplateItem(ctx context.Context, idb bun.IDB, a *Actor, itemID uuid.UUID, dir MoveDirection) (*ChecklistTemplate, error) {
	t, it, err := templateOfItem(ctx, idb, a, itemID)
	if err != nil {
		return nil, err
	}
	if err := swapWithNeighbour(ctx, idb, "checklist_template_items", "part_id", it.PartID, it.ID, it.Position, dir); err != nil {
		return nil, err
	}
	return touchTemplate(ctx, idb, t.ID)
}

// swapWithNeighbour exchanges the position of a row with the nearest row up or
// down within the same parent (so gaps in the positions do no harm); at either
// end it does nothing. The (parent, position) unique constraints are deferred,
// so the swap may pass through a duplicate. Checklist template parts and items
// and framework competencies and aspects (framework_items.go) move with it.
func swapWithNeighbour(ctx context.Context, idb bun.IDB, table, parentCol string, parentID, id uuid.UUID, pos int, dir MoveDirection) error {
	if !dir.Valid() {
		return Invalid("direction", "invalid", "Kies omhoog of omlaag.")
	}
	cmp, order := "<", "DESC"
	if dir == MoveDown {
		cmp, order = ">", "ASC"
	}
	var other struct {
		ID       uuid.UUID
		Position int
	}
	err := idb.NewSelect().Table(table).Column("id", "position").
		Where(parentCol+" = ?", parentID).Where("position "+cmp+" ?", pos).
		OrderExpr("position "+order).Limit(1).Scan(ctx, &other)
	if isNoRows(err) {
		return nil
	}
	if err != nil {
		return err
	}
	_, err = idb.NewUpdate().Table(table).
		Set("position = CASE WHEN id = ? THEN ?::int ELSE ?::int END", id, other.Position, pos).
		Where("id IN (?, ?)", id, other.ID).Exec(ctx)
	return err
}
