package main

import (
	"fmt"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
	"github.com/google/uuid"

	"leergang/db"
	"leergang/graph/auth"
)

// mountGrowthDownloads serves a deelnemer's scan history as PDF under /downloads/growth/.
func mountGrowthDownloads(mux *http.ServeMux, d downloadDeps) {
	mux.Handle("GET /downloads/growth/people/{personId}/scans.pdf", growthPDFHandler(d))
}

// growthPDFHandler answers GET /downloads/growth/people/{personId}/scans.pdf?leergang={id}
// for whoever may follow the deelnemer's growth (db.RequireSeeGrowth): per
// moment, per competency the averages self/opleider and per aspect the
// values, with the notes the reader may see. Every download is audited.
func growthPDFHandler(d downloadDeps) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		ctx := r.Context()
		a := auth.Actor(ctx)
		if err := a.RequireSignedIn(); err != nil {
			writeDBError(w, err, d.Log, r)
			return
		}
		person, err1 := uuid.Parse(r.PathValue("personId"))
		leergang, err2 := uuid.Parse(r.URL.Query().Get("leergang"))
		if err1 != nil || err2 != nil {
			http.Error(w, "Scanhistorie niet gevonden.", http.StatusNotFound)
			return
		}
		g, err := db.GetGrowth(ctx, d.DB, a, leergang, &person)
		if err != nil {
			writeDBError(w, err, d.Log, r)
			return
		}
		if err := db.WriteAudit(ctx, d.DB, db.AuditEntry{ActorID: &a.PersonID, Action: db.AuditExport, ObjectType: "scan_history",
			ObjectID: person.String(), SubjectID: &person, RequestID: requestIDFrom(ctx),
			Detail: map[string]string{"format": "pdf", "leergang": leergang.String()}}); err != nil {
			writeDBError(w, err, d.Log, r)
			return
		}
		name := "scanhistorie-" + strings.Trim(unsafeFileChars.ReplaceAllString(strings.ToLower(g.Person.Name), "-"), "-") + ".pdf"
		w.Header().Set("Content-Type", "application/pdf")
		w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
		if err := scanHistoryPDF(g, time.Now()).Output(w); err != nil && ctx.Err() == nil {
			d.Log.ErrorContext(ctx, "scan history pdf failed", "request_id", requestIDFrom(ctx), "person", person, "err", err)
		}
	})
}

var raterLabels = map[db.RaterRole]string{db.RaterZelf: "zelf", db.RaterOpleider: "opleider", db.RaterMaatje: "maatje", db.RaterDirectie: "directie"}

// scanHistoryPDF lays out the scan history on A4 in the core Helvetica font
// (text is translated to cp1252, which covers Dutch).
func scanHistoryPDF(g *db.Growth, now time.Time) *fpdf.Fpdf {
	pdf := fpdf.New("P", "mm", "A4", "")
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	pdf.SetTitle(tr("Scanhistorie "+g.Person.Name), false)
	pdf.SetMargins(18, 18, 18)
	pdf.SetAutoPageBreak(true, 18)
	pdf.AddPage()
	pdf.SetFont("Helvetica", "B", 16)
	pdf.MultiCell(0, 8, tr("Scanhistorie van "+g.Person.Name), "", "L", false)
	pdf.SetFont("Helvetica", "", 10)
	pdf.MultiCell(0, 5, tr("Leergang: "+g.LeergangName+"\nGemaakt op "+now.In(db.Amsterdam()).Format("2-1-2006")+
		", voor het POP of het functioneringsgesprek."), "", "L", false)
	if g.Outline == nil {
		pdf.Ln(4)
		pdf.MultiCell(0, 5, tr("Deze leergang heeft nog geen competentiekader."), "", "L", false)
		return pdf
	}
	printed := false
	for _, gm := range g.Moments {
		var done []*db.Scan
		for _, s := range gm.Scans {
			if s.Status == db.ScanAfgerond {
				done = append(done, s)
			}
		}
		if len(done) == 0 {
			continue
		}
		printed = true
		momentSection(pdf, tr, g, gm, done)
	}
	if !printed {
		pdf.Ln(4)
		pdf.MultiCell(0, 5, tr("Er zijn nog geen afgeronde scans."), "", "L", false)
	}
	return pdf
}

func momentSection(pdf *fpdf.Fpdf, tr func(string) string, g *db.Growth, gm *db.GrowthMoment, done []*db.Scan) {
	pdf.Ln(5)
	pdf.SetFont("Helvetica", "B", 13)
	pdf.MultiCell(0, 7, tr(gm.Moment.Title+" ("+gm.Moment.OpensOn.Format("2-1-2006")+")"), "", "L", false)
	value := func(s *db.Scan, aspect uuid.UUID) (string, string) {
		for _, r := range s.Ratings {
			if r.AspectID == aspect {
				return fmt.Sprint(r.Value), r.Note
			}
		}
		return "-", ""
	}
	for _, cg := range g.Competencies {
		avg := map[db.RaterRole]string{}
		for _, p := range cg.Points {
			if p.MomentID == gm.Moment.ID {
				avg[p.Role] = fmt.Sprintf("%.1f", p.Average)
			}
		}
		line := cg.Competency.Name + " - gemiddeld"
		for _, role := range []db.RaterRole{db.RaterZelf, db.RaterOpleider, db.RaterMaatje, db.RaterDirectie} {
			if v, ok := avg[role]; ok {
				line += fmt.Sprintf(" %s %s,", raterLabels[role], v)
			}
		}
		pdf.Ln(2)
		pdf.SetFont("Helvetica", "B", 11)
		pdf.MultiCell(0, 6, tr(strings.TrimSuffix(line, ",")), "", "L", false)
		pdf.SetFont("Helvetica", "", 9)
		for _, asp := range g.Outline.AspectsOf(cg.Competency.ID) {
			var scores, notes []string
			for _, s := range done {
				v, note := value(s, asp.ID)
				scores = append(scores, raterLabels[s.RaterRole]+" "+v)
				if note != "" {
					notes = append(notes, "Toelichting "+raterLabels[s.RaterRole]+": "+note)
				}
			}
			pdf.MultiCell(0, 5, tr("- "+asp.Title+": "+strings.Join(scores, ", ")), "", "L", false)
			for _, n := range notes {
				pdf.SetX(24)
				pdf.SetFont("Helvetica", "I", 9)
				pdf.MultiCell(0, 5, tr(n), "", "L", false)
				pdf.SetFont("Helvetica", "", 9)
			}
		}
	}
}
