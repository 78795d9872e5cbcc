package main

import (
	"bytes"
	"context"
	"errors"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/blob"
	"leergang/db/demo"
)

// Starter documents as uploaded files: the bestuur uploads with tus, the
// document links /files/{id}, and exactly those who see the document may
// download it; a replaced or removed file is deleted.

var samplePDF = []byte("%PDF-1.4\n1 0 obj\n<< /Title (Zorgbeleid) >>\nendobj\ntrailer\n<<>>\n%%EOF\n")

// tusCreateDocument starts the upload of a document's file for an
// organisation or school (ownerKey documentOrganisationId or documentSchoolId).
func (c *client) tusCreateDocument(ownerKey string, owner uuid.UUID, kind, filename string, length int64) (*http.Response, string, uuid.UUID) {
	c.t.Helper()
	resp, body := c.raw(http.MethodPost, "/uploads/", map[string]string{"Tus-Resumable": "1.0.0",
		"Upload-Length":   strconv.FormatInt(length, 10),
		"Upload-Metadata": tusMetadata(map[string]string{"kind": kind, "filename": filename, ownerKey: owner.String()})}, nil)
	if resp.StatusCode != http.StatusCreated {
		c.t.Logf("create upload: %d %s", resp.StatusCode, body)
		return resp, "", uuid.Nil
	}
	loc, err := url.Parse(resp.Header.Get("Location"))
	if err != nil {
		c.t.Fatal(err)
	}
	id, err := uuid.Parse(resp.Header.Get("Leergang-File-Id"))
	if err != nil {
		c.t.Fatalf("no file id in %v", resp.Header)
	}
	return resp, loc.Path, id
}

// uploadDocumentFile uploads a document's file in one PATCH and fails unless it is ready.
func (c *client) uploadDocumentFile(ownerKey string, owner uuid.UUID, filename string, data []byte) uuid.UUID {
	c.t.Helper()
	resp, path, id := c.tusCreateDocument(ownerKey, owner, "document", filename, int64(len(data)))
	if resp.StatusCode != http.StatusCreated {
		c.t.Fatalf("create upload: %d", resp.StatusCode)
	}
	if r, body := c.tusPatch(path, 0, data); r.StatusCode != http.StatusNoContent || r.Header.Get("Leergang-File-Status") != "ready" {
		c.t.Fatalf("upload: %d %s", r.StatusCode, body)
	}
	return id
}

type documentOut struct {
	ID   uuid.UUID
	URL  string
	File *struct {
		ID          uuid.UUID
		Name        string
		ContentType string
		Size        float64
	}
}

const documentFields = `id url file { id name contentType size }`

func (c *client) createDocument(t *testing.T, input map[string]any) (documentOut, gqlResponse) {
	t.Helper()
	var out struct {
		CreateDocument struct{ Document documentOut }
	}
	res := c.do(`mutation($i: CreateDocumentInput!) { createDocument(input: $i) { document { `+documentFields+` } } }`, map[string]any{"i": input})
	if len(res.Errors) == 0 {
		res.decode(t, &out)
	}
	return out.CreateDocument.Document, res
}

func demoOrgAndSchool(t *testing.T, ts *testServer, email string) (org, school uuid.UUID) {
	t.Helper()
	err := ts.DB.NewRaw(`SELECT s.organisation_id, s.id FROM person_schools ps JOIN people p ON p.id = ps.person_id
		JOIN schools s ON s.id = ps.school_id WHERE p.email = ? ORDER BY s.name LIMIT 1`, email).Scan(context.Background(), &org, &school)
	if err != nil {
		t.Fatalf("school of %s: %v", email, err)
	}
	return org, school
}

