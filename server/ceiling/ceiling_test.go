package ceiling_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/benchdata"
	"leergang/db/dbtest"
	"leergang/server/ceiling"
)

func TestMain(m *testing.M) { dbtest.Main(m) }

func signIn(t *testing.T, bdb *bun.DB, email string) string {
	t.Helper()
	token := "token-" + email
	sum := sha256.Sum256([]byte(token))
	if _, err := bdb.NewRaw(`INSERT INTO auth_sessions (token_hash, person_id, expires_at)
		SELECT ?, id, now() + interval '1 hour' FROM people WHERE email = ?`, sum[:], email).Exec(context.Background()); err != nil {
		t.Fatal(err)
	}
	return "leergang_session=" + token
}

func get(t *testing.T, srv *httptest.Server, path, cookie string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, srv.URL+path, nil)
	if cookie != "" {
		req.Header.Set("Cookie", cookie)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return resp.StatusCode, nil
	}
	var out struct{ Data map[string]any }
	if err := json.NewDecoder(bytes.NewReader(body)).Decode(&out); err != nil {
		t.Fatalf("%s: %v: %s", path, err, body)
	}
	return resp.StatusCode, out.Data
}

func getData(t *testing.T, srv *httptest.Server, path, cookie string) map[string]any {
	t.Helper()
	_, data := get(t, srv, path, cookie)
	return data
}

func TestCeilingAnswersEachPageInOneStatement(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	scale := benchdata.Scale{Name: "tiny", Boards: 2, SchoolsPerBoard: 3, IBPerSchool: 2, LeergangenPerBoard: 1,
		SessionsPerLeergang: 6, PastWeeks: 3, Opleiders: 2, AssignmentsPerLeergang: 2}
	if err := benchdata.Generate(ctx, bdb.DB, scale, io.Discard); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(ceiling.Handler(bdb.DB))
	defer srv.Close()

	deelnemer := signIn(t, bdb, benchdata.DeelnemerEmail(0))
	opleider := signIn(t, bdb, benchdata.OpleiderEmail(0))
	directie := signIn(t, bdb, benchdata.DirectieEmail(0))

	if status, _ := get(t, srv, "/viewer", ""); status != http.StatusUnauthorized {
		t.Errorf("no cookie: HTTP %d", status)
	}
	_, data := get(t, srv, "/viewer", deelnemer)
	person := data["viewer"].(map[string]any)["person"].(map[string]any)
	if person["email"] != benchdata.DeelnemerEmail(0) || len(person["schools"].([]any)) != 1 {
		t.Errorf("viewer: %v", person)
	}

	var sessionID string
	var pastCount, monthCount int
	from := time.Now().AddDate(0, 0, -60).UTC()
	to := time.Now().AddDate(0, 0, 60).UTC()
	if err := bdb.NewRaw(`SELECT s.id FROM sessions s JOIN session_opleiders so ON so.session_id = s.id
		JOIN people p ON p.id = so.person_id WHERE p.email = ? AND s.starts_at < now() ORDER BY s.starts_at LIMIT 1`,
		benchdata.OpleiderEmail(0)).Scan(ctx, &sessionID); err != nil {
		t.Fatal(err)
	}
	if err := bdb.NewRaw(`SELECT count(*) FROM attendance WHERE session_id = ?`, sessionID).Scan(ctx, &pastCount); err != nil {
		t.Fatal(err)
	}
	_, data = get(t, srv, "/register?session="+sessionID, opleider)
	rows := data["sessionRegister"].(map[string]any)["rows"].([]any)
	if len(rows) != pastCount || pastCount == 0 || rows[0].(map[string]any)["attendance"] == nil {
		t.Errorf("register: %d rows, %d attendance rows in the database", len(rows), pastCount)
	}
	if status, _ := get(t, srv, "/register?session="+sessionID, directie); status != http.StatusUnauthorized {
		t.Errorf("register for a directie: HTTP %d", status)
	}

	if err := bdb.NewRaw(`SELECT count(*) FROM sessions s JOIN session_opleiders so ON so.session_id = s.id
		JOIN people p ON p.id = so.person_id WHERE p.email = ? AND s.starts_at < ? AND s.ends_at > ?`,
		benchdata.OpleiderEmail(0), to, from).Scan(ctx, &monthCount); err != nil {
		t.Fatal(err)
	}
	q := url.Values{"from": {from.Format(time.RFC3339)}, "to": {to.Format(time.RFC3339)}}
	_, data = get(t, srv, "/agenda?"+q.Encode(), opleider)
	if n := len(data["sessions"].([]any)); n != monthCount || n == 0 {
		t.Errorf("agenda: %d sessions, want %d", n, monthCount)
	}
	// The same data as the server's page: canManage and the holiday regions read per session.
	for _, raw := range data["sessions"].([]any) {
		s := raw.(map[string]any)
		if s["canManage"] != true || len(s["holidayRegions"].([]any)) == 0 {
			t.Errorf("agenda session without canManage or regions: %v", s)
		}
	}
	flags := getData(t, srv, "/viewer", deelnemer)["viewer"].(map[string]any)["menuFlags"].(map[string]any)
	if _, ok := flags["starter"]; !ok || len(flags) != 3 {
		t.Errorf("viewer menu flags: %v", flags)
	}

	var schoolID, otherSchool string
	if err := bdb.NewRaw(`SELECT ps.school_id FROM person_schools ps JOIN people p ON p.id = ps.person_id WHERE p.email = ?`,
		benchdata.DirectieEmail(0)).Scan(ctx, &schoolID); err != nil {
		t.Fatal(err)
	}
	if err := bdb.NewRaw(`SELECT id FROM schools WHERE id <> ? LIMIT 1`, schoolID).Scan(ctx, &otherSchool); err != nil {
		t.Fatal(err)
	}
	_, data = get(t, srv, "/hours?school="+schoolID, directie)
	// Two IB'ers at the school, three leerjaren each.
	if n := len(data["hoursOverview"].([]any)); n != scale.IBPerSchool*3 {
		t.Errorf("hours: %d ledgers, want %d", n, scale.IBPerSchool*3)
	}
	if status, _ := get(t, srv, "/hours?school="+otherSchool, directie); status != http.StatusUnauthorized {
		t.Errorf("hours of another school: HTTP %d", status)
	}
}

