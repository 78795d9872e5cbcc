package localpg

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// errNoBinaries is returned when no PostgreSQL server installation is found.
// Its text tells the developer exactly what to install.
var errNoBinaries = errors.New("PostgreSQL server binaries (initdb, pg_ctl) not found; install them with: sudo apt-get install postgresql")

// debianRoot is where Debian and Ubuntu install one directory per PostgreSQL major version.
var debianRoot = "/usr/lib/postgresql"

// requiredBinaries must all be present in a candidate bin directory.
var requiredBinaries = []string{"initdb", "pg_ctl", "postgres"}

// FindBinaries returns the directory holding initdb, pg_ctl and postgres.
// It looks in /usr/lib/postgresql/<highest version>/bin first, then asks
// pg_config --bindir, then searches $PATH.
func FindBinaries() (binDir string, err error) {
	return findBinaries("")
}

// findBinaries is FindBinaries with a preferred major version (the version
// of an existing data directory) that is tried before all others.
func findBinaries(preferMajor string) (string, error) {
	var candidates []string
	if preferMajor != "" {
		candidates = append(candidates, filepath.Join(debianRoot, preferMajor, "bin"))
	}
	candidates = append(candidates, debianBinDirs()...)
	if pgConfig, err := exec.LookPath("pg_config"); err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		out, err := exec.CommandContext(ctx, pgConfig, "--bindir").Output()
		cancel()
		if err == nil {
			candidates = append(candidates, strings.TrimSpace(string(out)))
		}
	}
	if initdb, err := exec.LookPath("initdb"); err == nil {
		if resolved, err := filepath.EvalSymlinks(initdb); err == nil {
			candidates = append(candidates, filepath.Dir(resolved))
		}
		candidates = append(candidates, filepath.Dir(initdb))
	}
	for _, dir := range candidates {
		if hasBinaries(dir) {
			return dir, nil
		}
	}
	return "", errNoBinaries
}

// debianBinDirs lists /usr/lib/postgresql/*/bin, highest version first.
func debianBinDirs() []string {
	entries, err := os.ReadDir(debianRoot)
	if err != nil {
		return nil
	}
	var versions []string
	for _, e := range entries {
		if e.IsDir() && versionKey(e.Name()) != nil {
			versions = append(versions, e.Name())
		}
	}
	sort.Slice(versions, func(i, j int) bool {
		return versionLess(versions[j], versions[i])
	})
	dirs := make([]string, 0, len(versions))
	for _, v := range versions {
		dirs = append(dirs, filepath.Join(debianRoot, v, "bin"))
	}
	return dirs
}

// versionKey parses "15" or "9.6" into its numeric parts; nil if it is not a version.
func versionKey(s string) []int {
	var key []int
	for part := range strings.SplitSeq(s, ".") {
		n, err := strconv.Atoi(part)
		if err != nil || n < 0 {
			return nil
		}
		key = append(key, n)
	}
	return key
}

func versionLess(a, b string) bool {
	ka, kb := versionKey(a), versionKey(b)
	for i := 0; i < len(ka) && i < len(kb); i++ {
		if ka[i] != kb[i] {
			return ka[i] < kb[i]
		}
	}
	return len(ka) < len(kb)
}

func hasBinaries(dir string) bool {
	if dir == "" {
		return false
	}
	for _, name := range requiredBinaries {
		info, err := os.Stat(filepath.Join(dir, name))
		if err != nil || info.IsDir() || info.Mode().Perm()&0o111 == 0 {
			return false
		}
	}
	return true
}

// serverMajor returns the major version of the postgres binary in binDir,
// e.g. "15" for "postgres (PostgreSQL) 15.19 (Debian 15.19-0+deb12u1)".
func serverMajor(ctx context.Context, binDir string) (string, error) {
	out, err := exec.CommandContext(ctx, filepath.Join(binDir, "postgres"), "--version").Output()
	if err != nil {
		return "", fmt.Errorf("run %s --version: %w", filepath.Join(binDir, "postgres"), err)
	}
	return parseMajor(string(out))
}

func parseMajor(versionOutput string) (string, error) {
	_, rest, ok := strings.Cut(versionOutput, "(PostgreSQL) ")
	if !ok {
		return "", fmt.Errorf("unexpected postgres --version output %q", strings.TrimSpace(versionOutput))
	}
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return "", fmt.Errorf("unexpected postgres --version output %q", strings.TrimSpace(versionOutput))
	}
	version := fields[0]
	parts := strings.Split(version, ".")
	// Since PostgreSQL 10 the major version is the first number; before it, the first two.
	if n, err := strconv.Atoi(parts[0]); err == nil && n < 10 && len(parts) > 1 {
		return parts[0] + "." + parts[1], nil
	}
	// Keep the leading digits only: "17beta1" and "18devel" have majors 17 and 18.
	major := parts[0]
	if i := strings.IndexFunc(major, func(r rune) bool { return r < '0' || r > '9' }); i >= 0 {
		major = major[:i]
	}
	if major == "" {
		return "", fmt.Errorf("unexpected postgres version %q", version)
	}
	return major, nil
}
