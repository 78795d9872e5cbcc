package main

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/stdlib"
	tusd "github.com/tus/tusd/v2/pkg/handler"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"leergang/db/blob/mototest"
	"leergang/db/dbtest"
	"leergang/db/demo"
)

// secondPool opens another connection pool on bdb's database, as a second
// server on the same database has.
func secondPool(t *testing.T, bdb *bun.DB) *bun.DB {
	t.Helper()
	conn, err := bdb.DB.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var dsn string
	err = conn.Raw(func(dc any) error {
		dsn = dc.(*stdlib.Conn).Conn().Config().ConnString()
		return nil
	})
	_ = conn.Close()
	if err != nil {
		t.Fatal(err)
	}
	sqldb, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sqldb.Close() })
	return bun.NewDB(sqldb, pgdialect.New())
}

// testLocker is a pgLocker with short pauses, on a pool of poolSize connections.
func testLocker(t *testing.T, pool *sql.DB, poolSize int) *pgLocker {
	t.Helper()
	l, err := newPGLocker(pool, poolSize, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	l.holderPoll = 50 * time.Millisecond
	l.retryMin, l.retryMax = 5*time.Millisecond, 50*time.Millisecond
	return l
}

// advisoryHolders lists the backends that hold the advisory lock key in mode
// (ExclusiveLock or ShareLock), from pg_locks.
func advisoryHolders(t *testing.T, bdb *bun.DB, key int64, mode string) []int {
	t.Helper()
	rows, err := bdb.DB.QueryContext(context.Background(), `SELECT pid FROM pg_locks
		WHERE locktype = 'advisory' AND granted AND mode = $1 AND objsubid = 1
		  AND classid = $2::bigint::oid AND objid = $3::bigint::oid`,
		mode, int64(uint64(key)>>32), int64(uint32(key)))
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var pids []int
	for rows.Next() {
		var pid int
		if err := rows.Scan(&pid); err != nil {
			t.Fatal(err)
		}
		pids = append(pids, pid)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return pids
}

// lockWithin locks l within d and fails the test otherwise.
func lockWithin(t *testing.T, l tusd.Lock, d time.Duration, requestRelease func()) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	if err := l.Lock(ctx, requestRelease); err != nil {
		t.Fatalf("Lock: %v", err)
	}
}

// expectTimeout expects Lock to give up with tusd's ErrLockTimeout after d.
func expectTimeout(t *testing.T, l tusd.Lock, d time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	start := time.Now()
	err := l.Lock(ctx, func() {})
	if !errors.Is(err, tusd.ErrLockTimeout) {
		if err == nil {
			_ = l.Unlock()
		}
		t.Fatalf("Lock while another holds it: %v, want ErrLockTimeout", err)
	}
	if waited := time.Since(start); waited < d {
		t.Fatalf("Lock gave up after %v, before its context ended (%v)", waited, d)
	}
}

// releaseSignal returns a requestRelease func and the channel it reports on.
func releaseSignal() (func(), chan struct{}) {
	ch := make(chan struct{}, 1)
	return func() {
		select {
		case ch <- struct{}{}:
		default:
		}
	}, ch
}

func within(t *testing.T, ch <-chan struct{}, d time.Duration, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(d):
		t.Fatalf("%s did not happen within %v", what, d)
	}
}

