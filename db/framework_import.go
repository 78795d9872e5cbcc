package db

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db/frameworkio"
)

// FrameworkImport is a parsed framework file to load as a new framework
// (FrameworkID nil, Name required) or over an existing framework's content.
type FrameworkImport struct {
	FrameworkID *uuid.UUID
	Name        string
	Doc         *frameworkio.Document
}

// ImportFramework loads a parsed file in the caller's transaction, so a file
// lands whole or not at all. Replacing is refused once scans rated the
// framework: the ratings must keep their aspects.
func ImportFramework(ctx context.Context, tx bun.Tx, a *Actor, in FrameworkImport) (*Framework, error) {
	if err := a.RequireEditFrameworks(); err != nil {
		return nil, err
	}
	var scale []ScaleLevel
	for _, s := range in.Doc.Scale {
		scale = append(scale, ScaleLevel{Value: s.Value, Label: s.Label, Description: s.Description})
	}
	var id uuid.UUID
	if in.FrameworkID == nil {
		fw, err := CreateFramework(ctx, tx, a, FrameworkInput{Name: in.Name, Scale: scale})
		if err != nil {
			return nil, err
		}
		id = fw.ID
	} else {
		id = *in.FrameworkID
		if _, err := lockFramework(ctx, tx, id); err != nil {
			return nil, err
		}
		rated, err := FrameworksWithRatings(ctx, tx, []uuid.UUID{id})
		if err != nil {
			return nil, err
		}
		if rated[id] {
			return nil, &ConflictError{Message: "Met dit kader is al gescand, dus de inhoud kan niet meer worden vervangen. Importeer het bestand als nieuw kader."}
		}
		if scale != nil {
			if err := replaceScale(ctx, tx, id, scale); err != nil {
				return nil, err
			}
		}
		if _, err := tx.NewDelete().Table("competencies").Where("framework_id = ?", id).Exec(ctx); err != nil {
			return nil, err
		}
		if err := touchFramework(ctx, tx, id); err != nil {
			return nil, err
		}
	}
	if err := insertContent(ctx, tx, id, in.Doc); err != nil {
		return nil, err
	}
	return GetFramework(ctx, tx, a, id)
}

// insertContent inserts all competencies and all aspects with one statement each.
func insertContent(ctx context.Context, tx bun.Tx, frameworkID uuid.UUID, doc *frameworkio.Document) error {
	comps := make([]Competency, 0, len(doc.Competencies))
	aspects := make([]Aspect, 0, doc.AspectCount())
	for i, c := range doc.Competencies {
		cid := uuid.New()
		comps = append(comps, Competency{ID: cid, FrameworkID: frameworkID, Position: i + 1, Name: c.Name, Description: c.Description})
		for j, x := range c.Aspects {
			aspects = append(aspects, Aspect{ID: uuid.New(), CompetencyID: cid, Position: j + 1, Title: x.Title, Description: x.Description})
		}
	}
	if len(comps) > 0 {
		if _, err := tx.NewInsert().Model(&comps).Exec(ctx); err != nil {
			return err
		}
	}
	if len(aspects) > 0 {
		if _, err := tx.NewInsert().Model(&aspects).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

// SetLeergangFramework sets (or, with nil, clears) the framework a leergang
// uses; allowed for who may manage the leergang. The framework must be one
// the actor can read.
func SetLeergangFramework(ctx context.Context, tx bun.Tx, a *Actor, leergangID uuid.UUID, frameworkID *uuid.UUID) (*Leergang, error) {
	if err := a.RequireManageLeergang(ctx, tx, leergangID); err != nil {
		return nil, err
	}
	l, err := GetLeergang(ctx, tx, a, leergangID)
	if err != nil {
		return nil, err
	}
	if sameFramework(l.FrameworkID, frameworkID) {
		return l, nil
	}
	scanned, err := tx.NewSelect().TableExpr("scan_moments AS sm").Join("JOIN scans AS s ON s.moment_id = sm.id").
		Join("JOIN scan_ratings AS sr ON sr.scan_id = s.id").Where("sm.leergang_id = ?", leergangID).Exists(ctx)
	if err != nil {
		return nil, err
	}
	if scanned {
		return nil, &ConflictError{Message: "In deze leergang is al gescand met het huidige kader; een ander kader kiezen kan niet meer."}
	}
	if frameworkID != nil {
		if _, err := GetFramework(ctx, tx, a, *frameworkID); err != nil {
			if IsNotFound(err) {
				return nil, Invalid("frameworkId", "not_found", "Dit competentiekader bestaat niet (meer).")
			}
			return nil, err
		}
	}
	if _, err := tx.NewUpdate().Table("leergangen").Set("framework_id = ?, updated_at = now()", frameworkID).Where("id = ?", leergangID).Exec(ctx); err != nil {
		return nil, err
	}
	return GetLeergang(ctx, tx, a, leergangID)
}

func sameFramework(a, b *uuid.UUID) bool {
	return (a == nil && b == nil) || (a != nil && b != nil && *a == *b)
}
