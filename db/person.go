package db

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
)

type Person struct {
	bun.BaseModel `bun:"table:people,alias:p"`

	ID             uuid.UUID          `bun:",pk,type:uuid,default:gen_random_uuid()"`
	Name           string             `bun:",notnull"`
	Email          string             `bun:",notnull"`
	Phone          string             `bun:",notnull"`
	OrganisationID *uuid.UUID         `bun:"type:uuid"`
	Function       *DeelnemerFunction `bun:"function"`
	Werktijdfactor *float64           `bun:"werktijdfactor"`
	Bouw           *Bouw              `bun:"bouw"`
	IBStartDate    *time.Time         `bun:"ib_start_date,type:date"`
	DisabledAt     *time.Time         `bun:"disabled_at"`
	CreatedAt      time.Time          `bun:",nullzero,notnull,default:current_timestamp"`
	UpdatedAt      time.Time          `bun:",nullzero,notnull,default:current_timestamp"`

	HasPassword bool        `bun:",scanonly"`
	Roles       []Role      `bun:",array,scanonly"`
	SchoolIDs   []uuid.UUID `bun:"school_ids,array,scanonly"`
	TotalCount  int         `bun:",scanonly"`
}

// StarterPeriod is how long after starting as IB'er a person counts as a starter.
const StarterPeriod = 2 // years

func (p *Person) Status() PersonStatus {
	switch {
	case p.DisabledAt != nil:
		return PersonDisabled
	case !p.HasPassword:
		return PersonInvited
	}
	return PersonActive
}

func (p *Person) IsStarter(now time.Time) bool {
	return p.IBStartDate != nil && now.Before(p.IBStartDate.AddDate(StarterPeriod, 0, 0))
}

// selectPeople selects people with their roles and school ids in the same
// statement, so a list never costs a query per row.
func selectPeople(idb bun.IDB, model any) *bun.SelectQuery {
	return idb.NewSelect().Model(model).
		ColumnExpr("p.id, p.name, p.email, p.phone, p.organisation_id, p.function, p.werktijdfactor, p.bouw, p.ib_start_date, p.disabled_at, p.created_at, p.updated_at").
		ColumnExpr("p.password_hash IS NOT NULL AS has_password").
		ColumnExpr("ARRAY(SELECT r.role FROM person_roles r WHERE r.person_id = p.id ORDER BY r.role) AS roles").
		ColumnExpr("ARRAY(SELECT ps.school_id FROM person_schools ps WHERE ps.person_id = p.id ORDER BY ps.school_id) AS school_ids")
}

type PersonFilter struct {
	Search         string
	Role           *Role
	SchoolID       *uuid.UUID
	OrganisationID *uuid.UUID
	Starter        *bool
	Order          Order
	Page           PageRequest
}

func ListPeople(ctx context.Context, idb bun.IDB, a *Actor, f PersonFilter) (Page[*Person], error) {
	var rows []*Person
	q := selectPeople(idb, &rows).ColumnExpr("count(*) OVER () AS total_count")
	q = a.ScopePeople(q)
	// The placeholder that takes over what erased people leave behind is not a
	// person anyone manages.
	q = q.Where("p.id <> ?", ErasedPersonID)
	if s := strings.TrimSpace(f.Search); s != "" {
		pat := likePattern(s)
		q = q.Where("(p.name ILIKE ? OR p.email::text ILIKE ?)", pat, pat)
	}
	if f.Role != nil {
		q = q.Where("EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id AND r.role = ?)", *f.Role)
	}
	if f.SchoolID != nil {
		q = q.Where("EXISTS (SELECT 1 FROM person_schools ps WHERE ps.person_id = p.id AND ps.school_id = ?)", *f.SchoolID)
	}
	if f.OrganisationID != nil {
		q = q.Where(`(p.organisation_id = ? OR EXISTS (SELECT 1 FROM person_schools ps JOIN schools s ON s.id = ps.school_id
			WHERE ps.person_id = p.id AND s.organisation_id = ?))`, *f.OrganisationID, *f.OrganisationID)
	}
	if f.Starter != nil {
		cond := "p.ib_start_date IS NOT NULL AND p.ib_start_date > current_date - make_interval(years => ?)"
		if *f.Starter {
			q = q.Where(cond, StarterPeriod)
		} else {
			q = q.Where("NOT ("+cond+")", StarterPeriod)
		}
	}
	q = f.Order.apply(q, map[string]string{"NAME": "lower(p.name)", "EMAIL": "p.email", "CREATED_AT": "p.created_at"}, "lower(p.name)", "p.id")
	return fetchPage(ctx, q, &rows, f.Page, func(p *Person) int { return p.TotalCount })
}

