package graph

import (
	"context"
	"errors"

	"github.com/google/uuid"
	"github.com/vikstrous/dataloadgen"

	"leergang/graph/loaders"
)

// Batch resolvers receive all sibling parents of a list at once. These helpers
// hand all their keys to a loader before waiting on any, so each field costs
// exactly one batch, however slowly the siblings would otherwise be resolved.

// batchOne loads one value per parent; a parent without a key (uuid.Nil) or
// whose value is not visible gets the zero value.
func batchOne[P any, V any](ctx context.Context, l *dataloadgen.Loader[uuid.UUID, V], objs []P, key func(P) uuid.UUID) ([]V, error) {
	thunks := make([]func() (V, error), len(objs))
	for i, o := range objs {
		if k := key(o); k != uuid.Nil {
			thunks[i] = l.LoadThunk(ctx, k)
		}
	}
	out := make([]V, len(objs))
	for i, th := range thunks {
		if th == nil {
			continue
		}
		v, err := th()
		if err != nil && !errors.Is(err, dataloadgen.ErrNotFound) {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// batchMany loads several values per parent (for example a person's schools),
// keeping only the visible ones, in the parent's key order.
func batchMany[P any, V any](ctx context.Context, l *dataloadgen.Loader[uuid.UUID, V], objs []P, keys func(P) []uuid.UUID) ([][]V, error) {
	thunks := make([][]func() (V, error), len(objs))
	for i, o := range objs {
		for _, k := range keys(o) {
			thunks[i] = append(thunks[i], l.LoadThunk(ctx, k))
		}
	}
	out := make([][]V, len(objs))
	for i, ths := range thunks {
		out[i] = make([]V, 0, len(ths))
		for _, th := range ths {
			v, err := th()
			if loaders.Absent(v, err) {
				continue
			}
			if err != nil {
				return nil, err
			}
			out[i] = append(out[i], v)
		}
	}
	return out, nil
}

// mapEach turns per-parent values into the field's values.
func mapEach[V any, R any](vs []V, f func(i int, v V) R) []R {
	out := make([]R, len(vs))
	for i, v := range vs {
		out[i] = f(i, v)
	}
	return out
}
