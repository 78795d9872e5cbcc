package db

import (
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// The models and enums of praktijkopdrachten: assignments with their rubric,
// uploaded files, submissions with versions, feedback and video comments.

type AssignmentPart string

const (
	PartVideo    AssignmentPart = "video"
	PartDocument AssignmentPart = "document"
	PartText     AssignmentPart = "text"
)

func (p AssignmentPart) Valid() bool { return oneOf(p, PartVideo, PartDocument, PartText) }

type SubmissionStatus string

const (
	SubmissionConcept         SubmissionStatus = "concept"
	SubmissionIngeleverd      SubmissionStatus = "ingeleverd"
	SubmissionInBeoordeling   SubmissionStatus = "in_beoordeling"
	SubmissionFeedbackGegeven SubmissionStatus = "feedback_gegeven"
	SubmissionAfgerond        SubmissionStatus = "afgerond"
	SubmissionHerkansing      SubmissionStatus = "herkansing"
)

// Editable: the deelnemer may change the draft (and hand it in) only before
// the first hand-in and after an opleider asked for a herkansing.
func (s SubmissionStatus) Editable() bool { return s == SubmissionConcept || s == SubmissionHerkansing }

type SubmissionOutcome string

const (
	OutcomeAfgerond   SubmissionOutcome = "afgerond"
	OutcomeHerkansing SubmissionOutcome = "herkansing"
)

type CommentKind string

const (
	CommentSterkPunt     CommentKind = "sterk_punt"
	CommentTip           CommentKind = "tip"
	CommentVraag         CommentKind = "vraag"
	CommentZelfreflectie CommentKind = "zelfreflectie"
)

func (k CommentKind) Valid() bool {
	return oneOf(k, CommentSterkPunt, CommentTip, CommentVraag, CommentZelfreflectie)
}

type FileKind string

const (
	FileVideo    FileKind = "video"
	FileDocument FileKind = "document"
	FileImage    FileKind = "image"
)

func (k FileKind) Valid() bool { return oneOf(k, FileVideo, FileDocument, FileImage) }

type FileStatus string

const (
	FileUploading FileStatus = "uploading"
	FileReady     FileStatus = "ready"
	FileRejected  FileStatus = "rejected"
	// FileDeleting: the row is marked, the bytes are still to be removed from
	// the blob store (after the transaction that decided it committed).
	FileDeleting FileStatus = "deleting"
	FileDeleted  FileStatus = "deleted"
)

type Assignment struct {
	bun.BaseModel `bun:"table:assignments,alias:asg"`

	ID           uuid.UUID        `bun:",pk,type:uuid,default:gen_random_uuid()"`
	LeergangID   uuid.UUID        `bun:"type:uuid,notnull"`
	LeerjaarID   uuid.UUID        `bun:"type:uuid,notnull"`
	Title        string           `bun:",notnull"`
	Instructions string           `bun:",notnull"`
	DueOn        time.Time        `bun:"due_on,type:date,notnull"`
	Parts        []AssignmentPart `bun:",array,notnull"`
	Aspects      []string         `bun:",array,notnull"`
	CreatedBy    *uuid.UUID       `bun:"type:uuid"`
	CreatedAt    time.Time        `bun:",nullzero,notnull,default:current_timestamp"`
	UpdatedAt    time.Time        `bun:",nullzero,notnull,default:current_timestamp"`
}

type RubricCriterion struct {
	bun.BaseModel `bun:"table:rubric_criteria,alias:rc"`

	ID           uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	AssignmentID uuid.UUID `bun:"type:uuid,notnull"`
	Position     int       `bun:",notnull"`
	Title        string    `bun:",notnull"`
	Description  string    `bun:",notnull"`

	Levels []*RubricLevel `bun:"-"`
}

type RubricLevel struct {
	bun.BaseModel `bun:"table:rubric_levels,alias:rl"`

	ID          uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	CriterionID uuid.UUID `bun:"type:uuid,notnull"`
	Position    int       `bun:",notnull"`
	Label       string    `bun:",notnull"`
	Description string    `bun:",notnull"`
	Points      int       `bun:",notnull"`
}

// StoredFile is an uploaded file; its bytes are in the blob store under ID.
type StoredFile struct {
	bun.BaseModel `bun:"table:files,alias:f"`

	ID           uuid.UUID  `bun:",pk,type:uuid"`
	OwnerID      uuid.UUID  `bun:"type:uuid,notnull"`
	AssignmentID *uuid.UUID `bun:"type:uuid"`
	Kind         FileKind   `bun:",notnull"`
	Name         string     `bun:",notnull"`
	Size         int64      `bun:",notnull"`
	ContentType  string     `bun:",notnull"`
	Status       FileStatus `bun:",notnull"`
	RejectReason string     `bun:",notnull"`
	UploadID     string     `bun:",notnull"`
	CreatedAt    time.Time  `bun:",nullzero,notnull,default:current_timestamp"`
	ReadyAt      *time.Time `bun:"ready_at"`
	DeletedAt    *time.Time `bun:"deleted_at"`
}

// Key is where the file's bytes are in the blob store.
func (f *StoredFile) Key() string { return f.ID.String() }

type Submission struct {
	bun.BaseModel `bun:"table:submissions,alias:sub"`

	ID              uuid.UUID        `bun:",pk,type:uuid,default:gen_random_uuid()"`
	AssignmentID    uuid.UUID        `bun:"type:uuid,notnull"`
	PersonID        uuid.UUID        `bun:"type:uuid,notnull"`
	Status          SubmissionStatus `bun:",notnull"`
	HandedInAt      *time.Time       `bun:"handed_in_at"`
	FeedbackGivenAt *time.Time       `bun:"feedback_given_at"`
	CompletedAt     *time.Time       `bun:"completed_at"`
	FilesExpireAt   *time.Time       `bun:"files_expire_at"`
	FilesDeletedAt  *time.Time       `bun:"files_deleted_at"`
	CreatedAt       time.Time        `bun:",nullzero,notnull,default:current_timestamp"`
	UpdatedAt       time.Time        `bun:",nullzero,notnull,default:current_timestamp"`

	// The newest version's number, for lists.
	VersionCount int `bun:",scanonly"`
	TotalCount   int `bun:",scanonly"`
}

type SubmissionVersion struct {
	bun.BaseModel `bun:"table:submission_versions,alias:sv"`

	ID                 uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	SubmissionID       uuid.UUID  `bun:"type:uuid,notnull"`
	Number             int        `bun:",notnull"`
	Reflection         string     `bun:",notnull"`
	WrittenText        string     `bun:",notnull"`
	ShowsPupils        bool       `bun:",notnull"`
	ConsentConfirmedBy *uuid.UUID `bun:"type:uuid"`
	ConsentConfirmedAt *time.Time `bun:"consent_confirmed_at"`
	SubmittedAt        *time.Time `bun:"submitted_at"`
	CreatedAt          time.Time  `bun:",nullzero,notnull,default:current_timestamp"`
	UpdatedAt          time.Time  `bun:",nullzero,notnull,default:current_timestamp"`

	// The files of the version, by role, in one statement with the version.
	VideoFileID    *uuid.UUID  `bun:"video_file_id,type:uuid,scanonly"`
	DocumentFileID *uuid.UUID  `bun:"document_file_id,type:uuid,scanonly"`
	AttachmentIDs  []uuid.UUID `bun:"attachment_ids,array,scanonly"`
}

type Feedback struct {
	bun.BaseModel `bun:"table:feedback,alias:fb"`

	VersionID   uuid.UUID  `bun:",pk,type:uuid"`
	AuthorID    *uuid.UUID `bun:"type:uuid"`
	Feedback    string     `bun:",notnull"`
	FeedForward string     `bun:",notnull"`
	PublishedAt *time.Time `bun:"published_at"`
	UpdatedAt   time.Time  `bun:",nullzero,notnull,default:current_timestamp"`

	Scores []*RubricScore `bun:"-"`
}

type RubricScore struct {
	bun.BaseModel `bun:"table:rubric_scores,alias:rs"`

	VersionID   uuid.UUID `bun:",pk,type:uuid"`
	CriterionID uuid.UUID `bun:",pk,type:uuid"`
	LevelID     uuid.UUID `bun:"type:uuid,notnull"`
}

type VideoComment struct {
	bun.BaseModel `bun:"table:video_comments,alias:vc"`

	ID        uuid.UUID    `bun:",pk,type:uuid,default:gen_random_uuid()"`
	VersionID uuid.UUID    `bun:"type:uuid,notnull"`
	AuthorID  *uuid.UUID   `bun:"type:uuid"`
	ParentID  *uuid.UUID   `bun:"type:uuid"`
	Seconds   float64      `bun:",notnull"`
	Kind      *CommentKind `bun:"kind"`
	Aspect    string       `bun:",notnull"`
	Body      string       `bun:",notnull"`
	CreatedAt time.Time    `bun:",nullzero,notnull,default:current_timestamp"`

	Replies []*VideoComment `bun:"-"`
}

// SubmissionStatusRow is what a directie or bestuur sees of a submission by
// their staff: status and dates, never the files, reflection or comments. It
// is a type of its own so that no content field can leak into that view.
type SubmissionStatusRow struct {
	// Read from submissions, always with an explicit column list.
	bun.BaseModel `bun:"table:submissions,alias:sub"`

	SubmissionID    uuid.UUID        `bun:"submission_id"`
	PersonID        uuid.UUID        `bun:"person_id"`
	AssignmentTitle string           `bun:"assignment_title"`
	LeergangName    string           `bun:"leergang_name"`
	LeerjaarNumber  int              `bun:"leerjaar_number"`
	DueOn           time.Time        `bun:"due_on,type:date"`
	Status          SubmissionStatus `bun:"status"`
	Version         int              `bun:"version"`
	HandedInAt      *time.Time       `bun:"handed_in_at"`
	FeedbackGivenAt *time.Time       `bun:"feedback_given_at"`
	CompletedAt     *time.Time       `bun:"completed_at"`
	TotalCount      int              `bun:"total_count"`
}
