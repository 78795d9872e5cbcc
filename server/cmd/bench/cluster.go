package main

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"leergang/db"
	"leergang/db/benchdata"
	"leergang/db/localpg"
	"leergang/migrations"
)

// startCluster starts the bench's own PostgreSQL in dir with
// pg_stat_statements loaded (set with ALTER SYSTEM, which needs one restart
// the first time), so statements per request are counted by the server itself.
func startCluster(ctx context.Context, dir string, logf func(string, ...any)) (*localpg.Cluster, error) {
	opts := localpg.Options{Logf: logf}
	cluster, err := localpg.StartWith(ctx, dir, opts)
	if err != nil {
		return nil, err
	}
	sqldb, err := sql.Open("pgx", cluster.URL("postgres"))
	if err != nil {
		_ = cluster.Stop()
		return nil, err
	}
	defer sqldb.Close()
	var preload string
	if err := sqldb.QueryRowContext(ctx, "SHOW shared_preload_libraries").Scan(&preload); err != nil {
		_ = cluster.Stop()
		return nil, err
	}
	if strings.Contains(preload, "pg_stat_statements") {
		return cluster, nil
	}
	logf("bench: loading pg_stat_statements (one restart)")
	if _, err := sqldb.ExecContext(ctx, "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"); err != nil {
		_ = cluster.Stop()
		return nil, err
	}
	sqldb.Close()
	if err := cluster.Stop(); err != nil {
		return nil, err
	}
	return localpg.StartWith(ctx, dir, opts)
}

// benchDatabase returns the URL of a database holding the scale's world:
// reused when an earlier run made it with the same generator version and
// migrations (and fresh is false), else dropped, migrated and generated.
func benchDatabase(ctx context.Context, cluster *localpg.Cluster, s benchdata.Scale, fresh bool, out io.Writer) (string, time.Duration, error) {
	name := "bench_" + s.Name
	url := cluster.URL(name)
	admin, err := sql.Open("pgx", cluster.URL("postgres"))
	if err != nil {
		return "", 0, err
	}
	defer admin.Close()
	if !fresh {
		if ok, err := reusable(ctx, cluster, name); err != nil {
			return "", 0, err
		} else if ok {
			fmt.Fprintf(out, "benchdata: reusing database %s (same generator and migrations; BENCH_FRESH=1 makes it again)\n", name)
			return url, 0, nil
		}
	}
	start := time.Now()
	if _, err := admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)"); err != nil {
		return "", 0, err
	}
	if err := cluster.CreateDatabase(ctx, name); err != nil {
		return "", 0, err
	}
	sqldb, err := sql.Open("pgx", url)
	if err != nil {
		return "", 0, err
	}
	defer sqldb.Close()
	bdb := bun.NewDB(sqldb, pgdialect.New())
	applied, err := db.Migrate(ctx, bdb)
	if err != nil {
		return "", 0, err
	}
	fmt.Fprintf(out, "benchdata: %s migrated (%d migrations)\n", name, len(applied))
	if err := benchdata.Generate(ctx, sqldb, s, out); err != nil {
		return "", 0, err
	}
	if _, err := sqldb.ExecContext(ctx, `CREATE TABLE bench_meta (version int NOT NULL, migrations text NOT NULL)`); err != nil {
		return "", 0, err
	}
	if _, err := sqldb.ExecContext(ctx, `INSERT INTO bench_meta VALUES ($1, $2)`, benchdata.Version, migrationFingerprint()); err != nil {
		return "", 0, fmt.Errorf("marking the bench database: %w", err)
	}
	return url, time.Since(start), nil
}

// reusable tells whether database name holds a complete world of the current
// generator version, made with every migration this build has.
func reusable(ctx context.Context, cluster *localpg.Cluster, name string) (bool, error) {
	admin, err := sql.Open("pgx", cluster.URL("postgres"))
	if err != nil {
		return false, err
	}
	defer admin.Close()
	var exists bool
	if err := admin.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil || !exists {
		return false, err
	}
	sqldb, err := sql.Open("pgx", cluster.URL(name))
	if err != nil {
		return false, err
	}
	defer sqldb.Close()
	var version int
	var migrations string
	if err := sqldb.QueryRowContext(ctx, "SELECT version, migrations FROM bench_meta").Scan(&version, &migrations); err != nil {
		return false, nil // no marker: an interrupted or older run
	}
	return version == benchdata.Version && migrations == migrationFingerprint(), nil
}

// migrationFingerprint names every migration file with a hash of its text.
func migrationFingerprint() string {
	h := sha256.New()
	_ = fs.WalkDir(migrations.Files, ".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := fs.ReadFile(migrations.Files, path)
			h.Write([]byte(path))
			h.Write(b)
		}
		return err
	})
	return hex.EncodeToString(h.Sum(nil))
}

// clusterDir is where the bench keeps its PostgreSQL cluster.
func clusterDir(benchDir string) string { return filepath.Join(benchDir, "postgres") }
