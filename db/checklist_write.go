package db

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/uptrace/bun"
)

const maxItemNote = 1000

// StartChecklist gives a starter their checklist: a copy of every item of
// their organisation's template (else the default). now decides whether a
// person starting their own list still counts as a starter.
func StartChecklist(ctx context.Context, idb bun.IDB, a *Actor, starterID uuid.UUID, now time.Time) (*Checklist, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	p := new(Person)
	if err := idb.NewSelect().Model(p).Column("p.id", "p.ib_start_date", "p.disabled_at").Where("p.id = ?", starterID).Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Persoon")
	}
	if err := a.RequireStartChecklist(ctx, idb, p, p.IsStarter(now)); err != nil {
		return nil, err
	}
	exists, err := idb.NewSelect().Table("checklists").Where("starter_id = ?", starterID).Exists(ctx)
	if err != nil {
		return nil, err
	}
	if exists {
		return nil, &ConflictError{Message: "Deze starter heeft al een checklist."}
	}
	t, err := templateForStarter(ctx, idb, starterID)
	if err != nil {
		return nil, err
	}
	c := &Checklist{StarterID: starterID, TemplateID: &t.ID, TemplateVersion: t.Version}
	if _, err := idb.NewInsert().Model(c).Returning("id").Exec(ctx); err != nil {
		return nil, conflictOnUnique(err, "checklists_starter_key", "Deze starter heeft al een checklist.")
	}
	if _, err := idb.NewRaw(`INSERT INTO checklist_items (checklist_id, template_item_id, part_title, part_position, position, text, link_url, document_id)
		SELECT ?, i.id, p.title, p.position, i.position, i.text, i.link_url, i.document_id
		FROM checklist_template_items i JOIN checklist_template_parts p ON p.id = i.part_id
		WHERE p.template_id = ?`, c.ID, t.ID).Exec(ctx); err != nil {
		return nil, err
	}
	return reloadChecklist(ctx, idb, a, c.ID)
}

// ItemStatusInput ticks, marks not applicable or reopens one item.
type ItemStatusInput struct {
	ItemID uuid.UUID
	Status ChecklistItemStatus
	// DoneOn defaults to today; it may not lie in the future.
	DoneOn *time.Time
	Note   *string
}

// SetItemStatus records who ticked an item, when, and why.
func SetItemStatus(ctx context.Context, idb bun.IDB, a *Actor, in ItemStatusInput, today time.Time) (*Checklist, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	var row struct {
		ChecklistID uuid.UUID
		StarterID   uuid.UUID
		Note        string
	}
	err := idb.NewSelect().TableExpr("checklist_items AS ci").ColumnExpr("ci.checklist_id, c.starter_id, ci.note").
		Join("JOIN checklists AS c ON c.id = ci.checklist_id").Where("ci.id = ?", in.ItemID).
		For("UPDATE OF ci").Scan(ctx, &row)
	if err != nil {
		return nil, notFoundOr(err, "Punt van de checklist")
	}
	if err := a.RequireTickChecklist(ctx, idb, row.StarterID); err != nil {
		return nil, err
	}
	var v Validator
	if !in.Status.Valid() {
		v.Add("status", "invalid", "Kies gedaan, niet van toepassing of open.")
	}
	note := row.Note
	if in.Note != nil {
		note = strings.TrimSpace(*in.Note)
		maxText(&v, "note", note, maxItemNote)
	}
	day := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	if in.DoneOn != nil {
		d := *in.DoneOn
		day = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
		switch {
		case day.After(time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)):
			v.Add("doneOn", "future", "Kies vandaag of een dag in het verleden.")
		case day.Year() < 2000:
			v.Add("doneOn", "out_of_range", "Kies een datum na 2000.")
		}
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	q := idb.NewUpdate().Model((*ChecklistItem)(nil)).Where("ci.id = ?", in.ItemID).
		Set("status = ?", in.Status).Set("note = ?", note).Set("updated_at = now()")
	if in.Status == ItemOpen {
		q = q.Set("done_on = NULL").Set("done_by = NULL")
	} else {
		q = q.Set("done_on = ?", day).Set("done_by = ?", a.PersonID)
	}
	if _, err := q.Exec(ctx); err != nil {
		return nil, err
	}
	if _, err := idb.NewUpdate().Model((*Checklist)(nil)).Where("c.id = ?", row.ChecklistID).Set("updated_at = now()").Exec(ctx); err != nil {
		return nil, err
	}
	return reloadChecklist(ctx, idb, a, row.ChecklistID)
}

// OnboardingProgress counts a checklist's items, in all and per part. As on
// the dashboard, an item done or marked not applicable counts as complete.
type OnboardingProgress struct {
	Done          int
	NotApplicable int
	Total         int
	Parts         []*OnboardingPartProgress
}

type OnboardingPartProgress struct {
	Title         string
	Done          int
	NotApplicable int
	Total         int
}

// Percent is the share of complete items, rounded down.
func (p OnboardingProgress) Percent() int { return percentComplete(p.Done+p.NotApplicable, p.Total) }
func (p OnboardingPartProgress) Percent() int {
	return percentComplete(p.Done+p.NotApplicable, p.Total)
}

func percentComplete(complete, total int) int {
	if total == 0 {
		return 0
	}
	return complete * 100 / total
}

// ProgressOf counts items per part, in the order of the parts.
func ProgressOf(items []*ChecklistItem) *OnboardingProgress {
	p := &OnboardingProgress{Parts: []*OnboardingPartProgress{}}
	var cur *OnboardingPartProgress
	curPos := -1
	for _, it := range items {
		if cur == nil || it.PartPosition != curPos || it.PartTitle != cur.Title {
			cur, curPos = &OnboardingPartProgress{Title: it.PartTitle}, it.PartPosition
			p.Parts = append(p.Parts, cur)
		}
		cur.Total++
		p.Total++
		switch it.Status {
		case ItemGedaan:
			cur.Done++
			p.Done++
		case ItemNietVanToepassing:
			cur.NotApplicable++
			p.NotApplicable++
		}
	}
	return p
}

// conflictOnUnique turns a unique violation that a concurrent request won
// into the same conflict the pre-check gives.
func conflictOnUnique(err error, constraint, message string) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" && pgErr.ConstraintName == constraint {
		return &ConflictError{Message: message}
	}
	return err
}
