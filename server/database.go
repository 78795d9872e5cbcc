package main

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"

	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/localpg"
)

// openDatabase connects to DATABASE_URL, or starts the project-local cluster
// when none is given. The returned stop func closes the pool and stops a
// cluster this process started.
func openDatabase(ctx context.Context, cfg *Config, log *slog.Logger) (*bun.DB, func(), error) {
	url := cfg.DatabaseURL
	stopCluster := func() {}
	if url == "" {
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
		url = cluster.URL("leergang")
	}
	bdb, err := db.Open(ctx, url, cfg.DBMaxConns)
	if err != nil {
		stopCluster()
		return nil, nil, err
	}
	return bdb, func() { _ = bdb.Close(); stopCluster() }, nil
}
