package graph

import (
	"context"

	"github.com/uptrace/bun"
)

// inTx runs a write in one transaction and returns its result, so a mutation
// either happens whole or not at all.
func inTx[T any](ctx context.Context, bdb *bun.DB, fn func(ctx context.Context, tx bun.Tx) (T, error)) (T, error) {
	var out T
	err := bdb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) (err error) {
		out, err = fn(ctx, tx)
		return err
	})
	if err != nil {
		var zero T
		return zero, err
	}
	return out, nil
}
