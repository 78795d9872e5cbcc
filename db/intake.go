package db

import (
	"context"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// The intake of a deelnemer for a leergang: a short school context and their
// leervragen (leervraag.go), and what the directie of their school expects.

type Intake struct {
	bun.BaseModel `bun:"table:intakes,alias:it"`

	LeergangID           uuid.UUID  `bun:"type:uuid,pk"`
	PersonID             uuid.UUID  `bun:"type:uuid,pk"`
	SchoolContext        string     `bun:",notnull"`
	DirectieExpectations string     `bun:",notnull"`
	ExpectationsBy       *uuid.UUID `bun:"type:uuid"`
	ExpectationsAt       *time.Time
	SubmittedAt          *time.Time
	CreatedAt            time.Time `bun:",nullzero,notnull,default:current_timestamp"`
	UpdatedAt            time.Time `bun:",nullzero,notnull,default:current_timestamp"`

	Person              *Person      `bun:"-"`
	Leervragen          []*Leervraag `bun:"-"`
	CanEdit             bool         `bun:"-"`
	CanEditExpectations bool         `bun:"-"`
}

const (
	maxSchoolContext = 4000
	maxExpectations  = 4000
)

// GetIntake returns the intake of a deelnemer (the actor when subjectID is
// nil) with the leervragen; an empty intake when nothing was written yet.
func GetIntake(ctx context.Context, idb bun.IDB, a *Actor, leergangID uuid.UUID, subjectID *uuid.UUID) (*Intake, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	subject := a.PersonID
	if subjectID != nil {
		subject = *subjectID
	}
	if err := a.RequireSeeGrowth(ctx, idb, leergangID, subject); err != nil {
		return nil, err
	}
	it := &Intake{LeergangID: leergangID, PersonID: subject}
	if err := idb.NewSelect().Model(it).WherePK().Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	var err error
	if it.Person, err = growthSubject(ctx, idb, subject); err != nil {
		return nil, err
	}
	if it.Leervragen, err = leervragenOf(ctx, idb, leergangID, []uuid.UUID{subject}); err != nil {
		return nil, err
	}
	it.CanEdit = subject == a.PersonID
	if it.CanEditExpectations, err = a.isDirectieOf(ctx, idb, subject); err != nil {
		return nil, err
	}
	return it, nil
}

// SaveIntake stores the deelnemer's school context; the first save marks the intake as submitted.
func SaveIntake(ctx context.Context, idb bun.IDB, a *Actor, leergangID uuid.UUID, schoolContext string) (*Intake, error) {
	if err := a.RequireOwnIntake(ctx, idb, leergangID); err != nil {
		return nil, err
	}
	schoolContext = strings.TrimSpace(schoolContext)
	var v Validator
	maxText(&v, "schoolContext", schoolContext, maxSchoolContext)
	if err := v.Err(); err != nil {
		return nil, err
	}
	_, err := idb.NewRaw(`INSERT INTO intakes (leergang_id, person_id, school_context, submitted_at) VALUES (?, ?, ?, now())
		ON CONFLICT (leergang_id, person_id) DO UPDATE SET school_context = EXCLUDED.school_context,
			submitted_at = coalesce(intakes.submitted_at, now()), updated_at = now()`, leergangID, a.PersonID, schoolContext).Exec(ctx)
	if err != nil {
		return nil, err
	}
	return GetIntake(ctx, idb, a, leergangID, nil)
}

// SaveDirectieExpectations stores what the school expects from the leergang for this deelnemer.
func SaveDirectieExpectations(ctx context.Context, idb bun.IDB, a *Actor, leergangID, subjectID uuid.UUID, expectations string) (*Intake, error) {
	if err := a.RequireDirectieExpectations(ctx, idb, leergangID, subjectID); err != nil {
		return nil, err
	}
	expectations = strings.TrimSpace(expectations)
	var v Validator
	requireText(&v, "expectations", expectations, maxExpectations)
	if err := v.Err(); err != nil {
		return nil, err
	}
	_, err := idb.NewRaw(`INSERT INTO intakes (leergang_id, person_id, directie_expectations, expectations_by, expectations_at) VALUES (?, ?, ?, ?, now())
		ON CONFLICT (leergang_id, person_id) DO UPDATE SET directie_expectations = EXCLUDED.directie_expectations,
			expectations_by = EXCLUDED.expectations_by, expectations_at = now(), updated_at = now()`,
		leergangID, subjectID, expectations, a.PersonID).Exec(ctx)
	if err != nil {
		return nil, err
	}
	return GetIntake(ctx, idb, a, leergangID, &subjectID)
}
