// Package migrations holds the forward-only SQL migrations, embedded in the binary
// and applied at start by bun's migrator.
package migrations

import (
	"embed"

	"github.com/uptrace/bun/migrate"
)

//go:embed *.sql
var files embed.FS

// Files exposes the raw SQL, so tests can fingerprint the schema for template databases.
var Files = files

// Migrations is the set every migrator in the project runs.
var Migrations = migrate.NewMigrations()

func init() {
	if err := Migrations.Discover(files); err != nil {
		panic(err)
	}
}
