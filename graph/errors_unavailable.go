package graph

import (
	"context"
	"database/sql/driver"
	"errors"
	"io"
	"log/slog"
	"net"
	"strings"
	"syscall"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// CodeUnavailable marks an error that says nothing about the request itself:
// the database could not be reached (restarting, failing over, the network).
// The same request may well succeed a moment later, so it carries
// extensions.retryable = true.
const CodeUnavailable = "UNAVAILABLE"

// UnavailableMessage is what the person sees; the driver's own text (hosts,
// ports, SQLSTATEs) only goes to the log.
const UnavailableMessage = "De server is even niet bereikbaar; probeer het zo opnieuw."

// IsUnavailable reports whether err means the database connection failed,
// rather than that the statement was wrong or refused. PostgreSQL rolls back
// the transaction of a connection it loses, so a write that failed this way
// was not applied, or (when the commit itself was lost) applied whole.
func IsUnavailable(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		// The client went away or the request ran out of time: not the database's fault.
		return false
	}
	var (
		connectErr *pgconn.ConnectError
		pgErr      *pgconn.PgError
		netErr     *net.OpError
	)
	switch {
	case errors.As(err, &connectErr), errors.As(err, &netErr):
		return true
	case errors.As(err, &pgErr):
		// Class 08: connection exception. 57P01-57P03: the server is shutting
		// down, crashed or is starting up. 53300: too many connections.
		return strings.HasPrefix(pgErr.Code, "08") || pgErr.Code == "57P01" || pgErr.Code == "57P02" ||
			pgErr.Code == "57P03" || pgErr.Code == "53300"
	case errors.Is(err, driver.ErrBadConn), errors.Is(err, pgconn.ErrConnClosed), pgconn.SafeToRetry(err),
		errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET),
		errors.Is(err, syscall.EPIPE):
		return true
	}
	return false
}

// presentUnavailable turns a connection failure into a coded, retryable
// error, logging the cause with the request id; it returns nil for any other
// error, which the presenter handles as before.
func presentUnavailable(ctx context.Context, err error, out *gqlerror.Error, log *slog.Logger, requestID RequestIDFunc) *gqlerror.Error {
	if !IsUnavailable(err) {
		return nil
	}
	id := requestID(ctx)
	log.WarnContext(ctx, "database unavailable", "request_id", id, "path", out.Path.String(), "err", err)
	out.Message = UnavailableMessage
	out.Extensions = map[string]any{"code": CodeUnavailable, "retryable": true, "requestId": id}
	return out
}
