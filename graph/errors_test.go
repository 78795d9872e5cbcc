package graph

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"

	"leergang/db"
)

func presentIn(t *testing.T, err error) (code string, message string, logged string) {
	t.Helper()
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, nil))
	ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter, nil)
	out := ErrorPresenter(log, func(context.Context) string { return "req-1" })(ctx, err)
	code, _ = out.Extensions["code"].(string)
	return code, out.Message, buf.String()
}

func TestPresenterHidesInternalErrors(t *testing.T) {
	code, msg, logged := presentIn(t, errors.New(`pq: relation "people" does not exist`))
	if code != CodeInternal || strings.Contains(msg, "relation") || !strings.Contains(logged, "relation") || !strings.Contains(logged, "req-1") {
		t.Fatalf("code %q, message %q, log %q", code, msg, logged)
	}
}

func TestPanicBecomesInternal(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, nil))
	err := RecoverFunc(log, func(context.Context) string { return "req-2" })(context.Background(), "secret detail in a panic")
	code, msg, _ := presentIn(t, err)
	if code != CodeInternal || strings.Contains(msg, "secret") || !strings.Contains(buf.String(), "secret detail") {
		t.Fatalf("panic: code %q, message %q", code, msg)
	}
}

func TestTypedErrorsKeepTheirCodes(t *testing.T) {
	cases := map[error]string{
		&db.NotFoundError{What: "School"}:          CodeNotFound,
		&db.ForbiddenError{Message: "Nee."}:        CodeForbidden,
		&db.UnauthenticatedError{}:                 CodeUnauthenticated,
		&db.ConflictError{Message: "Botst."}:       CodeConflict,
		db.Invalid("brin", "brin_taken", "Bezet."): CodeBadUserInput,
	}
	for err, want := range cases {
		if code, msg, _ := presentIn(t, err); code != want || msg == "" {
			t.Errorf("%T: code %q, want %q", err, code, want)
		}
	}
}
