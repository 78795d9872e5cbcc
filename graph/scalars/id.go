package scalars

import (
	"io"
	"strconv"

	"github.com/99designs/gqlgen/graphql"
	"github.com/google/uuid"

	"leergang/db"
)

// IDs are UUIDs: opaque to clients, unguessable, and stable across copies of a leergang.

func MarshalID(id uuid.UUID) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(id.String()))
	})
}

// UnmarshalID refuses anything but a UUID; a malformed id is an object that does not exist.
func UnmarshalID(v any) (uuid.UUID, error) {
	s, ok := v.(string)
	if !ok {
		return uuid.Nil, &db.NotFoundError{What: "Object"}
	}
	id, err := uuid.Parse(s)
	if err != nil {
		return uuid.Nil, &db.NotFoundError{What: "Object"}
	}
	return id, nil
}
