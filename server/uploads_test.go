package main

import (
	"bytes"
	"context"
	"errors"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"leergang/db/blob"
	"leergang/db/demo"
)

// Uploads end to end against the real handler: tus requests by hand, resuming
// after a break, type detection, limits, and playback with range requests.

func TestResumableVideoUploadAndPlayback(t *testing.T) {
	ts := newTestServer(t)
	ids := demoPraktijk(t, ts)
	video := demoMP4(t)
	c := ts.loginAs(t, demo.DeelnemerEmail)

	resp, path, fileID := c.tusCreate(ids.asg2, "video", "Mijn opname.mp4", int64(len(video)))
	if resp.StatusCode != http.StatusCreated || !strings.HasPrefix(path, "/uploads/"+fileID.String()) {
		t.Fatalf("create: %d %q %s", resp.StatusCode, path, fileID)
	}
	// The first chunk arrives, then the connection drops.
	if r, body := c.tusPatch(path, 0, video[:40000]); r.StatusCode != http.StatusNoContent || r.Header.Get("Upload-Offset") != "40000" {
		t.Fatalf("first chunk: %d %s %v", r.StatusCode, body, r.Header)
	}
	if fileStatus(t, ts, fileID) != "uploading" {
		t.Fatal("a partial upload must not be ready")
	}
	// After a page reload the client asks where to go on.
	head := c.tusHead(path)
	if head.StatusCode != http.StatusOK || head.Header.Get("Upload-Offset") != "40000" || head.Header.Get("Upload-Length") != strconv.Itoa(len(video)) {
		t.Fatalf("HEAD: %d %v", head.StatusCode, head.Header)
	}
	if r, _ := c.tusPatch(path, 10, video[10:20]); r.StatusCode != http.StatusConflict {
		t.Fatalf("a PATCH at the wrong offset: %d, want 409", r.StatusCode)
	}
	r, body := c.tusPatch(path, 40000, video[40000:])
	if r.StatusCode != http.StatusNoContent || r.Header.Get("Leergang-File-Status") != "ready" {
		t.Fatalf("last chunk: %d %s", r.StatusCode, body)
	}

	var out struct {
		StoredFile struct {
			Status, ContentType, Name string
			Size                      float64
			URL                       *string
		}
	}
	c.do(`query($id: ID!) { storedFile(id: $id) { status contentType name size url } }`, map[string]any{"id": fileID.String()}).decode(t, &out)
	f := out.StoredFile
	if f.Status != "READY" || f.ContentType != "video/mp4" || int(f.Size) != len(video) || f.URL == nil || *f.URL != "/files/"+fileID.String() {
		t.Fatalf("stored file: %+v", f)
	}

	// The browser's player seeks: a range request returns just those bytes.
	resp, got := c.raw(http.MethodGet, *f.URL, map[string]string{"Range": "bytes=100000-100099"}, nil)
	if resp.StatusCode != http.StatusPartialContent || !bytes.Equal(got, video[100000:100100]) {
		t.Fatalf("range: %d, %d bytes", resp.StatusCode, len(got))
	}
	if resp.Header.Get("Content-Type") != "video/mp4" || resp.Header.Get("X-Content-Type-Options") != "nosniff" ||
		resp.Header.Get("Content-Range") != "bytes 100000-100099/"+strconv.Itoa(len(video)) {
		t.Fatalf("range headers: %v", resp.Header)
	}
	disp, params, err := mime.ParseMediaType(resp.Header.Get("Content-Disposition"))
	if err != nil || disp != "inline" || params["filename"] != "Mijn opname.mp4" {
		t.Fatalf("disposition: %q %v %v", resp.Header.Get("Content-Disposition"), params, err)
	}
	resp, got = c.raw(http.MethodGet, *f.URL+"?download=1", nil, nil)
	if resp.StatusCode != http.StatusOK || !bytes.Equal(got, video) || !strings.HasPrefix(resp.Header.Get("Content-Disposition"), "attachment") {
		t.Fatalf("download: %d %d bytes %q", resp.StatusCode, len(got), resp.Header.Get("Content-Disposition"))
	}
	// tusd's own download is off: bytes only come through /files/{id}.
	if resp, _ := c.raw(http.MethodGet, path, nil, nil); resp.StatusCode != http.StatusMethodNotAllowed {
		t.Fatalf("GET on the upload URL: %d, want 405", resp.StatusCode)
	}
	if resp, _ := c.raw(http.MethodPost, path, map[string]string{"X-HTTP-Method-Override": "GET", "Tus-Resumable": "1.0.0"}, nil); resp.StatusCode != http.StatusMethodNotAllowed {
		t.Fatalf("GET through a method override: %d, want 405", resp.StatusCode)
	}
}

