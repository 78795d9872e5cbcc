package localpg

// The files of a cluster directory: creating the cluster, the settings
// written at every start, and the server log.

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// dataVersion returns the PostgreSQL major version of the cluster in
// dataDir, or "" if there is none yet.
func dataVersion(dataDir string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dataDir, "PG_VERSION"))
	if errors.Is(err, os.ErrNotExist) {
		if _, statErr := os.Stat(dataDir); statErr == nil {
			return "", fmt.Errorf("localpg: %s exists but holds no PostgreSQL cluster (no PG_VERSION); remove it to start afresh", dataDir)
		}
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("localpg: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

// initdb creates the cluster in a temporary directory and renames it into
// place, so that an interrupted initdb never leaves a half-made cluster.
func (c *Cluster) initdb(ctx context.Context, fast bool) error {
	tmp := c.dataDir + ".init"
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("localpg: remove leftover %s: %w", tmp, err)
	}
	c.logf("localpg: creating a PostgreSQL cluster in %s", c.dataDir)
	args := []string{"-D", tmp, "-U", superuser, "-A", "trust", "-E", "UTF8"}
	if fast {
		args = append(args, "--no-sync")
	}
	// C.UTF-8 sorts like C but lets upper(), lower() and ILIKE handle
	// non-ASCII letters; fall back to plain C where that locale is missing.
	out, err := c.run(ctx, "initdb", append(args, "--locale=C.UTF-8")...)
	if err != nil {
		if rmErr := os.RemoveAll(tmp); rmErr != nil {
			return fmt.Errorf("localpg: remove failed %s: %w", tmp, rmErr)
		}
		out2, err2 := c.run(ctx, "initdb", append(args, "--no-locale")...)
		if err2 != nil {
			_ = os.RemoveAll(tmp)
			return fmt.Errorf("localpg: initdb failed: %w\n%s\n(with --locale=C.UTF-8: %v\n%s)", err2, out2, err, out)
		}
	}
	if err := os.Rename(tmp, c.dataDir); err != nil {
		return fmt.Errorf("localpg: %w", err)
	}
	return nil
}

// ensureInclude makes postgresql.conf include localpg.conf.
func (c *Cluster) ensureInclude() error {
	path := filepath.Join(c.dataDir, "postgresql.conf")
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("localpg: %w", err)
	}
	if strings.Contains(string(b), includeLine) {
		return nil
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("localpg: %w", err)
	}
	_, err = fmt.Fprintf(f, "\n# Settings written by leergang/db/localpg on every start.\n%s\n", includeLine)
	if closeErr := f.Close(); err == nil {
		err = closeErr
	}
	if err != nil {
		return fmt.Errorf("localpg: %w", err)
	}
	return nil
}

// writeConf writes the per-start settings: address, port, socket, durability.
func (c *Cluster) writeConf(port int, fast bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Written by leergang/db/localpg at every start; edits are lost.\n")
	fmt.Fprintf(&b, "listen_addresses = '%s'\n", host)
	fmt.Fprintf(&b, "port = %d\n", port)
	fmt.Fprintf(&b, "unix_socket_directories = '%s'\n", socketSetting(c.dir))
	b.WriteString("unix_socket_permissions = 0700\n")
	if fast {
		b.WriteString("fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n")
	} else {
		b.WriteString("fsync = on\nsynchronous_commit = on\nfull_page_writes = on\n")
	}
	path := filepath.Join(c.dataDir, confFile)
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		return fmt.Errorf("localpg: %w", err)
	}
	if err := c.acct.chown(path); err != nil {
		return fmt.Errorf("localpg: %w", err)
	}
	return nil
}

// socketSetting returns the value of unix_socket_directories: dir when the
// socket path fits the kernel's limit and needs no quoting, or "" (no socket).
func socketSetting(dir string) string {
	if len(dir)+len("/.s.PGSQL.65535") > maxSocketPath || strings.ContainsAny(dir, "'\",\\") {
		return ""
	}
	if strings.ContainsAny(dir, " \t") {
		return `"` + dir + `"`
	}
	return dir
}

// rotateLog moves a large postgres.log aside so that it does not grow forever.
func (c *Cluster) rotateLog() error {
	if fileSize(c.logPath) <= maxLogSize {
		return nil
	}
	if err := os.Rename(c.logPath, c.logPath+".old"); err != nil {
		return fmt.Errorf("localpg: %w", err)
	}
	return nil
}
