package main

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"leergang/db"
	"leergang/db/demo"
	"leergang/graph"
	"leergang/graph/auth"
)

// The security list of the issue: who may touch an upload, who may read a
// file, and what a file name can and cannot do.

func TestUploadsAreTheirOwnersOnly(t *testing.T) {
	ts := newTestServer(t)
	ids := demoPraktijk(t, ts)
	owner := ts.loginAs(t, demo.DeelnemerEmail)
	video := demoMP4(t)
	_, path, _ := owner.tusCreate(ids.asg2, "video", "opname.mp4", int64(len(video)))
	if r, _ := owner.tusPatch(path, 0, video[:1000]); r.StatusCode != http.StatusNoContent {
		t.Fatalf("owner's PATCH: %d", r.StatusCode)
	}
	for _, email := range []string{demo.OpleiderEmail, demo.BeheerderEmail, demo.DirectieRegenboogEmail, demo.StarterEmail} {
		other := ts.loginAs(t, email)
		if r, _ := other.tusPatch(path, 1000, video[1000:2000]); r.StatusCode != http.StatusForbidden {
			t.Errorf("%s PATCH on someone else's upload: %d, want 403", email, r.StatusCode)
		}
		if r := other.tusHead(path); r.StatusCode != http.StatusForbidden || r.Header.Get("Upload-Offset") != "" {
			t.Errorf("%s HEAD on someone else's upload: %d %v, want 403 without offset", email, r.StatusCode, r.Header)
		}
		if r, _ := other.raw(http.MethodDelete, path, map[string]string{"Tus-Resumable": "1.0.0"}, nil); r.StatusCode != http.StatusForbidden {
			t.Errorf("%s DELETE on someone else's upload: %d, want 403", email, r.StatusCode)
		}
		if r, _ := other.raw(http.MethodPost, path, map[string]string{"Tus-Resumable": "1.0.0", "X-HTTP-Method-Override": "DELETE"}, nil); r.StatusCode != http.StatusForbidden {
			t.Errorf("%s DELETE by method override: %d, want 403", email, r.StatusCode)
		}
	}
	if r := ts.client(t).tusHead(path); r.StatusCode != http.StatusUnauthorized {
		t.Errorf("anonymous HEAD: %d, want 401", r.StatusCode)
	}
	if r := owner.tusHead("/uploads/5b1f3e4e-0000-4000-8000-000000000000"); r.StatusCode != http.StatusNotFound {
		t.Errorf("HEAD of an unknown upload: %d, want 404", r.StatusCode)
	}
	if r := owner.tusHead("/uploads/..%2f..%2fetc%2fpasswd"); r.StatusCode != http.StatusNotFound {
		t.Errorf("HEAD of a path: %d, want 404", r.StatusCode)
	}
	// Nothing the others did moved the upload on; the owner continues and may cancel.
	if r := owner.tusHead(path); r.Header.Get("Upload-Offset") != "1000" {
		t.Fatalf("offset after the others tried: %q", r.Header.Get("Upload-Offset"))
	}
	if r, _ := owner.raw(http.MethodDelete, path, map[string]string{"Tus-Resumable": "1.0.0"}, nil); r.StatusCode != http.StatusNoContent {
		t.Fatalf("owner's DELETE: %d", r.StatusCode)
	}
	if r := owner.tusHead(path); r.StatusCode != http.StatusNotFound {
		t.Fatalf("HEAD after DELETE: %d, want 404", r.StatusCode)
	}
}

