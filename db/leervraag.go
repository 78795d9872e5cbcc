package db

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Leervragen: a deelnemer's learning questions at intake, personal or
// school-related, linked to competencies of the leergang's framework, with a
// reflection per leerjaar. Only the deelnemer writes them; who reads them is
// decided by RequireSeeGrowth (intake.go) and the group view.

type LeervraagKind string

const (
	LeervraagPersoonlijk LeervraagKind = "persoonlijk"
	LeervraagSchool      LeervraagKind = "school"
)

func (k LeervraagKind) Valid() bool { return oneOf(k, LeervraagPersoonlijk, LeervraagSchool) }

type LeervraagStatus string

const (
	LeervraagNogNiet    LeervraagStatus = "nog_niet"
	LeervraagOpWeg      LeervraagStatus = "op_weg"
	LeervraagBeantwoord LeervraagStatus = "beantwoord"
	LeervraagBijgesteld LeervraagStatus = "bijgesteld"
)

func (s LeervraagStatus) Valid() bool {
	return oneOf(s, LeervraagNogNiet, LeervraagOpWeg, LeervraagBeantwoord, LeervraagBijgesteld)
}

type Leervraag struct {
	bun.BaseModel `bun:"table:leervragen,alias:lv"`

	ID         uuid.UUID     `bun:",pk,type:uuid,default:gen_random_uuid()"`
	LeergangID uuid.UUID     `bun:"type:uuid,notnull"`
	PersonID   uuid.UUID     `bun:"type:uuid,notnull"`
	Position   int           `bun:",notnull"`
	Question   string        `bun:",notnull"`
	Kind       LeervraagKind `bun:",notnull"`
	CreatedAt  time.Time     `bun:",nullzero,notnull,default:current_timestamp"`
	UpdatedAt  time.Time     `bun:",nullzero,notnull,default:current_timestamp"`

	Competencies []*Competency          `bun:"-"`
	Reflections  []*LeervraagReflection `bun:"-"`
}

type LeervraagReflection struct {
	bun.BaseModel `bun:"table:leervraag_reflections,alias:lr"`

	LeervraagID uuid.UUID       `bun:"type:uuid,pk"`
	LeerjaarID  uuid.UUID       `bun:"type:uuid,pk"`
	Status      LeervraagStatus `bun:",notnull"`
	Reflection  string          `bun:",notnull"`
	CreatedAt   time.Time       `bun:",nullzero,notnull,default:current_timestamp"`
	UpdatedAt   time.Time       `bun:",nullzero,notnull,default:current_timestamp"`
}

type LeervraagInput struct {
	// ID is set to change an existing leervraag, nil to add one.
	ID            *uuid.UUID
	LeergangID    uuid.UUID
	Question      string
	Kind          LeervraagKind
	CompetencyIDs []uuid.UUID
}

const (
	maxLeervragen     = 10 // per deelnemer per leergang
	maxLeervraagText  = 1000
	maxReflectionText = 4000
)

// leervragenOf loads the leervragen of people in a leergang with their
// competencies and reflections: three statements for any number of people.
func leervragenOf(ctx context.Context, idb bun.IDB, leergangID uuid.UUID, personIDs []uuid.UUID) ([]*Leervraag, error) {
	out := []*Leervraag{}
	if len(personIDs) == 0 {
		return out, nil
	}
	err := idb.NewSelect().Model(&out).Where("lv.leergang_id = ? AND lv.person_id IN (?)", leergangID, bun.In(personIDs)).
		OrderExpr("lv.person_id, lv.position, lv.created_at").Scan(ctx)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	if len(out) == 0 {
		return out, nil
	}
	byID := map[uuid.UUID]*Leervraag{}
	ids := make([]uuid.UUID, len(out))
	for i, lv := range out {
		lv.Competencies, lv.Reflections = []*Competency{}, []*LeervraagReflection{}
		byID[lv.ID], ids[i] = lv, lv.ID
	}
	var links []struct {
		LeervraagID uuid.UUID `bun:"leervraag_id"`
		Competency
	}
	err = idb.NewSelect().TableExpr("leervraag_competencies AS lc").ColumnExpr("lc.leervraag_id, c.*").
		Join("JOIN competencies AS c ON c.id = lc.competency_id").Where("lc.leervraag_id IN (?)", bun.In(ids)).
		OrderExpr("c.position").Scan(ctx, &links)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	for i := range links {
		c := links[i].Competency
		byID[links[i].LeervraagID].Competencies = append(byID[links[i].LeervraagID].Competencies, &c)
	}
	var refl []*LeervraagReflection
	err = idb.NewSelect().Model(&refl).Join("JOIN leerjaren AS lj ON lj.id = lr.leerjaar_id").
		Where("lr.leervraag_id IN (?)", bun.In(ids)).OrderExpr("lj.number").Scan(ctx)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	for _, r := range refl {
		byID[r.LeervraagID].Reflections = append(byID[r.LeervraagID].Reflections, r)
	}
	return out, nil
}

// ownLeervraag returns one of the actor's own leervragen, locked for a change.
func ownLeervraag(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*Leervraag, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	lv := new(Leervraag)
	if err := idb.NewSelect().Model(lv).Where("lv.id = ?", id).For("UPDATE").Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Leervraag")
	}
	if lv.PersonID != a.PersonID {
		return nil, &ForbiddenError{Message: "Alleen de deelnemer zelf wijzigt deze leervraag."}
	}
	return lv, nil
}

