package localpg

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// pidState says what the process named in a leftover postmaster.pid is.
type pidState int

const (
	pidUnknown pidState = iota // cannot tell (no /proc); leave it to postgres
	pidGone                    // no such process: postgres ignores the stale file itself
	pidOurs                    // a postmaster serving our data directory
	pidOther                   // the pid was reused by an unrelated process
)

// clearLeftoverServer deals with a postmaster.pid left by an earlier run that
// did not stop its cluster (killed, crashed): a server still running on our
// data directory is stopped, and a pid file naming an unrelated process
// (its pid reused, e.g. after a reboot) is removed, since postgres would
// otherwise refuse to start.
func (c *Cluster) clearLeftoverServer(ctx context.Context) error {
	pidFile := filepath.Join(c.dataDir, "postmaster.pid")
	b, err := os.ReadFile(pidFile)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("localpg: %w", err)
	}
	first, _, _ := strings.Cut(string(b), "\n")
	pid, err := strconv.Atoi(strings.TrimSpace(first))
	if err != nil || pid <= 0 {
		c.logf("localpg: removing unreadable %s", pidFile)
		return removeFile(pidFile)
	}
	switch processState(pid, c.dataDir) {
	case pidOurs:
		c.logf("localpg: stopping PostgreSQL (pid %d) left running by an earlier run", pid)
		if err := c.pgCtlStop(ctx); err != nil {
			return fmt.Errorf("localpg: stop the server left running by an earlier run: %w", err)
		}
	case pidOther:
		c.logf("localpg: removing stale %s (pid %d is another program now)", pidFile, pid)
		return removeFile(pidFile)
	case pidGone, pidUnknown:
	}
	return nil
}

// processState inspects pid through /proc: a postmaster's working directory
// is its data directory.
func processState(pid int, dataDir string) pidState {
	if _, err := os.Stat("/proc/self/cwd"); err != nil {
		return pidUnknown
	}
	procDir := filepath.Join("/proc", strconv.Itoa(pid))
	if _, err := os.Stat(procDir); errors.Is(err, os.ErrNotExist) {
		return pidGone
	}
	cwd, err := os.Readlink(filepath.Join(procDir, "cwd"))
	switch {
	case errors.Is(err, os.ErrNotExist):
		return pidGone // exited meanwhile
	case err != nil:
		// Not allowed to look: another user's process, so not a server
		// that we (or the account we run servers as) started.
		return pidOther
	case cwd == dataDir:
		return pidOurs
	default:
		return pidOther
	}
}

func removeFile(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("localpg: %w", err)
	}
	return nil
}
