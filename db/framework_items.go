package db

import (
	"context"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Adding, rewording, reordering and removing the competencies and aspects of a
// framework. Each function returns the framework's id so the caller can answer
// with the whole framework. Positions are 1-based and gap-free.

const (
	maxCompetencyName    = 200
	maxAspectTitle       = 500
	maxFrameworkItemText = 4000
)

// ItemInput is the text of a competency (Title = name) or an aspect.
type ItemInput struct {
	Title       string
	Description string
}

func (in *ItemInput) validate(field string, max int) error {
	in.Title, in.Description = strings.TrimSpace(in.Title), strings.TrimSpace(in.Description)
	var v Validator
	requireText(&v, field, in.Title, max)
	maxText(&v, "description", in.Description, maxFrameworkItemText)
	return v.Err()
}

func AddCompetency(ctx context.Context, tx bun.Tx, a *Actor, frameworkID uuid.UUID, in ItemInput) (uuid.UUID, error) {
	if err := a.RequireEditFrameworks(); err != nil {
		return uuid.Nil, err
	}
	if _, err := lockFramework(ctx, tx, frameworkID); err != nil {
		return uuid.Nil, err
	}
	if err := in.validate("name", maxCompetencyName); err != nil {
		return uuid.Nil, err
	}
	if err := refuseDuplicateCompetency(ctx, tx, frameworkID, uuid.Nil, in.Title); err != nil {
		return uuid.Nil, err
	}
	c := &Competency{ID: uuid.New(), FrameworkID: frameworkID, Name: in.Title, Description: in.Description}
	_, err := tx.NewInsert().Model(c).
		Value("position", "(SELECT coalesce(max(position), 0) + 1 FROM competencies WHERE framework_id = ?)", frameworkID).Exec(ctx)
	if err != nil {
		return uuid.Nil, err
	}
	return frameworkID, touchFramework(ctx, tx, frameworkID)
}

func refuseDuplicateCompetency(ctx context.Context, tx bun.Tx, frameworkID, self uuid.UUID, name string) error {
	taken, err := tx.NewSelect().Table("competencies").
		Where("framework_id = ? AND id <> ? AND lower(name) = lower(?)", frameworkID, self, name).Exists(ctx)
	if err != nil {
		return err
	}
	if taken {
		return Invalid("name", "taken", "Dit kader heeft al een competentie met deze naam.")
	}
	return nil
}

// lockedCompetency reads a competency and locks its framework.
func lockedCompetency(ctx context.Context, tx bun.Tx, a *Actor, id uuid.UUID) (*Competency, error) {
	if err := a.RequireEditFrameworks(); err != nil {
		return nil, err
	}
	c := new(Competency)
	if err := tx.NewSelect().Model(c).Where("c.id = ?", id).Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Competentie")
	}
	if _, err := lockFramework(ctx, tx, c.FrameworkID); err != nil {
		return nil, err
	}
	return c, nil
}

func UpdateCompetency(ctx context.Context, tx bun.Tx, a *Actor, id uuid.UUID, in ItemInput) (uuid.UUID, error) {
	c, err := lockedCompetency(ctx, tx, a, id)
	if err != nil {
		return uuid.Nil, err
	}
	if err := in.validate("name", maxCompetencyName); err != nil {
		return uuid.Nil, err
	}
	if err := refuseDuplicateCompetency(ctx, tx, c.FrameworkID, c.ID, in.Title); err != nil {
		return uuid.Nil, err
	}
	if _, err := tx.NewUpdate().Table("competencies").Set("name = ?, description = ?", in.Title, in.Description).Where("id = ?", id).Exec(ctx); err != nil {
		return uuid.Nil, err
	}
	return c.FrameworkID, touchFramework(ctx, tx, c.FrameworkID)
}

func MoveCompetency(ctx context.Context, tx bun.Tx, a *Actor, id uuid.UUID, dir MoveDirection) (uuid.UUID, error) {
	c, err := lockedCompetency(ctx, tx, a, id)
	if err != nil {
		return uuid.Nil, err
	}
	if err := swapWithNeighbour(ctx, tx, "competencies", "framework_id", c.FrameworkID, c.ID, c.Position, dir); err != nil {
		return uuid.Nil, err
	}
	return c.FrameworkID, touchFramework(ctx, tx, c.FrameworkID)
}

func RemoveCompetency(ctx context.Context, tx bun.Tx, a *Actor, id uuid.UUID) (uuid.UUID, error) {
	c, err := lockedCompetency(ctx, tx, a, id)
	if err != nil {
		return uuid.Nil, err
	}
	if err := refuseRated(ctx, tx, "asp.competency_id = ?", id,
		"Deze competentie heeft aspecten die al in scans zijn beoordeeld; ze kan niet meer worden verwijderd. Je kunt haar wel anders formuleren."); err != nil {
		return uuid.Nil, err
	}
	if _, err := tx.NewDelete().Table("competencies").Where("id = ?", id).Exec(ctx); err != nil {
		return uuid.Nil, ratedAsConflict(err, "Deze competentie is al in scans beoordeeld; ze kan niet meer worden verwijderd.")
	}
	if err := closeGap(ctx, tx, "competencies", "framework_id", c.FrameworkID, c.Position); err != nil {
		return uuid.Nil, err
	}
	return c.FrameworkID, touchFramework(ctx, tx, c.FrameworkID)
}

