// Package scalars holds the GraphQL scalar marshalers the schema needs beyond gqlgen's own.
package scalars

import (
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"leergang/db"
)

const dateLayout = "2006-01-02"

// MarshalDate writes a calendar date as YYYY-MM-DD; the time of day is ignored.
func MarshalDate(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(t.Format(dateLayout)))
	})
}

// UnmarshalDate reads YYYY-MM-DD as midnight UTC.
func UnmarshalDate(v any) (time.Time, error) {
	s, _ := v.(string)
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return time.Time{}, db.Invalid("", "invalid_date", "Dit is geen geldige datum (JJJJ-MM-DD).")
	}
	return t, nil
}
