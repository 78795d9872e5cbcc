package main

import (
	"errors"
	"log/slog"
	"mime"
	"net/http"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/blob"
	"leergang/graph"
	"leergang/graph/auth"
)

// GET /files/{id}: the bytes of an uploaded file, after the policy said the
// signed-in person may read it (db.GetFile, ScopeFiles). Range requests are
// answered by http.ServeContent over a seekable object from the blob store,
// so a browser's video player seeks in a 2 GB recording without downloading
// it. Video and images are shown inline (for <video src> and <img src>);
// documents, and anything with ?download=1, are sent as an attachment.
func fileHandler(bdb *bun.DB, store blob.Store, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Cache-Control", "private, no-cache")
		a := auth.Actor(r.Context())
		if a == nil {
			http.Error(w, "Log eerst in.", http.StatusUnauthorized)
			return
		}
		id, err := uuid.Parse(r.PathValue("id"))
		if err != nil {
			http.Error(w, "Bestand niet gevonden.", http.StatusNotFound)
			return
		}
		f, err := db.GetFile(r.Context(), bdb, a, id)
		if err != nil {
			writeDBError(w, err, log, r)
			return
		}
		switch f.Status {
		case db.FileReady:
		case db.FileDeleting, db.FileDeleted:
			http.Error(w, "Dit bestand is verwijderd.", http.StatusGone)
			return
		default:
			http.Error(w, "Dit bestand is (nog) niet beschikbaar.", http.StatusNotFound)
			return
		}
		obj, err := store.Open(r.Context(), f.Key())
		if errors.Is(err, blob.ErrNotFound) {
			log.ErrorContext(r.Context(), "file without bytes", "request_id", requestIDFrom(r.Context()), "file", f.ID)
			http.Error(w, "Dit bestand is niet beschikbaar.", http.StatusNotFound)
			return
		}
		if err != nil {
			log.ErrorContext(r.Context(), "opening file", "request_id", requestIDFrom(r.Context()), "file", f.ID, "err", err)
			http.Error(w, "Het bestand is even niet beschikbaar. Probeer het later opnieuw.", http.StatusServiceUnavailable)
			return
		}
		defer obj.Close()
		if f.Kind == db.FileVideo {
			// Every request for a recording is recorded, range requests (seeks) too.
			if err := auditRecordingView(r, bdb, a, f); err != nil {
				writeDBError(w, err, log, r)
				return
			}
		}
		// The type is the one detected from the content at upload, never the client's.
		h.Set("Content-Type", f.ContentType)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", "default-src 'none'; media-src 'self'; img-src 'self'; sandbox")
		h.Set("Content-Disposition", contentDisposition(f, r.URL.Query().Get("download") == "1"))
		http.ServeContent(w, r, "", obj.ModTime(), obj)
	})
}

// contentDisposition names the file safely whatever its name holds: quotes,
// newlines and non-ASCII are encoded by mime.FormatMediaType (filename*).
func contentDisposition(f *db.StoredFile, download bool) string {
	disposition := "attachment"
	if !download && (f.Kind == db.FileVideo || f.Kind == db.FileImage) {
		disposition = "inline"
	}
	if v := mime.FormatMediaType(disposition, map[string]string{"filename": f.Name}); v != "" {
		return v
	}
	return disposition
}

// httpStatusOf maps a typed db error to an HTTP status, a code and a Dutch
// message; a lost database connection (graph.IsUnavailable) is 503.
func httpStatusOf(err error) (int, string, string) {
	var (
		nf  *db.NotFoundError
		fb  *db.ForbiddenError
		ua  *db.UnauthenticatedError
		inv *db.InvalidError
		cf  *db.ConflictError
	)
	switch {
	case errors.As(err, &inv) && len(inv.Fields) > 0:
		f := inv.Fields[0]
		if f.Reason == "too_large" {
			return http.StatusRequestEntityTooLarge, "FILE_TOO_LARGE", f.Message
		}
		return http.StatusBadRequest, strings.ToUpper(f.Reason), f.Message
	case errors.As(err, &nf):
		return http.StatusNotFound, "NOT_FOUND", nf.Error() + "."
	case errors.As(err, &fb):
		return http.StatusForbidden, "FORBIDDEN", fb.Message
	case errors.As(err, &ua):
		return http.StatusUnauthorized, "UNAUTHENTICATED", ua.Error()
	case errors.As(err, &cf):
		return http.StatusConflict, "CONFLICT", cf.Message
	case graph.IsUnavailable(err):
		return http.StatusServiceUnavailable, graph.CodeUnavailable, graph.UnavailableMessage
	}
	return http.StatusInternalServerError, "INTERNAL", "Er ging iets mis aan onze kant. Probeer het later opnieuw."
}

// writeDBError answers a plain-text error for a typed db error; for an
// unreachable database it is 503 with Retry-After, as the GraphQL API answers.
func writeDBError(w http.ResponseWriter, err error, log *slog.Logger, r *http.Request) {
	status, _, msg := httpStatusOf(err)
	switch status {
	case http.StatusForbidden:
		auditHTTPDenial(r, msg)
	case http.StatusInternalServerError:
		log.ErrorContext(r.Context(), "request failed", "request_id", requestIDFrom(r.Context()), "err", err)
	case http.StatusServiceUnavailable:
		log.WarnContext(r.Context(), "database unavailable", "request_id", requestIDFrom(r.Context()), "err", err)
		w.Header().Set("Retry-After", retryAfterUnavailable)
	}
	http.Error(w, msg, status)
}
