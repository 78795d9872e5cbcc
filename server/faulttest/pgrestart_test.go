//go:build faults

package faulttest

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"leergang/db/demo"
)

// TestFaultPostgresRestart restarts PostgreSQL (stop -m fast, start) while
// signed-in clients read and write through the real server:
//   - every answer is a success or the retryable UNAVAILABLE error with the
//     Dutch message: no raw driver text, no 500, never a body that is not JSON;
//   - /healthz answers 503 while the database is down;
//   - the server recovers by itself: every worker succeeds again afterwards;
//   - a write in flight when the database stops (held on a row lock) fails
//     with UNAVAILABLE; an upload's PATCH meanwhile gets 503 UNAVAILABLE with
//     Retry-After and resumes afterwards to a byte-identical file;
//   - no write is half-applied: each leergang (a row, three leerjaren, a
//     group and an opleider, written in one transaction) is whole, each
//     attendance register (several rows in one statement) carries one
//     round's notes, and every write the client saw succeed is there once.
func TestFaultPostgresRestart(t *testing.T) {
	dbURL := newDatabase(t)
	srv := startServer(t, "server", serverOptions{DatabaseURL: dbURL, DataDir: t.TempDir()})
	sqldb := openSQL(t, dbURL)
	fx := restartFixtures(t, sqldb, srv.URL)
	run := fmt.Sprintf("Storingstest %d", time.Now().UnixNano())

	beheerder := login(t, srv.URL, demo.BeheerderEmail)
	opleider := login(t, srv.URL, demo.OpleiderEmail)
	deelnemer := login(t, srv.URL, demo.DeelnemerEmail)
	// An upload that is half done when the database goes away.
	uploader := login(t, srv.URL, demo.DeelnemerEmail)
	video := fakeVideo(t, 1<<20)
	upPath, upID := uploader.tusCreate(t, fx.assignment, "video", "Tijdens de herstart.mp4", int64(len(video)))
	half := int64(len(video) / 2)
	if resp, body, err := uploader.tusPatch(upPath, 0, bytes.NewReader(video[:half])); err != nil || resp.StatusCode != http.StatusNoContent {
		t.Fatalf("first half of the upload: %v %v %s", err, resp, body)
	}
	fixed := func(c *client) func() *client { return func() *client { return c } }
	workers := []*worker{
		{name: "createLeergang", client: fixed(beheerder), next: func(i int) attempt {
			name := fmt.Sprintf("%s leergang %d", run, i)
			lj := []map[string]any{{"number": 1}, {"number": 2}, {"number": 3}}
			return attempt{tag: name, query: `mutation($i: CreateLeergangInput!) { createLeergang(input: $i) { leergang { id } } }`,
				vars: map[string]any{"i": map[string]any{"leergang": map[string]any{"name": name, "status": "CONCEPT",
					"clientOrganisationId": fx.client, "leerjaren": lj, "groups": []map[string]any{{"name": "Groep A", "memberIds": []string{}}},
					"opleiderIds": []string{fx.opleider}, "stuurgroepIds": []string{}}}}}
		}},
		{name: "registerAttendance", client: fixed(opleider), next: func(i int) attempt {
			note := fmt.Sprintf("%s ronde %d", run, i)
			entries := make([]map[string]any, len(fx.participants))
			for k, p := range fx.participants {
				entries[k] = map[string]any{"personId": p, "status": "AANWEZIG", "note": note}
			}
			return attempt{tag: note, query: `mutation($i: RegisterAttendanceInput!) { registerAttendance(input: $i) { register { rows { person { id } } } } }`,
				vars: map[string]any{"i": map[string]any{"sessionId": fx.session, "entries": entries}}}
		}},
		{name: "declareHours", client: fixed(deelnemer), next: func(i int) attempt {
			desc := fmt.Sprintf("%s uren %d", run, i)
			return attempt{tag: desc, query: `mutation($i: DeclareHoursInput!) { declareHours(input: $i) { declaration { id } } }`,
				vars: map[string]any{"i": map[string]any{"leerjaarId": fx.leerjaar, "kind": "OVERIG", "hours": 1.5,
					"description": desc, "doneOn": time.Now().Format(time.DateOnly)}}}
		}},
		{name: "readHours", client: fixed(deelnemer), next: func(int) attempt {
			return attempt{query: `{ viewer { person { email } } hoursLedgers { totalHours declarations { id } } }`}
		}},
		{name: "readLeergangen", client: fixed(beheerder), next: func(int) attempt {
			return attempt{query: `{ leergangen(first: 25) { totalCount nodes { id name } } }`}
		}},
		// Signing in needs no session, so its failures come from a resolver
		// (the GraphQL error presenter), not from the session middleware.
		{name: "login", client: func() *client { return newClient(srv.URL) }, next: func(int) attempt {
			return attempt{query: `mutation($i: LoginInput!) { login(input: $i) { viewer { person { id } } } }`,
				vars: map[string]any{"i": map[string]any{"email": demo.StarterEmail, "password": demo.Password}}}
		}},
	}

	ctx, stopLoad := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for _, w := range workers {
		wg.Go(func() { w.run(ctx) })
	}
	stopped := false
	stop := func() {
		if !stopped {
			stopped = true
			stopLoad()
			wg.Wait()
		}
	}
	defer stop()
	checkNoProblems := func() {
		t.Helper()
		for _, w := range workers {
			if p := w.problems(); len(p) > 0 {
				t.Fatalf("%d unacceptable answers, first: %s", len(p), p[0])
			}
		}
	}
	allReach := func(what string, within time.Duration, cond func(ok, unavailable int64) bool) {
		t.Helper()
		waitFor(t, within, what, func() bool {
			for _, w := range workers {
				if !cond(w.counts()) {
					return false
				}
			}
			return true
		})
	}

	allReach("every worker to succeed under load", time.Minute, func(ok, _ int64) bool { return ok >= 3 })
	checkNoProblems()

	// Make sure one write is in flight when the database goes: hold the
	// register's rows so that the next registerAttendance waits inside its
	// transaction, and stop PostgreSQL while it waits.
	attendance := workers[1]
	lock, err := sqldb.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = lock.Rollback() }()
	if _, err := lock.Exec("SELECT 1 FROM attendance WHERE session_id = $1 FOR UPDATE", fx.session); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "a registerAttendance to wait for the held rows", func() bool {
		var waiting int
		err := sqldb.QueryRow(`SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()
			AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO "attendance"%'`).Scan(&waiting)
		return err == nil && waiting > 0
	})
	inFlight := len(attendance.snapshot())

	stopPostgres(t)
	down := time.Now()
	waitFor(t, 30*time.Second, "/healthz to answer 503", func() bool { return healthStatus(srv.URL) == http.StatusServiceUnavailable })
	allReach("every worker to get UNAVAILABLE", 30*time.Second, func(_, u int64) bool { return u >= 2 })
	// The upload's next PATCH is refused as retryable too, and writes nothing.
	resp, body, err := uploader.tusPatch(upPath, half, bytes.NewReader(video[half:]))
	if err != nil || resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(body), `"code":"UNAVAILABLE"`) ||
		resp.Header.Get("Retry-After") == "" {
		t.Fatalf("PATCH while the database is down: %v %v %s; want 503 UNAVAILABLE with Retry-After", err, resp, body)
	}
	checkNoProblems()
	okWhileDown := make([]int64, len(workers))
	for i, w := range workers {
		okWhileDown[i], _ = w.counts()
	}

	startPostgres(t)
	up := time.Now()
	waitFor(t, 30*time.Second, "every worker to succeed again after the restart", func() bool {
		for i, w := range workers {
			if ok, _ := w.counts(); ok < okWhileDown[i]+3 {
				return false
			}
		}
		return true
	})
	recovered := time.Since(up)
	// The client resumes where it was.
	if got := uploader.tusOffset(t, upPath); got != half {
		t.Fatalf("upload offset after the restart: %d, want %d", got, half)
	}
	uploader.tusFinish(t, upPath, half, video)
	if got := uploader.download(t, upID); got != sha256Hex(video) {
		t.Fatalf("upload finished after the restart: sha256 %s, want %s", got, sha256Hex(video))
	}
	if got := healthStatus(srv.URL); got != http.StatusOK {
		t.Fatalf("/healthz after the restart: %d", got)
	}
	stop()
	checkNoProblems()
	if srv.hasExited() {
		t.Fatal("the server exited during the database restart")
	}

	var viaResolver, viaMiddleware int
	for _, w := range workers {
		for _, o := range w.snapshot() {
			switch {
			case o.viaResolver:
				viaResolver++
			case o.unavailable:
				viaMiddleware++
			}
		}
	}
	if o := attendance.snapshot()[inFlight]; !o.viaResolver {
		t.Fatalf("the registerAttendance in flight when PostgreSQL stopped ended %+v; want UNAVAILABLE from its resolver", o)
	}
	if viaResolver == 0 || viaMiddleware == 0 {
		t.Fatalf("UNAVAILABLE from resolvers: %d, from the session middleware: %d; both paths must be exercised", viaResolver, viaMiddleware)
	}
	t.Logf("database down %s; all workers succeeded again %s after it was back; UNAVAILABLE answers: %d from resolvers, %d from the session middleware",
		up.Sub(down).Round(time.Millisecond), recovered.Round(time.Millisecond), viaResolver, viaMiddleware)

	// The test's own pool still holds connections from before the restart,
	// which PostgreSQL has terminated: drop them before checking.
	sqldb.SetMaxIdleConns(0)
	sqldb.SetMaxIdleConns(2)
	checkLeergangenWhole(t, sqldb, run, workers[0].snapshot())
	checkAttendanceOneRound(t, sqldb, fx, workers[1].snapshot())
	checkDeclarationsOnce(t, sqldb, run, workers[2].snapshot())
}

func healthStatus(base string) int {
	resp, err := (&http.Client{Timeout: 5 * time.Second}).Get(base + "/healthz")
	if err != nil {
		return 0
	}
	_ = resp.Body.Close()
	return resp.StatusCode
}
