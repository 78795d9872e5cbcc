package db

import (
	"context"

	"github.com/uptrace/bun"
)

// ViewerRecord is the signed-in person as the app shell needs them, with the
// schools and organisation that the person page would otherwise load through
// two loader round trips (every page starts with it; docs/benchmarks.md).
type ViewerRecord struct {
	Person `bun:",extend"`

	// The person's schools and organisation as the policy lets them see them
	// (always their own, but the scope is applied all the same).
	Schools      []*School     `bun:"visible_schools,type:json,scanonly"`
	Organisation *Organisation `bun:"visible_organisation,type:json,scanonly"`
}

// GetViewer reads the actor's own person, schools and organisation in one statement.
func GetViewer(ctx context.Context, idb bun.IDB, a *Actor) (*ViewerRecord, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	schools := a.ScopeSchools(idb.NewSelect().TableExpr("schools AS s").
		ColumnExpr("json_agg(" + jsonRowExpr(idb, (*School)(nil), "s") + ")").
		Where("s.id IN (SELECT ps.school_id FROM person_schools ps WHERE ps.person_id = p.id)"))
	org := a.ScopeOrganisations(idb.NewSelect().TableExpr("organisations AS o").
		ColumnExpr(jsonRowExpr(idb, (*Organisation)(nil), "o")).Where("o.id = p.organisation_id"))
	v := new(ViewerRecord)
	err := a.ScopePeople(selectPeople(idb, v).
		ColumnExpr("(?) AS visible_schools", schools).
		ColumnExpr("(?) AS visible_organisation", org).
		Where("p.id = ?", a.PersonID)).Scan(ctx)
	return v, visibleOr(ctx, idb, err, "people", a.PersonID, "Persoon", "Je account is niet gevonden.")
}
