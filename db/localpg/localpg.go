// Package localpg runs a project-local PostgreSQL cluster for `make run`
// and for tests, listening on 127.0.0.1 only.
//
// The postmaster runs as a child of the calling process, in its own session
// (a terminal's Ctrl-C reaches only the caller, which then calls Stop), and
// on Linux it gets a fast-shutdown signal when the caller dies without
// calling Stop, so a crashed test binary leaves no server behind.
//
// Layout of the cluster directory dir:
//
//	dir/data          the data directory (PGDATA)
//	dir/postgres.log  the server log
//	dir/.s.PGSQL.N    the Unix socket, when dir is short enough for one
package localpg

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
)

const (
	// superuser is the cluster's superuser role (initdb -U).
	superuser = "postgres"
	host      = "127.0.0.1"
	// confFile holds the settings rewritten on every start; postgresql.conf includes it.
	confFile     = "localpg.conf"
	includeLine  = "include_if_exists = '" + confFile + "'"
	startTimeout = 60 * time.Second
	portAttempts = 5
	// maxLogSize is the size above which postgres.log is moved to postgres.log.old at start.
	maxLogSize = 16 << 20
	// maxSocketPath is the longest Unix socket path the kernel accepts (sun_path minus NUL).
	maxSocketPath = 107
)

// Options tune a cluster started with StartWith.
type Options struct {
	// Fast turns off fsync, synchronous_commit and full_page_writes: much
	// faster, but a machine crash can corrupt the data. For tests only.
	Fast bool
	// Logf receives progress messages; nil discards them.
	Logf func(format string, args ...any)
}

// Cluster is a running local PostgreSQL server.
type Cluster struct {
	dir     string
	dataDir string
	logPath string
	binDir  string
	port    int
	acct    *account
	logf    func(string, ...any)
	proc    *process // the postmaster, a child of this process

	mu      sync.Mutex
	stopped bool
	stopErr error
}

// pickPort chooses the TCP port for a start attempt; tests replace it.
var pickPort = freePort

// Start starts (initialising it first if needed) a cluster whose data lives
// in dir; it listens on 127.0.0.1 on a free TCP port and on no public address.
// Data is written durably; use StartWith and Options.Fast in tests.
func Start(ctx context.Context, dir string, logf func(format string, args ...any)) (*Cluster, error) {
	return StartWith(ctx, dir, Options{Logf: logf})
}

// StartWith is Start with options.
func StartWith(ctx context.Context, dir string, opts Options) (*Cluster, error) {
	logf := opts.Logf
	if logf == nil {
		logf = func(string, ...any) {}
	}
	acct, err := serverAccount()
	if err != nil {
		return nil, err
	}
	dir, err = prepareDir(dir, acct, logf)
	if err != nil {
		return nil, err
	}
	c := &Cluster{
		dir:     dir,
		dataDir: filepath.Join(dir, "data"),
		logPath: filepath.Join(dir, "postgres.log"),
		acct:    acct,
		logf:    logf,
	}

	major, err := dataVersion(c.dataDir)
	if err != nil {
		return nil, err
	}
	if c.binDir, err = findBinaries(major); err != nil {
		return nil, err
	}
	binMajor, err := serverMajor(ctx, c.binDir)
	if err != nil {
		return nil, err
	}
	if major == "" {
		if err := c.initdb(ctx, opts.Fast); err != nil {
			return nil, err
		}
	} else if major != binMajor {
		return nil, fmt.Errorf("localpg: the cluster in %s was created by PostgreSQL %s, but the server binaries in %s are version %s; "+
			"install PostgreSQL %s or remove %s to start afresh (its data is lost)", c.dataDir, major, c.binDir, binMajor, major, dir)
	}
	if err := c.ensureInclude(); err != nil {
		return nil, err
	}
	if err := acct.chownTree(dir); err != nil {
		return nil, fmt.Errorf("localpg: give %s to user %s: %w", dir, acct.name, err)
	}
	if err := c.clearLeftoverServer(ctx); err != nil {
		return nil, err
	}
	if err := c.rotateLog(); err != nil {
		return nil, err
	}
	if err := c.start(ctx, opts.Fast); err != nil {
		return nil, err
	}
	logf("localpg: PostgreSQL %s ready at %s (data %s, log %s)", binMajor, c.URL("postgres"), c.dataDir, c.logPath)
	return c, nil
}

// URL returns the connection URL of database on this cluster:
// postgres://USER@127.0.0.1:PORT/DATABASE?sslmode=disable.
func (c *Cluster) URL(database string) string {
	u := url.URL{
		Scheme:   "postgres",
		User:     url.User(superuser),
		Host:     net.JoinHostPort(host, strconv.Itoa(c.port)),
		Path:     "/" + database,
		RawQuery: "sslmode=disable",
	}
	return u.String()
}

// Host returns the address the cluster listens on (127.0.0.1).
func (c *Cluster) Host() string { return host }