func TestFilesAreServedOnlyAfterTheAuthorizationCheck(t *testing.T) {
	ts := newTestServer(t)
	ts.storeDemoFiles(t)
	url := "/files/" + demo.DemoVideoID.String()
	cases := map[string]int{
		demo.DeelnemerEmail:                http.StatusOK, // her own recording
		demo.OpleiderEmail:                 http.StatusOK, // opleider of the leergang
		demo.BeheerderEmail:                http.StatusOK,
		demo.BestuurSWVEmail:               http.StatusForbidden, // her staff's submission: status only, never the file
		demo.DirectieRegenboogEmail:        http.StatusForbidden,
		demo.StarterEmail:                  http.StatusForbidden, // a deelnemer of another group
		"yasmina.elidrissi@dewegwijzer.nl": http.StatusForbidden, // an opleider of neither programme
	}
	video := demoMP4(t)
	for email, want := range cases {
		c := ts.loginAs(t, email)
		resp, body := c.raw(http.MethodGet, url, nil, nil)
		if resp.StatusCode != want {
			t.Errorf("%s: %d, want %d", email, resp.StatusCode, want)
		}
		if want == http.StatusOK && len(body) != len(video) {
			t.Errorf("%s: %d bytes, want %d", email, len(body), len(video))
		}
		if want != http.StatusOK && len(body) > 200 {
			t.Errorf("%s: a refusal carries %d bytes", email, len(body))
		}
	}
	// A colleague in the same group does not see her recording either.
	var email string
	if err := ts.DB.NewRaw("SELECT email FROM people WHERE name = 'Gert-Jan Nijhuis'").Scan(context.Background(), &email); err != nil {
		t.Fatal(err)
	}
	colleague := ts.loginAs(t, email)
	if r, _ := colleague.raw(http.MethodGet, url, nil, nil); r.StatusCode != http.StatusForbidden {
		t.Errorf("colleague in the same group: %d, want 403", r.StatusCode)
	}
	if r, _ := ts.client(t).raw(http.MethodGet, url, nil, nil); r.StatusCode != http.StatusUnauthorized {
		t.Errorf("anonymous: %d, want 401", r.StatusCode)
	}
	if r, _ := ts.loginAs(t, demo.DeelnemerEmail).raw(http.MethodGet, "/files/niet-een-id", nil, nil); r.StatusCode != http.StatusNotFound {
		t.Errorf("malformed id: %d, want 404", r.StatusCode)
	}
}

func TestFileNamesAreSanitisedAndNeverUsedAsKeys(t *testing.T) {
	ts := newTestServer(t)
	ids := demoPraktijk(t, ts)
	c := ts.loginAs(t, demo.DeelnemerEmail)
	pdf := []byte("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n")
	cases := map[string]string{
		"../../../etc/passwd.pdf":                 "passwd.pdf",
		`..\..\windows\verslag.pdf`:               "verslag.pdf",
		"Verslag \"juni\"\r\nX-Evil: 1 — één.pdf": "Verslag \"juni\" X-Evil: 1 — één.pdf",
		"\u202egnp.pdf":                           "gnp.pdf",
		"...":                                     "bestand",
	}
	dir := filepath.Join(ts.Config.DataDir, "files")
	for name, want := range cases {
		resp, body, id := c.upload(ids.asg2, "document", name, pdf)
		if resp.StatusCode != http.StatusNoContent {
			t.Fatalf("%q: %d %s", name, resp.StatusCode, body)
		}
		if _, err := os.Stat(filepath.Join(dir, id.String())); err != nil {
			t.Fatalf("%q: not stored under its generated key: %v", name, err)
		}
		r, _ := c.raw(http.MethodGet, "/files/"+id.String(), nil, nil)
		header := r.Header.Get("Content-Disposition")
		disp, params, err := mime.ParseMediaType(header)
		if err != nil || disp != "attachment" || params["filename"] != want || strings.ContainsAny(header, "\r\n") {
			t.Errorf("%q: Content-Disposition %q (%v, %v), want filename %q", name, header, params, err, want)
		}
	}
	// Nothing was written outside the files folder.
	if _, err := os.Stat(filepath.Join(ts.Config.DataDir, "etc")); !os.IsNotExist(err) {
		t.Fatalf("something escaped the folder: %v", err)
	}
	var names []string
	if err := ts.DB.NewRaw("SELECT name FROM files WHERE name LIKE '%/%' OR name LIKE '%..%'").Scan(context.Background(), &names); err != nil || len(names) > 0 {
		t.Fatalf("stored names with path parts: %v %v", names, err)
	}
}

