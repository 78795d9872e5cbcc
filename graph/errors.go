package graph

import (
	"context"
	"errors"
	"log/slog"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"leergang/db"
)

// Stable error codes in extensions.code; clients switch on these, never on messages.
const (
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeForbidden       = "FORBIDDEN"
	CodeNotFound        = "NOT_FOUND"
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeConflict        = "CONFLICT"
	CodeInternal        = "INTERNAL"
)

// RequestIDFunc reads the request id the HTTP middleware put in the context.
type RequestIDFunc func(ctx context.Context) string

// ErrorPresenter turns typed db errors into coded GraphQL errors. Anything
// untyped is INTERNAL: its text goes to the log with the request id, never to
// the client.
func ErrorPresenter(log *slog.Logger, requestID RequestIDFunc) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		out := graphql.DefaultErrorPresenter(ctx, err)
		if u := presentUnavailable(ctx, err, out, log, requestID); u != nil {
			return u
		}
		var (
			nf    *db.NotFoundError
			fb    *db.ForbiddenError
			ua    *db.UnauthenticatedError
			inv   *db.InvalidError
			cf    *db.ConflictError
			gqErr *gqlerror.Error
		)
		ext := map[string]any{}
		switch {
		case errors.As(err, &inv) && len(inv.Fields) > 0:
			f := inv.Fields[0]
			out.Message = f.Message
			ext["code"], ext["field"], ext["reason"] = CodeBadUserInput, f.Field, f.Reason
		case errors.As(err, &nf):
			out.Message = nf.Error() + "."
			ext["code"] = CodeNotFound
		case errors.As(err, &fb):
			out.Message = fb.Message
			ext["code"] = CodeForbidden
			auditDenial(ctx, out)
		case errors.As(err, &ua):
			out.Message = ua.Error()
			ext["code"] = CodeUnauthenticated
		case errors.As(err, &cf):
			out.Message = cf.Message
			ext["code"] = CodeConflict
		case errors.As(err, &gqErr) && gqErr.Err == nil && gqErr.Extensions["code"] != nil:
			return out // already a coded protocol error (validation, complexity)
		case errors.Is(err, context.Canceled):
			// The client went away (a superseded search, a closed tab): nothing to report.
			log.DebugContext(ctx, "request cancelled by the client", "request_id", requestID(ctx), "path", out.Path.String())
			out.Message = "De vraag is afgebroken."
			ext["code"] = CodeInternal
		default:
			id := requestID(ctx)
			log.ErrorContext(ctx, "internal error", "request_id", id, "path", out.Path.String(), "err", err)
			out.Message = "Er ging iets mis aan onze kant. Probeer het later opnieuw."
			ext["code"] = CodeInternal
			ext["requestId"] = id
		}
		out.Extensions = ext
		return out
	}
}

// RecoverFunc makes a panic in a resolver an INTERNAL error and logs its stack.
func RecoverFunc(log *slog.Logger, requestID RequestIDFunc) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in resolver", "request_id", requestID(ctx), "panic", p, "stack", string(debug.Stack()))
		return errors.New("internal: panic")
	}
}

// SplitFieldErrors reports each invalid field of one input as its own error,
// so a form can put every message next to its field in one round trip.
func SplitFieldErrors(ctx context.Context, next graphql.Resolver) (any, error) {
	res, err := next(ctx)
	var inv *db.InvalidError
	if err == nil || !errors.As(err, &inv) || len(inv.Fields) < 2 {
		return res, err
	}
	for _, f := range inv.Fields[1:] {
		graphql.AddError(ctx, &db.InvalidError{Fields: []db.FieldError{f}})
	}
	return res, &db.InvalidError{Fields: inv.Fields[:1]}
}
