package main

import (
	"mime"
	"net/http"
	"regexp"
	"strings"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/frameworkio"
	"leergang/graph/auth"
)

// mountFrameworkDownloads serves competency frameworks as CSV and XLSX under /downloads/frameworks/.
func mountFrameworkDownloads(mux *http.ServeMux, d downloadDeps) {
	mux.Handle("GET /downloads/frameworks/{file}", frameworkExportHandler(d))
}

// frameworkExportHandler answers GET /downloads/frameworks/{id}.csv and
// {id}.xlsx for whoever may read the framework, in the layout the import
// reads, so an export can be edited and imported again.
func frameworkExportHandler(d downloadDeps) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		a := auth.Actor(r.Context())
		if err := a.RequireExportFramework(); err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		file := r.PathValue("file")
		format := db.FrameworkFileFormat(strings.ToLower(file[strings.LastIndexByte(file, '.')+1:]))
		id, err := uuid.Parse(strings.TrimSuffix(file, "."+string(format)))
		if err != nil || !format.Valid() || !strings.Contains(file, ".") {
			http.Error(w, "Competentiekader niet gevonden.", http.StatusNotFound)
			return
		}
		ctx := r.Context()
		fw, doc, err := db.FrameworkDocument(ctx, d.DB, a, id)
		if err != nil {
			writeDBError(w, err, d.Log, r)
			return
		}
		if err := db.WriteAudit(ctx, d.DB, db.AuditEntry{ActorID: &a.PersonID, Action: db.AuditExport,
			ObjectType: "framework", ObjectID: id.String(), Detail: map[string]string{"format": string(format)}}); err != nil {
			writeDBError(w, err, d.Log, r)
			return
		}
		name := frameworkFileName(fw.Name) + "." + string(format)
		w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
		if format == db.FrameworkXLSX {
			w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
			err = frameworkio.WriteXLSX(w, doc)
		} else {
			w.Header().Set("Content-Type", "text/csv; charset=utf-8")
			err = frameworkio.WriteCSV(w, doc)
		}
		if err != nil && ctx.Err() == nil {
			d.Log.ErrorContext(ctx, "framework export failed", "request_id", requestIDFrom(ctx), "framework", id, "err", err)
		}
	})
}

var unsafeFileChars = regexp.MustCompile(`[^\p{L}\p{N}]+`)

// frameworkFileName makes a download name from the framework's name:
// "LBBO-beroepsstandaard intern begeleider" -> "kader-lbbo-beroepsstandaard-intern-begeleider".
func frameworkFileName(name string) string {
	slug := strings.Trim(unsafeFileChars.ReplaceAllString(strings.ToLower(name), "-"), "-")
	if len([]rune(slug)) > 80 {
		slug = string([]rune(slug)[:80])
	}
	return "kader-" + slug
}
