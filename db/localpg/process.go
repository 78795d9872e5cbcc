package localpg

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"
)

// process is one run of the postmaster.
type process struct {
	cmd    *exec.Cmd
	exited chan struct{} // closed once the postmaster has exited and been reaped
	err    error         // cmd.Wait's result, set before exited is closed
}

// errExited reports that the postmaster exited while starting up.
var errExited = errors.New("PostgreSQL exited during start-up")

// start starts the postmaster on a free port and waits until it accepts
// connections, moving to another port when the chosen one was taken in the
// meantime.
func (c *Cluster) start(ctx context.Context, fast bool) error {
	var lastErr error
	for range portAttempts {
		port, err := pickPort()
		if err != nil {
			return fmt.Errorf("localpg: find a free port: %w", err)
		}
		if err := c.writeConf(port, fast); err != nil {
			return err
		}
		logStart := fileSize(c.logPath)
		if err := c.launch(); err != nil {
			return err
		}
		c.port = port
		err = c.waitReady(ctx)
		if err == nil {
			return nil
		}
		logText := readFrom(c.logPath, logStart)
		if !errors.Is(err, errExited) {
			// Timed out or cancelled: do not leave the server behind.
			return errors.Join(fmt.Errorf("%w\n%s", err, c.logTail(logText)), c.shutdown(context.Background()))
		}
		lastErr = fmt.Errorf("localpg: PostgreSQL did not start (%v)\n%s", c.proc.err, c.logTail(logText))
		if !strings.Contains(logText, "Address already in use") {
			return lastErr
		}
		c.logf("localpg: port %d was taken, trying another", port)
	}
	return lastErr
}

// launch starts the postmaster as a child process logging to postgres.log.
func (c *Cluster) launch() error {
	logFile, err := os.OpenFile(c.logPath, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return fmt.Errorf("localpg: %w", err)
	}
	defer logFile.Close()
	if err := c.acct.chown(c.logPath); err != nil {
		return fmt.Errorf("localpg: %w", err)
	}
	cmd := exec.Command(filepath.Join(c.binDir, "postgres"), "-D", c.dataDir)
	cmd.Dir = c.dir
	cmd.Env = serverEnv()
	cmd.Stdout = logFile
	cmd.Stderr = logFile
	// Its own session: a terminal's Ctrl-C goes to the caller only, which
	// then stops the cluster in order.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	setDeathSignal(cmd.SysProcAttr)
	c.acct.apply(cmd)

	p := &process{cmd: cmd, exited: make(chan struct{})}
	started := make(chan error, 1)
	go func() {
		// The parent-death signal is sent when the thread that started the
		// child ends, not the process: keep that thread for this goroutine,
		// which lives exactly as long as the postmaster.
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		if err := cmd.Start(); err != nil {
			started <- err
			return
		}
		started <- nil
		p.err = cmd.Wait()
		close(p.exited)
	}()
	if err := <-started; err != nil {
		return fmt.Errorf("localpg: start %s: %w", cmd.Path, err)
	}
	c.proc = p
	return nil
}

// waitReady waits until our postmaster accepts connections. It returns
// errExited if the postmaster exits first (e.g. its port was taken).
func (c *Cluster) waitReady(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, startTimeout)
	defer cancel()
	db, err := sql.Open("pgx", c.URL("postgres"))
	if err != nil {
		return err
	}
	defer db.Close()
	for {
		select {
		case <-c.proc.exited:
			return errExited
		default:
		}
		pingCtx, pingCancel := context.WithTimeout(ctx, 2*time.Second)
		var dataDir string
		err = db.QueryRowContext(pingCtx, "SHOW data_directory").Scan(&dataDir)
		pingCancel()
		// Another cluster may have taken the port after we chose it: only
		// our own data directory counts (ours then exits on the bind error).
		if err == nil && dataDir == c.dataDir {
			return nil
		}
		if err == nil {
			err = fmt.Errorf("port %d is served by another cluster (%s)", c.port, dataDir)
		}
		select {
		case <-c.proc.exited:
			return errExited
		case <-ctx.Done():
			return fmt.Errorf("localpg: PostgreSQL on port %d does not accept connections: %w (%w)", c.port, ctx.Err(), err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// shutdown stops the server with pg_ctl stop -m fast and waits for our
// postmaster to exit, signalling it directly if pg_ctl fails.
func (c *Cluster) shutdown(ctx context.Context) error {
	err := c.pgCtlStop(ctx)
	p := c.proc
	if p == nil {
		return err
	}
	if err != nil {
		c.logf("localpg: %v; sending the server SIGINT (fast shutdown)", err)
		_ = p.cmd.Process.Signal(syscall.SIGINT)
	}
	select {
	case <-p.exited:
		return nil
	case <-time.After(startTimeout):
	}
	// Immediate shutdown; crash recovery will run at the next start.
	_ = p.cmd.Process.Signal(syscall.SIGQUIT)
	select {
	case <-p.exited:
	case <-time.After(10 * time.Second):
		_ = p.cmd.Process.Kill()
		<-p.exited
	}
	return fmt.Errorf("localpg: PostgreSQL (pid %d) did not stop in time and was killed", p.cmd.Process.Pid)
}
