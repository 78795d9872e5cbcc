package localpg

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// requireBinaries skips the test only where it cannot matter: without
// PostgreSQL server binaries but with an external DATABASE_URL.
func requireBinaries(t *testing.T) {
	t.Helper()
	if _, err := FindBinaries(); err != nil {
		if os.Getenv("DATABASE_URL") != "" {
			t.Skipf("DATABASE_URL is set and %v", err)
		}
		t.Fatal(err)
	}
}

func startCluster(t *testing.T, dir string, opts Options) *Cluster {
	t.Helper()
	if opts.Logf == nil {
		opts.Logf = t.Logf
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := StartWith(ctx, dir, opts)
	if err != nil {
		t.Fatalf("StartWith(%s): %v", dir, err)
	}
	// Registered after t.TempDir(), so it runs before the directory is removed.
	t.Cleanup(func() {
		if err := c.Stop(); err != nil {
			t.Errorf("Stop: %v", err)
		}
	})
	return c
}

func openDB(t *testing.T, dsn string) *sql.DB {
	t.Helper()
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

func queryString(t *testing.T, db *sql.DB, query string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var s string
	if err := db.QueryRowContext(ctx, query).Scan(&s); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return s
}

// TestLifecycle starts a cluster, uses it, stops it twice, and starts it
// again on the same directory to check that the data persisted.
func TestLifecycle(t *testing.T) {
	requireBinaries(t)
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "pg")
	c := startCluster(t, dir, Options{Fast: true})

	if c.Host() != "127.0.0.1" || c.User() != "postgres" || c.Port() <= 0 {
		t.Fatalf("Host, User, Port = %s, %s, %d", c.Host(), c.User(), c.Port())
	}
	wantURL := fmt.Sprintf("postgres://postgres@127.0.0.1:%d/leergang_test?sslmode=disable", c.Port())
	if got := c.URL("leergang_test"); got != wantURL {
		t.Errorf("URL = %s, want %s", got, wantURL)
	}
	if os.Geteuid() == 0 {
		var st syscall.Stat_t
		if err := syscall.Stat(filepath.Join(dir, "data"), &st); err != nil {
			t.Fatal(err)
		}
		if st.Uid == 0 {
			t.Error("running as root, but the data directory is owned by root")
		}
	}

	for range 2 { // idempotent
		if err := c.CreateDatabase(ctx, "leergang_test"); err != nil {
			t.Fatalf("CreateDatabase: %v", err)
		}
	}
	if err := c.CreateDatabase(ctx, ""); err == nil {
		t.Error("CreateDatabase accepted an empty name")
	}
	db := openDB(t, c.URL("leergang_test"))
	if got := queryString(t, db, "SELECT (1)::text"); got != "1" {
		t.Errorf("select 1 = %s", got)
	}
	if got := queryString(t, db, "SELECT current_database()"); got != "leergang_test" {
		t.Errorf("current_database() = %s", got)
	}
	if got := queryString(t, db, "SHOW listen_addresses"); got != "127.0.0.1" {
		t.Errorf("listen_addresses = %s", got)
	}
	if got := queryString(t, db, "SHOW fsync"); got != "off" {
		t.Errorf("Fast: fsync = %s, want off", got)
	}
	if got := queryString(t, db, "SHOW server_encoding"); got != "UTF8" {
		t.Errorf("server_encoding = %s", got)
	}
	if got := queryString(t, db, "SELECT upper('één')"); got != "ÉÉN" {
		t.Logf("upper('één') = %s (cluster fell back to the C locale)", got)
	}
	if got := queryString(t, db, "SHOW unix_socket_directories"); got != dir {
		t.Errorf("unix_socket_directories = %q, want %q", got, dir)
	}
	if _, err := os.Stat(filepath.Join(dir, ".s.PGSQL."+strconv.Itoa(c.Port()))); err != nil {
		t.Errorf("no Unix socket in the cluster directory: %v", err)
	}
	if _, err := db.ExecContext(ctx, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('persisted')"); err != nil {
		t.Fatal(err)
	}
	_ = db.Close()

	if err := c.Stop(); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if err := c.Stop(); err != nil {
		t.Fatalf("second Stop: %v", err)
	}
	if conn, err := net.DialTimeout("tcp", net.JoinHostPort(c.Host(), strconv.Itoa(c.Port())), time.Second); err == nil {
		_ = conn.Close()
		t.Errorf("port %d still accepts connections after Stop", c.Port())
	}
	if _, err := os.Stat(filepath.Join(dir, "data", "postmaster.pid")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("postmaster.pid after Stop: %v", err)
	}

	// Second start on the same directory: reuse, durable settings this time.
	c2 := startCluster(t, dir, Options{})
	if err := c2.CreateDatabase(ctx, "leergang_test"); err != nil {
		t.Fatalf("CreateDatabase on reused cluster: %v", err)
	}
	db2 := openDB(t, c2.URL("leergang_test"))
	if got := queryString(t, db2, "SELECT v FROM kept"); got != "persisted" {
		t.Errorf("reused cluster: kept.v = %q", got)
	}
	if got := queryString(t, db2, "SHOW fsync"); got != "on" {
		t.Errorf("default options: fsync = %s, want on", got)
	}
	log, err := os.ReadFile(filepath.Join(dir, "postgres.log"))
	if err != nil || !strings.Contains(string(log), "database system is ready to accept connections") {
		t.Errorf("postgres.log lacks the ready message (err %v)", err)
	}
}

// TestLeftoverServerIsStopped simulates a run that was killed without
// stopping its cluster: the next Start on the same directory must stop the
// old server and start a fresh one.
func TestLeftoverServerIsStopped(t *testing.T) {
	requireBinaries(t)
	dir := filepath.Join(t.TempDir(), "pg")
	old := startCluster(t, dir, Options{Fast: true})
	oldPID := readPID(t, filepath.Join(dir, "data", "postmaster.pid"))

	c := startCluster(t, dir, Options{Fast: true})
	// The old handle must not stop the new server in its cleanup.
	old.mu.Lock()
	old.stopped = true
	old.mu.Unlock()

	// pg_ctl stop returns once postmaster.pid is gone, a moment before the
	// process itself exits.
	deadline := time.Now().Add(10 * time.Second)
	for processState(oldPID, filepath.Join(dir, "data")) == pidOurs {
		if time.Now().After(deadline) {
			t.Fatalf("old postmaster %d still runs on the data directory", oldPID)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if newPID := readPID(t, filepath.Join(dir, "data", "postmaster.pid")); newPID == oldPID {
		t.Errorf("postmaster pid unchanged (%d)", newPID)
	}
	db := openDB(t, c.URL("postgres"))
	if got := queryString(t, db, "SELECT (1)::text"); got != "1" {
		t.Errorf("select 1 = %s", got)
	}
}

// TestStalePidFile checks that a postmaster.pid naming a live, unrelated
// process (a pid reused after a reboot) does not block the start.
func TestStalePidFile(t *testing.T) {
	requireBinaries(t)
	dir := filepath.Join(t.TempDir(), "pg")
	c := startCluster(t, dir, Options{Fast: true})
	if err := c.Stop(); err != nil {
		t.Fatal(err)
	}

	// A live process of the user the server runs as, so that postgres
	// itself would take the pid file for a running server.
	sleeper := exec.Command("sleep", "120")
	acct, err := serverAccount()
	if err != nil {
		t.Fatal(err)
	}
	acct.apply(sleeper)
	if err := sleeper.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = sleeper.Process.Kill()
		_ = sleeper.Wait()
	})
	pidFile := filepath.Join(dir, "data", "postmaster.pid")
	content := fmt.Sprintf("%d\n%s\n1700000000\n%d\n\n127.0.0.1\n  1234567     12345\nready   \n",
		sleeper.Process.Pid, filepath.Join(dir, "data"), c.Port())
	if err := os.WriteFile(pidFile, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := acct.chown(pidFile); err != nil {
		t.Fatal(err)
	}

	c2 := startCluster(t, dir, Options{Fast: true})
	if got := readPID(t, pidFile); got == sleeper.Process.Pid {
		t.Errorf("postmaster.pid still names the unrelated process")
	}
	if err := syscall.Kill(sleeper.Process.Pid, 0); err != nil {
		t.Errorf("the unrelated process was disturbed: %v", err)
	}
	db := openDB(t, c2.URL("postgres"))
	if got := queryString(t, db, "SELECT (1)::text"); got != "1" {
		t.Errorf("select 1 = %s", got)
	}
}

// TestPortTakenRetries makes the first chosen port busy and checks that the
// start moves on to another one.
func TestPortTakenRetries(t *testing.T) {
	requireBinaries(t)
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = busy.Close() })
	busyPort := busy.Addr().(*net.TCPAddr).Port

	calls := 0
	pickPort = func() (int, error) {
		calls++
		if calls == 1 {
			return busyPort, nil
		}
		return freePort()
	}
	t.Cleanup(func() { pickPort = freePort })

	c := startCluster(t, filepath.Join(t.TempDir(), "pg"), Options{Fast: true})
	if c.Port() == busyPort {
		t.Fatalf("cluster claims the busy port %d", busyPort)
	}
	if calls < 2 {
		t.Errorf("pickPort called %d times, want a retry", calls)
	}
	db := openDB(t, c.URL("postgres"))
	if got := queryString(t, db, "SELECT (1)::text"); got != "1" {
		t.Errorf("select 1 = %s", got)
	}
}

