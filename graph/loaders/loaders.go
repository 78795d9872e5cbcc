// Package loaders batches the lookups that resolvers make per object into one
// query per kind per request, with the policy's scope applied to every batch.
package loaders

import (
	"context"
	"errors"
	"reflect"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
	"github.com/vikstrous/dataloadgen"

	"leergang/db"
)

// wait is how long a loader collects keys before it queries; the library's
// 16 ms default would cap throughput, and resolvers of one list level start
// within microseconds of each other.
const wait = 500 * time.Microsecond

type Loaders struct {
	SchoolByID       *dataloadgen.Loader[uuid.UUID, *db.School]
	OrganisationByID *dataloadgen.Loader[uuid.UUID, *db.Organisation]
	SchoolCount      *dataloadgen.Loader[uuid.UUID, int]
	StaffCount       *dataloadgen.Loader[uuid.UUID, int]

	PersonByID          *dataloadgen.Loader[uuid.UUID, *db.Person]
	LeergangByID        *dataloadgen.Loader[uuid.UUID, *db.Leergang]
	LeerjaarByID        *dataloadgen.Loader[uuid.UUID, *db.Leerjaar]
	LeerjarenByLeergang *dataloadgen.Loader[uuid.UUID, []*db.Leerjaar]
	GroupsByLeergang    *dataloadgen.Loader[uuid.UUID, []*db.LeergangGroup]
	GroupByID           *dataloadgen.Loader[uuid.UUID, *db.LeergangGroup]
	OpleidersOf         *dataloadgen.Loader[uuid.UUID, []uuid.UUID]
	StuurgroepOf        *dataloadgen.Loader[uuid.UUID, []uuid.UUID]
	DeelnemerCount      *dataloadgen.Loader[uuid.UUID, int]
	CanManageLeergang   *dataloadgen.Loader[uuid.UUID, bool]
	SessionByID         *dataloadgen.Loader[uuid.UUID, *db.TrainingSession]
	SessionParticipants *dataloadgen.Loader[uuid.UUID, []uuid.UUID]
	SessionRegions      *dataloadgen.Loader[uuid.UUID, []db.Region]
	MyAttendance        *dataloadgen.Loader[uuid.UUID, *db.Attendance]
	MyAbsenceReport     *dataloadgen.Loader[uuid.UUID, *db.AbsenceReport]
	MyEvaluation        *dataloadgen.Loader[uuid.UUID, *db.SessionEvaluation]

	// Praktijkopdrachten.
	AssignmentByID           *dataloadgen.Loader[uuid.UUID, *db.Assignment]
	RubricByAssignment       *dataloadgen.Loader[uuid.UUID, []*db.RubricCriterion]
	MySubmissionByAssignment *dataloadgen.Loader[uuid.UUID, *db.Submission]
	VersionsBySubmission     *dataloadgen.Loader[uuid.UUID, []*db.SubmissionVersion]
	FileByID                 *dataloadgen.Loader[uuid.UUID, *db.StoredFile]
	FeedbackByVersion        *dataloadgen.Loader[uuid.UUID, *db.Feedback]
	CommentsByVersion        *dataloadgen.Loader[uuid.UUID, []*db.VideoComment]
}

