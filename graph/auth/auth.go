// Package auth carries the signed-in actor and the session cookie controls
// through a request's context, between the HTTP middleware and the resolvers.
package auth

import (
	"context"

	"leergang/db"
)

// Request is what the session middleware knows about one HTTP request.
type Request struct {
	Actor     *db.Actor
	Token     string // the session token from the cookie, if any
	IP        string
	UserAgent string
	// StartSession sets the cookie for a new session token; EndSession clears it.
	StartSession func(token string)
	EndSession   func()
}

type ctxKey struct{}

func With(ctx context.Context, r *Request) context.Context {
	return context.WithValue(ctx, ctxKey{}, r)
}

// From returns the request's auth state; outside an HTTP request it is an anonymous one.
func From(ctx context.Context) *Request {
	if r, ok := ctx.Value(ctxKey{}).(*Request); ok {
		return r
	}
	return &Request{StartSession: func(string) {}, EndSession: func() {}}
}

// Actor is a shortcut for From(ctx).Actor; nil means anonymous.
func Actor(ctx context.Context) *db.Actor { return From(ctx).Actor }
