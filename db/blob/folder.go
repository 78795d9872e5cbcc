package blob

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"time"

	"github.com/tus/tusd/v2/pkg/filelocker"
	"github.com/tus/tusd/v2/pkg/filestore"
	tusd "github.com/tus/tusd/v2/pkg/handler"
)

// Folder keeps every file as one file in a directory: tusd's filestore
// layout (KEY holds the bytes, KEY.info tusd's upload state), so a finished
// upload is read where tusd wrote it.
type Folder struct{ dir string }

// NewFolder uses dir, creating it when missing.
func NewFolder(dir string) (*Folder, error) {
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, fmt.Errorf("blob folder %s: %w", dir, err)
	}
	return &Folder{dir: dir}, nil
}

// validKey admits the keys the server generates (UUIDs) and nothing that
// could leave the folder.
var validKey = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$`)

func (f *Folder) path(key string) (string, error) {
	if !validKey.MatchString(key) {
		return "", fmt.Errorf("blob: invalid key %q", key)
	}
	return filepath.Join(f.dir, key), nil
}

func (f *Folder) Describe() string { return "folder " + f.dir }

func (f *Folder) UseIn(c *tusd.StoreComposer) {
	filestore.New(f.dir).UseIn(c)
	// A lock file per upload: safe for concurrent PATCH requests, also
	// between server processes that share the folder.
	filelocker.New(f.dir).UseIn(c)
}

type osObject struct {
	*os.File
	size int64
	mod  time.Time
}

func (o *osObject) Size() int64        { return o.size }
func (o *osObject) ModTime() time.Time { return o.mod }

func (f *Folder) Open(_ context.Context, key string) (Object, error) {
	p, err := f.path(key)
	if err != nil {
		return nil, ErrNotFound
	}
	file, err := os.Open(p)
	if errors.Is(err, os.ErrNotExist) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	st, err := file.Stat()
	if err != nil {
		_ = file.Close()
		return nil, err
	}
	return &osObject{File: file, size: st.Size(), mod: st.ModTime()}, nil
}

// Put writes to a temporary file and renames it, so a reader never sees half a file.
func (f *Folder) Put(_ context.Context, key string, r io.Reader, size int64) error {
	p, err := f.path(key)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(f.dir, ".put-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	n, err := io.Copy(tmp, r)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if size >= 0 && n != size {
		return fmt.Errorf("blob: wrote %d bytes, expected %d", n, size)
	}
	return os.Rename(tmp.Name(), p)
}

func (f *Folder) Delete(_ context.Context, key, _ string) error {
	p, err := f.path(key)
	if err != nil {
		return err
	}
	for _, name := range []string{p, p + ".info"} {
		if err := os.Remove(name); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	return nil
}