// PeopleByID loads visible people for the given ids; invisible ones are absent.
func PeopleByID(ctx context.Context, idb bun.IDB, a *Actor, ids []uuid.UUID) (map[uuid.UUID]*Person, error) {
	var rows []*Person
	q := a.ScopePeople(selectPeople(idb, &rows).Where("p.id IN (?)", bun.In(ids)))
	return scanByID(ctx, q, &rows, func(p *Person) uuid.UUID { return p.ID })
}

func GetPerson(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*Person, error) {
	p := new(Person)
	err := a.ScopePeople(selectPeople(idb, p).Where("p.id = ?", id)).Scan(ctx)
	return p, visibleOr(ctx, idb, err, "people", id, "Persoon",
		"Je hebt geen toegang tot deze persoon. Je ziet alleen de mensen van je eigen school of organisatie.")
}

// StaffCounts returns, per school, how many linked people the actor may see.
func StaffCounts(ctx context.Context, idb bun.IDB, a *Actor, schoolIDs []uuid.UUID) (map[uuid.UUID]int, error) {
	q := idb.NewSelect().TableExpr("person_schools AS ps").Join("JOIN people AS p ON p.id = ps.person_id").
		ColumnExpr("ps.school_id AS key, count(*) AS n").Where("ps.school_id IN (?)", bun.In(schoolIDs)).GroupExpr("ps.school_id")
	return scanCounts(ctx, a.ScopePeople(q))
}

// PersonInput holds what a beheerder sets when inviting or editing someone.
type PersonInput struct {
	Name           string
	Email          string
	Phone          string
	Roles          []Role
	SchoolIDs      []uuid.UUID
	OrganisationID *uuid.UUID
	Function       *DeelnemerFunction
	Werktijdfactor *float64
	Bouw           *Bouw
	IBStartDate    *time.Time
}

