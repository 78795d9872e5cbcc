package db

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
)

// Praktijkopdrachten (assignments) of a leergang: defined by its opleiders,
// visible to its deelnemers (ScopeAssignments).

type RubricLevelInput struct {
	Label       string
	Description string
	Points      int
}

type RubricCriterionInput struct {
	Title       string
	Description string
	Levels      []RubricLevelInput
}

type AssignmentInput struct {
	LeerjaarID   uuid.UUID
	Title        string
	Instructions string
	DueOn        time.Time
	Parts        []AssignmentPart
	Aspects      []string
	Rubric       []RubricCriterionInput
}

const (
	maxInstructions   = 20000
	maxAspects        = 30
	maxAspectLen      = 100
	maxCriteria       = 20
	maxLevels         = 10
	maxRubricText     = 2000
	maxAssignmentsPer = 200 // per leergang; a list that cannot grow much
)

func (in *AssignmentInput) validate(ctx context.Context, idb bun.IDB, leergangID uuid.UUID) error {
	in.Title, in.Instructions = strings.TrimSpace(in.Title), strings.TrimSpace(in.Instructions)
	var v Validator
	requireText(&v, "title", in.Title, 200)
	maxText(&v, "instructions", in.Instructions, maxInstructions)
	if in.DueOn.IsZero() {
		v.Add("dueOn", "required", "Vul de inleverdatum in.")
	}
	var parts []AssignmentPart
	for _, p := range in.Parts {
		if !p.Valid() {
			v.Add("parts", "invalid", "Kies uit video, reflectieverslag en geschreven tekst.")
			break
		}
		if !slices.Contains(parts, p) {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 && !v.Has("parts") {
		v.Add("parts", "required", "Kies ten minste één onderdeel dat de deelnemer inlevert.")
	}
	in.Parts = parts
	aspects := []string{}
	for _, s := range in.Aspects {
		s = strings.Join(strings.Fields(s), " ")
		if s == "" || slices.Contains(aspects, s) {
			continue
		}
		if len([]rune(s)) > maxAspectLen {
			v.Add("aspects", "too_long", "Een aspect is hoogstens "+strconv.Itoa(maxAspectLen)+" tekens.")
			break
		}
		aspects = append(aspects, s)
	}
	if len(aspects) > maxAspects {
		v.Add("aspects", "too_many", "Kies hoogstens "+strconv.Itoa(maxAspects)+" aspecten.")
	}
	in.Aspects = aspects
	validateRubric(&v, in.Rubric)

	var leerjaarOf uuid.UUID
	if err := idb.NewSelect().Table("leerjaren").Column("leergang_id").Where("id = ?", in.LeerjaarID).Scan(ctx, &leerjaarOf); err != nil && !isNoRows(err) {
		return err
	}
	if leerjaarOf != leergangID {
		v.Add("leerjaarId", "required", "Kies een leerjaar van deze leergang.")
	}
	return v.Err()
}

func validateRubric(v *Validator, rubric []RubricCriterionInput) {
	if len(rubric) > maxCriteria {
		v.Add("rubric", "too_many", "Een rubric heeft hoogstens "+strconv.Itoa(maxCriteria)+" criteria.")
		return
	}
	for i := range rubric {
		c := &rubric[i]
		c.Title, c.Description = strings.TrimSpace(c.Title), strings.TrimSpace(c.Description)
		switch {
		case c.Title == "" || len([]rune(c.Title)) > 200:
			v.Add("rubric", "required", "Geef elk criterium een naam (hoogstens 200 tekens).")
			return
		case len([]rune(c.Description)) > maxRubricText:
			v.Add("rubric", "too_long", "De beschrijving van "+c.Title+" is te lang.")
			return
		case len(c.Levels) < 2 || len(c.Levels) > maxLevels:
			v.Add("rubric", "levels", c.Title+": geef 2 tot en met "+strconv.Itoa(maxLevels)+" niveaus.")
			return
		}
		for j := range c.Levels {
			l := &c.Levels[j]
			l.Label, l.Description = strings.TrimSpace(l.Label), strings.TrimSpace(l.Description)
			if l.Label == "" || len([]rune(l.Label)) > 100 || len([]rune(l.Description)) > maxRubricText || l.Points < 0 || l.Points > 1000 {
				v.Add("rubric", "invalid_level", c.Title+": geef elk niveau een naam, een beschrijving van hoogstens "+
					strconv.Itoa(maxRubricText)+" tekens en 0 tot en met 1000 punten.")
				return
			}
		}
	}
}

// CreateAssignment defines a praktijkopdracht for a leerjaar of the leergang.
func CreateAssignment(ctx context.Context, idb bun.IDB, a *Actor, leergangID uuid.UUID, in *AssignmentInput) (*Assignment, error) {
	if err := a.RequireManageAssignments(ctx, idb, leergangID); err != nil {
		return nil, err
	}
	if err := in.validate(ctx, idb, leergangID); err != nil {
		return nil, err
	}
	n, err := idb.NewSelect().Table("assignments").Where("leergang_id = ?", leergangID).Count(ctx)
	if err != nil {
		return nil, err
	}
	if n >= maxAssignmentsPer {
		return nil, &ConflictError{Message: "Deze leergang heeft al het maximale aantal praktijkopdrachten."}
	}
	by := a.PersonID
	as := &Assignment{LeergangID: leergangID, LeerjaarID: in.LeerjaarID, Title: in.Title, Instructions: in.Instructions,
		DueOn: in.DueOn, Parts: in.Parts, Aspects: in.Aspects, CreatedBy: &by}
	if _, err := idb.NewInsert().Model(as).Returning("*").Exec(ctx); err != nil {
		return nil, err
	}
	if err := writeRubric(ctx, idb, as.ID, in.Rubric); err != nil {
		return nil, err
	}
	return as, nil
}

// UpdateAssignment changes a praktijkopdracht. Its rubric can change only as
// long as no submission has been scored with it.
func UpdateAssignment(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID, in *AssignmentInput) (*Assignment, error) {
	cur, err := managedAssignment(ctx, idb, a, id)
	if err != nil {
		return nil, err
	}
	if err := in.validate(ctx, idb, cur.LeergangID); err != nil {
		return nil, err
	}
	rubrics, err := RubricsByAssignment(ctx, idb, []uuid.UUID{id})
	if err != nil {
		return nil, err
	}
	if !sameRubric(rubrics[id], in.Rubric) {
		scored, err := idb.NewSelect().TableExpr("rubric_scores AS rs").Join("JOIN rubric_criteria AS rc ON rc.id = rs.criterion_id").
			Where("rc.assignment_id = ?", id).Exists(ctx)
		if err != nil {
			return nil, err
		}
		if scored {
			return nil, &ConflictError{Message: "Met deze rubric is al beoordeeld; je kunt hem niet meer wijzigen."}
		}
		if _, err := idb.NewDelete().Model((*RubricCriterion)(nil)).Where("assignment_id = ?", id).Exec(ctx); err != nil {
			return nil, err
		}
		if err := writeRubric(ctx, idb, id, in.Rubric); err != nil {
			return nil, err
		}
	}
	as := new(Assignment)
	_, err = idb.NewUpdate().Model(as).Where("asg.id = ?", id).
		Set("leerjaar_id = ?", in.LeerjaarID).Set("title = ?", in.Title).Set("instructions = ?", in.Instructions).
		Set("due_on = ?", in.DueOn).Set("parts = ?", pgdialect.Array(in.Parts)).Set("aspects = ?", pgdialect.Array(in.Aspects)).
		Set("updated_at = now()").Returning("*").Exec(ctx)
	return as, err
}

// DeleteAssignment removes a praktijkopdracht nobody has started on yet.
func DeleteAssignment(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) error {
	if _, err := managedAssignment(ctx, idb, a, id); err != nil {
		return err
	}
	started, err := idb.NewSelect().Table("submissions").Where("assignment_id = ?", id).Exists(ctx)
	if err != nil {
		return err
	}
	if started {
		return &ConflictError{Message: "Deelnemers zijn al aan deze praktijkopdracht begonnen; je kunt hem niet meer verwijderen."}
	}
	_, err = idb.NewDelete().Model((*Assignment)(nil)).Where("id = ?", id).Exec(ctx)
	return err
}

func managedAssignment(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*Assignment, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	cur, err := GetAssignment(ctx, idb, a, id)
	if err != nil {
		return nil, err
	}
	if err := a.RequireManageAssignments(ctx, idb, cur.LeergangID); err != nil {
		return nil, err
	}
	return cur, nil
}

func writeRubric(ctx context.Context, idb bun.IDB, assignmentID uuid.UUID, rubric []RubricCriterionInput) error {
	for i, c := range rubric {
		rc := &RubricCriterion{AssignmentID: assignmentID, Position: i + 1, Title: c.Title, Description: c.Description}
		if _, err := idb.NewInsert().Model(rc).Returning("id").Exec(ctx); err != nil {
			return err
		}
		levels := make([]*RubricLevel, len(c.Levels))
		for j, l := range c.Levels {
			levels[j] = &RubricLevel{CriterionID: rc.ID, Position: j + 1, Label: l.Label, Description: l.Description, Points: l.Points}
		}
		if _, err := idb.NewInsert().Model(&levels).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

func sameRubric(cur []*RubricCriterion, in []RubricCriterionInput) bool {
	if len(cur) != len(in) {
		return false
	}
	for i, c := range cur {
		if c.Title != in[i].Title || c.Description != in[i].Description || len(c.Levels) != len(in[i].Levels) {
			return false
		}
		for j, l := range c.Levels {
			x := in[i].Levels[j]
			if l.Label != x.Label || l.Description != x.Description || l.Points != x.Points {
				return false
			}
		}
	}
	return true
}

func GetAssignment(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*Assignment, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	as := new(Assignment)
	err := a.ScopeAssignments(idb.NewSelect().Model(as).Where("asg.id = ?", id)).Scan(ctx)
	return as, visibleOr(ctx, idb, err, "assignments", id, "Praktijkopdracht", "Je hebt geen toegang tot deze praktijkopdracht.")
}

func AssignmentsByID(ctx context.Context, idb bun.IDB, a *Actor, ids []uuid.UUID) (map[uuid.UUID]*Assignment, error) {
	var rows []*Assignment
	q := a.ScopeAssignments(idb.NewSelect().Model(&rows).Where("asg.id IN (?)", bun.In(ids)))
	return scanByID(ctx, q, &rows, func(as *Assignment) uuid.UUID { return as.ID })
}

// ListAssignments returns the praktijkopdrachten of a leergang (optionally of
// one leerjaar) by due date, for its opleiders and deelnemers; anyone else who
// can see the leergang (a directie, a bestuur) is refused: they follow the
// status view instead.
func ListAssignments(ctx context.Context, idb bun.IDB, a *Actor, leergangID uuid.UUID, leerjaarID *uuid.UUID) ([]*Assignment, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	if _, err := GetLeergang(ctx, idb, a, leergangID); err != nil {
		return nil, err
	}
	manage, err := a.CanManageLeergang(ctx, idb, leergangID)
	if err != nil {
		return nil, err
	}
	if !manage {
		var forbidden *ForbiddenError
		if err := a.RequireSubmitTo(ctx, idb, &Assignment{LeergangID: leergangID}); errors.As(err, &forbidden) {
			return nil, &ForbiddenError{Message: "Je kunt de praktijkopdrachten van deze leergang niet inzien."}
		} else if err != nil {
			return nil, err
		}
	}
	out := []*Assignment{}
	q := a.ScopeAssignments(idb.NewSelect().Model(&out).Where("asg.leergang_id = ?", leergangID))
	if leerjaarID != nil {
		q = q.Where("asg.leerjaar_id = ?", *leerjaarID)
	}
	if err := q.OrderExpr("asg.due_on, lower(asg.title), asg.id").Limit(maxAssignmentsPer).Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	return out, nil
}

// RubricsByAssignment returns the criteria with their levels, in order, of
// assignments that are already visible; two statements for any number.
func RubricsByAssignment(ctx context.Context, idb bun.IDB, ids []uuid.UUID) (map[uuid.UUID][]*RubricCriterion, error) {
	out := map[uuid.UUID][]*RubricCriterion{}
	var criteria []*RubricCriterion
	if err := idb.NewSelect().Model(&criteria).Where("rc.assignment_id IN (?)", bun.In(ids)).OrderExpr("rc.assignment_id, rc.position").Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	if len(criteria) == 0 {
		return out, nil
	}
	byID := make(map[uuid.UUID]*RubricCriterion, len(criteria))
	cids := make([]uuid.UUID, len(criteria))
	for i, c := range criteria {
		c.Levels = []*RubricLevel{}
		byID[c.ID], cids[i] = c, c.ID
		out[c.AssignmentID] = append(out[c.AssignmentID], c)
	}
	var levels []*RubricLevel
	if err := idb.NewSelect().Model(&levels).Where("rl.criterion_id IN (?)", bun.In(cids)).OrderExpr("rl.criterion_id, rl.position").Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	for _, l := range levels {
		byID[l.CriterionID].Levels = append(byID[l.CriterionID].Levels, l)
	}
	return out, nil
}
