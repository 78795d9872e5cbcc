package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"path/filepath"

	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/localpg"
)

// openDatabase connects to DATABASE_URL, or starts the project-local cluster
// when none is given. The returned stop func closes the pool and stops a
// cluster this process started.
func openDatabase(ctx context.Context, cfg *Config, log *slog.Logger) (*bun.DB, func(), error) {
	dsn := cfg.DatabaseURL
	stopCluster := func() {}
	if dsn == "" {
		dir := filepath.Join(cfg.DataDir, "postgres")
		log.Info("DATABASE_URL is not set; starting a local PostgreSQL cluster", "dir", dir)
		cluster, err := localpg.Start(ctx, dir, func(format string, args ...any) { log.Info(fmt.Sprintf(format, args...)) })
		if err != nil {
			return nil, nil, err
		}
		stopCluster = func() {
			if err := cluster.Stop(); err != nil {
				log.Error("stopping local PostgreSQL", "err", err)
			}
		}
		if err := cluster.CreateDatabase(ctx, "leergang"); err != nil {
			stopCluster()
			return nil, nil, err
		}
		dsn = cluster.URL("leergang")
	}
	bdb, err := db.Open(ctx, withoutJIT(withConnectTimeout(dsn)), cfg.DBMaxConns)
	if err != nil {
		stopCluster()
		return nil, nil, err
	}
	return bdb, func() { _ = bdb.Close(); stopCluster() }, nil
}

// connectTimeout bounds each attempt to open a database connection. Without
// it an unreachable host (a failover, a dropped route) makes requests hang
// for the kernel's TCP timeout of minutes; with it they fail in seconds with
// the retryable UNAVAILABLE error and the pool reconnects when it is back.
const connectTimeout = "5"

// withConnectTimeout adds connect_timeout to a postgres:// URL that sets none.
func withConnectTimeout(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw // LoadConfig has checked it already; db.Open reports the error
	}
	q := u.Query()
	if q.Has("connect_timeout") {
		return raw
	}
	q.Set("connect_timeout", connectTimeout)
	u.RawQuery = q.Encode()
	return u.String()
}

// withoutJIT turns PostgreSQL's JIT compiler off for this server's
// connections unless the URL says otherwise. Our statements are short OLTP
// queries; the benchmark showed JIT compiling for seconds where the query
// itself needed milliseconds whenever the planner overestimated a row count.
func withoutJIT(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	q := u.Query()
	if q.Has("jit") {
		return raw
	}
	q.Set("jit", "off")
	u.RawQuery = q.Encode()
	return u.String()
}