func (in *PersonInput) validate(ctx context.Context, idb bun.IDB, self uuid.UUID) error {
	in.Name = strings.TrimSpace(in.Name)
	in.Email = NormalizeEmail(in.Email)
	in.Phone = strings.TrimSpace(in.Phone)
	slices.Sort(in.Roles)
	in.Roles = slices.Compact(in.Roles)
	in.SchoolIDs = compactIDs(in.SchoolIDs)

	var v Validator
	requireText(&v, "name", in.Name, 200)
	maxText(&v, "phone", in.Phone, 40)
	switch {
	case in.Email == "":
		v.Add("email", "required", "Vul het e-mailadres in.")
	case !ValidEmail(in.Email):
		v.Add("email", "invalid_email", "Dit is geen geldig e-mailadres.")
	default:
		taken, err := idb.NewSelect().Table("people").Where("email = ? AND id <> ?", in.Email, self).Exists(ctx)
		if err != nil {
			return err
		}
		if taken {
			v.Add("email", "email_taken", "Er is al iemand met dit e-mailadres.")
		}
	}
	if len(in.Roles) == 0 {
		v.Add("roles", "required", "Kies ten minste één rol.")
	}
	for _, r := range in.Roles {
		if !r.Valid() {
			v.Add("roles", "invalid", "Onbekende rol.")
		}
	}
	if len(in.SchoolIDs) > 0 {
		n, err := idb.NewSelect().Table("schools").Where("id IN (?)", bun.In(in.SchoolIDs)).Count(ctx)
		if err != nil {
			return err
		}
		if int(n) != len(in.SchoolIDs) {
			v.Add("schoolIds", "not_found", "Een van de gekozen scholen bestaat niet meer.")
		}
	}
	if slices.Contains(in.Roles, RoleDirectie) && len(in.SchoolIDs) == 0 && !v.Has("schoolIds") {
		v.Add("schoolIds", "required", "Kies de school of scholen van deze directie.")
	}
	if in.OrganisationID != nil {
		exists, err := idb.NewSelect().Table("organisations").Where("id = ?", *in.OrganisationID).Exists(ctx)
		if err != nil {
			return err
		}
		if !exists {
			v.Add("organisationId", "not_found", "Kies een bestaande organisatie.")
		}
	} else if slices.Contains(in.Roles, RoleBestuur) {
		v.Add("organisationId", "required", "Kies de organisatie van deze bestuursmedewerker.")
	}
	if in.Werktijdfactor != nil && (*in.Werktijdfactor < 0 || *in.Werktijdfactor > 1) {
		v.Add("werktijdfactor", "out_of_range", "De werktijdfactor ligt tussen 0 en 1, bijvoorbeeld 0,6.")
	}
	if in.Function != nil && !in.Function.Valid() {
		v.Add("function", "invalid", "Onbekende functie.")
	}
	if in.Bouw != nil && !in.Bouw.Valid() {
		v.Add("bouw", "invalid", "Kies onderbouw, bovenbouw of beide.")
	}
	if in.IBStartDate != nil && (in.IBStartDate.Year() < 1970 || in.IBStartDate.After(time.Now().AddDate(1, 0, 0))) {
		v.Add("ibStartDate", "out_of_range", "Kies een startdatum tussen 1970 en volgend jaar.")
	}
	return v.Err()
}

func compactIDs(ids []uuid.UUID) []uuid.UUID {
	out := slices.Clone(ids)
	slices.SortFunc(out, func(a, b uuid.UUID) int { return strings.Compare(a.String(), b.String()) })
	return slices.Compact(out)
}

