package db

import (
	"context"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

type Organisation struct {
	bun.BaseModel `bun:"table:organisations,alias:o"`

	ID     uuid.UUID        `bun:",pk,type:uuid,default:gen_random_uuid()"`
	Name   string           `bun:",notnull"`
	Kind   OrganisationKind `bun:",notnull"`
	Plaats string           `bun:",notnull"`
	// How many starters one maatje may have at a time (pairing suggestions).
	MaxStartersPerMaatje int       `bun:",notnull,default:2"`
	CreatedAt            time.Time `bun:",nullzero,notnull,default:current_timestamp"`
	UpdatedAt            time.Time `bun:",nullzero,notnull,default:current_timestamp"`

	TotalCount int `bun:",scanonly"`
}

type OrganisationFilter struct {
	Search string
	Kind   *OrganisationKind
	Order  Order
	Page   PageRequest
}

// ListOrganisations returns the page of organisations the actor may see.
func ListOrganisations(ctx context.Context, idb bun.IDB, a *Actor, f OrganisationFilter) (Page[*Organisation], error) {
	var rows []*Organisation
	q := idb.NewSelect().Model(&rows).Column("o.*").ColumnExpr("count(*) OVER () AS total_count")
	q = a.ScopeOrganisations(q)
	if s := strings.TrimSpace(f.Search); s != "" {
		q = q.Where("o.name ILIKE ? OR o.plaats ILIKE ?", likePattern(s), likePattern(s))
	}
	if f.Kind != nil {
		q = q.Where("o.kind = ?", *f.Kind)
	}
	q = f.Order.apply(q, map[string]string{"NAME": "lower(o.name)", "KIND": "o.kind", "PLAATS": "lower(o.plaats)", "CREATED_AT": "o.created_at"}, "lower(o.name)", "o.id")
	return fetchPage(ctx, q, &rows, f.Page, func(o *Organisation) int { return o.TotalCount })
}

// OrganisationsByID loads the visible organisations for the given ids; invisible ones are absent.
func OrganisationsByID(ctx context.Context, idb bun.IDB, a *Actor, ids []uuid.UUID) (map[uuid.UUID]*Organisation, error) {
	var rows []*Organisation
	q := a.ScopeOrganisations(idb.NewSelect().Model(&rows).Where("o.id IN (?)", bun.In(ids)))
	return scanByID(ctx, q, &rows, func(o *Organisation) uuid.UUID { return o.ID })
}

// GetOrganisation returns one organisation, NotFound when it does not exist and
// Forbidden when it exists but the actor may not see it.
func GetOrganisation(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*Organisation, error) {
	o := new(Organisation)
	err := a.ScopeOrganisations(idb.NewSelect().Model(o).Where("o.id = ?", id)).Scan(ctx)
	return o, visibleOr(ctx, idb, err, "organisations", id, "Organisatie", "Je hebt geen toegang tot deze organisatie.")
}

type OrganisationInput struct {
	Name   string
	Kind   OrganisationKind
	Plaats string
}

func (in *OrganisationInput) validate() error {
	in.Name = strings.TrimSpace(in.Name)
	in.Plaats = strings.TrimSpace(in.Plaats)
	var v Validator
	requireText(&v, "name", in.Name, 200)
	if !in.Kind.Valid() {
		v.Add("kind", "required", "Kies het soort organisatie.")
	}
	maxText(&v, "plaats", in.Plaats, 100)
	return v.Err()
}

func CreateOrganisation(ctx context.Context, idb bun.IDB, a *Actor, in OrganisationInput) (*Organisation, error) {
	if err := a.RequireManageOrganisations(); err != nil {
		return nil, err
	}
	if err := in.validate(); err != nil {
		return nil, err
	}
	o := &Organisation{Name: in.Name, Kind: in.Kind, Plaats: in.Plaats}
	if _, err := idb.NewInsert().Model(o).Returning("*").Exec(ctx); err != nil {
		return nil, err
	}
	return o, nil
}

func UpdateOrganisation(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID, in OrganisationInput) (*Organisation, error) {
	if err := a.RequireManageOrganisations(); err != nil {
		return nil, err
	}
	if err := in.validate(); err != nil {
		return nil, err
	}
	o := &Organisation{ID: id}
	res, err := idb.NewUpdate().Model(o).
		Set("name = ?", in.Name).Set("kind = ?", in.Kind).Set("plaats = ?", in.Plaats).Set("updated_at = now()").
		WherePK().Returning("*").Exec(ctx)
	if err != nil {
		return nil, err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil, &NotFoundError{What: "Organisatie"}
	}
	return o, nil
}

// DeleteOrganisation refuses while schools or people still belong to it; nothing is cascaded silently.
func DeleteOrganisation(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) error {
	if err := a.RequireManageOrganisations(); err != nil {
		return err
	}
	var inUse struct {
		Schools int
		People  int
	}
	if err := idb.NewRaw(`SELECT (SELECT count(*) FROM schools WHERE organisation_id = ?0) AS schools,
		(SELECT count(*) FROM people WHERE organisation_id = ?0) AS people`, id).Scan(ctx, &inUse); err != nil {
		return err
	}
	if inUse.Schools > 0 || inUse.People > 0 {
		return &ConflictError{Message: "Deze organisatie heeft nog scholen of mensen. Verplaats of verwijder die eerst."}
	}
	res, err := idb.NewDelete().Model((*Organisation)(nil)).Where("id = ?", id).Exec(ctx)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return &NotFoundError{What: "Organisatie"}
	}
	return nil
}