// Two servers (two pools on one database) share the locks: the second waits
// while the first holds an upload, asks it to let go, and gets the lock as
// soon as it is released; other uploads are not held up.
func TestPGLockerTwoInstances(t *testing.T) {
	bdb := dbtest.New(t)
	other := secondPool(t, bdb)
	a, b := testLocker(t, bdb.DB, 20), testLocker(t, other.DB, 20)
	id := uuid.NewString() + "+multipart-id"
	key, releaseKey := advisoryKey(lockNamespace, id), advisoryKey(releaseNamespace, id)

	onA, _ := a.NewLock(id)
	release, asked := releaseSignal()
	lockWithin(t, onA, 5*time.Second, release)
	if got := advisoryHolders(t, bdb, key, "ExclusiveLock"); len(got) != 1 {
		t.Fatalf("holders of the upload's advisory lock: %v, want one", got)
	}

	onB, _ := b.NewLock(id)
	expectTimeout(t, onB, 300*time.Millisecond)
	within(t, asked, 2*time.Second, "asking A to let go")
	if got := advisoryHolders(t, bdb, releaseKey, "ShareLock"); len(got) != 0 {
		t.Fatalf("B left its release request behind: %v", got)
	}

	// Another upload is not held up.
	otherUpload, _ := b.NewLock(uuid.NewString())
	start := time.Now()
	lockWithin(t, otherUpload, 5*time.Second, nil)
	if d := time.Since(start); d > time.Second {
		t.Fatalf("locking another upload took %v", d)
	}
	if err := otherUpload.Unlock(); err != nil {
		t.Fatal(err)
	}

	// B waits, and has the lock right after A unlocks.
	waiting := make(chan error, 1)
	onB, _ = b.NewLock(id)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		waiting <- onB.Lock(ctx, func() {})
	}()
	// B's request to let go stands while it waits (A was asked once already).
	for i := 0; len(advisoryHolders(t, bdb, releaseKey, "ShareLock")) == 0; i++ {
		if i > 200 {
			t.Fatal("B waits without asking A to let go")
		}
		time.Sleep(10 * time.Millisecond)
	}
	select {
	case err := <-waiting:
		t.Fatalf("B locked while A held the lock: %v", err)
	default:
	}
	unlocked := time.Now()
	if err := onA.Unlock(); err != nil {
		t.Fatalf("A's Unlock: %v", err)
	}
	select {
	case err := <-waiting:
		if err != nil {
			t.Fatalf("B after A unlocked: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("B did not get the lock after A unlocked")
	}
	if d := time.Since(unlocked); d > time.Second {
		t.Fatalf("B got the lock %v after A unlocked", d)
	}
	// Now A waits for B.
	onA, _ = a.NewLock(id)
	expectTimeout(t, onA, 200*time.Millisecond)
	if err := onB.Unlock(); err != nil {
		t.Fatalf("B's Unlock: %v", err)
	}
	if err := onB.Unlock(); err != nil {
		t.Fatalf("a second Unlock: %v", err)
	}
	if got := advisoryHolders(t, bdb, key, "ExclusiveLock"); len(got) != 0 {
		t.Fatalf("the lock is still held after Unlock: %v", got)
	}
}

// A holder whose connection dies loses the lock to the other server at once,
// is asked to stop, and hears about it from Unlock; its pool and its
// connection slot stay usable.
func TestPGLockerLostConnection(t *testing.T) {
	bdb := dbtest.New(t)
	other := secondPool(t, bdb)
	a, b := testLocker(t, bdb.DB, 2), testLocker(t, other.DB, 20) // A: one lock at a time
	id := uuid.NewString()

	onA, _ := a.NewLock(id)
	release, asked := releaseSignal()
	lockWithin(t, onA, 5*time.Second, release)
	pids := advisoryHolders(t, bdb, advisoryKey(lockNamespace, id), "ExclusiveLock")
	if len(pids) != 1 {
		t.Fatalf("holders: %v", pids)
	}
	if _, err := other.DB.ExecContext(context.Background(), "SELECT pg_terminate_backend($1)", pids[0]); err != nil {
		t.Fatal(err)
	}

	onB, _ := b.NewLock(id)
	lockWithin(t, onB, 5*time.Second, nil)
	within(t, asked, 5*time.Second, "asking A to stop after its connection died")
	if err := onA.Unlock(); err == nil {
		t.Fatal("A's Unlock did not report the lost lock")
	} else {
		t.Logf("A's Unlock: %v", err)
	}
	if err := onB.Unlock(); err != nil {
		t.Fatal(err)
	}

	// A's only slot is free again, and its pool hands out a live connection.
	again, _ := a.NewLock(id)
	lockWithin(t, again, 5*time.Second, nil)
	if err := again.Unlock(); err != nil {
		t.Fatal(err)
	}
	if err := bdb.DB.PingContext(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// Locks take at most half the pool; one more waits for a free connection.
func TestPGLockerBoundsConnections(t *testing.T) {
	bdb := dbtest.New(t)
	if _, err := newPGLocker(bdb.DB, 1, slog.Default()); err == nil {
		t.Fatal("a pool of one connection was accepted")
	}
	l := testLocker(t, bdb.DB, 3) // one connection for locks
	first, _ := l.NewLock(uuid.NewString())
	lockWithin(t, first, 5*time.Second, nil)
	second, _ := l.NewLock(uuid.NewString())
	expectTimeout(t, second, 200*time.Millisecond)
	if err := first.Unlock(); err != nil {
		t.Fatal(err)
	}
	lockWithin(t, second, 5*time.Second, nil)
	if err := second.Unlock(); err != nil {
		t.Fatal(err)
	}
	never, _ := l.NewLock(uuid.NewString())
	if err := never.Unlock(); err != nil {
		t.Fatalf("Unlock without Lock: %v", err)
	}
	if a, b := advisoryKey(lockNamespace, "x"), advisoryKey(lockNamespace, "x"); a != b || a == advisoryKey(releaseNamespace, "x") {
		t.Fatal("advisory keys are not stable or not apart")
	}
}

// Two servers on one database and one S3 bucket, each with its own pool: while
// A streams a PATCH, B's HEAD for the same upload waits for A's lock, asks A
// to stop, and reports the offset A stored once A has stopped writing; B
// then finishes the upload. With the in-process locker B would answer at
// once, with an offset A would still change.
func TestUploadOnS3TwoInstancesShareTheLock(t *testing.T) {
	endpoint := mototest.Start(t, "leergang-test")
	bdb := dbtest.New(t)
	if err := demo.Load(context.Background(), bdb); err != nil {
		t.Fatal(err)
	}
	cfg, err := LoadConfig(func(k string) string {
		return map[string]string{
			"DATABASE_URL":                  "postgres://unused/for/tests",
			"LEERGANG_DATA_DIR":             t.TempDir(),
			"LEERGANG_S3_BUCKET":            "leergang-test",
			"LEERGANG_S3_ENDPOINT":          endpoint,
			"LEERGANG_S3_ACCESS_KEY_ID":     "test",
			"LEERGANG_S3_SECRET_ACCESS_KEY": "test",
		}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if testing.Verbose() {
		log = slog.New(slog.NewTextHandler(&testLogWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	instance := func(pool *bun.DB) *testServer {
		srv := httptest.NewServer(newHandler(cfg, pool, log, fstest.MapFS{"index.html": {Data: []byte("<!doctype html>")}}, logMailer{log: log}))
		t.Cleanup(srv.Close)
		return &testServer{Server: srv, DB: pool, Config: cfg}
	}
	a, b := instance(bdb), instance(secondPool(t, bdb))
	ids := demoPraktijk(t, a)
	video := demoMP4(t)
	onA := a.loginAs(t, demo.DeelnemerEmail)
	onB := &client{t: t, srv: b, http: onA.http} // the same browser, routed to B

	resp, path, fileID := onA.tusCreate(ids.asg2, "video", "Gesprek op S3.mp4", int64(len(video)))
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("create: %d", resp.StatusCode)
	}
	uploadID := strings.TrimPrefix(path, "/uploads/")
	if !strings.Contains(uploadID, "+") {
		t.Fatalf("upload id %q is not an S3 one", uploadID)
	}

	// A's PATCH streams and stalls: it holds the lock.
	body, feed := io.Pipe()
	t.Cleanup(func() { _ = feed.Close() })
	patchA := make(chan int, 1)
	go func() {
		req, _ := http.NewRequest(http.MethodPatch, a.URL+path, body)
		req.Header.Set("Tus-Resumable", "1.0.0")
		req.Header.Set("Upload-Offset", "0")
		req.Header.Set("Content-Type", "application/offset+octet-stream")
		resp, err := onA.http.Do(req)
		if err != nil {
			patchA <- 0
			return
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		_ = resp.Body.Close()
		patchA <- resp.StatusCode
	}()
	sent := int64(len(video) / 2)
	if _, err := feed.Write(video[:sent]); err != nil {
		t.Fatal(err)
	}
	key := advisoryKey(lockNamespace, uploadID)
	for i := 0; len(advisoryHolders(t, bdb, key, "ExclusiveLock")) == 0; i++ {
		if i > 200 {
			t.Fatal("A's PATCH holds no advisory lock")
		}
		time.Sleep(25 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // let A read what was sent

	head := onB.tusHead(path)
	if head.StatusCode != http.StatusOK {
		t.Fatalf("HEAD on B: %d", head.StatusCode)
	}
	offset, _ := strconv.ParseInt(head.Header.Get("Upload-Offset"), 10, 64)
	t.Logf("A received %d bytes; B resumes at %d", sent, offset)
	if offset < 0 || offset > sent {
		t.Fatalf("B reports offset %d, want what A stored of the %d bytes sent", offset, sent)
	}
	select {
	case status := <-patchA:
		if status == http.StatusNoContent {
			t.Fatal("A's PATCH succeeded although it did not send everything")
		}
	case <-time.After(30 * time.Second):
		t.Fatal("A's PATCH still runs after B took the upload over")
	}
	_ = feed.Close()
	if again := onA.tusHead(path); again.Header.Get("Upload-Offset") != strconv.FormatInt(offset, 10) {
		t.Fatalf("A wrote on after handing over: offset %s, B reported %d", again.Header.Get("Upload-Offset"), offset)
	}

	r, got := onB.tusPatch(path, offset, video[offset:])
	if r.StatusCode != http.StatusNoContent || r.Header.Get("Leergang-File-Status") != "ready" {
		t.Fatalf("finishing on B: %d %s", r.StatusCode, got)
	}
	resp, got = onA.raw(http.MethodGet, "/files/"+fileID.String()+"?download=1", nil, nil)
	if resp.StatusCode != http.StatusOK || !bytes.Equal(got, video) {
		t.Fatalf("download from A: %d, %d bytes, equal %v", resp.StatusCode, len(got), bytes.Equal(got, video))
	}
}
