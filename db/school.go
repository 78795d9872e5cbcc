package db

import (
	"context"
	"regexp"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

type School struct {
	bun.BaseModel `bun:"table:schools,alias:s"`

	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid,notnull"`
	Name           string    `bun:",notnull"`
	BRIN           string    `bun:"brin,notnull"`
	Plaats         string    `bun:",notnull"`
	Region         Region    `bun:",notnull"`
	CreatedAt      time.Time `bun:",nullzero,notnull,default:current_timestamp"`
	UpdatedAt      time.Time `bun:",nullzero,notnull,default:current_timestamp"`

	TotalCount int `bun:",scanonly"`
}

type SchoolFilter struct {
	Search         string
	OrganisationID *uuid.UUID
	Order          Order
	Page           PageRequest
}

func ListSchools(ctx context.Context, idb bun.IDB, a *Actor, f SchoolFilter) (Page[*School], error) {
	var rows []*School
	q := idb.NewSelect().Model(&rows).Column("s.*").ColumnExpr("count(*) OVER () AS total_count")
	q = a.ScopeSchools(q)
	if s := strings.TrimSpace(f.Search); s != "" {
		pat := likePattern(s)
		q = q.Where("(s.name ILIKE ? OR s.brin ILIKE ? OR s.plaats ILIKE ?)", pat, pat, pat)
	}
	if f.OrganisationID != nil {
		q = q.Where("s.organisation_id = ?", *f.OrganisationID)
	}
	q = f.Order.apply(q, map[string]string{
		"NAME": "lower(s.name)", "BRIN": "s.brin", "PLAATS": "lower(s.plaats)",
		"ORGANISATION": "(SELECT lower(name) FROM organisations WHERE id = s.organisation_id)",
	}, "lower(s.name)", "s.id")
	return fetchPage(ctx, q, &rows, f.Page, func(s *School) int { return s.TotalCount })
}

// SchoolsByID loads the visible schools for the given ids; invisible ones are absent.
func SchoolsByID(ctx context.Context, idb bun.IDB, a *Actor, ids []uuid.UUID) (map[uuid.UUID]*School, error) {
	var rows []*School
	q := a.ScopeSchools(idb.NewSelect().Model(&rows).Where("s.id IN (?)", bun.In(ids)))
	return scanByID(ctx, q, &rows, func(s *School) uuid.UUID { return s.ID })
}

func GetSchool(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*School, error) {
	s := new(School)
	err := a.ScopeSchools(idb.NewSelect().Model(s).Where("s.id = ?", id)).Scan(ctx)
	return s, visibleOr(ctx, idb, err, "schools", id, "School", "Je hebt geen toegang tot deze school.")
}

// SchoolCounts returns, per organisation, how many of its schools the actor sees.
func SchoolCounts(ctx context.Context, idb bun.IDB, a *Actor, orgIDs []uuid.UUID) (map[uuid.UUID]int, error) {
	q := idb.NewSelect().TableExpr("schools AS s").ColumnExpr("s.organisation_id AS key, count(*) AS n").
		Where("s.organisation_id IN (?)", bun.In(orgIDs)).GroupExpr("s.organisation_id")
	return scanCounts(ctx, a.ScopeSchools(q))
}

type SchoolInput struct {
	Name           string
	BRIN           string
	Plaats         string
	Region         Region
	OrganisationID uuid.UUID
}

var brinPattern = regexp.MustCompile(`^[0-9]{2}[A-Z]{2}$`)

func (in *SchoolInput) validate(ctx context.Context, idb bun.IDB, a *Actor, self uuid.UUID) error {
	in.Name = strings.TrimSpace(in.Name)
	in.BRIN = strings.ToUpper(strings.TrimSpace(in.BRIN))
	in.Plaats = strings.TrimSpace(in.Plaats)
	var v Validator
	requireText(&v, "name", in.Name, 200)
	requireText(&v, "plaats", in.Plaats, 100)
	if !v.Has("brin") && in.BRIN == "" {
		v.Add("brin", "required", "Vul de BRIN-code in.")
	} else if !brinPattern.MatchString(in.BRIN) {
		v.Add("brin", "invalid_brin", "Een BRIN-code bestaat uit twee cijfers en twee letters, bijvoorbeeld 12AB.")
	} else {
		taken, err := idb.NewSelect().Table("schools").Where("brin = ? AND id <> ?", in.BRIN, self).Exists(ctx)
		if err != nil {
			return err
		}
		if taken {
			v.Add("brin", "brin_taken", "Er is al een school met deze BRIN-code.")
		}
	}
	if !in.Region.Valid() {
		v.Add("region", "required", "Kies de vakantieregio.")
	}
	switch exists, err := idb.NewSelect().Table("organisations").Where("id = ?", in.OrganisationID).Exists(ctx); {
	case err != nil:
		return err
	case !exists:
		v.Add("organisationId", "required", "Kies een bestaande organisatie.")
	case !a.CanManageSchoolsOf(in.OrganisationID):
		v.Add("organisationId", "not_allowed", "Je mag geen scholen beheren in deze organisatie.")
	}
	return v.Err()
}

func CreateSchool(ctx context.Context, idb bun.IDB, a *Actor, in SchoolInput) (*School, error) {
	if err := a.RequireManageSchools(); err != nil {
		return nil, err
	}
	if err := in.validate(ctx, idb, a, uuid.Nil); err != nil {
		return nil, err
	}
	s := &School{Name: in.Name, BRIN: in.BRIN, Plaats: in.Plaats, Region: in.Region, OrganisationID: in.OrganisationID}
	if _, err := idb.NewInsert().Model(s).Returning("*").Exec(ctx); err != nil {
		return nil, uniqueAsInvalid(err, "schools_brin_key", "brin", "brin_taken", "Er is al een school met deze BRIN-code.")
	}
	return s, nil
}

func UpdateSchool(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID, in SchoolInput) (*School, error) {
	if err := a.RequireManageSchools(); err != nil {
		return nil, err
	}
	cur, err := GetSchool(ctx, idb, a, id)
	if err != nil {
		return nil, err
	}
	if !a.CanManageSchoolsOf(cur.OrganisationID) {
		return nil, &ForbiddenError{Message: "Je mag deze school niet wijzigen."}
	}
	if err := in.validate(ctx, idb, a, id); err != nil {
		return nil, err
	}
	s := &School{ID: id}
	_, err = idb.NewUpdate().Model(s).
		Set("name = ?", in.Name).Set("brin = ?", in.BRIN).Set("plaats = ?", in.Plaats).
		Set("region = ?", in.Region).Set("organisation_id = ?", in.OrganisationID).Set("updated_at = now()").
		WherePK().Returning("*").Exec(ctx)
	if err != nil {
		return nil, uniqueAsInvalid(err, "schools_brin_key", "brin", "brin_taken", "Er is al een school met deze BRIN-code.")
	}
	return s, nil
}

// DeleteSchool refuses while people are linked to the school.
func DeleteSchool(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) error {
	if err := a.RequireManageSchools(); err != nil {
		return err
	}
	cur, err := GetSchool(ctx, idb, a, id)
	if err != nil {
		return err
	}
	if !a.CanManageSchoolsOf(cur.OrganisationID) {
		return &ForbiddenError{Message: "Je mag deze school niet verwijderen."}
	}
	linked, err := idb.NewSelect().Table("person_schools").Where("school_id = ?", id).Exists(ctx)
	if err != nil {
		return err
	}
	if linked {
		return &ConflictError{Message: "Aan deze school zijn nog mensen gekoppeld. Haal die eerst van de school af."}
	}
	_, err = idb.NewDelete().Model((*School)(nil)).Where("id = ?", id).Exec(ctx)
	return err
}
