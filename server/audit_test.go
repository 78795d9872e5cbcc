package main

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/demo"
)

// lockedBuffer collects the server's log lines from concurrent requests.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// newLoggedTestServer is the real handler over the demo world, logging as
// text (the production format outside JSON mode) into the returned buffer.
func newLoggedTestServer(t *testing.T) (*testServer, *lockedBuffer) {
	t.Helper()
	base := newTestServer(t)
	out := &lockedBuffer{}
	log := slog.New(slog.NewTextHandler(out, nil))
	dist := fstest.MapFS{"index.html": {Data: []byte("<!doctype html><title>Leergang</title>")}}
	srv := httptest.NewServer(newHandler(base.Config, base.DB, log, dist, logMailer{log: log}))
	t.Cleanup(srv.Close)
	return &testServer{Server: srv, DB: base.DB, Queries: base.Queries, Config: base.Config}, out
}

// auditRow is an entry as stored.
type auditRow struct {
	ActorID    *uuid.UUID
	ObjectType string
	ObjectID   string
	SubjectID  *uuid.UUID
	RequestID  string
	IP         string
	Detail     map[string]string `bun:"detail,type:jsonb"`
}

// lastAudit returns the newest entry of an action, failing when there is none.
func lastAudit(t *testing.T, ts *testServer, action db.AuditAction) auditRow {
	t.Helper()
	var row auditRow
	err := ts.DB.NewRaw(`SELECT actor_id, object_type, object_id, subject_id, request_id, ip, detail
		FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1`, action).Scan(context.Background(), &row)
	if err != nil {
		t.Fatalf("no %s entry: %v", action, err)
	}
	if row.RequestID == "" || row.IP == "" {
		t.Errorf("%s entry without request id or address: %+v", action, row)
	}
	return row
}