func AddAspect(ctx context.Context, tx bun.Tx, a *Actor, competencyID uuid.UUID, in ItemInput) (uuid.UUID, error) {
	c, err := lockedCompetency(ctx, tx, a, competencyID)
	if err != nil {
		return uuid.Nil, err
	}
	if err := in.validate("title", maxAspectTitle); err != nil {
		return uuid.Nil, err
	}
	x := &Aspect{ID: uuid.New(), CompetencyID: competencyID, Title: in.Title, Description: in.Description}
	_, err = tx.NewInsert().Model(x).
		Value("position", "(SELECT coalesce(max(position), 0) + 1 FROM aspects WHERE competency_id = ?)", competencyID).Exec(ctx)
	if err != nil {
		return uuid.Nil, err
	}
	return c.FrameworkID, touchFramework(ctx, tx, c.FrameworkID)
}

// lockedAspect reads an aspect and locks its framework.
func lockedAspect(ctx context.Context, tx bun.Tx, a *Actor, id uuid.UUID) (*Aspect, uuid.UUID, error) {
	if err := a.RequireEditFrameworks(); err != nil {
		return nil, uuid.Nil, err
	}
	x := new(Aspect)
	if err := tx.NewSelect().Model(x).Where("asp.id = ?", id).Scan(ctx); err != nil {
		return nil, uuid.Nil, notFoundOr(err, "Aspect")
	}
	var frameworkID uuid.UUID
	if err := tx.NewSelect().Table("competencies").Column("framework_id").Where("id = ?", x.CompetencyID).Scan(ctx, &frameworkID); err != nil {
		return nil, uuid.Nil, err
	}
	if _, err := lockFramework(ctx, tx, frameworkID); err != nil {
		return nil, uuid.Nil, err
	}
	return x, frameworkID, nil
}

func UpdateAspect(ctx context.Context, tx bun.Tx, a *Actor, id uuid.UUID, in ItemInput) (uuid.UUID, error) {
	_, frameworkID, err := lockedAspect(ctx, tx, a, id)
	if err != nil {
		return uuid.Nil, err
	}
	if err := in.validate("title", maxAspectTitle); err != nil {
		return uuid.Nil, err
	}
	if _, err := tx.NewUpdate().Table("aspects").Set("title = ?, description = ?", in.Title, in.Description).Where("id = ?", id).Exec(ctx); err != nil {
		return uuid.Nil, err
	}
	return frameworkID, touchFramework(ctx, tx, frameworkID)
}

func MoveAspect(ctx context.Context, tx bun.Tx, a *Actor, id uuid.UUID, dir MoveDirection) (uuid.UUID, error) {
	x, frameworkID, err := lockedAspect(ctx, tx, a, id)
	if err != nil {
		return uuid.Nil, err
	}
	if err := swapWithNeighbour(ctx, tx, "aspects", "competency_id", x.CompetencyID, x.ID, x.Position, dir); err != nil {
		return uuid.Nil, err
	}
	return frameworkID, touchFramework(ctx, tx, frameworkID)
}

// RemoveAspect refuses an aspect that scans rated: the ratings keep referring
// to it (scan_ratings.aspect_id is ON DELETE RESTRICT).
func RemoveAspect(ctx context.Context, tx bun.Tx, a *Actor, id uuid.UUID) (uuid.UUID, error) {
	x, frameworkID, err := lockedAspect(ctx, tx, a, id)
	if err != nil {
		return uuid.Nil, err
	}
	const rated = "Dit aspect is al in scans beoordeeld en kan daarom niet worden verwijderd. Je kunt het wel anders formuleren."
	if err := refuseRated(ctx, tx, "asp.id = ?", id, rated); err != nil {
		return uuid.Nil, err
	}
	if _, err := tx.NewDelete().Table("aspects").Where("id = ?", id).Exec(ctx); err != nil {
		return uuid.Nil, ratedAsConflict(err, rated)
	}
	if err := closeGap(ctx, tx, "aspects", "competency_id", x.CompetencyID, x.Position); err != nil {
		return uuid.Nil, err
	}
	return frameworkID, touchFramework(ctx, tx, frameworkID)
}

// refuseRated answers CONFLICT when a scan rated one of the aspects matching cond.
func refuseRated(ctx context.Context, tx bun.Tx, cond string, arg any, message string) error {
	rated, err := tx.NewSelect().TableExpr("aspects AS asp").Join("JOIN scan_ratings AS sr ON sr.aspect_id = asp.id").
		Where(cond, arg).Exists(ctx)
	if err != nil {
		return err
	}
	if rated {
		return &ConflictError{Message: message}
	}
	return nil
}

// closeGap shifts the items after a removed one up by one, keeping the
// positions gap-free.
func closeGap(ctx context.Context, tx bun.Tx, table, parentCol string, parent uuid.UUID, pos int) error {
	_, err := tx.NewUpdate().Table(table).Set("position = position - 1").
		Where("? = ? AND position > ?", bun.Ident(parentCol), parent, pos).Exec(ctx)
	return err
}
