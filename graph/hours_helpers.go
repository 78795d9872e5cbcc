package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"leergang/db"
	"leergang/graph/loaders"
)

// ledgerParts reads from the selection set of the field being resolved (a
// list of HoursLedger) what the ledgers must read besides their totals: the
// lists only when selected (the hours overview shows none of them), and the
// person, leergang and leerjaar in the totals statement when selected, to
// prime their loaders (primeLedgers). Without a field context it asks for
// every list, which is what the ledgers always held.
func ledgerParts(ctx context.Context) db.LedgerParts {
	if fc := graphql.GetFieldContext(ctx); fc == nil || fc.Field.Field == nil {
		return db.AllLedgerParts
	}
	var p db.LedgerParts
	// No type conditions: a fragment on HoursLedger or on anything else
	// counts, so nothing selected is ever left unread.
	for _, f := range graphql.CollectFieldsCtx(ctx, nil) {
		switch f.Name {
		case "entries":
			p.Entries = true
		case "intervisieEntries":
			p.IntervisieEntries = true
		case "declarations":
			p.Declarations = true
		case "person":
			p.People = true
		case "leergang":
			p.Leergangen = true
		case "leerjaar":
			p.Leerjaren = true
		}
	}
	return p
}

// primeLedgers hands the rows the ledgers' totals statement read to the
// request's loaders; they were read under the scope those loaders apply
// (db.LedgerSet).
func primeLedgers(ctx context.Context, set *db.LedgerSet) []*db.HoursLedger {
	l := loaders.For(ctx)
	for id, p := range set.People {
		l.PersonByID.Prime(id, p)
	}
	for id, lg := range set.Leergangen {
		l.LeergangByID.Prime(id, lg)
	}
	for id, lj := range set.Leerjaren {
		l.LeerjaarByID.Prime(id, lj)
	}
	return set.Ledgers
}
