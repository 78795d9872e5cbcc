// Package loaders batches the lookups that resolvers make per object into one
// query per kind per request, with the policy's scope applied to every batch.
package loaders

import (
	"context"
	"errors"
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
		if errors.Is(err, dataloadgen.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
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