func auditCount(t *testing.T, ts *testServer, action db.AuditAction) int {
	t.Helper()
	var n int
	if err := ts.DB.NewRaw(`SELECT count(*) FROM audit_log WHERE action = ?`, action).Scan(context.Background(), &n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestFailedLoginIsAuditedAndCannotForgeALogLine(t *testing.T) {
	ts, logs := newLoggedTestServer(t)
	forged := "iemand@example.nl\ntime=2026-01-01T00:00:00Z level=INFO msg=audit action=login actor_id=vals"
	res := ts.client(t).do(`mutation($i: LoginInput!) { login(input: $i) { viewer { person { id } } } }`,
		map[string]any{"i": map[string]any{"email": forged, "password": "Verkeerd-wachtwoord-1"}})
	if res.code() != "BAD_USER_INPUT" {
		t.Fatalf("login with a forged address: %+v", res.Errors)
	}
	wrong := ts.client(t).do(`mutation($i: LoginInput!) { login(input: $i) { viewer { person { id } } } }`,
		map[string]any{"i": map[string]any{"email": demo.BeheerderEmail, "password": "Verkeerd-wachtwoord-1"}})
	if wrong.code() != "BAD_USER_INPUT" {
		t.Fatalf("wrong password: %+v", wrong.Errors)
	}
	row := lastAudit(t, ts, db.AuditLoginFailed)
	beheerder := personIDByEmail(t, ts, demo.BeheerderEmail)
	if row.ActorID != nil || row.SubjectID == nil || *row.SubjectID != beheerder || row.Detail["email"] != demo.BeheerderEmail {
		t.Errorf("failed login entry = %+v", row)
	}
	for k, v := range row.Detail {
		if strings.Contains(v, "Verkeerd") {
			t.Errorf("the password is in the audit entry (%s)", k)
		}
	}
	if n := auditCount(t, ts, db.AuditLoginFailed); n != 2 {
		t.Errorf("%d failed-login entries, want 2", n)
	}
	// One record per line: the newline in the address is escaped, so no line
	// starts with the forged text and every line is a record of its own.
	text := logs.String()
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	audits := 0
	for _, l := range lines {
		if !strings.HasPrefix(l, "time=") || !strings.Contains(l, " level=") {
			t.Errorf("a log line that is not a record: %q", l)
		}
		if strings.Contains(l, "msg=audit") {
			audits++
		}
		if strings.HasPrefix(l, "time=2026-01-01") {
			t.Errorf("forged line: %q", l)
		}
	}
	if audits != 2 || !strings.Contains(text, `iemand@example.nl\ntime=`) {
		t.Errorf("want 2 audit lines with the address escaped, got %d in:\n%s", audits, text)
	}
	if strings.Contains(text, "Verkeerd-wachtwoord") {
		t.Error("the password is in the log")
	}
}

func TestEachAuditedActionWritesItsEntry(t *testing.T) {
	ts := newTestServer(t)
	ts.storeDemoFiles(t)
	beheerder := ts.loginAs(t, demo.BeheerderEmail)
	beheerderID := personIDByEmail(t, ts, demo.BeheerderEmail)
	marloesID := personIDByEmail(t, ts, demo.DeelnemerEmail)

	t.Run("login", func(t *testing.T) {
		row := lastAudit(t, ts, db.AuditLogin)
		if row.ActorID == nil || *row.ActorID != beheerderID {
			t.Errorf("login entry = %+v", row)
		}
	})

	t.Run("denied in GraphQL", func(t *testing.T) {
		marloes := ts.loginAs(t, demo.DeelnemerEmail)
		if res := marloes.do(`{ auditLog { totalCount } }`, nil); res.code() != "FORBIDDEN" {
			t.Fatalf("a deelnemer reading the audit log: %+v", res.Errors)
		}
		row := lastAudit(t, ts, db.AuditDenied)
		if row.ActorID == nil || *row.ActorID != marloesID || row.ObjectType != "graphql" || row.ObjectID != "auditLog" {
			t.Errorf("denial entry = %+v", row)
		}
	})

	t.Run("denied download", func(t *testing.T) {
		marloes := ts.loginAs(t, demo.DeelnemerEmail)
		path := "/downloads/audit/people/" + beheerderID.String() + "/export.zip"
		resp, _ := marloes.raw(http.MethodGet, path, nil, nil)
		if resp.StatusCode != http.StatusForbidden {
			t.Fatalf("a deelnemer exporting: %d", resp.StatusCode)
		}
		row := lastAudit(t, ts, db.AuditDenied)
		if row.ObjectType != "http" || row.ObjectID != "GET "+path || row.RequestID != resp.Header.Get("X-Request-Id") {
			t.Errorf("denial entry = %+v (request %s)", row, resp.Header.Get("X-Request-Id"))
		}
	})

	t.Run("recording viewed", func(t *testing.T) {
		opleider := ts.loginAs(t, demo.OpleiderEmail)
		resp, body := opleider.raw(http.MethodGet, "/files/"+demo.DemoVideoID.String(), map[string]string{"Range": "bytes=0-99"}, nil)
		if resp.StatusCode != http.StatusPartialContent || len(body) != 100 {
			t.Fatalf("range request: %d, %d bytes", resp.StatusCode, len(body))
		}
		row := lastAudit(t, ts, db.AuditRecordingViewed)
		if row.ObjectID != demo.DemoVideoID.String() || row.SubjectID == nil || *row.SubjectID != marloesID ||
			row.Detail["range"] != "bytes=0-99" || row.RequestID != resp.Header.Get("X-Request-Id") {
			t.Errorf("view entry = %+v", row)
		}
		before := auditCount(t, ts, db.AuditRecordingViewed)
		if r, _ := ts.loginAs(t, demo.DirectieRegenboogEmail).raw(http.MethodGet, "/files/"+demo.DemoVideoID.String(), nil, nil); r.StatusCode != http.StatusForbidden {
			t.Fatalf("directie: %d", r.StatusCode)
		}
		if auditCount(t, ts, db.AuditRecordingViewed) != before {
			t.Error("a refused request was recorded as a view")
		}
	})

	t.Run("export", func(t *testing.T) {
		resp, body := beheerder.raw(http.MethodGet, "/downloads/audit/people/"+marloesID.String()+"/export.zip", nil, nil)
		if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/zip" {
			t.Fatalf("export: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
		if err != nil {
			t.Fatal(err)
		}
		names, video := map[string]bool{}, false
		for _, f := range zr.File {
			names[f.Name] = true
			video = video || strings.HasPrefix(f.Name, "bestanden/"+demo.DemoVideoID.String()+"/")
		}
		if !names["gegevens/profiel.json"] || !names["index.json"] || !video {
			t.Errorf("zip entries: %v", names)
		}
		row := lastAudit(t, ts, db.AuditExport)
		if row.ActorID == nil || *row.ActorID != beheerderID || row.SubjectID == nil || *row.SubjectID != marloesID {
			t.Errorf("export entry = %+v", row)
		}
	})

	t.Run("roles changed", func(t *testing.T) {
		fields := map[string]any{"name": "Marloes Wolters", "email": demo.DeelnemerEmail, "roles": []string{"DEELNEMER", "OPLEIDER"},
			"schoolIds": []string{}, "function": "SCHOOLCOACH"}
		var schools []uuid.UUID
		if err := ts.DB.NewRaw(`SELECT school_id FROM person_schools WHERE person_id = ?`, marloesID).Scan(context.Background(), &schools); err != nil {
			t.Fatal(err)
		}
		ids := []string{}
		for _, s := range schools {
			ids = append(ids, s.String())
		}
		fields["schoolIds"] = ids
		var org uuid.UUID
		if err := ts.DB.NewRaw(`SELECT organisation_id FROM people WHERE id = ?`, marloesID).Scan(context.Background(), &org); err != nil {
			t.Fatal(err)
		}
		fields["organisationId"] = org.String()
		res := beheerder.do(`mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { person { roles } } }`,
			map[string]any{"i": map[string]any{"id": marloesID.String(), "person": fields}})
		if len(res.Errors) > 0 {
			t.Fatalf("updatePerson: %+v", res.Errors)
		}
		row := lastAudit(t, ts, db.AuditRolesChanged)
		if row.SubjectID == nil || *row.SubjectID != marloesID || row.Detail["old_roles"] != "deelnemer" ||
			row.Detail["new_roles"] != "deelnemer,opleider" {
			t.Errorf("roles entry = %+v", row)
		}
	})

	t.Run("erasure", func(t *testing.T) {
		name := "Wis Mij"
		p, err := db.CreatePerson(context.Background(), ts.DB, db.PersonInput{Name: name, Email: "wis.mij@zuidoostsamen.nl",
			Roles: []db.Role{db.RoleDeelnemer}})
		if err != nil {
			t.Fatal(err)
		}
		res := beheerder.do(`mutation($i: ErasePersonInput!) { erasePerson(input: $i) { erasedId } }`,
			map[string]any{"i": map[string]any{"id": p.ID.String(), "confirmName": name}})
		if len(res.Errors) > 0 {
			t.Fatalf("erasePerson: %+v", res.Errors)
		}
		row := lastAudit(t, ts, db.AuditErasure)
		if row.SubjectID == nil || *row.SubjectID != p.ID || row.ObjectID != p.ID.String() || strings.Contains(fmt.Sprint(row.Detail), "Wis") {
			t.Errorf("erasure entry = %+v", row)
		}
	})

	t.Run("the beheerder reads and filters the log", func(t *testing.T) {
		var out struct {
			AuditLog struct {
				TotalCount int
				Nodes      []struct {
					Action      string
					ActorName   *string
					SubjectName *string
					RequestID   string
				}
			} `json:"auditLog"`
		}
		beheerder.do(`query($f: AuditFilter) { auditLog(filter: $f, first: 100) { totalCount nodes { action actorName subjectName requestId } } }`,
			map[string]any{"f": map[string]any{"action": "EXPORT", "personId": marloesID.String(), "object": "avg"}}).decode(t, &out)
		if out.AuditLog.TotalCount != 1 || out.AuditLog.Nodes[0].SubjectName == nil || *out.AuditLog.Nodes[0].SubjectName != "Marloes Wolters" {
			t.Errorf("filtered log = %+v", out.AuditLog)
		}
	})
}
