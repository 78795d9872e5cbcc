package db

import (
	"context"
	"database/sql"
	"encoding/base64"
	"errors"
	"strconv"
	"strings"

	"github.com/uptrace/bun"
)

// MaxPageSize caps every list the API returns.
const MaxPageSize = 100

// PageRequest is a validated first/after pair. Cursors are opaque to clients;
// they carry an offset, which is simple and right for admin lists of this size.
type PageRequest struct {
	Limit  int
	Offset int
}

// NewPageRequest validates first and after; first above MaxPageSize is capped.
func NewPageRequest(first *int, after *string) (PageRequest, error) {
	p := PageRequest{Limit: 25}
	if first != nil {
		if *first < 1 {
			return p, Invalid("first", "out_of_range", "Vraag ten minste één rij op.")
		}
		p.Limit = min(*first, MaxPageSize)
	}
	if after != nil && *after != "" {
		off, ok := DecodeCursor(*after)
		if !ok {
			return p, Invalid("after", "invalid_cursor", "Deze paginaverwijzing is ongeldig. Laad de lijst opnieuw.")
		}
		p.Offset = off + 1
	}
	return p, nil
}

func EncodeCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("o:" + strconv.Itoa(offset)))
}

func DecodeCursor(c string) (int, bool) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || !strings.HasPrefix(string(b), "o:") {
		return 0, false
	}
	n, err := strconv.Atoi(string(b[2:]))
	if err != nil || n < 0 {
		return 0, false
	}
	return n, true
}

// Page is one page of a list plus what a Relay connection needs.
type Page[T any] struct {
	Items      []T
	Offset     int
	TotalCount int
	HasNext    bool
}

// fetchPage runs q (which selects count(*) OVER () into each row) for one page,
// so a page costs one statement; only a page past the end needs a second count.
func fetchPage[T any](ctx context.Context, q *bun.SelectQuery, rows *[]T, p PageRequest, total func(T) int) (Page[T], error) {
	if err := q.Limit(int64(p.Limit + 1)).Offset(int64(p.Offset)).Scan(ctx); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return Page[T]{}, err
	}
	page := Page[T]{Items: *rows, Offset: p.Offset}
	if len(page.Items) > p.Limit {
		page.Items = page.Items[:p.Limit]
		page.HasNext = true
	}
	switch {
	case len(page.Items) > 0:
		page.TotalCount = total(page.Items[0])
	case p.Offset > 0:
		n, err := q.Limit(0).Offset(0).Count(ctx)
		if err != nil {
			return Page[T]{}, err
		}
		page.TotalCount = int(n)
	}
	return page, nil
}

// Order is a requested sort: a field key from the GraphQL enum and a direction.
type Order struct {
	Field     string
	Direction SortDirection
}

// apply adds ORDER BY from a whitelist of expressions, then a unique tie-breaker
// so pages are stable.
func (o Order) apply(q *bun.SelectQuery, allowed map[string]string, fallback, tiebreak string) *bun.SelectQuery {
	expr, ok := allowed[o.Field]
	if !ok {
		expr = fallback
	}
	dir := "ASC"
	if o.Direction == SortDesc {
		dir = "DESC"
	}
	return q.OrderExpr(expr + " " + dir).OrderExpr(tiebreak + " " + dir)
}

// likePattern turns user text into an ILIKE pattern that matches it anywhere, literally.
func likePattern(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(s) + "%"
}
