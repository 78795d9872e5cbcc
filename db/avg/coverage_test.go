package avg

import (
	"context"
	"slices"
	"sort"
	"testing"

	"github.com/uptrace/bun"

	"leergang/db/dbtest"
)

// personColumn is a column with a foreign key to people(id), from the catalogue.
type personColumn struct {
	Table    string `bun:"tbl"`
	Column   string `bun:"col"`
	OnDelete string `bun:"on_delete"` // pg_constraint.confdeltype: c cascade, n set null, a no action, r restrict
}

func (c personColumn) key() string { return c.Table + "." + c.Column }

// personColumns walks pg_constraint for every foreign-key column that refers to people(id).
func personColumns(t *testing.T, ctx context.Context, idb bun.IDB) []personColumn {
	t.Helper()
	var cols []personColumn
	err := idb.NewRaw(`SELECT c.conrelid::regclass::text AS tbl, a.attname AS col, c.confdeltype::text AS on_delete
		FROM pg_constraint c
		JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
		WHERE c.contype = 'f' AND c.confrelid = 'people'::regclass
		ORDER BY 1, 2`).Scan(ctx, &cols)
	if err != nil {
		t.Fatal(err)
	}
	if len(cols) < 10 {
		t.Fatalf("only %d columns refer to people: the catalogue query is wrong", len(cols))
	}
	return cols
}

// TestCoverageMatchesCatalogue fails when a column that refers to a person
// is not covered by both the export and the erasure, so a new table cannot
// escape the AVG rights.
func TestCoverageMatchesCatalogue(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	files := map[string]bool{}
	for _, f := range exportFiles {
		files[f.Name] = true
	}
	seen := map[string]bool{}
	for _, c := range personColumns(t, ctx, bdb) {
		seen[c.key()] = true
		cov, ok := Covered[c.key()]
		if !ok {
			t.Errorf("%s refers to people(id) but the AVG export and erasure do not cover it: add %q to avg.Covered "+
				"(db/avg/coverage.go) with the export file that holds its rows (a query in exportFiles, db/avg/export_queries.go) "+
				"and how erasure treats them (cascade, set_null, or a custom step in ErasePerson)", c.key(), c.key())
			continue
		}
		if !files[cov.Export] {
			t.Errorf("%s: export file %q is not in exportFiles (db/avg/export_queries.go): add a query for it", c.key(), cov.Export)
		}
		switch cov.Erase {
		case EraseCascade:
			if c.OnDelete != "c" {
				t.Errorf("%s is declared erased by cascade, but its foreign key is not ON DELETE CASCADE (%s)", c.key(), c.OnDelete)
			}
		case EraseSetNull:
			if c.OnDelete != "n" {
				t.Errorf("%s is declared anonymised by SET NULL, but its foreign key is not ON DELETE SET NULL (%s)", c.key(), c.OnDelete)
			}
		case EraseCustom:
			if cov.Note == "" {
				t.Errorf("%s is erased by a custom step: say which in its Note", c.key())
			}
		default:
			t.Errorf("%s: unknown erase rule %q", c.key(), cov.Erase)
		}
	}
	var stale []string
	for k := range Covered {
		if !seen[k] {
			stale = append(stale, k)
		}
	}
	sort.Strings(stale)
	if len(stale) > 0 {
		t.Errorf("avg.Covered lists columns that no longer refer to people: %v", stale)
	}
}

// TestCoverageCatchesANewTable proves the check above bites: a new table
// with a person column shows up uncovered.
func TestCoverageCatchesANewTable(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	if _, err := bdb.ExecContext(ctx, `CREATE TABLE new_things (id serial PRIMARY KEY, person_id uuid REFERENCES people (id))`); err != nil {
		t.Fatal(err)
	}
	var uncovered []string
	for _, c := range personColumns(t, ctx, bdb) {
		if _, ok := Covered[c.key()]; !ok {
			uncovered = append(uncovered, c.key())
		}
	}
	if !slices.Equal(uncovered, []string{"new_things.person_id"}) {
		t.Fatalf("uncovered = %v, want just the new table", uncovered)
	}
}
