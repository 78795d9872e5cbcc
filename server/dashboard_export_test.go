package main

import (
	"bytes"
	"context"
	"io"
	"math"
	"net/http"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"leergang/db"
	"leergang/db/demo"
	"leergang/graph/generated"
)

func (c *client) dashboardGet(path string) (int, http.Header, []byte) {
	c.t.Helper()
	resp, err := c.http.Get(c.srv.URL + path)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, body
}

// The staff table as CSV: Excel-friendly (BOM, ';', Dutch headers) and only
// the directie's own staff.
func TestDashboardExportCSV(t *testing.T) {
	ts := newTestServer(t)
	status, h, body := ts.loginAs(t, demo.DirectieRegenboogEmail).dashboardGet("/downloads/dashboard/staff.csv")
	if status != http.StatusOK || !strings.HasPrefix(h.Get("Content-Type"), "text/csv") {
		t.Fatalf("status %d, type %q: %s", status, h.Get("Content-Type"), body)
	}
	if !strings.Contains(h.Get("Content-Disposition"), "voortgang-medewerkers-") {
		t.Fatalf("disposition %q", h.Get("Content-Disposition"))
	}
	if !bytes.HasPrefix(body, []byte("\ufeffNaam;School;Leergang;Leerjaar;Aanwezigheid (%)")) {
		t.Fatalf("header: %q", strings.SplitN(string(body), "\n", 2)[0])
	}
	text := string(body)
	if !strings.Contains(text, "Lotte van Dijk;De Regenboog;"+demo.ZuidoostLeergangName+";1;") {
		t.Fatalf("Lotte's row is missing or wrong:\n%s", text)
	}
	if strings.Contains(text, "Marjolein de Graaf") || strings.Contains(text, "Het Kompas") {
		t.Fatalf("the export holds another school's staff:\n%s", text)
	}
	if lines := strings.Count(strings.TrimSpace(text), "\n"); lines != 3 {
		t.Fatalf("want a header and De Regenboog's 3 staff, got %d rows:\n%s", lines, text)
	}
}

// Both tables as XLSX open with excelize and hold the rows; the refusals
// answer before any byte of a file.
func TestDashboardExportXLSX(t *testing.T) {
	ts := newTestServer(t)
	priya := ts.loginAs(t, demo.BestuurEmail)
	status, h, body := priya.dashboardGet("/downloads/dashboard/schools.xlsx")
	if status != http.StatusOK || !strings.Contains(h.Get("Content-Type"), "spreadsheetml") {
		t.Fatalf("status %d type %q", status, h.Get("Content-Type"))
	}
	rows := xlsxRows(t, body, "Scholen")
	if len(rows) != 8 || rows[0][0] != "School" || rows[0][2] != "Deelnemers" {
		t.Fatalf("want a header and 7 schools, got %d rows: %v", len(rows), rows)
	}
	var regenboog []string
	for _, r := range rows {
		if r[0] == "De Regenboog" {
			regenboog = r
		}
	}
	if regenboog == nil || regenboog[1] != demo.BRINRegenboog || regenboog[2] != "3" {
		t.Fatalf("De Regenboog's row: %v", regenboog)
	}

	var regenboogID string
	if err := ts.DB.NewRaw("SELECT id FROM schools WHERE brin = ?", demo.BRINRegenboog).Scan(context.Background(), &regenboogID); err != nil {
		t.Fatal(err)
	}
	status, _, body = priya.dashboardGet("/downloads/dashboard/staff.xlsx?school=" + regenboogID)
	if status != http.StatusOK {
		t.Fatalf("drill-down export: %d %s", status, body)
	}
	staff := xlsxRows(t, body, "Medewerkers")
	if len(staff) != 4 || staff[0][0] != "Naam" {
		t.Fatalf("De Regenboog's staff: %v", staff)
	}

	for _, tc := range []struct {
		who  *client
		path string
		want int
	}{
		{ts.client(t), "/downloads/dashboard/staff.xlsx", http.StatusUnauthorized},
		{ts.loginAs(t, demo.DeelnemerEmail), "/downloads/dashboard/staff.csv", http.StatusForbidden},
		{ts.loginAs(t, demo.DirectieKompasEmail), "/downloads/dashboard/staff.csv?school=" + regenboogID, http.StatusForbidden},
		{priya, "/downloads/dashboard/staff.pdf", http.StatusNotFound},
		{priya, "/downloads/dashboard/staff.csv?school=geen-id", http.StatusNotFound},
	} {
		if status, _, body := tc.who.dashboardGet(tc.path); status != tc.want {
			t.Errorf("%s: %d, want %d (%s)", tc.path, status, tc.want, body)
		}
	}
}