func TestStarterDocumentFileUploadAndDownload(t *testing.T) {
	ts := newTestServer(t)
	ctx := context.Background()
	store := ts.store(t)
	org, regenboog := demoOrgAndSchool(t, ts, demo.StarterEmail)
	bestuur := ts.loginAs(t, demo.BestuurEmail)
	starter := ts.loginAs(t, demo.StarterEmail)

	fileID := bestuur.uploadDocumentFile("documentOrganisationId", org, "Zorgbeleid 2026 (définitief).pdf", samplePDF)
	doc, res := bestuur.createDocument(t, map[string]any{"organisationId": org, "title": "Zorgbeleid", "fileId": fileID})
	if len(res.Errors) > 0 {
		t.Fatalf("createDocument: %+v", res.Errors)
	}
	if doc.URL != "/files/"+fileID.String() || doc.File == nil || doc.File.ID != fileID || doc.File.Name != "Zorgbeleid 2026 (définitief).pdf" ||
		doc.File.ContentType != "application/pdf" || int(doc.File.Size) != len(samplePDF) {
		t.Fatalf("document = %+v", doc)
	}

	t.Run("the starter sees it and downloads it", func(t *testing.T) {
		var out struct{ Documents []documentOut }
		starter.do(`{ documents { `+documentFields+` } }`, nil).decode(t, &out)
		found := false
		for _, d := range out.Documents {
			found = found || (d.ID == doc.ID && d.File != nil && d.URL == doc.URL)
		}
		if !found {
			t.Fatalf("the starter's documents lack the file: %+v", out.Documents)
		}
		resp, got := starter.raw(http.MethodGet, doc.URL, nil, nil)
		if resp.StatusCode != http.StatusOK || !bytes.Equal(got, samplePDF) || resp.Header.Get("Content-Type") != "application/pdf" {
			t.Fatalf("download: %d %q %q", resp.StatusCode, got, resp.Header.Get("Content-Type"))
		}
		disp, params, err := mime.ParseMediaType(resp.Header.Get("Content-Disposition"))
		if err != nil || disp != "attachment" || params["filename"] != "Zorgbeleid 2026 (définitief).pdf" {
			t.Fatalf("disposition %q: %v %v", resp.Header.Get("Content-Disposition"), params, err)
		}
	})

	t.Run("the maatje and directie of the organisation download it too", func(t *testing.T) {
		for _, email := range []string{demo.MentorEmail, demo.DirectieKompasEmail, demo.BeheerderEmail} {
			if resp, got := ts.loginAs(t, email).raw(http.MethodGet, doc.URL, nil, nil); resp.StatusCode != http.StatusOK || !bytes.Equal(got, samplePDF) {
				t.Errorf("%s: %d", email, resp.StatusCode)
			}
		}
	})

	t.Run("another organisation gets 403, audited", func(t *testing.T) {
		for _, email := range []string{demo.DeelnemerEmail, demo.BestuurSWVEmail, demo.OpleiderEmail} {
			before := auditCount(t, ts, db.AuditDenied)
			resp, body := ts.loginAs(t, email).raw(http.MethodGet, doc.URL, nil, nil)
			if resp.StatusCode != http.StatusForbidden || bytes.Contains(body, []byte("%PDF")) {
				t.Fatalf("%s: %d %q, want 403", email, resp.StatusCode, body)
			}
			if auditCount(t, ts, db.AuditDenied) != before+1 {
				t.Fatalf("%s: the denial is not audited", email)
			}
			row := lastAudit(t, ts, db.AuditDenied)
			if want := personIDByEmail(t, ts, email); row.ActorID == nil || *row.ActorID != want ||
				row.ObjectType != "http" || row.ObjectID != "GET "+doc.URL {
				t.Errorf("denial entry = %+v", row)
			}
		}
	})

	t.Run("a school's document stays within the school", func(t *testing.T) {
		schoolFile := bestuur.uploadDocumentFile("documentSchoolId", regenboog, "sociale kaart.pdf", samplePDF)
		sdoc, res := bestuur.createDocument(t, map[string]any{"schoolId": regenboog, "title": "Sociale kaart", "fileId": schoolFile})
		if len(res.Errors) > 0 {
			t.Fatalf("createDocument: %+v", res.Errors)
		}
		for email, want := range map[string]int{demo.StarterEmail: 200, demo.DirectieRegenboogEmail: 200, demo.BestuurEmail: 200,
			demo.DirectieKompasEmail: 403, demo.MentorEmail: 403} {
			if resp, _ := ts.loginAs(t, email).raw(http.MethodGet, sdoc.URL, nil, nil); resp.StatusCode != want {
				t.Errorf("%s: %d, want %d", email, resp.StatusCode, want)
			}
		}
	})

	t.Run("only who manages the documents uploads for them", func(t *testing.T) {
		for _, email := range []string{demo.StarterEmail, demo.BestuurSWVEmail, demo.DirectieRegenboogEmail} {
			resp, _, _ := ts.loginAs(t, email).tusCreateDocument("documentOrganisationId", org, "document", "x.pdf", int64(len(samplePDF)))
			if resp.StatusCode != http.StatusForbidden {
				t.Errorf("%s creating an upload for the organisation: %d, want 403", email, resp.StatusCode)
			}
		}
		// The directie of De Regenboog manages the school's own documents.
		directie := ts.loginAs(t, demo.DirectieRegenboogEmail)
		if id := directie.uploadDocumentFile("documentSchoolId", regenboog, "jaarplanning.pdf", samplePDF); id == uuid.Nil {
			t.Fatal("no upload")
		}
	})

	t.Run("refused uploads", func(t *testing.T) {
		// Declared as something else than a document, or too large: refused before the bytes.
		if resp, _, _ := bestuur.tusCreateDocument("documentOrganisationId", org, "video", "film.mp4", 100); resp.StatusCode != http.StatusBadRequest {
			t.Errorf("a video as document: %d, want 400", resp.StatusCode)
		}
		resp, _, _ := bestuur.tusCreateDocument("documentOrganisationId", org, "document", "groot.pdf", ts.Config.MaxFileSize+1)
		if resp.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("too large: %d, want 413", resp.StatusCode)
		}
		if resp, _, _ := bestuur.tusCreateDocument("documentOrganisationId", uuid.New(), "document", "x.pdf", 10); resp.StatusCode != http.StatusNotFound {
			t.Errorf("an unknown organisation: %d, want 404", resp.StatusCode)
		}
		// A type that is not accepted is refused on its content.
		resp, path, id := bestuur.tusCreateDocument("documentOrganisationId", org, "document", "beleid.pdf", 20)
		if resp.StatusCode != http.StatusCreated {
			t.Fatalf("create: %d", resp.StatusCode)
		}
		r, body := bestuur.tusPatch(path, 0, []byte("<html>niet echt</html>")[:20])
		if r.StatusCode != http.StatusUnsupportedMediaType || !strings.Contains(string(body), "niet geaccepteerd") {
			t.Fatalf("an html file: %d %s, want 415", r.StatusCode, body)
		}
		if _, res := bestuur.createDocument(t, map[string]any{"organisationId": org, "title": "Beleid", "fileId": id}); res.code() != "BAD_USER_INPUT" {
			t.Errorf("a rejected file in a document: %+v", res.Errors)
		}
	})

	t.Run("a file is used once, by its uploader, and with no link", func(t *testing.T) {
		if _, res := bestuur.createDocument(t, map[string]any{"organisationId": org, "title": "Nog eens", "fileId": fileID}); res.code() != "CONFLICT" {
			t.Errorf("the same file twice: %+v", res.Errors)
		}
		other := bestuur.uploadDocumentFile("documentOrganisationId", org, "a.pdf", samplePDF)
		if _, res := bestuur.createDocument(t, map[string]any{"organisationId": org, "title": "Beide", "fileId": other, "url": "https://example.nl"}); res.code() != "BAD_USER_INPUT" {
			t.Errorf("a link and a file: %+v", res.Errors)
		}
		if _, res := ts.loginAs(t, demo.BeheerderEmail).createDocument(t, map[string]any{"organisationId": org, "title": "Van een ander", "fileId": other}); res.code() != "FORBIDDEN" {
			t.Errorf("someone else's upload: %+v", res.Errors)
		}
		if _, res := bestuur.createDocument(t, map[string]any{"organisationId": org, "title": "Niets"}); res.code() != "BAD_USER_INPUT" {
			t.Errorf("neither link nor file: %+v", res.Errors)
		}
	})

	t.Run("the clean-up job and tus keep a document's file", func(t *testing.T) {
		if _, err := db.ExpireUploads(ctx, ts.DB, time.Now().Add(time.Hour), time.Now().Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if fileStatus(t, ts, fileID) != db.FileReady {
			t.Fatal("the clean-up job expired a document's file")
		}
		if resp, _ := bestuur.raw(http.MethodDelete, "/uploads/"+fileID.String(), map[string]string{"Tus-Resumable": "1.0.0"}, nil); resp.StatusCode != http.StatusConflict {
			t.Errorf("cancelling a document's file: %d, want 409", resp.StatusCode)
		}
	})

	t.Run("replacing and removing delete the file", func(t *testing.T) {
		newFile := bestuur.uploadDocumentFile("documentOrganisationId", org, "Zorgbeleid 2027.pdf", samplePDF)
		var out struct {
			UpdateDocument struct{ Document documentOut }
		}
		// Keeping the file: nothing is deleted.
		bestuur.do(`mutation($i: UpdateDocumentInput!) { updateDocument(input: $i) { document { `+documentFields+` } } }`,
			map[string]any{"i": map[string]any{"id": doc.ID, "title": "Zorgbeleid", "fileId": fileID}}).decode(t, &out)
		if fileStatus(t, ts, fileID) != db.FileReady {
			t.Fatal("keeping the file deleted it")
		}
		bestuur.do(`mutation($i: UpdateDocumentInput!) { updateDocument(input: $i) { document { `+documentFields+` } } }`,
			map[string]any{"i": map[string]any{"id": doc.ID, "title": "Zorgbeleid", "fileId": newFile}}).decode(t, &out)
		if got := out.UpdateDocument.Document; got.File == nil || got.File.ID != newFile || got.URL != "/files/"+newFile.String() {
			t.Fatalf("replaced document = %+v", got)
		}
		assertFileGone(t, ts, store, fileID)
		if resp, _ := starter.raw(http.MethodGet, "/files/"+newFile.String(), nil, nil); resp.StatusCode != http.StatusOK {
			t.Fatalf("the new file: %d", resp.StatusCode)
		}
		// Giving the file up for a link deletes it too.
		bestuur.do(`mutation($i: UpdateDocumentInput!) { updateDocument(input: $i) { document { `+documentFields+` } } }`,
			map[string]any{"i": map[string]any{"id": doc.ID, "title": "Zorgbeleid", "url": "https://example.nl/zorgbeleid"}}).decode(t, &out)
		if got := out.UpdateDocument.Document; got.File != nil || got.URL != "https://example.nl/zorgbeleid" {
			t.Fatalf("document as a link = %+v", got)
		}
		assertFileGone(t, ts, store, newFile)

		last := bestuur.uploadDocumentFile("documentOrganisationId", org, "laatste.pdf", samplePDF)
		d2, res := bestuur.createDocument(t, map[string]any{"organisationId": org, "title": "Laatste", "fileId": last})
		if len(res.Errors) > 0 {
			t.Fatal(res.Errors)
		}
		if res := bestuur.do(`mutation($i: DeleteDocumentInput!) { deleteDocument(input: $i) { deletedId } }`, map[string]any{"i": map[string]any{"id": d2.ID}}); len(res.Errors) > 0 {
			t.Fatal(res.Errors)
		}
		assertFileGone(t, ts, store, last)
		if resp, _ := starter.raw(http.MethodGet, d2.URL, nil, nil); resp.StatusCode != http.StatusNotFound {
			t.Errorf("a removed document's file: %d, want 404", resp.StatusCode)
		}
	})
}

// assertFileGone checks that a file's bytes and row were removed by the purge
// that follows the mutation.
func assertFileGone(t *testing.T, ts *testServer, store blob.Store, id uuid.UUID) {
	t.Helper()
	n, err := ts.DB.NewSelect().Table("files").Where("id = ?", id).Count(context.Background())
	if err != nil || n != 0 {
		t.Errorf("file row %s still there (%d, %v)", id, n, err)
	}
	if _, err := store.Open(context.Background(), id.String()); !errors.Is(err, blob.ErrNotFound) {
		t.Errorf("bytes of %s still there: %v", id, err)
	}
}