// New builds fresh loaders for one request and actor; they must not outlive it.
func New(idb bun.IDB, a *db.Actor) *Loaders {
	opts := []dataloadgen.Option{dataloadgen.WithWait(wait), dataloadgen.WithBatchCapacity(500)}
	return &Loaders{
		SchoolByID: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID]*db.School, error) {
			return db.SchoolsByID(ctx, idb, a, ids)
		}, opts...),
		OrganisationByID: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID]*db.Organisation, error) {
			return db.OrganisationsByID(ctx, idb, a, ids)
		}, opts...),
		SchoolCount: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID]int, error) {
			return db.SchoolCounts(ctx, idb, a, ids)
		}, opts...),
		StaffCount: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID]int, error) {
			return db.StaffCounts(ctx, idb, a, ids)
		}, opts...),

		PersonByID: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID]*db.Person, error) {
			return db.PeopleByID(ctx, idb, a, ids)
		}, opts...),
		LeergangByID: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID]*db.Leergang, error) {
			return db.LeergangenByID(ctx, idb, a, ids)
		}, opts...),
		LeerjaarByID: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID]*db.Leerjaar, error) {
			return db.LeerjarenByID(ctx, idb, ids)
		}, opts...),
		LeerjarenByLeergang: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID][]*db.Leerjaar, error) {
			return db.LeerjarenByLeergang(ctx, idb, ids)
		}, opts...),
		GroupsByLeergang: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID][]*db.LeergangGroup, error) {
			return db.GroupsByLeergang(ctx, idb, ids)
		}, opts...),
		GroupByID: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID]*db.LeergangGroup, error) {
			return db.GroupsByID(ctx, idb, ids)
		}, opts...),
		OpleidersOf: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID][]uuid.UUID, error) {
			return db.LeergangPeople(ctx, idb, "leergang_opleiders", ids)
		}, opts...),
		StuurgroepOf: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID][]uuid.UUID, error) {
			return db.LeergangPeople(ctx, idb, "stuurgroep_members", ids)
		}, opts...),
		DeelnemerCount: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID]int, error) {
			return db.DeelnemerCounts(ctx, idb, ids)
		}, opts...),
		CanManageLeergang: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID]bool, error) {
			return a.ManagedLeergangen(ctx, idb, ids)
		}, opts...),
		SessionByID: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID]*db.TrainingSession, error) {
			return db.SessionsByID(ctx, idb, a, ids)
		}, opts...),
		SessionParticipants: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID][]uuid.UUID, error) {
			return db.SessionParticipants(ctx, idb, ids)
		}, opts...),
		SessionRegions: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID][]db.Region, error) {
			return db.SessionRegions(ctx, idb, ids)
		}, opts...),
		MyAttendance: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID]*db.Attendance, error) {
			return db.MyAttendance(ctx, idb, a, ids)
		}, opts...),
		MyAbsenceReport: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID]*db.AbsenceReport, error) {
			return db.MyAbsenceReports(ctx, idb, a, ids)
		}, opts...),
		MyEvaluation: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID]*db.SessionEvaluation, error) {
			return db.MyEvaluations(ctx, idb, a, ids)
		}, opts...),

		AssignmentByID: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID]*db.Assignment, error) {
			return db.AssignmentsByID(ctx, idb, a, ids)
		}, opts...),
		RubricByAssignment: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID][]*db.RubricCriterion, error) {
			return db.RubricsByAssignment(ctx, idb, ids)
		}, opts...),
		MySubmissionByAssignment: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID]*db.Submission, error) {
			return db.MySubmissionsByAssignment(ctx, idb, a, ids)
		}, opts...),
		VersionsBySubmission: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID][]*db.SubmissionVersion, error) {
			return db.VersionsBySubmission(ctx, idb, a, ids)
		}, opts...),
		FileByID: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID]*db.StoredFile, error) {
			return db.FilesByID(ctx, idb, a, ids)
		}, opts...),
		FeedbackByVersion: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID]*db.Feedback, error) {
			return db.FeedbackByVersion(ctx, idb, a, ids)
		}, opts...),
		CommentsByVersion: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []uuid.UUID) (map[uuid.UUID][]*db.VideoComment, error) {
			return db.CommentsByVersion(ctx, idb, a, ids)
		}, opts...),
	}
}

type ctxKey struct{}

func With(ctx context.Context, l *Loaders) context.Context {
	return context.WithValue(ctx, ctxKey{}, l)
}

// For returns the request's loaders.
func For(ctx context.Context) *Loaders {
	l, _ := ctx.Value(ctxKey{}).(*Loaders)
	if l == nil {
		panic("loaders: no loaders in context; the HTTP middleware must install them")
	}
	return l
}

// Visible loads several objects and leaves out the ones the actor may not see
// (the policy scope drops them from the batch).
func Visible[V any](ctx context.Context, l *dataloadgen.Loader[uuid.UUID, V], ids []uuid.UUID) ([]V, error) {
	thunks := make([]func() (V, error), len(ids))
	for i, id := range ids {
		thunks[i] = l.LoadThunk(ctx, id)
	}
	out := make([]V, 0, len(ids))
	for _, th := range thunks {
		v, err := th()
		if Absent(v, err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// Absent tells whether a loaded value stands for an object the actor may not
// see: the scope left it out of the batch (ErrNotFound), or a page primed the
// loader with nil for it (graph/prime.go).
func Absent[V any](v V, err error) bool {
	if errors.Is(err, dataloadgen.ErrNotFound) {
		return true
	}
	rv := reflect.ValueOf(&v).Elem()
	return err == nil && rv.Kind() == reflect.Pointer && rv.IsNil()
}

// Optional loads one object, or the zero value when it is not visible.
func Optional[V any](ctx context.Context, l *dataloadgen.Loader[uuid.UUID, V], id uuid.UUID) (V, error) {
	v, err := l.Load(ctx, id)
	if errors.Is(err, dataloadgen.ErrNotFound) {
		var zero V
		return zero, nil
	}
	return v, err
}
