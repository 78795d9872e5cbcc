package main

import (
	"context"
	"database/sql"
	"mime"
	"net/http"
	"time"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/avg"
	"leergang/graph/auth"
)

// mountAuditDownloads serves the AVG export of a person (zip) under /downloads/audit/.
func mountAuditDownloads(mux *http.ServeMux, d downloadDeps) {
	mux.Handle("GET /downloads/audit/people/{id}/export.zip", personExportHandler(d))
}

// personExportHandler streams everything about a person as one zip (JSON
// files plus the bytes of their uploads). The checks come first, so a refusal
// is a proper status; the audit entry is written before the first byte, so
// no export leaves without one. The data is read in one repeatable-read,
// read-only transaction: all parts show the same moment.
func personExportHandler(d downloadDeps) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		a := auth.Actor(r.Context())
		if a == nil {
			http.Error(w, "Log eerst in.", http.StatusUnauthorized)
			return
		}
		id, err := uuid.Parse(r.PathValue("id"))
		if err != nil {
			http.Error(w, "Persoon niet gevonden.", http.StatusNotFound)
			return
		}
		ctx := r.Context()
		tx, err := d.DB.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
		if err != nil {
			writeDBError(w, err, d.Log, r)
			return
		}
		defer func() { _ = tx.Rollback() }()
		exp, err := avg.PrepareExport(ctx, tx, a, id)
		if err != nil {
			writeDBError(w, err, d.Log, r)
			return
		}
		if err := db.WriteAudit(ctx, d.DB, db.AuditEntry{ActorID: &a.PersonID, Action: db.AuditExport,
			ObjectType: "person", ObjectID: id.String(), SubjectID: &id, Detail: map[string]string{"format": "zip", "kind": "avg"}}); err != nil {
			writeDBError(w, err, d.Log, r)
			return
		}
		now := time.Now()
		w.Header().Set("Content-Type", "application/zip")
		w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": exp.FileName(now)}))
		if err := exp.WriteZip(ctx, tx, d.Store, w, now); err != nil && context.Cause(ctx) == nil {
			// The headers are out: the truncated zip is what the client sees
			// fail; the cause goes to the log.
			d.Log.ErrorContext(ctx, "AVG export failed", "request_id", requestIDFrom(ctx), "person", id, "err", err)
		}
	})
}
