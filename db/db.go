// Package db owns the data: bun models, query functions over bun.IDB, the
// authorization policy, input validation and the migrator.
package db

import (
	"context"
	"database/sql"
	"fmt"
	"time"
	_ "time/tzdata" // sessions are planned in Europe/Amsterdam on any host

	"github.com/jackc/pgx/v5/stdlib"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
)

// Open connects one pool to PostgreSQL and checks that it answers.
func Open(ctx context.Context, url string, maxConns int) (*bun.DB, error) {
	sqldb, err := sql.Open("pgx", url)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	if maxConns > 0 {
		sqldb.SetMaxOpenConns(maxConns)
		sqldb.SetMaxIdleConns(maxConns)
	}
	sqldb.SetConnMaxIdleTime(5 * time.Minute)
	bdb := bun.NewDB(sqldb, pgdialect.New())
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := bdb.PingContext(pingCtx); err != nil {
		_ = bdb.Close()
		return nil, fmt.Errorf("connect to database: %w", err)
	}
	return bdb, nil
}

// The pgx driver registers itself as "pgx"; referencing stdlib keeps the import.
var _ = stdlib.GetDefaultDriver
