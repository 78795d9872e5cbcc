package db

import (
	"context"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Onboarding checklist templates: the academy's default (organisation_id
// NULL, from the guide for starting IB'ers) and one per bestuur or
// samenwerkingsverband, copied from the default and adapted.

type ChecklistTemplate struct {
	bun.BaseModel `bun:"table:checklist_templates,alias:ct"`

	ID             uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID *uuid.UUID `bun:"type:uuid"`
	Name           string     `bun:",notnull"`
	// Version is raised by every change, so a checklist can tell it is behind.
	Version   int       `bun:",notnull,default:1"`
	CreatedAt time.Time `bun:",nullzero,notnull,default:current_timestamp"`
	UpdatedAt time.Time `bun:",nullzero,notnull,default:current_timestamp"`
}

type ChecklistTemplatePart struct {
	bun.BaseModel `bun:"table:checklist_template_parts,alias:ctp"`

	ID         uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	TemplateID uuid.UUID `bun:"type:uuid,notnull"`
	Position   int       `bun:",notnull"`
	Title      string    `bun:",notnull"`

	Items []*ChecklistTemplateItem `bun:"-"`
}

type ChecklistTemplateItem struct {
	bun.BaseModel `bun:"table:checklist_template_items,alias:cti"`

	ID           uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	PartID       uuid.UUID  `bun:"type:uuid,notnull"`
	Position     int        `bun:",notnull"`
	Text         string     `bun:",notnull"`
	LinkURL      string     `bun:"link_url,notnull"`
	DocumentID   *uuid.UUID `bun:"type:uuid"`
	CopiedFromID *uuid.UUID `bun:"type:uuid"`
	CreatedAt    time.Time  `bun:",nullzero,notnull,default:current_timestamp"`
	UpdatedAt    time.Time  `bun:",nullzero,notnull,default:current_timestamp"`

	// The linked document, read with the item: it is part of what the item says.
	DocumentTitle *string `bun:",scanonly"`
	DocumentURL   *string `bun:"document_url,scanonly"`
}

// IsDefault reports whether this is the academy's default template.
func (t *ChecklistTemplate) IsDefault() bool { return t.OrganisationID == nil }

// ListChecklistTemplates lists the templates the actor may see, the default first.
func ListChecklistTemplates(ctx context.Context, idb bun.IDB, a *Actor) ([]*ChecklistTemplate, error) {
	rows := []*ChecklistTemplate{}
	q := idb.NewSelect().Model(&rows).
		Join("LEFT JOIN organisations AS o ON o.id = ct.organisation_id").
		OrderExpr("ct.organisation_id IS NOT NULL, lower(o.name), ct.id")
	err := a.ScopeChecklistTemplates(q).Scan(ctx)
	return rows, err
}

// GetChecklistTemplate loads one visible template.
func GetChecklistTemplate(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*ChecklistTemplate, error) {
	t := new(ChecklistTemplate)
	err := a.ScopeChecklistTemplates(idb.NewSelect().Model(t).Where("ct.id = ?", id)).Scan(ctx)
	if err != nil {
		return nil, visibleOr(ctx, idb, err, "checklist_templates", id, "Sjabloon", "Je mag dit sjabloon niet zien.")
	}
	return t, nil
}

// TemplatePartsByTemplate loads the parts with their items of the given
// templates in two statements. The caller has already scoped the templates.
func TemplatePartsByTemplate(ctx context.Context, idb bun.IDB, ids []uuid.UUID) (map[uuid.UUID][]*ChecklistTemplatePart, error) {
	out := map[uuid.UUID][]*ChecklistTemplatePart{}
	if len(ids) == 0 {
		return out, nil
	}
	var parts []*ChecklistTemplatePart
	if err := idb.NewSelect().Model(&parts).Where("ctp.template_id IN (?)", bun.In(ids)).
		OrderExpr("ctp.template_id, ctp.position").Scan(ctx); err != nil {
		return nil, err
	}
	if len(parts) == 0 {
		return out, nil
	}
	byID := map[uuid.UUID]*ChecklistTemplatePart{}
	partIDs := make([]uuid.UUID, len(parts))
	for i, p := range parts {
		p.Items = []*ChecklistTemplateItem{}
		byID[p.ID], partIDs[i] = p, p.ID
		out[p.TemplateID] = append(out[p.TemplateID], p)
	}
	var items []*ChecklistTemplateItem
	if err := idb.NewSelect().Model(&items).ColumnExpr("cti.*, d.title AS document_title, "+documentURLExpr+" AS document_url").
		Join("LEFT JOIN documents AS d ON d.id = cti.document_id").Where("cti.part_id IN (?)", bun.In(partIDs)).
		OrderExpr("cti.part_id, cti.position").Scan(ctx); err != nil {
		return nil, err
	}
	for _, it := range items {
		byID[it.PartID].Items = append(byID[it.PartID].Items, it)
	}
	return out, nil
}

// templateForStarter is the template a starter's checklist follows: their
// organisation's own, else the academy's default.
func templateForStarter(ctx context.Context, idb bun.IDB, starterID uuid.UUID) (*ChecklistTemplate, error) {
	t := new(ChecklistTemplate)
	err := idb.NewSelect().Model(t).
		Where("ct.organisation_id IS NULL OR ct.organisation_id = "+starterOrgExpr("?0"), starterID).
		OrderExpr("ct.organisation_id NULLS LAST").Limit(1).Scan(ctx)
	return t, notFoundOr(err, "Sjabloon")
}
