package main

import (
	"bytes"
	"context"
	"fmt"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/graph"
	"leergang/graph/auth"
)

// mountDashboardDownloads serves dashboard tables as CSV and XLSX, and certificates as PDF under /downloads/dashboard/.
//
//	GET /downloads/dashboard/staff.{csv,xlsx}?school=&leergang=&organisation=  the staff table (directie, drill-down, opleider group)
//	GET /downloads/dashboard/schools.{csv,xlsx}?organisation=                  the per-school table (bestuur)
//	GET /downloads/dashboard/certificates/{personId}/{leerjaarId}.pdf          a bewijs van deelname (issued when there is none yet)
func mountDashboardDownloads(mux *http.ServeMux, d downloadDeps) {
	mux.Handle("GET /downloads/dashboard/certificates/{person}/{file}", certificateHandler(d))
	mux.Handle("GET /downloads/dashboard/{file}", dashboardExportHandler(d))
}

// dashboardExportHandler streams a dashboard table: every row is written as
// it is read from the database (CSV straight to the response; XLSX through
// excelize's StreamWriter). Every export is audited.
func dashboardExportHandler(d downloadDeps) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		ctx, a := r.Context(), auth.Actor(r.Context())
		table, format, ok := strings.Cut(r.PathValue("file"), ".")
		if !ok || (format != "csv" && format != "xlsx") || (table != "staff" && table != "schools") {
			http.Error(w, "Deze export bestaat niet.", http.StatusNotFound)
			return
		}
		f, err := exportFilter(r)
		if err != nil {
			http.Error(w, "Deze export bestaat niet.", http.StatusNotFound)
			return
		}
		// Refuse before the first byte, so an error keeps its status code.
		if err := db.CheckProgressFilter(ctx, d.DB, a, f); err != nil {
			writeDBError(w, err, d.Log, r)
			return
		}
		detail := map[string]string{"format": format, "table": table}
		for k, v := range map[string]*uuid.UUID{"school": f.SchoolID, "leergang": f.LeergangID, "organisation": f.OrganisationID} {
			if v != nil {
				detail[k] = v.String()
			}
		}
		if err := db.WriteAudit(ctx, d.DB, db.AuditEntry{ActorID: &a.PersonID, Action: db.AuditExport, ObjectType: "dashboard",
			ObjectID: table, RequestID: requestIDFrom(ctx), Detail: detail}); err != nil {
			writeDBError(w, err, d.Log, r)
			return
		}
		name := fmt.Sprintf("voortgang-%s-%s.%s", map[string]string{"staff": "medewerkers", "schools": "scholen"}[table],
			time.Now().In(db.Amsterdam()).Format("2006-01-02"), format)
		w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
		var tw tableWriter
		if format == "xlsx" {
			w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
			tw, err = newXLSXTable(w, map[string]string{"staff": "Medewerkers", "schools": "Scholen"}[table])
		} else {
			w.Header().Set("Content-Type", "text/csv; charset=utf-8")
			tw, err = newCSVTable(w)
		}
		if err == nil {
			err = writeDashboardTable(ctx, d.DB, a, table, f, tw)
		}
		if err == nil {
			err = tw.Close()
		}
		if err != nil && ctx.Err() == nil {
			d.Log.ErrorContext(ctx, "dashboard export failed", "request_id", requestIDFrom(ctx), "table", table, "err", err)
		}
	})
}

func exportFilter(r *http.Request) (db.ProgressFilter, error) {
	var f db.ProgressFilter
	for key, dst := range map[string]**uuid.UUID{"school": &f.SchoolID, "leergang": &f.LeergangID, "organisation": &f.OrganisationID} {
		if v := r.URL.Query().Get(key); v != "" {
			id, err := uuid.Parse(v)
			if err != nil {
				return f, err
			}
			*dst = &id
		}
	}
	return f, nil
}

func writeDashboardTable(ctx context.Context, idb bun.IDB, a *db.Actor, table string, f db.ProgressFilter, tw tableWriter) error {
	if table == "schools" {
		if err := tw.Header(schoolColumns); err != nil {
			return err
		}
		return db.StreamSchoolProgress(ctx, idb, a, f.OrganisationID, func(s *db.SchoolProgress) error {
			return tw.Row(schoolCells(s))
		})
	}
	if err := tw.Header(staffColumns); err != nil {
		return err
	}
	return db.StreamProgressRows(ctx, idb, a, f, func(p *db.ProgressRow) error { return tw.Row(staffCells(p)) })
}

// certificateHandler issues (when needed) and sends the PDF bewijs van
// deelname of a person for a leerjaar, for whoever RequireCertificateAccess
// admits. The download is audited.
func certificateHandler(d downloadDeps) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		ctx, a := r.Context(), auth.Actor(r.Context())
		person, perr := uuid.Parse(r.PathValue("person"))
		file := r.PathValue("file")
		leerjaar, lerr := uuid.Parse(strings.TrimSuffix(file, ".pdf"))
		if perr != nil || lerr != nil || !strings.HasSuffix(file, ".pdf") {
			http.Error(w, "Bewijs van deelname niet gevonden.", http.StatusNotFound)
			return
		}
		var doc *db.CertificateDocument
		err := d.DB.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) (err error) {
			if doc, err = db.IssueCertificate(ctx, tx, a, person, leerjaar); err != nil {
				return err
			}
			return db.WriteAudit(ctx, tx, db.AuditEntry{ActorID: &a.PersonID, Action: db.AuditExport, ObjectType: "certificate",
				ObjectID: doc.Certificate.ID.String(), SubjectID: &person, RequestID: requestIDFrom(ctx),
				Detail: map[string]string{"format": "pdf", "leerjaar": leerjaar.String()}})
		})
		if err != nil {
			writeDBError(w, err, d.Log, r)
			return
		}
		var buf bytes.Buffer // a page or two: render whole, so a failure still answers 500
		if err := db.WriteCertificatePDF(&buf, doc, graph.CertificateVerifyURL(d.BaseURL, doc.Certificate.Code)); err != nil {
			writeDBError(w, err, d.Log, r)
			return
		}
		name := fmt.Sprintf("bewijs-van-deelname-%s-leerjaar-%d.pdf", fileSlug(doc.Certificate.PersonName),
			doc.Certificate.LeerjaarNumber)
		w.Header().Set("Content-Type", "application/pdf")
		w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
		_, _ = w.Write(buf.Bytes())
	})
}
