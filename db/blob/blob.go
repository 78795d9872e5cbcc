// Package blob keeps the bytes of uploaded files: in a folder under the data
// directory, or in an S3-compatible bucket. The same store serves both sides:
// tusd writes resumable uploads into it (UseIn) and downloads read from it
// (Open), so a finished upload is never copied.
package blob

import (
	"context"
	"errors"
	"io"
	"time"

	tusd "github.com/tus/tusd/v2/pkg/handler"
)

// Store is where file bytes live, under keys the server generates.
type Store interface {
	// Open returns a finished object for reading. It is seekable and readable
	// at offsets without loading it whole, so http.ServeContent answers range
	// requests on a 2 GB video with a few kilobytes of memory.
	Open(ctx context.Context, key string) (Object, error)
	// Put stores bytes under key, for files that do not come through tus
	// (the demo data).
	Put(ctx context.Context, key string, r io.Reader, size int64) error
	// Delete removes the bytes and the tus bookkeeping of key. uploadID is
	// the tus id of the upload (for S3 it names the multipart upload to abort);
	// it may be empty. Deleting what does not exist is no error.
	Delete(ctx context.Context, key, uploadID string) error
	// UseIn registers the store's tusd data store, terminater and locker.
	UseIn(c *tusd.StoreComposer)
	// Describe names the store for the log.
	Describe() string
}

// Object is an open file in the store.
type Object interface {
	io.ReadSeekCloser
	io.ReaderAt
	Size() int64
	ModTime() time.Time
}

// ErrNotFound is returned by Open for a key without (finished) bytes.
var ErrNotFound = errors.New("blob: not found")