// writePersonLinks replaces the person's roles and schools.
func writePersonLinks(ctx context.Context, idb bun.IDB, id uuid.UUID, roles []Role, schoolIDs []uuid.UUID) error {
	if _, err := idb.NewDelete().Table("person_roles").Where("person_id = ?", id).Exec(ctx); err != nil {
		return err
	}
	if _, err := idb.NewDelete().Table("person_schools").Where("person_id = ?", id).Exec(ctx); err != nil {
		return err
	}
	if _, err := idb.NewRaw("INSERT INTO person_roles (person_id, role) SELECT ?, unnest(?::text[])", id, pgdialect.Array(roles)).Exec(ctx); err != nil {
		return err
	}
	if len(schoolIDs) > 0 {
		if _, err := idb.NewRaw("INSERT INTO person_schools (person_id, school_id) SELECT ?, unnest(?::uuid[])", id, pgdialect.Array(schoolIDs)).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

// CreatePerson inserts a person with links; callers run it in a transaction.
// It does not check the policy: InvitePerson and the demo loader do.
func CreatePerson(ctx context.Context, idb bun.IDB, in PersonInput) (*Person, error) {
	if err := in.validate(ctx, idb, uuid.Nil); err != nil {
		return nil, err
	}
	p := &Person{Name: in.Name, Email: in.Email, Phone: in.Phone, OrganisationID: in.OrganisationID,
		Function: in.Function, Werktijdfactor: in.Werktijdfactor, Bouw: in.Bouw, IBStartDate: in.IBStartDate}
	if _, err := idb.NewInsert().Model(p).Returning("id, created_at, updated_at").Exec(ctx); err != nil {
		return nil, uniqueAsInvalid(err, "people_email_key", "email", "email_taken", "Er is al iemand met dit e-mailadres.")
	}
	if err := writePersonLinks(ctx, idb, p.ID, in.Roles, in.SchoolIDs); err != nil {
		return nil, err
	}
	p.Roles, p.SchoolIDs = in.Roles, in.SchoolIDs
	return p, nil
}

// UpdatePerson changes a person's profile, roles and schools.
func UpdatePerson(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID, in PersonInput) (*Person, error) {
	if err := a.RequireManagePeople(); err != nil {
		return nil, err
	}
	before, err := GetPerson(ctx, idb, a, id)
	if err != nil {
		return nil, err
	}
	if err := in.validate(ctx, idb, id); err != nil {
		return nil, err
	}
	if id == a.PersonID && !slices.Contains(in.Roles, RoleBeheerder) {
		return nil, Invalid("roles", "self_lockout", "Je kunt je eigen beheerdersrol niet weghalen.")
	}
	_, err = idb.NewUpdate().Model((*Person)(nil)).Where("id = ?", id).
		Set("name = ?", in.Name).Set("email = ?", in.Email).Set("phone = ?", in.Phone).
		Set("organisation_id = ?", in.OrganisationID).Set("function = ?", in.Function).
		Set("werktijdfactor = ?", in.Werktijdfactor).Set("bouw = ?", in.Bouw).
		Set("ib_start_date = ?", in.IBStartDate).Set("updated_at = now()").Exec(ctx)
	if err != nil {
		return nil, uniqueAsInvalid(err, "people_email_key", "email", "email_taken", "Er is al iemand met dit e-mailadres.")
	}
	if err := writePersonLinks(ctx, idb, id, in.Roles, in.SchoolIDs); err != nil {
		return nil, err
	}
	if err := auditRoleChange(ctx, idb, a, id, before.Roles, in.Roles); err != nil {
		return nil, err
	}
	return GetPerson(ctx, idb, a, id)
}

// SetPersonDisabled disables or enables a person; disabling ends their sessions.
func SetPersonDisabled(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID, disabled bool) (*Person, error) {
	if err := a.RequireManagePeople(); err != nil {
		return nil, err
	}
	if id == a.PersonID && disabled {
		return nil, &ConflictError{Message: "Je kunt jezelf niet uitschakelen."}
	}
	if _, err := GetPerson(ctx, idb, a, id); err != nil {
		return nil, err
	}
	q := idb.NewUpdate().Model((*Person)(nil)).Where("id = ?", id).Set("updated_at = now()")
	if disabled {
		q = q.Set("disabled_at = coalesce(disabled_at, now())")
	} else {
		q = q.Set("disabled_at = NULL")
	}
	if _, err := q.Exec(ctx); err != nil {
		return nil, err
	}
	if disabled {
		if err := EndSessionsOf(ctx, idb, id); err != nil {
			return nil, err
		}
	}
	return GetPerson(ctx, idb, a, id)
}

// UpdateMyProfile lets anyone change their own name and phone number.
func UpdateMyProfile(ctx context.Context, idb bun.IDB, a *Actor, name, phone string) (*Person, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	name, phone = strings.TrimSpace(name), strings.TrimSpace(phone)
	var v Validator
	requireText(&v, "name", name, 200)
	maxText(&v, "phone", phone, 40)
	if err := v.Err(); err != nil {
		return nil, err
	}
	if _, err := idb.NewUpdate().Model((*Person)(nil)).Where("id = ?", a.PersonID).
		Set("name = ?", name).Set("phone = ?", phone).Set("updated_at = now()").Exec(ctx); err != nil {
		return nil, err
	}
	return GetPerson(ctx, idb, a, a.PersonID)
}

// ErasedPersonID is the placeholder person "Verwijderde gebruiker" that takes
// over what an erased person leaves for others (see db/avg); lists skip it.
var ErasedPersonID = uuid.MustParse("00000000-0000-4000-8000-00000000e7a5")
