package graph

import (
	"context"

	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/graph/auth"
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

// actorTx is inTx with the request's actor handed to the write, as every
// policy-checked mutation needs it.
func actorTx[T any](ctx context.Context, bdb *bun.DB, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) (T, error)) (T, error) {
	return inTx(ctx, bdb, func(ctx context.Context, tx bun.Tx) (T, error) { return fn(ctx, tx, auth.Actor(ctx)) })
}

// writePayload runs a mutation with actorTx and wraps what it wrote in the
// mutation's payload type.
func writePayload[T, P any](ctx context.Context, bdb *bun.DB, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) (T, error), wrap func(T) P) (P, error) {
	v, err := actorTx(ctx, bdb, fn)
	if err != nil {
		var zero P
		return zero, err
	}
	return wrap(v), nil
}