// The dashboard ceiling must fetch the same data as the real ProgressRows.
func TestCeilingDashboardMatchesProgressRows(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	scale := benchdata.Scale{Name: "tiny", Boards: 1, SchoolsPerBoard: 3, IBPerSchool: 2, LeergangenPerBoard: 1,
		SessionsPerLeergang: 6, PastWeeks: 3, Opleiders: 1, AssignmentsPerLeergang: 2}
	if err := benchdata.Generate(ctx, bdb.DB, scale, io.Discard); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(ceiling.Handler(bdb.DB))
	defer srv.Close()
	directie := signIn(t, bdb, benchdata.DirectieEmail(1))
	_, data := get(t, srv, "/dashboard", directie)
	got := data["progressRows"].([]any)

	var personID uuid.UUID
	if err := bdb.NewRaw("SELECT id FROM people WHERE email = ?", benchdata.DirectieEmail(1)).Scan(ctx, &personID); err != nil {
		t.Fatal(err)
	}
	actor, err := db.ActorFor(ctx, bdb, personID)
	if err != nil {
		t.Fatal(err)
	}
	want, err := db.ProgressRows(ctx, bdb, actor, db.ProgressFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) || len(want) != scale.IBPerSchool {
		t.Fatalf("ceiling has %d rows, ProgressRows %d, want %d", len(got), len(want), scale.IBPerSchool)
	}
	for i, w := range want {
		g := got[i].(map[string]any)
		att := g["attendance"].(map[string]any)
		asg := g["assignments"].(map[string]any)
		comps := g["competencies"].([]any)
		if g["personId"] != w.PersonID.String() || int(att["pastSessions"].(float64)) != w.Attendance.PastSessions ||
			int(att["attendedMinutes"].(float64)) != w.Attendance.AttendedMinutes ||
			int(asg["completed"].(float64)) != w.Assignments.Completed || int(asg["total"].(float64)) != w.Assignments.Total ||
			len(comps) != len(w.Competencies) || len(comps) == 0 {
			t.Errorf("row %d: ceiling %v\nProgressRows %+v", i, g, w)
			continue
		}
		if latest := comps[0].(map[string]any)["latest"]; w.Competencies[0].Latest == nil || latest.(float64) != *w.Competencies[0].Latest {
			t.Errorf("row %d competency: ceiling %v, ProgressRows %v", i, latest, w.Competencies[0].Latest)
		}
		hours := g["hours"].(map[string]any)["hours"].(float64)
		if diff := hours - w.Hours.Hours; diff > 0.01 || diff < -0.01 {
			t.Errorf("row %d hours: ceiling %v, ProgressRows %v", i, hours, w.Hours.Hours)
		}
	}
}
