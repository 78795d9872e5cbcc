package db

import (
	"context"
	"sync/atomic"

	"github.com/uptrace/bun"
)

// QueryCounter is a bun hook that counts the SQL statements a DB runs; tests
// use it to prove that a request costs a constant number of statements.
type QueryCounter struct{ n atomic.Int64 }

var _ bun.QueryHook = (*QueryCounter)(nil)

func (c *QueryCounter) BeforeQuery(ctx context.Context, _ *bun.QueryEvent) context.Context {
	return ctx
}
func (c *QueryCounter) AfterQuery(context.Context, *bun.QueryEvent) { c.n.Add(1) }

// Reset returns the count so far and starts again from zero.
func (c *QueryCounter) Reset() int64 { return c.n.Swap(0) }

func (c *QueryCounter) Count() int64 { return c.n.Load() }
