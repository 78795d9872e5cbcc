//go:build faults

package faulttest

import (
	"context"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"leergang/db/localpg"
)

// pgCtl runs pg_ctl on the shared cluster, as the postgres user when the
// tests run as root (as localpg does). After `pg_ctl start` the postmaster
// is no longer localpg's child, but cluster.Stop (pg_ctl stop on the data
// directory) still stops it at the end of the run.
func pgCtl(t *testing.T, args ...string) {
	t.Helper()
	binDir, err := localpg.FindBinaries()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args = append(args, "-D", filepath.Join(clusterDir, "data"))
	cmd := exec.CommandContext(ctx, filepath.Join(binDir, "pg_ctl"), args...)
	cmd.Dir = clusterDir
	cmd.Env = append(environWithout("PG", "LC_", "LANG"), "LC_ALL=C")
	// The started server keeps running after pg_ctl exits: do not wait for
	// it on an inherited output pipe.
	cmd.WaitDelay = 5 * time.Second
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Fatalf("running as root needs the postgres user for pg_ctl: %v", err)
		}
		uid, _ := strconv.ParseUint(u.Uid, 10, 32)
		gid, _ := strconv.ParseUint(u.Gid, 10, 32)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid), Groups: []uint32{}}}
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("pg_ctl %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// stopPostgres shuts the cluster down the way an operator restarting it
// does (fast: open sessions are ended, their transactions rolled back).
func stopPostgres(t *testing.T) { pgCtl(t, "stop", "-w", "-m", "fast", "-t", "60") }

// startPostgres starts it again on the same port (kept in its configuration).
func startPostgres(t *testing.T) {
	pgCtl(t, "start", "-w", "-t", "60", "-l", filepath.Join(clusterDir, "postgres.log"))
}
