package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/graph"
	"leergang/graph/auth"
	"leergang/graph/loaders"
)

// requestID gives every request an id, returned in X-Request-Id and written
// with every log line, audit entry and INTERNAL error, so a user's report can
// be traced. The id and the client address travel in db.RequestInfo, which
// every layer can read.
func requestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b := make([]byte, 8)
		_, _ = rand.Read(b)
		id := hex.EncodeToString(b)
		w.Header().Set("X-Request-Id", id)
		next.ServeHTTP(w, r.WithContext(db.WithRequestInfo(r.Context(), db.RequestInfo{ID: id, IP: clientIP(r)})))
	})
}

func requestIDFrom(ctx context.Context) string { return db.RequestIDFrom(ctx) }

type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (s *statusRecorder) WriteHeader(code int) { s.status = code; s.ResponseWriter.WriteHeader(code) }
func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	n, err := s.ResponseWriter.Write(b)
	s.bytes += n
	return n, err
}
func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// accessLog writes one line per request; static assets only at debug level.
func accessLog(log *slog.Logger) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			rec := &statusRecorder{ResponseWriter: w}
			// Audit entries also go to this log, as one structured line each.
			info := db.RequestInfoFrom(r.Context())
			info.Log = log
			r = r.WithContext(db.WithRequestInfo(r.Context(), info))
			next.ServeHTTP(rec, r)
			level := slog.LevelInfo
			if strings.HasPrefix(r.URL.Path, "/assets/") {
				level = slog.LevelDebug
			}
			path := r.URL.Path
			if strings.HasPrefix(path, "/calendar/") {
				path = "/calendar/[token]" // the feed token is a credential
			}
			log.Log(r.Context(), level, "request", "request_id", requestIDFrom(r.Context()), "method", r.Method,
				"path", path, "status", rec.status, "bytes", rec.bytes, "duration_ms", time.Since(start).Milliseconds())
		})
	}
}

// securityHeaders sets the headers every response carries.
func securityHeaders(next http.Handler) http.Handler {
	const csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
		"media-src 'self' blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
		"form-action 'self'; frame-ancestors 'none'"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		// Invitation links carry their token in the path: never send it to another site.
		h.Set("Referrer-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}

// sessionCookie owns the cookie's name and attributes.
type sessionCookie struct {
	secure bool
	maxAge time.Duration
}

func (c sessionCookie) name() string {
	if c.secure {
		return "__Host-leergang_session" // the prefix forbids Domain and requires Secure and Path=/
	}
	return "leergang_session"
}

func (c sessionCookie) set(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{Name: c.name(), Value: token, Path: "/", HttpOnly: true, Secure: c.secure,
		SameSite: http.SameSiteLaxMode, MaxAge: int(c.maxAge.Seconds())})
}

func (c sessionCookie) clear(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: c.name(), Value: "", Path: "/", HttpOnly: true, Secure: c.secure,
		SameSite: http.SameSiteLaxMode, MaxAge: -1})
}

// session resolves the cookie into an actor and installs the auth state and
// fresh loaders in the request context. An unknown or expired cookie is cleared.
func session(bdb *bun.DB, limits db.SessionLimits, cookie sessionCookie, log *slog.Logger) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			req := &auth.Request{IP: clientIP(r), UserAgent: r.UserAgent()}
			req.StartSession = func(token string) { cookie.set(w, token) }
			req.EndSession = func() { cookie.clear(w) }
			if c, err := r.Cookie(cookie.name()); err == nil && c.Value != "" {
				a, err := db.ActorForSession(r.Context(), bdb, c.Value, limits)
				if err != nil {
					if graph.IsUnavailable(err) {
						log.WarnContext(r.Context(), "session lookup: database unavailable", "request_id", requestIDFrom(r.Context()), "err", err)
						writeUnavailable(w)
						return
					}
					log.ErrorContext(r.Context(), "session lookup failed", "request_id", requestIDFrom(r.Context()), "err", err)
					writeJSONError(w, http.StatusInternalServerError, "INTERNAL", "Er ging iets mis aan onze kant. Probeer het later opnieuw.")
					return
				}
				if a == nil {
					cookie.clear(w)
				} else {
					req.Actor, req.Token = a, c.Value
				}
			}
			ctx := auth.With(r.Context(), req)
			ctx = loaders.With(ctx, loaders.New(bdb, req.Actor))
			info := db.RequestInfoFrom(ctx)
			info.DB = bdb
			ctx = db.WithRequestInfo(ctx, info)
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// clientIP is the peer address. Behind a proxy, the proxy should be the only
// peer and set X-Forwarded-For; we do not trust that header from the open
// internet, so throttling counts the connecting address.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func writeJSONError(w http.ResponseWriter, status int, code, message string) {
	writeJSONErrorExt(w, status, code, message, "")
}

// retryAfterUnavailable is the Retry-After, in seconds, of every 503 for an
// unreachable database.
const retryAfterUnavailable = "2"

// writeUnavailable answers 503 with the same retryable UNAVAILABLE error the
// GraphQL presenter gives, so the SPA handles both alike.
func writeUnavailable(w http.ResponseWriter) {
	w.Header().Set("Retry-After", retryAfterUnavailable)
	writeJSONErrorExt(w, http.StatusServiceUnavailable, graph.CodeUnavailable, graph.UnavailableMessage, `,"retryable":true`)
}

// writeJSONErrorExt is writeJSONError with extra members (raw JSON, starting
// with a comma) in extensions.
func writeJSONErrorExt(w http.ResponseWriter, status int, code, message, extra string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(`{"errors":[{"message":` + jsonString(message) + `,"extensions":{"code":"` + code + `"` + extra + `}}]}`))
}
