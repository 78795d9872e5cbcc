package db_test

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/dbtest"
)

// Models that hot pages read as JSON inside another statement (to prime a
// loader) must decode to exactly what the loader's own query returns; a new
// column with a type encoding/json cannot read would fail here.
func TestJSONRowsMatchTheirModels(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newWorld(t, ctx, bdb)
	l := &db.Leergang{Name: "Leergang JSON", ClientOrganisationID: w.org.ID, Description: "met \"quotes\" en\nregels", Status: db.LeergangLopend}
	if _, err := bdb.NewInsert().Model(l).Returning("*").Exec(ctx); err != nil {
		t.Fatal(err)
	}
	roundTrip(t, ctx, bdb, "schools", "s", w.schoolA.ID, &db.School{}, &db.School{})
	roundTrip(t, ctx, bdb, "organisations", "o", w.org.ID, &db.Organisation{}, &db.Organisation{})
	roundTrip(t, ctx, bdb, "leergangen", "l", l.ID, &db.Leergang{}, &db.Leergang{})
}

func roundTrip[T any](t *testing.T, ctx context.Context, idb bun.IDB, table, alias string, id uuid.UUID, direct, viaJSON *T) {
	t.Helper()
	if err := idb.NewSelect().Model(direct).Where(alias+".id = ?", id).Scan(ctx); err != nil {
		t.Fatal(err)
	}
	var raw []byte
	if err := idb.NewRaw("SELECT "+db.JSONRowExpr(idb, direct, alias)+" FROM "+table+" AS "+alias+" WHERE "+alias+".id = ?", id).Scan(ctx, &raw); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, viaJSON); err != nil {
		t.Fatalf("%s: %v in %s", table, err, raw)
	}
	if !sameFields(reflect.ValueOf(direct).Elem(), reflect.ValueOf(viaJSON).Elem()) {
		t.Errorf("%s: read directly %+v, through JSON %+v", table, *direct, *viaJSON)
	}
}

// sameFields compares two structs field by field, times by instant.
func sameFields(a, b reflect.Value) bool {
	for i := range a.NumField() {
		x, y := a.Field(i).Interface(), b.Field(i).Interface()
		if tx, ok := x.(time.Time); ok {
			if !tx.Equal(y.(time.Time)) {
				return false
			}
			continue
		}
		if !reflect.DeepEqual(x, y) {
			return false
		}
	}
	return true
}
