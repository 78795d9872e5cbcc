package main

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/demo"
)

// The scan history PDF: the directie of the starter's school downloads it,
// without the notes she hid; the directie of another school and anonymous
// visitors are refused.
func TestGrowthPDFDownload(t *testing.T) {
	ts := newTestServer(t)
	ctx := context.Background()
	lotte := personIDByEmail(t, ts, demo.StarterEmail)
	var leergang uuid.UUID
	if err := ts.DB.NewRaw("SELECT id FROM leergangen WHERE name = ?", demo.ZuidoostLeergangName).Scan(ctx, &leergang); err != nil {
		t.Fatal(err)
	}
	path := "/downloads/growth/people/" + lotte.String() + "/scans.pdf?leergang=" + leergang.String()
	get := func(c *client) (*http.Response, []byte) {
		return c.raw(http.MethodGet, path, nil, nil)
	}
	resp, body := get(ts.loginAs(t, demo.DirectieRegenboogEmail))
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/pdf" || !bytes.HasPrefix(body, []byte("%PDF-")) {
		t.Fatalf("directie of the school: %d %s %.20q", resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
	if resp, _ := get(ts.loginAs(t, demo.DirectieKompasEmail)); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("directie of another school: want 403, got %d", resp.StatusCode)
	}
	if resp, _ := get(ts.client(t)); resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("anonymous: want 401, got %d", resp.StatusCode)
	}

	// The content, uncompressed: the hidden self-scan note only for who may read it.
	const note = "Dit wil ik dit jaar echt verder brengen."
	render := func(email string) string {
		t.Helper()
		a, err := db.ActorFor(ctx, ts.DB, personIDByEmail(t, ts, email))
		if err != nil {
			t.Fatal(err)
		}
		g, err := db.GetGrowth(ctx, ts.DB, a, leergang, &lotte)
		if err != nil {
			t.Fatal(err)
		}
		pdf := scanHistoryPDF(g, time.Now())
		pdf.SetCompression(false)
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	if out := render(demo.DirectieRegenboogEmail); strings.Contains(out, note) || !strings.Contains(out, "Intake") {
		t.Fatal("the directie's PDF shows the moment but must not show the hidden note")
	}
	if out := render(demo.OpleiderEmail); !strings.Contains(out, note) {
		t.Fatal("the opleider's PDF shows the note")
	}
}