// Port returns the TCP port the cluster listens on.
func (c *Cluster) Port() int { return c.port }

// User returns the cluster's superuser role, which needs no password.
func (c *Cluster) User() string { return superuser }

// CreateDatabase creates the database name unless it exists already.
func (c *Cluster) CreateDatabase(ctx context.Context, name string) error {
	if name == "" {
		return errors.New("localpg: empty database name")
	}
	db, err := sql.Open("pgx", c.URL("postgres"))
	if err != nil {
		return err
	}
	defer db.Close()
	var exists bool
	if err := db.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil {
		return fmt.Errorf("localpg: look up database %q: %w", name, err)
	}
	if exists {
		return nil
	}
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == "42P04" { // duplicate_database: created concurrently
			return nil
		}
		return fmt.Errorf("localpg: create database %q: %w", name, err)
	}
	return nil
}

// Stop shuts the cluster down (pg_ctl stop -m fast: open sessions are
// ended, committed data is kept) and waits until the server has exited.
// Calling it again returns the first result.
func (c *Cluster) Stop() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped {
		return c.stopErr
	}
	c.stopped = true
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout+10*time.Second)
	defer cancel()
	c.stopErr = c.shutdown(ctx)
	if c.stopErr == nil {
		c.logf("localpg: PostgreSQL stopped (data %s)", c.dataDir)
	}
	return c.stopErr
}

// prepareDir creates dir (and its parents), makes it reachable and owned by
// the server account, and returns its absolute, symlink-free path.
func prepareDir(dir string, acct *account, logf func(string, ...any)) (string, error) {
	if dir == "" {
		return "", errors.New("localpg: empty cluster directory")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		return "", fmt.Errorf("localpg: create %s: %w", filepath.Dir(abs), err)
	}
	if err := os.Mkdir(abs, 0o700); err != nil && !errors.Is(err, os.ErrExist) {
		return "", fmt.Errorf("localpg: create %s: %w", abs, err)
	}
	if abs, err = filepath.EvalSymlinks(abs); err != nil {
		return "", err
	}
	if err := acct.chown(abs); err != nil {
		return "", fmt.Errorf("localpg: give %s to user %s: %w", abs, acct.name, err)
	}
	if err := acct.makeTraversable(abs, logf); err != nil {
		return "", fmt.Errorf("localpg: %w", err)
	}
	return abs, nil
}

// pgCtlStop runs pg_ctl stop -m fast; a server that is not running is fine.
func (c *Cluster) pgCtlStop(ctx context.Context) error {
	out, err := c.run(ctx, "pg_ctl", "stop", "-w", "-m", "fast", "-t", strconv.Itoa(int(startTimeout.Seconds())), "-D", c.dataDir)
	if err == nil {
		return nil
	}
	if strings.Contains(out, "does not exist") && strings.Contains(out, "PID file") {
		return nil // not running
	}
	return fmt.Errorf("localpg: pg_ctl stop failed: %w\n%s\n%s", err, strings.TrimSpace(out),
		c.logTail(readFrom(c.logPath, fileSize(c.logPath)-8192)))
}

// run runs one of the PostgreSQL binaries as the server account and returns
// its combined output.
func (c *Cluster) run(ctx context.Context, name string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, filepath.Join(c.binDir, name), args...)
	cmd.Dir = c.dir
	cmd.Env = serverEnv()
	// pg_ctl's server keeps running after pg_ctl exits; never wait for it
	// on an inherited output pipe.
	cmd.WaitDelay = 5 * time.Second
	c.acct.apply(cmd)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// serverEnv is this process's environment without libpq's PG* variables
// (which would point the tools elsewhere) and with untranslated messages,
// which start reads.
func serverEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(name, "PG") || strings.HasPrefix(name, "LC_") || name == "LANG" || name == "LANGUAGE" {
			continue
		}
		env = append(env, kv)
	}
	return append(env, "LC_ALL=C")
}

// logTail formats the last lines of text for an error message.
func (c *Cluster) logTail(text string) string {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	if len(lines) > 20 {
		lines = lines[len(lines)-20:]
	}
	tail := strings.TrimSpace(strings.Join(lines, "\n"))
	if tail == "" {
		return "(server log " + c.logPath + " is empty)"
	}
	return "last lines of " + c.logPath + ":\n" + tail
}

func fileSize(path string) int64 {
	info, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return info.Size()
}

// readFrom returns the contents of path from offset on ("" on error).
func readFrom(path string, offset int64) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	if offset > 0 {
		if _, err := f.Seek(offset, io.SeekStart); err != nil {
			return ""
		}
	}
	b, _ := io.ReadAll(io.LimitReader(f, 64<<10))
	return string(b)
}

// freePort asks the kernel for a free TCP port on 127.0.0.1.
func freePort() (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return 0, err
	}
	port := l.Addr().(*net.TCPAddr).Port
	if err := l.Close(); err != nil {
		return 0, err
	}
	return port, nil
}
