package db

import (
	"reflect"
	"strings"

	"github.com/uptrace/bun"
)

// jsonRowExpr returns a json_build_object expression of every column of
// model's table for the row aliased alias, keyed by the Go field names, so
// that encoding/json (and bun's json scan type) decodes it straight into the
// model. It lets one statement carry the rows a page would otherwise fetch
// through a loader in a statement of their own: the hot pages need their
// round trips counted (docs/benchmarks.md). TestJSONRowsMatchTheirModels
// checks that every model used this way round-trips unchanged.
func jsonRowExpr(idb bun.IDB, model any, alias string) string {
	table := idb.Dialect().Tables().Get(reflect.TypeOf(model).Elem())
	var b strings.Builder
	b.WriteString("json_build_object(")
	for i, f := range table.Fields {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("'")
		b.WriteString(jsonKey(f.StructField))
		b.WriteString("', ")
		b.WriteString(alias)
		b.WriteString(".")
		b.WriteString(string(f.SQLName))
	}
	b.WriteString(")")
	return b.String()
}

// jsonKey is the name encoding/json reads a field under.
func jsonKey(f reflect.StructField) string {
	if tag, ok := f.Tag.Lookup("json"); ok {
		if name, _, _ := strings.Cut(tag, ","); name != "" && name != "-" {
			return name
		}
	}
	return f.Name
}
