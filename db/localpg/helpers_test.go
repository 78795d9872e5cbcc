package localpg

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFindBinaries(t *testing.T) {
	requireBinaries(t)
	dir, err := FindBinaries()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"initdb", "pg_ctl", "postgres"} {
		info, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatalf("FindBinaries() = %s, but: %v", dir, err)
		}
		if info.Mode().Perm()&0o111 == 0 {
			t.Errorf("%s is not executable", filepath.Join(dir, name))
		}
	}
}

func TestFindBinariesMissing(t *testing.T) {
	oldRoot := debianRoot
	debianRoot = filepath.Join(t.TempDir(), "none")
	t.Cleanup(func() { debianRoot = oldRoot })
	t.Setenv("PATH", t.TempDir())
	_, err := FindBinaries()
	if !errors.Is(err, errNoBinaries) {
		t.Fatalf("FindBinaries() error = %v, want errNoBinaries", err)
	}
	if !strings.Contains(err.Error(), "sudo apt-get install postgresql") {
		t.Errorf("error %q does not say what to install", err)
	}
}

func TestParseMajor(t *testing.T) {
	for in, want := range map[string]string{
		"postgres (PostgreSQL) 15.19 (Debian 15.19-0+deb12u1)\n": "15",
		"postgres (PostgreSQL) 17beta1\n":                        "17",
		"postgres (PostgreSQL) 9.6.24\n":                         "9.6",
		"postgres (PostgreSQL) 16.4 (Homebrew)\n":                "16",
	} {
		got, err := parseMajor(in)
		if err != nil || got != want {
			t.Errorf("parseMajor(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := parseMajor("something else"); err == nil {
		t.Error("parseMajor accepted garbage")
	}
}

func TestVersionOrder(t *testing.T) {
	if !versionLess("9.6", "10") || !versionLess("15", "16") || versionLess("17", "9.6") {
		t.Error("versionLess orders major versions wrongly")
	}
	if versionKey("main") != nil {
		t.Error(`versionKey("main") should be nil`)
	}
}

func TestSocketSetting(t *testing.T) {
	if got := socketSetting("/tmp/x"); got != "/tmp/x" {
		t.Errorf("short dir: got %q", got)
	}
	long := "/tmp/" + strings.Repeat("d", 100)
	if got := socketSetting(long); got != "" {
		t.Errorf("long dir: got %q, want no socket", got)
	}
	if got := socketSetting("/tmp/a b"); got != `"/tmp/a b"` {
		t.Errorf("dir with a space: got %q", got)
	}
	if got := socketSetting("/tmp/it's"); got != "" {
		t.Errorf("dir with a quote: got %q, want no socket", got)
	}
}
