package main

import (
	"net/http"
	"strconv"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/graph/auth"
)

// auditRecordingView records a view or download of a recording before a
// byte is sent: without the entry, the recording is not handed out.
func auditRecordingView(r *http.Request, bdb *bun.DB, a *db.Actor, f *db.StoredFile) error {
	detail := map[string]string{"download": strconv.FormatBool(r.URL.Query().Get("download") == "1")}
	if rg := r.Header.Get("Range"); rg != "" {
		detail["range"] = rg
	}
	return db.WriteAudit(r.Context(), bdb, db.AuditEntry{ActorID: &a.PersonID, Action: db.AuditRecordingViewed,
		ObjectType: "file", ObjectID: f.ID.String(), SubjectID: &f.OwnerID, Detail: detail})
}

// auditHTTPDenial records a 403 of a REST endpoint (file, download).
func auditHTTPDenial(r *http.Request, message string) {
	var actorID *uuid.UUID
	if a := auth.Actor(r.Context()); a != nil {
		actorID = &a.PersonID
	}
	db.AuditDenial(r.Context(), actorID, "http", r.Method+" "+r.URL.Path, message)
}
