package graph

import (
	"bytes"
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"syscall"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/jackc/pgx/v5/pgconn"

	"leergang/db"
)

// The shapes a lost or refused database connection takes in pgx and
// database/sql; the fault tests (server/faulttest) see them for real.
func TestConnectionFailuresAreUnavailable(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}
	cases := map[string]error{
		"admin shutdown (pg_ctl stop -m fast)": &pgconn.PgError{Code: "57P01", Message: "terminating connection due to administrator command"},
		"starting up":                          fmt.Errorf("wrapped: %w", &pgconn.PgError{Code: "57P03"}),
		"connection failure":                   &pgconn.PgError{Code: "08006"},
		"refused dial":                         fmt.Errorf("failed to connect: %w", refused),
		"bad connection":                       driver.ErrBadConn,
		"closed connection":                    fmt.Errorf("query: %w", pgconn.ErrConnClosed),
		"cut off mid-answer":                   fmt.Errorf("read: %w", io.ErrUnexpectedEOF),
		"reset":                                fmt.Errorf("write: %w", syscall.ECONNRESET),
	}
	for name, err := range cases {
		if !IsUnavailable(err) {
			t.Errorf("%s (%v) is not taken as unavailable", name, err)
		}
	}
	for _, err := range []error{nil, errors.New("boom"), &pgconn.PgError{Code: "23505"}, &pgconn.PgError{Code: "40001"},
		&db.NotFoundError{What: "School"}, context.Canceled,
		&net.OpError{Op: "read", Net: "tcp", Err: fmt.Errorf("cancelled: %w", context.Canceled)}} {
		if IsUnavailable(err) {
			t.Errorf("%v is taken as unavailable", err)
		}
	}
}

func TestPresenterMakesConnectionFailuresRetryable(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, nil))
	ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter, nil)
	err := fmt.Errorf("failed to connect to `user=postgres database=leergang`: %w",
		&net.OpError{Op: "dial", Net: "tcp", Addr: &net.TCPAddr{Port: 5432}, Err: syscall.ECONNREFUSED})
	out := ErrorPresenter(log, func(context.Context) string { return "req-9" })(ctx, err)
	if out.Extensions["code"] != CodeUnavailable || out.Extensions["retryable"] != true || out.Message != UnavailableMessage {
		t.Fatalf("presented as %q %v", out.Message, out.Extensions)
	}
	if strings.Contains(out.Message, "5432") || !strings.Contains(buf.String(), "req-9") || !strings.Contains(buf.String(), "connection refused") {
		t.Fatalf("the cause belongs in the log, not the answer: %q / %q", out.Message, buf.String())
	}
}
