package db

import (
	"context"
	"fmt"
	"io"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/migrate"

	"leergang/migrations"
)

func newMigrator(db *bun.DB) *migrate.Migrator {
	return migrate.NewMigrator(db, migrations.Migrations, migrate.WithMarkAppliedOnSuccess(true))
}

// Migrate applies every pending migration under a lock, so several server
// copies starting at once do not race.
func Migrate(ctx context.Context, db *bun.DB) (applied []string, err error) {
	m := newMigrator(db)
	if err := m.Init(ctx); err != nil {
		return nil, fmt.Errorf("init migrations: %w", err)
	}
	if err := m.Lock(ctx); err != nil {
		return nil, fmt.Errorf("lock migrations: %w", err)
	}
	defer func() { _ = m.Unlock(ctx) }()
	group, err := m.Migrate(ctx)
	if err != nil {
		return nil, fmt.Errorf("migrate: %w", err)
	}
	for _, mig := range group.Migrations {
		applied = append(applied, mig.Name)
	}
	return applied, nil
}

// PrintMigrationStatus writes one line per migration: applied or pending.
func PrintMigrationStatus(ctx context.Context, db *bun.DB, w io.Writer) error {
	m := newMigrator(db)
	if err := m.Init(ctx); err != nil {
		return err
	}
	ms, err := m.MigrationsWithStatus(ctx)
	if err != nil {
		return err
	}
	for _, mig := range ms {
		state := "pending"
		if mig.IsApplied() {
			state = "applied " + mig.MigratedAt.UTC().Format("2006-01-02 15:04:05Z")
		}
		fmt.Fprintf(w, "%-40s %s\n", mig.Name+"_"+mig.Comment, state)
	}
	fmt.Fprintf(w, "%d migrations, %d pending\n", len(ms), len(ms.Unapplied()))
	return nil
}
