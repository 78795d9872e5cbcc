package main

import (
	"bytes"
	"encoding/base64"
	"net/http"
	"strings"
	"testing"

	"leergang/db/demo"
	"leergang/db/frameworkio"
)

func TestFrameworkExportDownloadsRoundTripThroughImport(t *testing.T) {
	ts := newTestServer(t)
	opleider := ts.loginAs(t, demo.OpleiderEmail)
	path := "/downloads/frameworks/" + seededLBBO.String()

	resp, body := opleider.raw(http.MethodGet, path+".xlsx", nil, nil)
	if resp.StatusCode != http.StatusOK || !strings.Contains(resp.Header.Get("Content-Disposition"), "kader-lbbo-beroepsstandaard-intern-begeleider.xlsx") {
		t.Fatalf("xlsx: %d %s", resp.StatusCode, resp.Header.Get("Content-Disposition"))
	}
	doc, err := frameworkio.ReadXLSX(bytes.NewReader(body))
	if err != nil || len(doc.Competencies) != 5 || doc.Competencies[0].Name != "Kenniscoördinator" || len(doc.Scale) != 4 {
		t.Fatalf("exported xlsx does not read back: %v %+v", err, doc)
	}
	resp, csvBody := opleider.raw(http.MethodGet, path+".csv", nil, nil)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") {
		t.Fatalf("csv: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	var audits int
	if err := ts.DB.NewRaw("SELECT count(*) FROM audit_log WHERE action = 'export' AND object_type = 'framework' AND object_id = ?",
		seededLBBO.String()).Scan(t.Context(), &audits); err != nil || audits != 2 {
		t.Fatalf("want 2 audited exports, got %d (%v)", audits, err)
	}

	// The CSV export imports as a new framework with the same content.
	res := opleider.do(`mutation($i: ImportFrameworkInput!) { importFramework(input: $i) {
			framework { name competencyCount aspectCount scale { label } competencies { name aspects { title } } } } }`,
		map[string]any{"i": map[string]any{"name": "LBBO kopie", "format": "CSV", "fileName": "kader.csv",
			"contentBase64": base64.StdEncoding.EncodeToString(csvBody)}})
	var out struct {
		ImportFramework struct {
			Framework struct {
				CompetencyCount, AspectCount int
				Scale                        []struct{ Label string }
			}
		}
	}
	res.decode(t, &out)
	if fw := out.ImportFramework.Framework; fw.CompetencyCount != 5 || fw.AspectCount != doc.AspectCount() || len(fw.Scale) != 4 {
		t.Fatalf("imported copy: %+v", fw)
	}

	// Signed out: 401; a deelnemer of a leergang that does not use it: 403; unknown: 404.
	if resp, _ := ts.client(t).raw(http.MethodGet, path+".csv", nil, nil); resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("anonymous: %d", resp.StatusCode)
	}
	if _, err := ts.DB.NewRaw("UPDATE leergangen SET framework_id = NULL WHERE framework_id = ?", seededLBBO).Exec(t.Context()); err != nil {
		t.Fatal(err)
	}
	if resp, _ := ts.loginAs(t, demo.DeelnemerEmail).raw(http.MethodGet, path+".csv", nil, nil); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("deelnemer: %d", resp.StatusCode)
	}
	if resp, _ := opleider.raw(http.MethodGet, "/downloads/frameworks/"+seededLBBO.String()+".pdf", nil, nil); resp.StatusCode != http.StatusNotFound {
		t.Fatalf("unknown format: %d", resp.StatusCode)
	}
}

func TestImportFrameworkReportsEveryBadRow(t *testing.T) {
	ts := newTestServer(t)
	opleider := ts.loginAs(t, demo.OpleiderEmail)
	file := "soort;competentie;competentie_omschrijving;aspect;aspect_omschrijving;waarde;label;omschrijving\n" +
		"aspect;Coach;;Vraagt door;;;;\n" +
		"aspect;;;Zonder competentie;;;;\n" +
		"aspect;Coach;;Vraagt door;;;;\n" +
		"schaal;;;;;twaalf;Hoog;\n"
	res := opleider.do(`mutation($i: ImportFrameworkInput!) { importFramework(input: $i) { framework { id } } }`,
		map[string]any{"i": map[string]any{"name": "Foutief kader", "format": "CSV", "fileName": "kader.csv",
			"contentBase64": base64.StdEncoding.EncodeToString([]byte(file))}})
	if len(res.Errors) != 3 {
		t.Fatalf("want 3 row errors, got %+v", res.Errors)
	}
	for i, wantRow := range []float64{3, 4, 5} {
		e := res.Errors[i]
		if e.Extensions["code"] != "BAD_USER_INPUT" || e.Extensions["row"] != wantRow || e.Extensions["reason"] == "" ||
			!strings.Contains(e.Message, "rij") {
			t.Errorf("error %d: %+v", i, e)
		}
	}
	var n int
	if err := ts.DB.NewRaw("SELECT count(*) FROM frameworks WHERE name = 'Foutief kader'").Scan(t.Context(), &n); err != nil || n != 0 {
		t.Fatalf("a bad file left a framework behind (%d, %v)", n, err)
	}
	big := base64.StdEncoding.EncodeToString(bytes.Repeat([]byte("x"), 701*1000))
	res = opleider.do(`mutation($i: ImportFrameworkInput!) { importFramework(input: $i) { framework { id } } }`,
		map[string]any{"i": map[string]any{"name": "Te groot", "format": "XLSX", "fileName": "kader.xlsx", "contentBase64": big}})
	if res.code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["reason"] != "too_large" {
		t.Fatalf("a too large file: %+v", res.Errors)
	}
}

// The framework list with counts, competencies, aspects and leergangen costs the
// same statements for 2 frameworks as for 12: every field is a batch resolver.
func TestFrameworkListStatementCountIsConstant(t *testing.T) {
	ts := newTestServer(t)
	c := ts.loginAs(t, demo.OpleiderEmail)
	csv := base64.StdEncoding.EncodeToString([]byte("competentie;aspect\nCoach;Vraagt door\nVerbinder;Betrekt ouders\n"))
	for i := range 10 {
		res := c.do(`mutation($i: ImportFrameworkInput!) { importFramework(input: $i) { framework { id } } }`,
			map[string]any{"i": map[string]any{"name": "Statementkader " + strings.Repeat("x", i+1), "format": "CSV", "fileName": "k.csv", "contentBase64": csv}})
		res.decode(t, &struct{}{})
	}
	const q = `query($n: Int!) { frameworks(first: $n) { totalCount nodes { id competencyCount aspectCount hasRatings canEdit
		leergangen { id name } scale { value label } competencies { id name aspects { id title } } } } }`
	count := func(n int) int64 {
		ts.Queries.Reset()
		var out struct {
			Frameworks struct{ Nodes []struct{ ID string } }
		}
		c.do(q, map[string]any{"n": n}).decode(t, &out)
		if len(out.Frameworks.Nodes) != n {
			t.Fatalf("want %d frameworks, got %d", n, len(out.Frameworks.Nodes))
		}
		return ts.Queries.Reset()
	}
	two, twelve := count(2), count(12)
	if two != twelve {
		t.Fatalf("statements for 2 frameworks: %d, for 12: %d; a resolver queries per row", two, twelve)
	}
}
