package db

import (
	"context"
	"errors"
	"strconv"
	"strings"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/uptrace/bun"
)

// Writes of competency frameworks. Every function runs inside the caller's
// transaction, locks the framework row first (so concurrent reorders cannot
// interleave) and touches its updated_at.

// FrameworkInput is the editable head of a framework. A nil Scale keeps the
// current scale (or, for a new framework, gives it DefaultScale).
type FrameworkInput struct {
	Name        string
	Description string
	Scale       []ScaleLevel
}

func (in *FrameworkInput) validate(ctx context.Context, idb bun.IDB, self uuid.UUID) error {
	in.Name, in.Description = strings.TrimSpace(in.Name), strings.TrimSpace(in.Description)
	var v Validator
	requireText(&v, "name", in.Name, maxFrameworkName)
	maxText(&v, "description", in.Description, maxFrameworkDescription)
	if !v.Has("name") {
		taken, err := idb.NewSelect().Table("frameworks").Where("lower(name) = lower(?) AND id <> ?", in.Name, self).Exists(ctx)
		if err != nil {
			return err
		}
		if taken {
			v.Add("name", "taken", "Er bestaat al een competentiekader met deze naam.")
		}
	}
	if in.Scale != nil {
		validateScale(&v, in.Scale)
	}
	return v.Err()
}

func validateScale(v *Validator, scale []ScaleLevel) {
	if len(scale) < 2 {
		v.Add("scale", "too_short", "Een schaal heeft ten minste twee waarden.")
		return
	}
	seen := map[int]bool{}
	for i := range scale {
		s := &scale[i]
		s.Label, s.Description = strings.TrimSpace(s.Label), strings.TrimSpace(s.Description)
		switch {
		case s.Value < 0 || s.Value > 10:
			v.Add("scale", "value_out_of_range", "Een schaalwaarde ligt tussen 0 en 10.")
		case seen[s.Value]:
			v.Add("scale", "duplicate_value", "Waarde "+strconv.Itoa(s.Value)+" staat twee keer in de schaal.")
		case s.Label == "":
			v.Add("scale", "label_required", "Geef elke schaalwaarde een label.")
		case len([]rune(s.Label)) > maxScaleLabel:
			v.Add("scale", "too_long", "Een schaallabel is hoogstens "+strconv.Itoa(maxScaleLabel)+" tekens.")
		}
		if v.Has("scale") {
			return
		}
		seen[s.Value] = true
	}
}

func CreateFramework(ctx context.Context, tx bun.Tx, a *Actor, in FrameworkInput) (*Framework, error) {
	if err := a.RequireEditFrameworks(); err != nil {
		return nil, err
	}
	if err := in.validate(ctx, tx, uuid.Nil); err != nil {
		return nil, err
	}
	if in.Scale == nil {
		in.Scale = DefaultScale()
	}
	creator := a.PersonID
	fw := &Framework{ID: uuid.New(), Name: in.Name, Description: in.Description, CreatedBy: &creator}
	if _, err := tx.NewInsert().Model(fw).Returning("*").Exec(ctx); err != nil {
		return nil, uniqueAsInvalid(err, "frameworks_name_key", "name", "taken", "Er bestaat al een competentiekader met deze naam.")
	}
	if err := replaceScale(ctx, tx, fw.ID, in.Scale); err != nil {
		return nil, err
	}
	return fw, nil
}

func UpdateFramework(ctx context.Context, tx bun.Tx, a *Actor, id uuid.UUID, in FrameworkInput) (*Framework, error) {
	if err := a.RequireEditFrameworks(); err != nil {
		return nil, err
	}
	if _, err := lockFramework(ctx, tx, id); err != nil {
		return nil, err
	}
	if err := in.validate(ctx, tx, id); err != nil {
		return nil, err
	}
	if in.Scale != nil {
		if err := refuseRatedValueChange(ctx, tx, id, in.Scale); err != nil {
			return nil, err
		}
		if err := replaceScale(ctx, tx, id, in.Scale); err != nil {
			return nil, err
		}
	}
	_, err := tx.NewUpdate().Table("frameworks").Set("name = ?, description = ?, updated_at = now()", in.Name, in.Description).
		Where("id = ?", id).Exec(ctx)
	if err != nil {
		return nil, uniqueAsInvalid(err, "frameworks_name_key", "name", "taken", "Er bestaat al een competentiekader met deze naam.")
	}
	return GetFramework(ctx, tx, a, id)
}