func TestUploadedTypeIsCheckedOnTheContent(t *testing.T) {
	ts := newTestServer(t)
	ids := demoPraktijk(t, ts)
	c := ts.loginAs(t, demo.DeelnemerEmail)
	store := ts.store(t)

	cases := []struct {
		name, kind, filename string
		data                 []byte
		status               int
		contentType          string
	}{
		{"HTML renamed to .mp4", "video", "film.mp4", []byte("<!doctype html><html><script>alert(document.cookie)</script></html>"), http.StatusUnsupportedMediaType, ""},
		{"a PDF declared as video", "video", "film.mp4", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"), http.StatusUnsupportedMediaType, ""},
		{"a Matroska file that is not WebM", "video", "film.webm", append([]byte{0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88}, []byte("matroska")...), http.StatusUnsupportedMediaType, ""},
		{"a zip bomb named .docx", "document", "verslag.docx", docx(t, map[string][]byte{"[Content_Types].xml": []byte(contentTypesXML),
			"word/document.xml": bytes.Repeat([]byte{0}, 20<<20)}), http.StatusUnprocessableEntity, ""},
		{"a zip that is not OOXML", "document", "verslag.docx", docx(t, map[string][]byte{"readme.txt": []byte("hallo")}), http.StatusUnsupportedMediaType, ""},
		{"a real docx", "document", "verslag.docx", validDocx(t), http.StatusNoContent, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
		{"a real PDF", "document", "verslag.pdf", []byte("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"), http.StatusNoContent, "application/pdf"},
		{"a PNG", "image", "bord.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), http.StatusNoContent, "image/png"},
		{"a JPEG", "image", "bord.jpg", []byte{0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'J', 'F', 'I', 'F'}, http.StatusNoContent, "image/jpeg"},
		{"a WebM", "video", "clip.webm", append([]byte{0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84}, []byte("webm\x42\x87\x81\x04")...), http.StatusNoContent, "video/webm"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c.t = t
			resp, body, id := c.upload(ids.asg2, tc.kind, tc.filename, tc.data)
			if resp.StatusCode != tc.status {
				t.Fatalf("PATCH: %d %s, want %d", resp.StatusCode, body, tc.status)
			}
			_, err := store.Open(context.Background(), id.String())
			if tc.contentType == "" {
				if fileStatus(t, ts, id) != "rejected" || !errors.Is(err, blob.ErrNotFound) {
					t.Fatalf("a refused file must be marked rejected and its bytes gone: %s, %v", fileStatus(t, ts, id), err)
				}
				if r, _ := c.raw(http.MethodGet, "/files/"+id.String(), nil, nil); r.StatusCode != http.StatusNotFound {
					t.Fatalf("download of a rejected file: %d", r.StatusCode)
				}
				return
			}
			var ct string
			if err := ts.DB.NewRaw("SELECT content_type FROM files WHERE id = ? AND status = 'ready'", id).Scan(context.Background(), &ct); err != nil || ct != tc.contentType {
				t.Fatalf("content type %q (%v), want %q", ct, err, tc.contentType)
			}
		})
	}
}

func TestUploadLimitsAreCheckedBeforeTheBytes(t *testing.T) {
	ts := newTestServer(t)
	ids := demoPraktijk(t, ts)
	c := ts.loginAs(t, demo.DeelnemerEmail)
	if r, _, _ := c.tusCreate(ids.asg2, "video", "lang.mp4", 4<<30+1); r.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("video over 4 GB: %d, want 413", r.StatusCode)
	}
	if r, _, _ := c.tusCreate(ids.asg2, "video", "lang.mp4", 4<<30); r.StatusCode != http.StatusCreated {
		t.Fatalf("video of exactly 4 GB: %d, want 201", r.StatusCode)
	}
	if r, _, _ := c.tusCreate(ids.asg2, "document", "dik.pdf", 50<<20+1); r.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("document over 50 MB: %d, want 413", r.StatusCode)
	}
	resp, _ := c.raw(http.MethodPost, "/uploads/", map[string]string{"Tus-Resumable": "1.0.0", "Upload-Defer-Length": "1",
		"Upload-Metadata": tusMetadata(map[string]string{"kind": "video", "assignmentId": ids.asg2.String()})}, nil)
	if resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("an upload without a length: %d, want 400", resp.StatusCode)
	}
	if r, _, _ := c.tusCreate(ids.asg2, "spreadsheet", "x.xlsx", 10); r.StatusCode != http.StatusBadRequest {
		t.Fatalf("an unknown kind: %d, want 400", r.StatusCode)
	}
	// More bytes than declared are cut off at the declared length.
	_, path, _ := c.tusCreate(ids.asg2, "document", "kort.pdf", 10)
	if r, _ := c.tusPatch(path, 0, []byte("%PDF-1.4 and much more than ten bytes")); r.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("a PATCH past the declared length: %d, want 413", r.StatusCode)
	}
	// Only a deelnemer of the assignment's leergang uploads for it.
	other := ts.loginAs(t, demo.StarterEmail)
	if r, _, _ := other.tusCreate(ids.asg2, "video", "x.mp4", 100); r.StatusCode != http.StatusForbidden {
		t.Fatalf("upload by someone outside the leergang: %d, want 403", r.StatusCode)
	}
	if r, _, _ := ts.client(t).tusCreate(ids.asg2, "video", "x.mp4", 100); r.StatusCode != http.StatusUnauthorized {
		t.Fatalf("anonymous upload: %d, want 401", r.StatusCode)
	}
}
