package db

import (
	"reflect"
	"slices"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// LedgerParts says what a ledger query reads besides the totals, which it
// always reads in one statement. A page that shows only the totals (the hours
// overview) asks for no lists, and for the related rows so that their loaders
// need no statement of their own (docs/benchmarks.md).
type LedgerParts struct {
	// Lists, one statement each.
	Entries           bool
	IntervisieEntries bool
	Declarations      bool
	// Related rows, read in the totals statement into LedgerSet.
	People     bool
	Leergangen bool
	Leerjaren  bool
}

// AllLedgerParts reads every list of the ledgers and no related rows: what
// HoursLedgers and HoursOverview return.
var AllLedgerParts = LedgerParts{Entries: true, IntervisieEntries: true, Declarations: true}

// LedgerSet is ledgers with the rows they refer to, as far as LedgerParts
// asked for them. Those rows are exactly what PeopleByID, LeergangenByID and
// LeerjarenByID return for the actor: the pairs are scoped by ScopePeople (p)
// and ScopeLeergangen (l) as those are, leerjaren need no scope, and the rows
// are read with the same columns (selectPeople; every column of the table)
// into the same models.
type LedgerSet struct {
	Ledgers    []*HoursLedger
	People     map[uuid.UUID]*Person
	Leergangen map[uuid.UUID]*Leergang
	Leerjaren  map[uuid.UUID]*Leerjaar
}

func newLedgerSet(parts LedgerParts, n int) *LedgerSet {
	set := &LedgerSet{Ledgers: make([]*HoursLedger, 0, n)}
	if parts.People {
		set.People = map[uuid.UUID]*Person{}
	}
	if parts.Leergangen {
		set.Leergangen = map[uuid.UUID]*Leergang{}
	}
	if parts.Leerjaren {
		set.Leerjaren = map[uuid.UUID]*Leerjaar{}
	}
	return set
}

// addRelated keeps the related rows of one ledger row, once per id.
func (s *LedgerSet) addRelated(r *ledgerRow) {
	if s.People != nil && s.People[r.PersonID] == nil {
		s.People[r.PersonID] = &r.Person
	}
	if s.Leergangen != nil && s.Leergangen[r.LeergangID] == nil {
		s.Leergangen[r.LeergangID] = &r.Leergang
	}
	if s.Leerjaren != nil && s.Leerjaren[r.LeerjaarID] == nil {
		s.Leerjaren[r.LeerjaarID] = &r.Leerjaar
	}
}

// withRelated adds to the totals statement q (over the CTE pairs) the
// columns of the related rows parts asks for, into ledgerRow's embedded
// Person (rp_), Leergang (rl_) and Leerjaar (rlj_). Each person is read once
// (the CTE rp, built by selectPeople as PeopleByID does) and joined to their
// rows.
func withRelated(idb bun.IDB, q *bun.SelectQuery, parts LedgerParts) *bun.SelectQuery {
	if parts.People {
		q = q.With("rp", selectPeople(idb, (*Person)(nil)).Where("p.id IN (SELECT person_id FROM pairs)")).
			Join("JOIN rp ON rp.id = pairs.person_id").
			ColumnExpr(embedColumns(idb, (*Person)(nil), "rp", "rp_", "total_count"))
	}
	if parts.Leergangen {
		q = q.Join("JOIN leergangen AS rl ON rl.id = pairs.leergang_id").
			ColumnExpr(embedColumns(idb, (*Leergang)(nil), "rl", "rl_", "total_count"))
	}
	if parts.Leerjaren {
		q = q.Join("JOIN leerjaren AS rlj ON rlj.id = pairs.leerjaar_id").
			ColumnExpr(embedColumns(idb, (*Leerjaar)(nil), "rlj", "rlj_"))
	}
	return q
}

// embedColumns returns `src."col" AS "prefixcol"` for every column of model's
// table, scan-only ones included except those in skip, in field order: what
// a struct field tagged `bun:"embed:prefix"` of that model scans.
func embedColumns(idb bun.IDB, model any, src, prefix string, skip ...string) string {
	table := idb.Dialect().Tables().Get(reflect.TypeOf(model).Elem())
	var fields []string
	seen := map[string]bool{}
	type col struct {
		index []int
		name  string
	}
	var cols []col
	for _, f := range table.FieldMap {
		if seen[f.Name] || slices.Contains(skip, f.Name) {
			continue
		}
		seen[f.Name] = true
		cols = append(cols, col{f.Index, f.Name})
	}
	slices.SortFunc(cols, func(a, b col) int { return slices.Compare(a.index, b.index) })
	for _, c := range cols {
		fields = append(fields, src+`."`+c.name+`" AS "`+prefix+c.name+`"`)
	}
	return strings.Join(fields, ", ")
}
