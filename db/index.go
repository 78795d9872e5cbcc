package db

import (
	"context"
	"database/sql"
	"errors"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// scanByID runs q (which selects into rows) and indexes the rows by their id,
// the shape every dataloader batch needs. No rows is an empty map.
func scanByID[T any](ctx context.Context, q *bun.SelectQuery, rows *[]T, id func(T) uuid.UUID) (map[uuid.UUID]T, error) {
	if err := q.Scan(ctx); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	out := make(map[uuid.UUID]T, len(*rows))
	for _, r := range *rows {
		out[id(r)] = r
	}
	return out, nil
}

// keyCount is one row of a "count per key" query.
type keyCount struct {
	Key uuid.UUID `bun:"key"`
	N   int       `bun:"n"`
}

// scanCounts runs a query selecting "key" and "n" columns into a map.
func scanCounts(ctx context.Context, q *bun.SelectQuery) (map[uuid.UUID]int, error) {
	var rows []keyCount
	if err := q.Scan(ctx, &rows); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	out := make(map[uuid.UUID]int, len(rows))
	for _, r := range rows {
		out[r.Key] = r.N
	}
	return out, nil
}
