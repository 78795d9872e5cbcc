package db

import (
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// The models and enums of competency scans: scan moments of a leergang, one
// scan per rater per deelnemer per moment, and append-only ratings.

type ScanMomentKind string

const (
	ScanMomentStart        ScanMomentKind = "start"
	ScanMomentEindLeerjaar ScanMomentKind = "eind_leerjaar"
	ScanMomentExtra        ScanMomentKind = "extra"
)

func (k ScanMomentKind) Valid() bool {
	return oneOf(k, ScanMomentStart, ScanMomentEindLeerjaar, ScanMomentExtra)
}

// RaterRole says in which capacity a scan was filled in.
type RaterRole string

const (
	RaterZelf     RaterRole = "zelf"
	RaterOpleider RaterRole = "opleider"
	RaterMaatje   RaterRole = "maatje"
	RaterDirectie RaterRole = "directie"
)

func (r RaterRole) Valid() bool {
	return oneOf(r, RaterZelf, RaterOpleider, RaterMaatje, RaterDirectie)
}

type ScanStatus string

const (
	ScanConcept  ScanStatus = "concept"
	ScanAfgerond ScanStatus = "afgerond"
)

type ScanMoment struct {
	bun.BaseModel `bun:"table:scan_moments,alias:sm"`

	ID          uuid.UUID      `bun:",pk,type:uuid,default:gen_random_uuid()"`
	LeergangID  uuid.UUID      `bun:"type:uuid,notnull"`
	LeerjaarID  *uuid.UUID     `bun:"type:uuid"`
	Kind        ScanMomentKind `bun:",notnull"`
	Title       string         `bun:",notnull"`
	OpensOn     time.Time      `bun:"opens_on,type:date,notnull"`
	ClosesOn    *time.Time     `bun:"closes_on,type:date"`
	AskMaatje   bool           `bun:",notnull"`
	AskDirectie bool           `bun:",notnull"`
	CreatedAt   time.Time      `bun:",nullzero,notnull,default:current_timestamp"`
}

// IsOpen: scans can be filled in from the day the moment opens.
func (m *ScanMoment) IsOpen(today time.Time) bool {
	return !m.OpensOn.After(today)
}

type Scan struct {
	bun.BaseModel `bun:"table:scans,alias:sc"`

	ID                      uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	MomentID                uuid.UUID  `bun:"type:uuid,notnull"`
	SubjectID               uuid.UUID  `bun:"type:uuid,notnull"`
	RaterID                 *uuid.UUID `bun:"type:uuid"`
	RaterRole               RaterRole  `bun:",notnull"`
	Status                  ScanStatus `bun:",notnull"`
	FinishedAt              *time.Time
	NotesHiddenFromDirectie bool      `bun:",notnull"`
	CreatedAt               time.Time `bun:",nullzero,notnull,default:current_timestamp"`
	UpdatedAt               time.Time `bun:",nullzero,notnull,default:current_timestamp"`

	// NotesVisible: whether the reader may see the notes of this scan (false
	// for a directie or bestuur when the deelnemer hid their self-scan notes).
	NotesVisible bool `bun:",scanonly"`
	// Ratings are the current ratings (the newest row per aspect), filled by the readers.
	Ratings []*ScanRating `bun:"-"`
	// Moment is set when the reader loaded it with the scan.
	Moment *ScanMoment `bun:"-"`
}

// ScanRating is one row of the append-only log; the newest per (scan, aspect) is current.
type ScanRating struct {
	bun.BaseModel `bun:"table:scan_ratings,alias:sr"`

	ID        int64      `bun:",pk,autoincrement"`
	ScanID    uuid.UUID  `bun:"type:uuid,notnull"`
	AspectID  uuid.UUID  `bun:"type:uuid,notnull"`
	Value     int        `bun:",notnull"`
	Note      string     `bun:",notnull"`
	AuthorID  *uuid.UUID `bun:"type:uuid"`
	CreatedAt time.Time  `bun:",nullzero,notnull,default:current_timestamp"`
}