func (in *LeervraagInput) validate(ctx context.Context, idb bun.IDB) error {
	in.Question = strings.TrimSpace(in.Question)
	var v Validator
	requireText(&v, "question", in.Question, maxLeervraagText)
	if !in.Kind.Valid() {
		v.Add("kind", "invalid", "Kies of de leervraag persoonlijk is of over de school gaat.")
	}
	in.CompetencyIDs = compactIDs(in.CompetencyIDs)
	if len(in.CompetencyIDs) > 0 {
		n, err := idb.NewSelect().TableExpr("competencies AS c").Join("JOIN leergangen AS l ON l.framework_id = c.framework_id").
			Where("l.id = ? AND c.id IN (?)", in.LeergangID, bun.In(in.CompetencyIDs)).Count(ctx)
		if err != nil {
			return err
		}
		if int(n) != len(in.CompetencyIDs) {
			v.Add("competencyIds", "unknown", "Kies competenties uit het competentiekader van deze leergang.")
		}
	}
	return v.Err()
}

// SaveLeervraag adds a leervraag of the actor or changes one of theirs.
func SaveLeervraag(ctx context.Context, idb bun.IDB, a *Actor, in LeervraagInput) (*Leervraag, error) {
	if in.ID != nil {
		cur, err := ownLeervraag(ctx, idb, a, *in.ID)
		if err != nil {
			return nil, err
		}
		in.LeergangID = cur.LeergangID
	}
	if err := a.RequireOwnIntake(ctx, idb, in.LeergangID); err != nil {
		return nil, err
	}
	if err := in.validate(ctx, idb); err != nil {
		return nil, err
	}
	lv := &Leervraag{LeergangID: in.LeergangID, PersonID: a.PersonID, Question: in.Question, Kind: in.Kind}
	if in.ID == nil {
		n, err := idb.NewSelect().Table("leervragen").Where("leergang_id = ? AND person_id = ?", in.LeergangID, a.PersonID).Count(ctx)
		if err != nil {
			return nil, err
		}
		if n >= maxLeervragen {
			return nil, &ConflictError{Message: fmt.Sprintf("Je hebt al %d leervragen; scherp liever een bestaande aan.", maxLeervragen)}
		}
		lv.Position = int(n) + 1
		if _, err := idb.NewInsert().Model(lv).Returning("id").Exec(ctx); err != nil {
			return nil, err
		}
	} else {
		lv.ID = *in.ID
		if _, err := idb.NewUpdate().Model(lv).Column("question", "kind").Set("updated_at = now()").WherePK().Exec(ctx); err != nil {
			return nil, err
		}
		if _, err := idb.NewRaw("DELETE FROM leervraag_competencies WHERE leervraag_id = ?", lv.ID).Exec(ctx); err != nil {
			return nil, err
		}
	}
	for _, c := range in.CompetencyIDs {
		if _, err := idb.NewRaw("INSERT INTO leervraag_competencies (leervraag_id, competency_id) VALUES (?, ?)", lv.ID, c).Exec(ctx); err != nil {
			return nil, err
		}
	}
	return leervraagByID(ctx, idb, lv.ID)
}

func leervraagByID(ctx context.Context, idb bun.IDB, id uuid.UUID) (*Leervraag, error) {
	lv := new(Leervraag)
	if err := idb.NewSelect().Model(lv).Where("lv.id = ?", id).Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Leervraag")
	}
	all, err := leervragenOf(ctx, idb, lv.LeergangID, []uuid.UUID{lv.PersonID})
	if err != nil {
		return nil, err
	}
	if i := slices.IndexFunc(all, func(x *Leervraag) bool { return x.ID == id }); i >= 0 {
		return all[i], nil
	}
	return lv, nil
}

// DeleteLeervraag removes one of the actor's leervragen with its reflections.
func DeleteLeervraag(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) error {
	if _, err := ownLeervraag(ctx, idb, a, id); err != nil {
		return err
	}
	_, err := idb.NewDelete().Model((*Leervraag)(nil)).Where("id = ?", id).Exec(ctx)
	return err
}

// ReflectOnLeervraag records (or changes) the deelnemer's status and
// reflection on a leervraag for a leerjaar of its leergang.
func ReflectOnLeervraag(ctx context.Context, idb bun.IDB, a *Actor, leervraagID, leerjaarID uuid.UUID, status LeervraagStatus, reflection string) (*Leervraag, error) {
	lv, err := ownLeervraag(ctx, idb, a, leervraagID)
	if err != nil {
		return nil, err
	}
	reflection = strings.TrimSpace(reflection)
	var v Validator
	if !status.Valid() {
		v.Add("status", "invalid", "Kies: nog niet, op weg, beantwoord of bijgesteld.")
	}
	maxText(&v, "reflection", reflection, maxReflectionText)
	var of uuid.UUID
	if err := idb.NewSelect().Table("leerjaren").Column("leergang_id").Where("id = ?", leerjaarID).Scan(ctx, &of); err != nil && !isNoRows(err) {
		return nil, err
	}
	if of != lv.LeergangID {
		v.Add("leerjaarId", "required", "Kies een leerjaar van deze leergang.")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	_, err = idb.NewRaw(`INSERT INTO leervraag_reflections (leervraag_id, leerjaar_id, status, reflection) VALUES (?, ?, ?, ?)
		ON CONFLICT (leervraag_id, leerjaar_id) DO UPDATE SET status = EXCLUDED.status, reflection = EXCLUDED.reflection, updated_at = now()`,
		lv.ID, leerjaarID, status, reflection).Exec(ctx)
	if err != nil {
		return nil, err
	}
	return leervraagByID(ctx, idb, lv.ID)
}