func xlsxRows(t *testing.T, body []byte, sheet string) [][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("the XLSX does not open: %v", err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// A directie downloads a certificate of their staff: a PDF with the
// verification URL whose code the public check confirms with the four facts
// only; directie B may not; a revoked certificate is reported as such.
func TestCertificateDownloadAndCheck(t *testing.T) {
	ts := newTestServer(t)
	f := newFixture(t, ts)
	path := "/downloads/dashboard/certificates/" + f.ibRegenboog.String() + "/" + f.zuidoostLeerjaar.String() + ".pdf"
	if status, _, _ := ts.loginAs(t, demo.DirectieKompasEmail).dashboardGet(path); status != http.StatusForbidden {
		t.Fatalf("directie B downloading school A's certificate: %d", status)
	}
	status, h, body := ts.loginAs(t, demo.DirectieRegenboogEmail).dashboardGet(path)
	if status != http.StatusOK || h.Get("Content-Type") != "application/pdf" || !bytes.HasPrefix(body, []byte("%PDF")) {
		t.Fatalf("status %d type %q start %q", status, h.Get("Content-Type"), body[:min(len(body), 20)])
	}
	var cert db.Certificate
	if err := ts.DB.NewSelect().Model(&cert).Where("person_id = ? AND leerjaar_id = ?", f.ibRegenboog, f.zuidoostLeerjaar).Scan(t.Context()); err != nil {
		t.Fatal(err)
	}
	url := ts.Config.BaseURL + "/certificaat/" + cert.Code
	if !bytes.Contains(body, []byte(url)) {
		t.Fatalf("the PDF does not carry %s", url)
	}
	// The snapshot hours are what the hours ledger credits.
	ledgers, err := db.HoursLedgers(t.Context(), ts.DB, f.admin, f.ibRegenboog)
	if err != nil {
		t.Fatal(err)
	}
	var rows struct {
		ProgressRows []struct {
			PersonID string
			Hours    struct{ Hours float64 }
		}
	}
	ts.loginAs(t, demo.DirectieRegenboogEmail).do(`{ progressRows { personId hours { hours } } }`, nil).decode(t, &rows)
	for _, l := range ledgers {
		if l.LeerjaarID != f.zuidoostLeerjaar {
			continue
		}
		if math.Abs(l.TotalHours()-cert.Hours) > 0.01 || cert.Hours == 0 {
			t.Fatalf("certificate hours %v, ledger %v", cert.Hours, l.TotalHours())
		}
		for _, r := range rows.ProgressRows {
			if r.PersonID == f.ibRegenboog.String() && math.Abs(r.Hours.Hours-l.TotalHours()) > 0.01 {
				t.Fatalf("dashboard hours %v, ledger %v", r.Hours.Hours, l.TotalHours())
			}
		}
	}
	// A second download returns the same certificate.
	if _, _, again := ts.loginAs(t, demo.BeheerderEmail).dashboardGet(path); !bytes.Contains(again, []byte(url)) {
		t.Fatal("a second download issued another certificate")
	}

	const check = `query($c: String!) { certificateCheck(code: $c) { status personName leergangName leerjaarNumber hours issuedOn } }`
	anon := ts.client(t)
	res := anon.do(check, map[string]any{"c": strings.ToLower(cert.Code)})
	var out struct {
		CertificateCheck map[string]any
	}
	res.decode(t, &out)
	c := out.CertificateCheck
	if c["status"] != "GELDIG" || c["personName"] != "Lotte van Dijk" || c["leergangName"] != demo.ZuidoostLeergangName ||
		c["leerjaarNumber"] != float64(1) || c["hours"] != cert.Hours || c["issuedOn"] == nil {
		t.Fatalf("check: %v", c)
	}
	// The type itself holds nothing more than the allowed facts.
	fields := map[string]bool{}
	for _, fd := range schemaType(t, "CertificateCheck") {
		fields[fd] = true
	}
	if len(fields) != 6 || !fields["personName"] || !fields["hours"] || fields["personId"] || fields["code"] {
		t.Fatalf("CertificateCheck exposes %v", fields)
	}
	anon.do(check, map[string]any{"c": "ABCDEFGHIJKLMNOP"}).decode(t, &out)
	if out.CertificateCheck["status"] != "NIET_GEVONDEN" || out.CertificateCheck["personName"] != nil {
		t.Fatalf("unknown code: %v", out.CertificateCheck)
	}
	if _, err := db.RevokeCertificate(t.Context(), ts.DB, f.admin, cert.ID); err != nil {
		t.Fatal(err)
	}
	anon.do(check, map[string]any{"c": cert.Code}).decode(t, &out)
	if out.CertificateCheck["status"] != "INGETROKKEN" || out.CertificateCheck["personName"] != nil {
		t.Fatalf("revoked: %v", out.CertificateCheck)
	}
	// The deelnemer downloads their own.
	year1 := f.twentekantLeerjaar(t, 1)
	marloes := personIDByEmail(t, ts, demo.DeelnemerEmail)
	status, _, body = ts.loginAs(t, demo.DeelnemerEmail).dashboardGet("/downloads/dashboard/certificates/" + marloes.String() + "/" + year1.String() + ".pdf")
	if status != http.StatusOK || !bytes.HasPrefix(body, []byte("%PDF")) {
		t.Fatalf("own certificate: %d", status)
	}
}

// schemaType lists the field names of a GraphQL object type.
func schemaType(t *testing.T, name string) []string {
	t.Helper()
	typ := generated.NewExecutableSchema(generated.Config{}).Schema().Types[name]
	if typ == nil {
		t.Fatalf("no type %s", name)
	}
	var out []string
	for _, f := range typ.Fields {
		out = append(out, f.Name)
	}
	return out
}