// refuseRatedValueChange: labels may be reworded at any time, but once scans
// rated with the scale its values must stay, or old ratings lose their meaning.
func refuseRatedValueChange(ctx context.Context, tx bun.Tx, id uuid.UUID, scale []ScaleLevel) error {
	rated, err := FrameworksWithRatings(ctx, tx, []uuid.UUID{id})
	if err != nil || !rated[id] {
		return err
	}
	var current []int
	if err := tx.NewSelect().Table("framework_scale_levels").Column("value").Where("framework_id = ?", id).Order("value").Scan(ctx, &current); err != nil {
		return err
	}
	next := make(map[int]bool, len(scale))
	for _, s := range scale {
		next[s.Value] = true
	}
	if len(next) != len(current) {
		return &ConflictError{Message: "Met dit kader is al gescand: je kunt de labels van de schaal aanpassen, maar geen waarden toevoegen of weghalen."}
	}
	for _, v := range current {
		if !next[v] {
			return &ConflictError{Message: "Met dit kader is al gescand: je kunt de labels van de schaal aanpassen, maar geen waarden toevoegen of weghalen."}
		}
	}
	return nil
}

func replaceScale(ctx context.Context, tx bun.Tx, id uuid.UUID, scale []ScaleLevel) error {
	if _, err := tx.NewDelete().Table("framework_scale_levels").Where("framework_id = ?", id).Exec(ctx); err != nil {
		return err
	}
	rows := make([]ScaleLevel, len(scale))
	for i, s := range scale {
		rows[i] = ScaleLevel{FrameworkID: id, Value: s.Value, Label: s.Label, Description: s.Description}
	}
	_, err := tx.NewInsert().Model(&rows).Exec(ctx)
	return err
}

// DeleteFramework deletes a framework that no leergang uses and nobody rated.
func DeleteFramework(ctx context.Context, tx bun.Tx, a *Actor, id uuid.UUID) error {
	if err := a.RequireEditFrameworks(); err != nil {
		return err
	}
	if _, err := lockFramework(ctx, tx, id); err != nil {
		return err
	}
	used, err := tx.NewSelect().Table("leergangen").Where("framework_id = ?", id).Exists(ctx)
	if err != nil {
		return err
	}
	if used {
		return &ConflictError{Message: "Dit kader wordt door een leergang gebruikt. Kies daar eerst een ander kader."}
	}
	_, err = tx.NewDelete().Table("frameworks").Where("id = ?", id).Exec(ctx)
	return ratedAsConflict(err, "Met dit kader is al gescand; het kan niet meer worden verwijderd.")
}

// lockFramework takes the framework's row lock for the rest of the transaction.
func lockFramework(ctx context.Context, tx bun.Tx, id uuid.UUID) (*Framework, error) {
	fw := new(Framework)
	err := tx.NewSelect().Model(fw).Where("f.id = ?", id).For("UPDATE").Scan(ctx)
	return fw, notFoundOr(err, "Competentiekader")
}

func touchFramework(ctx context.Context, tx bun.Tx, id uuid.UUID) error {
	_, err := tx.NewUpdate().Table("frameworks").Set("updated_at = now()").Where("id = ?", id).Exec(ctx)
	return err
}

// ratedAsConflict turns the RESTRICT of scan_ratings.aspect_id into a clear refusal.
func ratedAsConflict(err error, message string) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23503" && strings.Contains(pgErr.ConstraintName, "scan_ratings") {
		return &ConflictError{Message: message}
	}
	return err
}
