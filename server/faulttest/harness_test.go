//go:build faults

package faulttest

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver

	"leergang/db/localpg"
)

// The binary under test and the PostgreSQL cluster every test shares (each
// test has its own database in it). Tests run one after another: the restart
// test stops the whole cluster.
var (
	serverBin string
	cluster   *localpg.Cluster
	// clusterDir is the cluster's directory (data in clusterDir/data).
	clusterDir string
)

func TestMain(m *testing.M) { os.Exit(run(m)) }

func run(m *testing.M) int {
	tmp, err := os.MkdirTemp("", "leergang-faults-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "faulttest:", err)
		return 2
	}
	defer os.RemoveAll(tmp)
	if serverBin = os.Getenv("LEERGANG_FAULT_BIN"); serverBin == "" {
		serverBin = filepath.Join(tmp, "leergang")
		// The SPA is not needed here: build the API-only binary.
		build := exec.Command("go", "build", "-tags", "no_ui", "-o", serverBin, "./server")
		build.Dir = "../.."
		if out, err := build.CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "faulttest: go build ./server: %v\n%s", err, out)
			return 2
		}
	} else if serverBin, err = filepath.Abs(serverBin); err != nil {
		fmt.Fprintln(os.Stderr, "faulttest:", err)
		return 2
	}
	clusterDir = filepath.Join(tmp, "pg")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	cluster, err = localpg.StartWith(ctx, clusterDir, localpg.Options{Fast: true})
	cancel()
	if err != nil {
		fmt.Fprintln(os.Stderr, "faulttest: starting PostgreSQL:", err)
		return 2
	}
	defer cluster.Stop()
	return m.Run()
}

// newDatabase creates an empty database for this test and returns its URL;
// the server migrates it and loads the demo world at its first start.
func newDatabase(t *testing.T) string {
	t.Helper()
	name := "fault_" + strings.ToLower(strings.NewReplacer("/", "_", " ", "_").Replace(t.Name()))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := cluster.CreateDatabase(ctx, name); err != nil {
		t.Fatal(err)
	}
	return cluster.URL(name)
}

// openSQL is the test's own connection to the database, for fixtures and
// for checking invariants behind the server's back.
func openSQL(t *testing.T, url string) *sql.DB {
	t.Helper()
	sqldb, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sqldb.Close() })
	return sqldb
}

// serverProc is one running leergang process.
type serverProc struct {
	t       *testing.T
	name    string
	URL     string
	cmd     *exec.Cmd
	exited  chan struct{}
	state   *os.ProcessState
	logPath string
}

// serverOptions are the settings that differ between the tests' servers.
type serverOptions struct {
	DatabaseURL string
	DataDir     string // files go to DataDir/files
}

// startServer starts the binary on a free port and waits until /healthz
// answers 200 (migrations and the demo world are loaded by then).
func startServer(t *testing.T, name string, opts serverOptions) *serverProc {
	t.Helper()
	port := freePort(t)
	base := "http://127.0.0.1:" + strconv.Itoa(port)
	logPath := filepath.Join(t.TempDir(), name+".log")
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(serverBin, "serve")
	cmd.Env = append(environWithout("LEERGANG_", "DATABASE_URL"),
		"LEERGANG_ENV=development",
		"LEERGANG_ADDR=127.0.0.1:"+strconv.Itoa(port),
		"LEERGANG_BASE_URL="+base,
		"DATABASE_URL="+opts.DatabaseURL,
		"LEERGANG_DATA_DIR="+opts.DataDir,
		"LEERGANG_LOG_LEVEL=info",
	)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// The server must not outlive a crashed test binary.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		_ = logFile.Close()
		t.Fatal(err)
	}
	p := &serverProc{t: t, name: name, URL: base, cmd: cmd, exited: make(chan struct{}), logPath: logPath}
	go func() {
		_ = cmd.Wait()
		p.state = cmd.ProcessState
		_ = logFile.Close()
		close(p.exited)
	}()
	t.Cleanup(func() {
		if !p.hasExited() {
			_ = cmd.Process.Kill()
			<-p.exited
		}
		if t.Failed() {
			t.Logf("last lines of the %s server log:\n%s", name, p.logTail(60))
		}
	})
	p.waitHealthy(2 * time.Minute)
	return p
}

func (p *serverProc) hasExited() bool {
	select {
	case <-p.exited:
		return true
	default:
		return false
	}
}

// waitHealthy polls /healthz until it answers 200, failing the test when the
// process exits or the deadline passes.
func (p *serverProc) waitHealthy(within time.Duration) {
	p.t.Helper()
	deadline := time.Now().Add(within)
	hc := &http.Client{Timeout: 5 * time.Second}
	for {
		resp, err := hc.Get(p.URL + "/healthz")
		if err == nil {
			_ = resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		if p.hasExited() {
			p.t.Fatalf("server %s exited while starting (%v):\n%s", p.name, p.state, p.logTail(40))
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("server %s not healthy after %s (last: %v):\n%s", p.name, within, err, p.logTail(40))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// signal sends sig to the process.
func (p *serverProc) signal(sig os.Signal) {
	p.t.Helper()
	if err := p.cmd.Process.Signal(sig); err != nil {
		p.t.Fatalf("signal %v to %s: %v", sig, p.name, err)
	}
}

// waitExit waits for the process to end and returns how it ended.
func (p *serverProc) waitExit(within time.Duration) *os.ProcessState {
	p.t.Helper()
	select {
	case <-p.exited:
		return p.state
	case <-time.After(within):
		p.t.Fatalf("server %s still running %s after it was told to stop:\n%s", p.name, within, p.logTail(40))
		return nil
	}
}

func (p *serverProc) logTail(lines int) string {
	b, _ := os.ReadFile(p.logPath)
	all := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(all) > lines {
		all = all[len(all)-lines:]
	}
	return strings.Join(all, "\n")
}

// logContains reports whether the server wrote s to its log.
func (p *serverProc) logContains(s string) bool {
	b, _ := os.ReadFile(p.logPath)
	return bytes.Contains(b, []byte(s))
}

// environWithout is this process's environment minus the variables with the
// given prefixes, so a developer's own settings do not leak into the server.
func environWithout(prefixes ...string) []string {
	var env []string
next:
	for _, kv := range os.Environ() {
		for _, p := range prefixes {
			if strings.HasPrefix(kv, p) {
				continue next
			}
		}
		env = append(env, kv)
	}
	return env
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// waitFor polls cond every 50 ms until it holds, failing the test after within.
func waitFor(t *testing.T, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", within, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
