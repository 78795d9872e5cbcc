package graph

import (
	"leergang/db"
	"leergang/graph/model"
)

// pageInfo and cursors turn a db.Page into the Relay fields every connection shares.
func pageInfo[T any](p db.Page[T]) *model.PageInfo {
	info := &model.PageInfo{HasNextPage: p.HasNext, HasPreviousPage: p.Offset > 0}
	if n := len(p.Items); n > 0 {
		start, end := db.EncodeCursor(p.Offset), db.EncodeCursor(p.Offset+n-1)
		info.StartCursor, info.EndCursor = &start, &end
	}
	return info
}

func cursorAt[T any](p db.Page[T], i int) string { return db.EncodeCursor(p.Offset + i) }

func order[F ~string](field F, dir db.SortDirection) db.Order {
	return db.Order{Field: string(field), Direction: dir}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
