// Package dbtest gives each test its own PostgreSQL database, cloned from a
// migrated template: against DATABASE_URL's server when it is set, otherwise
// against a project-local cluster that lives as long as the test binary.
package dbtest

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"sort"
	"testing"

	"github.com/peterldowns/pgtestdb"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"leergang/db"
	"leergang/db/localpg"
	"leergang/migrations"
)

var server pgtestdb.Config

// Main wraps testing.M.Run: call it from TestMain in every package whose tests use New.
func Main(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	if u := os.Getenv("DATABASE_URL"); u != "" {
		cfg, err := configFromURL(u)
		if err != nil {
			fmt.Fprintln(os.Stderr, "dbtest: DATABASE_URL:", err)
			return 2
		}
		server = cfg
		return m.Run()
	}
	dir, err := os.MkdirTemp("", "leergang-pg-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "dbtest:", err)
		return 2
	}
	defer os.RemoveAll(dir)
	cluster, err := localpg.StartWith(context.Background(), dir, localpg.Options{Fast: true})
	if err != nil {
		fmt.Fprintln(os.Stderr, "dbtest: starting local PostgreSQL:", err)
		return 2
	}
	defer cluster.Stop()
	server = pgtestdb.Config{DriverName: "pgx", Host: cluster.Host(), Port: fmt.Sprint(cluster.Port()),
		User: cluster.User(), Database: "postgres", Options: "sslmode=disable"}
	return m.Run()
}

func configFromURL(raw string) (pgtestdb.Config, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return pgtestdb.Config{}, err
	}
	pw, _ := u.User.Password()
	port := u.Port()
	if port == "" {
		port = "5432"
	}
	opts := u.RawQuery
	if opts == "" {
		opts = "sslmode=disable"
	}
	return pgtestdb.Config{DriverName: "pgx", Host: u.Hostname(), Port: port, User: u.User.Username(),
		Password: pw, Database: "postgres", Options: opts}, nil
}

// New returns a fresh, migrated, empty database for this test, dropped when it ends.
func New(t testing.TB) *bun.DB {
	t.Helper()
	if server.Host == "" {
		t.Fatal("dbtest: call dbtest.Main(m) from TestMain")
	}
	sqldb := pgtestdb.New(t, server, migrator{})
	bdb := bun.NewDB(sqldb, pgdialect.New())
	return bdb
}

// migrator applies the project's migrations to the template database; its hash
// covers every migration file, so a changed migration gets a new template.
type migrator struct{}

func (migrator) Hash() (string, error) {
	h := sha256.New()
	var names []string
	err := fs.WalkDir(migrations.Files, ".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, path)
		}
		return err
	})
	if err != nil {
		return "", err
	}
	sort.Strings(names)
	for _, n := range names {
		b, err := fs.ReadFile(migrations.Files, n)
		if err != nil {
			return "", err
		}
		h.Write([]byte(n))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func (migrator) Migrate(ctx context.Context, sqldb *sql.DB, _ pgtestdb.Config) error {
	_, err := db.Migrate(ctx, bun.NewDB(sqldb, pgdialect.New()))
	return err
}
