package localpg

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"syscall"
)

// account is the unprivileged system user that runs initdb, pg_ctl and
// postgres when this process runs as root (both refuse to run as root).
type account struct {
	name     string
	uid, gid uint32
}

// serverAccount returns nil when the current user can run PostgreSQL itself,
// or else the account to switch to: "postgres" (created by Debian's
// postgresql package), falling back to "nobody".
func serverAccount() (*account, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	var errs []error
	for _, name := range []string{"postgres", "nobody"} {
		u, err := user.Lookup(name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		uid, err1 := strconv.ParseUint(u.Uid, 10, 32)
		gid, err2 := strconv.ParseUint(u.Gid, 10, 32)
		if err1 != nil || err2 != nil || uid == 0 {
			errs = append(errs, fmt.Errorf("user %s has unusable ids %s:%s", name, u.Uid, u.Gid))
			continue
		}
		return &account{name: name, uid: uint32(uid), gid: uint32(gid)}, nil
	}
	return nil, fmt.Errorf("running as root, but no unprivileged user to run PostgreSQL as: %w", errors.Join(errs...))
}

// apply makes cmd run as the account (no-op for a nil account).
func (a *account) apply(cmd *exec.Cmd) {
	if a == nil {
		return
	}
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	// An empty Groups list drops root's supplementary groups.
	cmd.SysProcAttr.Credential = &syscall.Credential{Uid: a.uid, Gid: a.gid, Groups: []uint32{}}
}

// chown gives path to the account (no-op for a nil account).
func (a *account) chown(path string) error {
	if a == nil {
		return nil
	}
	return os.Lchown(path, int(a.uid), int(a.gid))
}

// chownTree gives every file under root that the account does not own yet to
// the account, e.g. a data directory created by an earlier run as another user.
func (a *account) chownTree(root string) error {
	if a == nil {
		return nil
	}
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil // removed while walking (e.g. a temporary file of a running server)
			}
			return err
		}
		info, err := d.Info()
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		st, ok := info.Sys().(*syscall.Stat_t)
		if !ok || (st.Uid == a.uid && st.Gid == a.gid) {
			return nil
		}
		if err := os.Lchown(path, int(a.uid), int(a.gid)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		return nil
	})
}

// makeTraversable adds the search (x) permission that the account needs on
// every ancestor of dir, so that the server can reach its data directory.
// t.TempDir() and $HOME of root (0700) are the usual cases that need it.
func (a *account) makeTraversable(dir string, logf func(string, ...any)) error {
	if a == nil {
		return nil
	}
	for p := filepath.Dir(dir); ; p = filepath.Dir(p) {
		info, err := os.Stat(p)
		if err != nil {
			return err
		}
		st, ok := info.Sys().(*syscall.Stat_t)
		if !ok {
			return nil
		}
		var bit fs.FileMode
		switch {
		case st.Uid == a.uid:
			bit = 0o100
		case st.Gid == a.gid:
			bit = 0o010
		default:
			bit = 0o001
		}
		if info.Mode().Perm()&bit == 0 {
			mode := info.Mode().Perm() | bit
			if err := os.Chmod(p, mode); err != nil {
				return fmt.Errorf("make %s traversable for user %s: %w", p, a.name, err)
			}
			logf("localpg: made %s traversable for user %s (mode %#o)", p, a.name, mode)
		}
		if parent := filepath.Dir(p); parent == p {
			return nil
		}
	}
}
