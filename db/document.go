package db

import (
	"context"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Documents a starter needs at hand (zorgbeleid, sociale kaart, jaarplanning,
// ...): a title and a link or an uploaded file (document_file.go), of an
// organisation or of one of its schools.

type Document struct {
	bun.BaseModel `bun:"table:documents,alias:d"`

	ID             uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID *uuid.UUID `bun:"type:uuid"`
	SchoolID       *uuid.UUID `bun:"type:uuid"`
	Title          string     `bun:",notnull"`
	Description    string     `bun:",notnull"`
	URL            string     `bun:"url,notnull"`
	FileID         *uuid.UUID `bun:"type:uuid"`
	CreatedBy      *uuid.UUID `bun:"type:uuid"`
	CreatedAt      time.Time  `bun:",nullzero,notnull,default:current_timestamp"`
	UpdatedAt      time.Time  `bun:",nullzero,notnull,default:current_timestamp"`

	// The organisation of the school, for a school's document; the
	// organisation itself for an organisation's document.
	OwnerOrganisationID uuid.UUID `bun:"type:uuid,scanonly"`
	OwnerName           string    `bun:",scanonly"`
	// The uploaded file, read with the document (nil for a link).
	FileName        *string `bun:",scanonly"`
	FileSize        *int64  `bun:",scanonly"`
	FileContentType *string `bun:",scanonly"`
}

// maxDocuments caps a document list; an organisation keeps a few dozen.
const maxDocuments = 300

func selectDocuments(idb bun.IDB, model any) *bun.SelectQuery {
	return idb.NewSelect().Model(model).
		ColumnExpr("d.*, COALESCE(d.organisation_id, s.organisation_id) AS owner_organisation_id").
		ColumnExpr("COALESCE(s.name, o.name) AS owner_name").
		ColumnExpr("df.name AS file_name, df.size AS file_size, df.content_type AS file_content_type").
		Join("LEFT JOIN files AS df ON df.id = d.file_id").
		Join("LEFT JOIN schools AS s ON s.id = d.school_id").
		Join("LEFT JOIN organisations AS o ON o.id = d.organisation_id")
}

// DocumentFilter narrows the document list: the documents of one
// organisation (with its schools') or of one school (with its organisation's).
type DocumentFilter struct {
	OrganisationID *uuid.UUID
	SchoolID       *uuid.UUID
}

// ListDocuments lists the visible documents, organisation ones first, by title.
func ListDocuments(ctx context.Context, idb bun.IDB, a *Actor, f DocumentFilter) ([]*Document, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	rows := []*Document{}
	q := selectDocuments(idb, &rows).OrderExpr("d.school_id IS NOT NULL, lower(COALESCE(s.name, '')), lower(d.title), d.id").Limit(maxDocuments)
	if f.OrganisationID != nil {
		q = q.Where("COALESCE(d.organisation_id, s.organisation_id) = ?", *f.OrganisationID)
	}
	if f.SchoolID != nil {
		q = q.Where("d.school_id = ? OR d.organisation_id = (SELECT organisation_id FROM schools WHERE id = ?)", *f.SchoolID, *f.SchoolID)
	}
	if err := a.ScopeDocuments(q).Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	return rows, nil
}

// DocumentsByID loads the visible documents for the given ids.
func DocumentsByID(ctx context.Context, idb bun.IDB, a *Actor, ids []uuid.UUID) (map[uuid.UUID]*Document, error) {
	var rows []*Document
	if err := a.ScopeDocuments(selectDocuments(idb, &rows).Where("d.id IN (?)", bun.In(ids))).Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	out := make(map[uuid.UUID]*Document, len(rows))
	for _, d := range rows {
		out[d.ID] = d
	}
	return out, nil
}

// DocumentInput is what a bestuur, directie or beheerder fills in: a link or
// an uploaded file (FileID, from an upload made with CreateDocumentUpload).
type DocumentInput struct {
	OrganisationID *uuid.UUID
	SchoolID       *uuid.UUID
	Title          string
	Description    string
	URL            string
	FileID         *uuid.UUID
}

func (in *DocumentInput) validate() error {
	in.Title, in.Description, in.URL = strings.TrimSpace(in.Title), strings.TrimSpace(in.Description), strings.TrimSpace(in.URL)
	var v Validator
	requireText(&v, "title", in.Title, 200)
	maxText(&v, "description", in.Description, 2000)
	switch {
	case in.FileID != nil && in.URL != "":
		v.Add("url", "link_and_file", "Kies een link of een bestand, niet allebei.")
	case in.FileID != nil:
	case in.URL == "":
		v.Add("url", "required", "Vul de link naar het document in.")
	case !validURL(in.URL) || len(in.URL) > 2000:
		v.Add("url", "invalid_url", "Vul een volledige link in, die begint met https://.")
	}
	return v.Err()
}

// requireDocumentOwner checks that the actor may manage documents of the
// organisation or school and returns that owner's organisation.
func requireDocumentOwner(ctx context.Context, idb bun.IDB, a *Actor, orgID, schoolID *uuid.UUID) error {
	if err := a.RequireManageDocuments(); err != nil {
		return err
	}
	var schoolOrg uuid.UUID
	switch {
	case (orgID == nil) == (schoolID == nil):
		return Invalid("owner", "required", "Kies een organisatie of een school.")
	case schoolID != nil:
		if err := idb.NewSelect().Table("schools").Column("organisation_id").Where("id = ?", *schoolID).Scan(ctx, &schoolOrg); err != nil {
			return notFoundOr(err, "School")
		}
	default:
		exists, err := idb.NewSelect().Table("organisations").Where("id = ?", *orgID).Exists(ctx)
		if err != nil {
			return err
		}
		if !exists {
			return &NotFoundError{What: "Organisatie"}
		}
	}
	if !a.CanManageDocument(orgID, schoolID, schoolOrg) {
		return &ForbiddenError{Message: "Je mag de documenten van deze organisatie of school niet beheren."}
	}
	return nil
}

// CreateDocument adds a document to an organisation or a school.
func CreateDocument(ctx context.Context, idb bun.IDB, a *Actor, in DocumentInput) (*Document, error) {
	if err := requireDocumentOwner(ctx, idb, a, in.OrganisationID, in.SchoolID); err != nil {
		return nil, err
	}
	if err := in.validate(); err != nil {
		return nil, err
	}
	if err := requireDocumentFile(ctx, idb, a, in.FileID, nil); err != nil {
		return nil, err
	}
	by := a.PersonID
	d := &Document{OrganisationID: in.OrganisationID, SchoolID: in.SchoolID, Title: in.Title, Description: in.Description, URL: in.URL,
		FileID: in.FileID, CreatedBy: &by}
	if _, err := idb.NewInsert().Model(d).Returning("id").Exec(ctx); err != nil {
		return nil, err
	}
	return reloadDocument(ctx, idb, a, d.ID)
}

// managedDocument loads a document the actor may change.
func managedDocument(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*Document, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	d := new(Document)
	if err := idb.NewSelect().Model(d).Where("d.id = ?", id).Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Document")
	}
	return d, requireDocumentOwner(ctx, idb, a, d.OrganisationID, d.SchoolID)
}

// UpdateDocument changes a document's title, description, link or file. A
// file that is replaced, or given up for a link, is marked for deletion (the
// file job removes it; the caller purges after commit).
func UpdateDocument(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID, in DocumentInput) (*Document, error) {
	old, err := managedDocument(ctx, idb, a, id)
	if err != nil {
		return nil, err
	}
	if err := in.validate(); err != nil {
		return nil, err
	}
	if err := requireDocumentFile(ctx, idb, a, in.FileID, old.FileID); err != nil {
		return nil, err
	}
	if _, err := idb.NewUpdate().Model((*Document)(nil)).Where("d.id = ?", id).Set("title = ?", in.Title).
		Set("description = ?", in.Description).Set("url = ?", in.URL).Set("file_id = ?", in.FileID).
		Set("updated_at = now()").Exec(ctx); err != nil {
		return nil, err
	}
	if old.FileID != nil && (in.FileID == nil || *in.FileID != *old.FileID) {
		if err := markDocumentFileDeleting(ctx, idb, *old.FileID); err != nil {
			return nil, err
		}
	}
	return reloadDocument(ctx, idb, a, id)
}

// DeleteDocument removes a document; items that linked it keep their text.
// Its file is marked for deletion (the caller purges after commit).
func DeleteDocument(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) error {
	d, err := managedDocument(ctx, idb, a, id)
	if err != nil {
		return err
	}
	if _, err := idb.NewDelete().Model((*Document)(nil)).Where("d.id = ?", id).Exec(ctx); err != nil {
		return err
	}
	if d.FileID != nil {
		return markDocumentFileDeleting(ctx, idb, *d.FileID)
	}
	return nil
}

func reloadDocument(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*Document, error) {
	d := new(Document)
	if err := selectDocuments(idb, d).Where("d.id = ?", id).Scan(ctx); err != nil {
		return nil, err
	}
	return d, nil
}

// CanManage reports whether the actor may change this document.
func (d *Document) CanManage(a *Actor) bool {
	return a != nil && a.CanManageDocument(d.OrganisationID, d.SchoolID, d.OwnerOrganisationID)
}