// A lost database connection is 503 with Retry-After and a Dutch text on the
// plain-HTTP endpoints too, as graph.IsUnavailable classifies it for the API;
// the driver's text (host, port) stays in the log.
func TestUnreachableDatabaseIsServiceUnavailable(t *testing.T) {
	refused := fmt.Errorf("failed to connect to `user=postgres database=leergang`: %w",
		&net.OpError{Op: "dial", Net: "tcp", Addr: &net.TCPAddr{Port: 5432}, Err: syscall.ECONNREFUSED})
	for name, err := range map[string]error{
		"refused dial":   refused,
		"admin shutdown": &pgconn.PgError{Code: "57P01", Message: "terminating connection due to administrator command"},
	} {
		status, code, msg := httpStatusOf(err)
		if status != http.StatusServiceUnavailable || code != graph.CodeUnavailable || msg != graph.UnavailableMessage {
			t.Errorf("%s: %d %s %q, want 503 %s", name, status, code, msg, graph.CodeUnavailable)
		}
	}
	// Other errors keep their status.
	for err, want := range map[error]int{
		fmt.Errorf("boom"):                  http.StatusInternalServerError,
		&pgconn.PgError{Code: "23505"}:      http.StatusInternalServerError,
		&db.NotFoundError{What: "Bestand"}:  http.StatusNotFound,
		context.Canceled:                    http.StatusInternalServerError,
		&db.ConflictError{Message: "bezet"}: http.StatusConflict,
	} {
		if got, _, _ := httpStatusOf(err); got != want {
			t.Errorf("%v: %d, want %d", err, got, want)
		}
	}

	var logBuf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logBuf, nil))
	rec := httptest.NewRecorder()
	writeDBError(rec, refused, log, httptest.NewRequest(http.MethodGet, "/files/x", nil))
	wantUnavailable(t, rec)
	if !strings.Contains(logBuf.String(), "connection refused") {
		t.Fatalf("the cause belongs in the log: %q", logBuf.String())
	}
}

// GET /files/{id} against a database nobody listens on: the handler itself
// answers 503, without a PostgreSQL having to be stopped.
func TestFileDownloadWithoutDatabaseIsServiceUnavailable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close() // nothing listens there now: connecting is refused
	sqldb, err := sql.Open("pgx", fmt.Sprintf("postgres://nobody@127.0.0.1:%d/leergang?sslmode=disable&connect_timeout=2", port))
	if err != nil {
		t.Fatal(err)
	}
	bdb := bun.NewDB(sqldb, pgdialect.New())
	t.Cleanup(func() { _ = bdb.Close() })

	mux := http.NewServeMux()
	mux.Handle("GET /files/{id}", fileHandler(bdb, nil, slog.New(slog.NewTextHandler(&bytes.Buffer{}, nil))))
	req := httptest.NewRequest(http.MethodGet, "/files/"+uuid.NewString(), nil)
	a := &db.Actor{PersonID: uuid.New(), Roles: []db.Role{db.RoleDeelnemer}}
	req = req.WithContext(auth.With(req.Context(), &auth.Request{Actor: a}))
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	wantUnavailable(t, rec)
}

func wantUnavailable(t *testing.T, rec *httptest.ResponseRecorder) {
	t.Helper()
	body := rec.Body.String()
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" ||
		strings.TrimSpace(body) != graph.UnavailableMessage {
		t.Fatalf("answered %d, Retry-After %q, body %q; want 503 with Retry-After and %q",
			rec.Code, rec.Header().Get("Retry-After"), body, graph.UnavailableMessage)
	}
	if strings.Contains(body, "5432") || strings.Contains(body, "refused") {
		t.Fatalf("the driver's text leaked: %q", body)
	}
}
