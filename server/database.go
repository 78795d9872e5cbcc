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
	bdb, err := db.Open(ctx, withServerDefaults(dsn), cfg.DBMaxConns)
	if err != nil {
		stopCluster()
		return nil, nil, err
	}
	return bdb, func() { _ = bdb.Close(); stopCluster() }, nil
}

// serverURLDefaults are the connection parameters this server sets on
// DATABASE_URL unless the URL sets them itself.
//
//   - connect_timeout bounds each attempt to open a connection. Without it an
//     unreachable host (a failover, a dropped route) makes requests hang for
//     the kernel's TCP timeout of minutes; with it they fail in seconds with
//     the retryable UNAVAILABLE error and the pool reconnects when it is back.
//   - jit=off: our statements are short OLTP queries; the benchmark showed
//     PostgreSQL's JIT compiling for seconds where the query itself needed
//     milliseconds whenever the planner overestimated a row count.
//   - statement_cache_capacity: pgx prepares and caches every distinct
//     statement text per connection (512 by default). bun writes the values
//     into the text, so most texts never come again; 512 of them per
//     connection held about 100 MB in the server and as many prepared
//     statements in PostgreSQL, while 128 still keeps the ones that repeat (a
//     person's own home page) with no loss of throughput (docs/benchmarks.md).
var serverURLDefaults = [][2]string{
	{"connect_timeout", "5"},
	{"jit", "off"},
	{"statement_cache_capacity", "128"},
}

// withServerDefaults adds serverURLDefaults to a postgres:// URL, keeping any
// parameter it sets.
func withServerDefaults(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw // LoadConfig has checked it already; db.Open reports the error
	}
	q := u.Query()
	for _, kv := range serverURLDefaults {
		if !q.Has(kv[0]) {
			q.Set(kv[0], kv[1])
		}
	}
	u.RawQuery = q.Encode()
	return u.String()
}
