package graph

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/graph/auth"
	"leergang/graph/model"
)

// Helpers of onboarding.resolvers.go, kept here because gqlgen removes
// non-resolver code from *.resolvers.go when it regenerates.

// checklistWrite runs a checklist mutation in one transaction.
func (r *Resolver) checklistWrite(ctx context.Context, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) (*db.Checklist, error)) (*model.ChecklistPayload, error) {
	return writePayload(ctx, r.DB, fn, func(c *db.Checklist) *model.ChecklistPayload { return &model.ChecklistPayload{Checklist: c} })
}

// templateWrite runs a template mutation in one transaction.
func (r *Resolver) templateWrite(ctx context.Context, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) (*db.ChecklistTemplate, error)) (*model.ChecklistTemplatePayload, error) {
	return writePayload(ctx, r.DB, fn, func(t *db.ChecklistTemplate) *model.ChecklistTemplatePayload {
		return &model.ChecklistTemplatePayload{Template: t}
	})
}

// documentWrite runs a document mutation in one transaction, then removes the
// bytes of a file it marked for deletion.
func (r *Resolver) documentWrite(ctx context.Context, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) (*db.Document, error)) (*model.DocumentPayload, error) {
	d, err := actorTx(ctx, r.DB, fn)
	if err != nil {
		return nil, err
	}
	r.Praktijk.purge(ctx) // a file the document replaced or gave up
	return &model.DocumentPayload{Document: d}, nil
}

func checklistIDs(objs []*db.Checklist) []uuid.UUID {
	ids := make([]uuid.UUID, len(objs))
	for i, c := range objs {
		ids[i] = c.ID
	}
	return ids
}

// prefetched reports whether a list already loaded what every checklist needs.
func prefetched(objs []*db.Checklist) bool {
	for _, c := range objs {
		if c.Prefetched == nil {
			return false
		}
	}
	return len(objs) > 0
}

// checklistItems loads the items of sibling checklists in one statement.
func (r *Resolver) checklistItems(ctx context.Context, objs []*db.Checklist) (map[uuid.UUID][]*db.ChecklistItem, error) {
	if prefetched(objs) {
		out := make(map[uuid.UUID][]*db.ChecklistItem, len(objs))
		for _, c := range objs {
			out[c.ID] = c.Prefetched.Items
		}
		return out, nil
	}
	return db.ItemsByChecklist(ctx, r.DB, checklistIDs(objs))
}

// rightsOf answers canTick and canTakeInChanges for sibling checklists in one statement.
func (r *Resolver) rightsOf(ctx context.Context, objs []*db.Checklist) (map[uuid.UUID]db.ChecklistRights, error) {
	if prefetched(objs) {
		out := make(map[uuid.UUID]db.ChecklistRights, len(objs))
		for _, c := range objs {
			out[c.StarterID] = c.Prefetched.Rights
		}
		return out, nil
	}
	starters := make([]uuid.UUID, len(objs))
	for i, c := range objs {
		starters[i] = c.StarterID
	}
	return auth.Actor(ctx).ChecklistRightsFor(ctx, r.DB, starters)
}

func (r *Resolver) checklistRights(ctx context.Context, objs []*db.Checklist, pick func(db.ChecklistRights) bool) ([]bool, error) {
	rights, err := r.rightsOf(ctx, objs)
	if err != nil {
		return nil, err
	}
	return mapEach(objs, func(_ int, c *db.Checklist) bool { return pick(rights[c.StarterID]) }), nil
}

// prefetchChecklists loads the items of, the template changes of and the
// viewer's rights on the checklists of a list's elements, three statements
// for the whole list: each
// checklist is a single object under its element, which gqlgen resolves one
// by one, so its own batch resolvers would each see only one checklist.
func (r *Resolver) prefetchChecklists(ctx context.Context, lists []*db.Checklist) error {
	if len(lists) == 0 {
		return nil
	}
	items, err := db.ItemsByChecklist(ctx, r.DB, checklistIDs(lists))
	if err != nil {
		return err
	}
	changes, err := db.TemplateChanges(ctx, r.DB, lists, items)
	if err != nil {
		return err
	}
	rights, err := r.rightsOf(ctx, lists)
	if err != nil {
		return err
	}
	for _, c := range lists {
		c.Prefetched = &db.ChecklistPrefetch{Items: items[c.ID], Changes: changes[c.ID], Rights: rights[c.StarterID]}
	}
	return nil
}

// templateChanges answers templateChanges for sibling checklists.
func (r *Resolver) templateChanges(ctx context.Context, objs []*db.Checklist) (map[uuid.UUID][]*db.TemplateChange, error) {
	if prefetched(objs) {
		out := make(map[uuid.UUID][]*db.TemplateChange, len(objs))
		for _, c := range objs {
			out[c.ID] = c.Prefetched.Changes
		}
		return out, nil
	}
	items, err := r.checklistItems(ctx, objs)
	if err != nil {
		return nil, err
	}
	return db.TemplateChanges(ctx, r.DB, objs, items)
}

// linkedDocument is the document an item links, read with the item.
func linkedDocument(id *uuid.UUID, title, url *string) *model.LinkedDocument {
	if id == nil || title == nil || url == nil {
		return nil
	}
	return &model.LinkedDocument{ID: *id, Title: *title, URL: *url}
}

func itemInput(text string, linkURL *string, documentID *uuid.UUID) db.ChecklistItemInput {
	return db.ChecklistItemInput{Text: text, LinkURL: deref(linkURL), DocumentID: documentID}
}

func documentInput(org, school *uuid.UUID, title string, description, url *string, fileID *uuid.UUID) db.DocumentInput {
	return db.DocumentInput{OrganisationID: org, SchoolID: school, Title: title, Description: deref(description), URL: deref(url), FileID: fileID}
}

// documentFile is a document's uploaded file, read with the document.
func documentFile(d *db.Document) *model.DocumentFile {
	if d.FileID == nil || d.FileName == nil {
		return nil
	}
	f := &model.DocumentFile{ID: *d.FileID, Name: *d.FileName}
	if d.FileSize != nil {
		f.Size = float64(*d.FileSize)
	}
	if d.FileContentType != nil {
		f.ContentType = *d.FileContentType
	}
	return f
}