// TestLongDirHasNoSocket checks that a directory too long for a Unix socket
// path still yields a working TCP-only cluster.
func TestLongDirHasNoSocket(t *testing.T) {
	requireBinaries(t)
	dir := filepath.Join(t.TempDir(), strings.Repeat("long-directory-name-", 6))
	c := startCluster(t, dir, Options{Fast: true})
	db := openDB(t, c.URL("postgres"))
	if got := queryString(t, db, "SHOW unix_socket_directories"); got != "" {
		t.Errorf("unix_socket_directories = %q, want none", got)
	}
	u, err := url.Parse(c.URL("postgres"))
	if err != nil {
		t.Fatal(err)
	}
	if u.Hostname() != "127.0.0.1" {
		t.Errorf("URL host = %s", u.Hostname())
	}
}

// TestCrashedCallerLeavesNoServer runs a child test binary that starts a
// cluster and exits without Stop (as a panicking test would): the server
// must shut down by itself, cleanly enough to be reused.
func TestCrashedCallerLeavesNoServer(t *testing.T) {
	requireBinaries(t)
	if runtime.GOOS != "linux" {
		t.Skip("the parent-death signal exists on Linux only")
	}
	dir := filepath.Join(t.TempDir(), "pg")
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperStartAndExit$", "-test.count=1")
	cmd.Env = append(os.Environ(), "LOCALPG_HELPER_DIR="+dir)
	out, err := cmd.CombinedOutput()
	var exitErr *exec.ExitError
	if !errors.As(err, &exitErr) || exitErr.ExitCode() != 3 {
		t.Fatalf("helper: %v\n%s", err, out)
	}
	_, pidText, ok := strings.Cut(string(out), "postmaster pid ")
	if !ok {
		t.Fatalf("helper printed no pid:\n%s", out)
	}
	pid, err := strconv.Atoi(strings.Fields(pidText)[0])
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for processState(pid, filepath.Join(dir, "data")) == pidOurs {
		if time.Now().After(deadline) {
			_ = syscall.Kill(pid, syscall.SIGQUIT)
			t.Fatalf("postmaster %d still runs after its parent died", pid)
		}
		time.Sleep(50 * time.Millisecond)
	}
	c := startCluster(t, dir, Options{Fast: true})
	db := openDB(t, c.URL("postgres"))
	if got := queryString(t, db, "SELECT (1)::text"); got != "1" {
		t.Errorf("select 1 = %s", got)
	}
}

// TestHelperStartAndExit is the child of TestCrashedCallerLeavesNoServer.
func TestHelperStartAndExit(t *testing.T) {
	dir := os.Getenv("LOCALPG_HELPER_DIR")
	if dir == "" {
		t.Skip("helper process for TestCrashedCallerLeavesNoServer")
	}
	c, err := StartWith(context.Background(), dir, Options{Fast: true})
	if err != nil {
		fmt.Println(err)
		os.Exit(2)
	}
	fmt.Printf("postmaster pid %d\n", c.proc.cmd.Process.Pid)
	os.Exit(3) // no Stop
}

func readPID(t *testing.T, pidFile string) int {
	t.Helper()
	b, err := os.ReadFile(pidFile)
	if err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(string(b), "\n")
	pid, err := strconv.Atoi(strings.TrimSpace(first))
	if err != nil {
		t.Fatalf("%s: %v", pidFile, err)
	}
	return pid
}
