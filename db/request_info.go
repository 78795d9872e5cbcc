package db

import (
	"context"
	"log/slog"

	"github.com/uptrace/bun"
)

// RequestInfo is what the HTTP middleware knows about the request that an
// audit entry (or a log line) belongs to. It lives here, in the package every
// layer imports, so db, graph and server all reach the same request id.
type RequestInfo struct {
	ID string
	IP string
	// Log receives one structured line per audit entry, next to the row.
	Log *slog.Logger
	// DB is where entries that belong to no transaction go (authorization
	// denials, recorded after the refused request's work was rolled back).
	DB bun.IDB
}

type requestInfoKey struct{}

// WithRequestInfo returns ctx carrying info.
func WithRequestInfo(ctx context.Context, info RequestInfo) context.Context {
	return context.WithValue(ctx, requestInfoKey{}, info)
}

// RequestInfoFrom returns the request's info; outside a request it is empty.
func RequestInfoFrom(ctx context.Context) RequestInfo {
	info, _ := ctx.Value(requestInfoKey{}).(RequestInfo)
	return info
}

// RequestIDFrom is the request id the HTTP middleware assigned, or "".
func RequestIDFrom(ctx context.Context) string { return RequestInfoFrom(ctx).ID }
