package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/base64"
	"io"
	"net/http"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/blob"
	"leergang/db/demo"
)

// Helpers for the praktijkopdrachten tests: tus requests done by hand, the
// blob store of a test server, and files that are (or pretend to be) videos
// and documents.

// demoMP4 is the demo world's small but real MP4.
func demoMP4(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("../db/demo/files/coachgesprek.mp4")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// store opens the test server's blob store (the folder in its data directory).
func (s *testServer) store(t *testing.T) blob.Store {
	t.Helper()
	st, err := openFileStore(s.Config)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// storeDemoFiles puts the demo videos' bytes in the test server's store, as serve does.
func (s *testServer) storeDemoFiles(t *testing.T) {
	t.Helper()
	if err := demo.StoreFiles(context.Background(), s.DB, s.store(t)); err != nil {
		t.Fatal(err)
	}
}

// raw sends one HTTP request with the client's cookies and returns the response with its body read.
func (c *client) raw(method, path string, header map[string]string, body io.Reader) (*http.Response, []byte) {
	c.t.Helper()
	req, err := http.NewRequest(method, c.srv.URL+path, body)
	if err != nil {
		c.t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	if n, ok := header["Content-Length"]; ok {
		req.ContentLength, _ = strconv.ParseInt(n, 10, 64)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, b
}

func tusMetadata(meta map[string]string) string {
	keys := make([]string, 0, len(meta))
	for k := range meta {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, k+" "+base64.StdEncoding.EncodeToString([]byte(meta[k])))
	}
	return strings.Join(parts, ",")
}

// tusCreate starts an upload (POST /uploads/) and returns the response; on
// success its upload path and file id.
func (c *client) tusCreate(assignment uuid.UUID, kind, filename string, length int64) (resp *http.Response, path string, fileID uuid.UUID) {
	c.t.Helper()
	resp, body := c.raw(http.MethodPost, "/uploads/", map[string]string{"Tus-Resumable": "1.0.0",
		"Upload-Length":   strconv.FormatInt(length, 10),
		"Upload-Metadata": tusMetadata(map[string]string{"kind": kind, "filename": filename, "assignmentId": assignment.String()})}, nil)
	if resp.StatusCode != http.StatusCreated {
		c.t.Logf("create upload: %d %s", resp.StatusCode, body)
		return resp, "", uuid.Nil
	}
	loc, err := url.Parse(resp.Header.Get("Location"))
	if err != nil {
		c.t.Fatal(err)
	}
	fileID, err = uuid.Parse(resp.Header.Get("Leergang-File-Id"))
	if err != nil {
		c.t.Fatalf("no file id in %v", resp.Header)
	}
	return resp, loc.Path, fileID
}

func (c *client) tusPatch(path string, offset int64, chunk []byte) (*http.Response, []byte) {
	c.t.Helper()
	return c.raw(http.MethodPatch, path, map[string]string{"Tus-Resumable": "1.0.0", "Upload-Offset": strconv.FormatInt(offset, 10),
		"Content-Type": "application/offset+octet-stream"}, bytes.NewReader(chunk))
}

func (c *client) tusHead(path string) *http.Response {
	c.t.Helper()
	resp, _ := c.raw(http.MethodHead, path, map[string]string{"Tus-Resumable": "1.0.0"}, nil)
	return resp
}

// upload sends data in one creation and one PATCH and returns the PATCH response and the file id.
func (c *client) upload(assignment uuid.UUID, kind, filename string, data []byte) (*http.Response, []byte, uuid.UUID) {
	c.t.Helper()
	resp, path, id := c.tusCreate(assignment, kind, filename, int64(len(data)))
	if resp.StatusCode != http.StatusCreated {
		c.t.Fatalf("create upload: %d", resp.StatusCode)
	}
	presp, body := c.tusPatch(path, 0, data)
	return presp, body, id
}

// docx builds a zip with the given entries (name → content).
func docx(t *testing.T, entries map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := make([]string, 0, len(entries))
	for n := range entries {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(entries[n]); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const contentTypesXML = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`

func validDocx(t *testing.T) []byte {
	return docx(t, map[string][]byte{"[Content_Types].xml": []byte(contentTypesXML),
		"word/document.xml": []byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`)})
}

// praktijkIDs finds the demo world's praktijk objects.
type praktijkIDs struct {
	asg1, asg2, marloesSub uuid.UUID
}

func demoPraktijk(t *testing.T, ts *testServer) praktijkIDs {
	t.Helper()
	var p praktijkIDs
	ctx := context.Background()
	for dst, q := range map[*uuid.UUID]string{
		&p.asg1:       "SELECT id FROM assignments WHERE title = '" + demo.PraktijkYear1Title + "'",
		&p.asg2:       "SELECT id FROM assignments WHERE title = '" + demo.PraktijkYear2Title + "'",
		&p.marloesSub: "SELECT s.id FROM submissions s JOIN people p ON p.id = s.person_id WHERE p.email = '" + demo.DeelnemerEmail + "'",
	} {
		if err := ts.DB.NewRaw(q).Scan(ctx, dst); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	return p
}

// newAssignment creates a Twentekant year-2 assignment through the API, as the demo opleider.
func newAssignment(t *testing.T, ts *testServer, parts ...string) uuid.UUID {
	t.Helper()
	var leerjaar uuid.UUID
	if err := ts.DB.NewRaw(`SELECT lj.id FROM leerjaren lj JOIN leergangen l ON l.id = lj.leergang_id
		WHERE l.name = ? AND lj.number = 2`, demo.TwentekantLeergangName).Scan(context.Background(), &leerjaar); err != nil {
		t.Fatal(err)
	}
	var lg uuid.UUID
	if err := ts.DB.NewRaw("SELECT leergang_id FROM leerjaren WHERE id = ?", leerjaar).Scan(context.Background(), &lg); err != nil {
		t.Fatal(err)
	}
	var out struct {
		CreateAssignment struct{ Assignment struct{ ID uuid.UUID } }
	}
	ts.loginAs(t, demo.OpleiderEmail).do(`mutation($i: CreateAssignmentInput!) { createAssignment(input: $i) { assignment { id } } }`,
		map[string]any{"i": map[string]any{"leergangId": lg.String(), "assignment": map[string]any{"leerjaarId": leerjaar.String(),
			"title": "Opdracht " + uuid.NewString()[:8], "dueOn": time.Now().AddDate(0, 1, 0).Format("2006-01-02"), "parts": parts,
			"aspects": []string{"Doelgericht communiceren", "Leerkrachten coachen"},
			"rubric":  []map[string]any{{"title": "Structuur", "levels": []map[string]any{{"label": "Onvoldoende", "points": 1}, {"label": "Goed", "points": 2}}}}}}}).
		decode(t, &out)
	return out.CreateAssignment.Assignment.ID
}

// fileStatus reads a file row's status straight from the database.
func fileStatus(t *testing.T, ts *testServer, id uuid.UUID) db.FileStatus {
	t.Helper()
	var s db.FileStatus
	err := ts.DB.NewRaw("SELECT status FROM files WHERE id = ?", id).Scan(context.Background(), &s)
	if err != nil {
		return ""
	}
	return s
}
