package db

import (
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Competency frameworks: competencies with ordered aspects of professional
// behaviour, rated on a labelled scale. Reads live in framework_read.go,
// writes in framework_write.go and framework_import.go; who may do what is
// decided in policy_framework.go.

type Framework struct {
	bun.BaseModel `bun:"table:frameworks,alias:f"`

	ID          uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	Name        string     `bun:",notnull"`
	Description string     `bun:",notnull"`
	IsExample   bool       `bun:",notnull"`
	CreatedBy   *uuid.UUID `bun:"type:uuid"`
	CreatedAt   time.Time  `bun:",nullzero,notnull,default:current_timestamp"`
	UpdatedAt   time.Time  `bun:",nullzero,notnull,default:current_timestamp"`

	TotalCount int `bun:",scanonly"`
}

// ScaleLevel is one value of a framework's rating scale with its label.
type ScaleLevel struct {
	bun.BaseModel `bun:"table:framework_scale_levels,alias:fsl"`

	FrameworkID uuid.UUID `bun:"type:uuid,pk"`
	Value       int       `bun:",pk"`
	Label       string    `bun:",notnull"`
	Description string    `bun:",notnull"`
}

type Competency struct {
	bun.BaseModel `bun:"table:competencies,alias:c"`

	ID          uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	FrameworkID uuid.UUID `bun:"type:uuid,notnull"`
	Position    int       `bun:",notnull"`
	Name        string    `bun:",notnull"`
	Description string    `bun:",notnull"`

	// Aspects, when the competency was loaded together with them
	// (CompetenciesWithAspects); nil otherwise.
	Aspects []*Aspect `bun:"-"`
}

type Aspect struct {
	bun.BaseModel `bun:"table:aspects,alias:asp"`

	ID           uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	CompetencyID uuid.UUID `bun:"type:uuid,notnull"`
	Position     int       `bun:",notnull"`
	Title        string    `bun:",notnull"`
	Description  string    `bun:",notnull"`
}

// FrameworkCounts are the sizes shown in the framework list.
type FrameworkCounts struct {
	Competencies int
	Aspects      int
}

// MoveDirection moves a competency or aspect one place in its list.
type MoveDirection string

const (
	MoveUp   MoveDirection = "up"
	MoveDown MoveDirection = "down"
)

func (d MoveDirection) Valid() bool { return oneOf(d, MoveUp, MoveDown) }

// FrameworkFileFormat is the file format of a framework import or export.
type FrameworkFileFormat string

const (
	FrameworkCSV  FrameworkFileFormat = "csv"
	FrameworkXLSX FrameworkFileFormat = "xlsx"
)

func (f FrameworkFileFormat) Valid() bool { return oneOf(f, FrameworkCSV, FrameworkXLSX) }

// Text limits of framework content.
const (
	maxFrameworkName        = 200
	maxFrameworkDescription = 4000
	maxScaleLabel           = 100
)

// DefaultScale is the 4-level scale a new framework gets unless it brings its own.
func DefaultScale() []ScaleLevel {
	return []ScaleLevel{
		{Value: 1, Label: "Nog niet zichtbaar", Description: "Het gedrag is (nog) niet te zien."},
		{Value: 2, Label: "In ontwikkeling", Description: "Het gedrag is soms en met ondersteuning te zien."},
		{Value: 3, Label: "Zichtbaar", Description: "Het gedrag is zelfstandig en regelmatig te zien."},
		{Value: 4, Label: "Voorbeeld voor anderen", Description: "Het gedrag is vanzelfsprekend en inspireert collega's."},
	}
}
