package blob

import (
	"bytes"
	"context"
	"errors"
	"io"
	"leergang/db/blob/mototest"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"

	tusd "github.com/tus/tusd/v2/pkg/handler"
	expslog "golang.org/x/exp/slog"
)

// The same checks for both stores: bytes written through tusd are read back
// with Read, Seek and ReadAt, and Delete removes them.
func exercise(t *testing.T, store Store) {
	t.Helper()
	ctx := context.Background()
	composer := tusd.NewStoreComposer()
	store.UseIn(composer)
	h, err := tusd.NewHandler(tusd.Config{StoreComposer: composer, BasePath: "/uploads/", Cors: &tusd.CorsConfig{Disable: true},
		Logger: expslog.New(expslog.NewTextHandler(io.Discard, nil)),
		PreUploadCreateCallback: func(tusd.HookEvent) (tusd.HTTPResponse, tusd.FileInfoChanges, error) {
			return tusd.HTTPResponse{}, tusd.FileInfoChanges{ID: "0f6f0c2e-5a43-4f5e-9f62-6a1b8a0e2d11"}, nil
		}})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.StripPrefix("/uploads/", h))
	defer srv.Close()
	data := make([]byte, 6<<20+123) // more than one S3 part
	for i := range data {
		data[i] = byte(i * 7)
	}
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/uploads/", nil)
	req.Header.Set("Tus-Resumable", "1.0.0")
	req.Header.Set("Upload-Length", strconv.Itoa(len(data)))
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatalf("create: %v %v", resp, err)
	}
	loc := resp.Header.Get("Location")
	uploadID := loc[len(srv.URL+"/uploads/"):]
	for off := 0; off < len(data); off += 4 << 20 {
		end := min(off+4<<20, len(data))
		req, _ := http.NewRequest(http.MethodPatch, loc, bytes.NewReader(data[off:end]))
		req.Header.Set("Tus-Resumable", "1.0.0")
		req.Header.Set("Upload-Offset", strconv.Itoa(off))
		req.Header.Set("Content-Type", "application/offset+octet-stream")
		resp, err := http.DefaultClient.Do(req)
		if err != nil || resp.StatusCode != http.StatusNoContent {
			t.Fatalf("patch at %d: %v %v", off, resp, err)
		}
	}
	const key = "0f6f0c2e-5a43-4f5e-9f62-6a1b8a0e2d11"
	obj, err := store.Open(ctx, key)
	if err != nil {
		t.Fatal(err)
	}
	if obj.Size() != int64(len(data)) {
		t.Fatalf("size %d, want %d", obj.Size(), len(data))
	}
	buf := make([]byte, 1000)
	if n, err := obj.ReadAt(buf, 5<<20); err != nil || n != 1000 || !bytes.Equal(buf, data[5<<20:5<<20+1000]) {
		t.Fatalf("ReadAt: %d %v", n, err)
	}
	if _, err := obj.Seek(int64(len(data))-50, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	tail, err := io.ReadAll(obj)
	if err != nil || !bytes.Equal(tail, data[len(data)-50:]) {
		t.Fatalf("read after seek: %d bytes, %v", len(tail), err)
	}
	_ = obj.Close()
	if err := store.Put(ctx, "demo-key", bytes.NewReader([]byte("hallo")), 5); err != nil {
		t.Fatal(err)
	}
	for k, id := range map[string]string{key: uploadID, "demo-key": ""} {
		if err := store.Delete(ctx, k, id); err != nil {
			t.Fatal(err)
		}
		if _, err := store.Open(ctx, k); !errors.Is(err, ErrNotFound) {
			t.Fatalf("%s after Delete: %v", k, err)
		}
	}
	if err := store.Delete(ctx, key, uploadID); err != nil {
		t.Fatalf("deleting twice: %v", err)
	}
}

func TestFolder(t *testing.T) {
	f, err := NewFolder(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	exercise(t, f)
	if _, err := f.Open(context.Background(), "../etc/passwd"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("a key with a path: %v", err)
	}
	if err := f.Put(context.Background(), "../x", bytes.NewReader(nil), 0); err == nil {
		t.Fatal("Put accepted a key with a path")
	}
}

// TestS3 runs against moto's S3-compatible server when moto_server is
// installed (it is on this project's machines); without it the S3 path is
// untested here and the test says so.
func TestS3(t *testing.T) {
	endpoint := mototest.Start(t, "leergang-test")
	store := NewS3(S3Config{Endpoint: endpoint, Region: "us-east-1", Bucket: "leergang-test", Prefix: "files/",
		AccessKeyID: "test", SecretAccessKey: "test"})
	exercise(t, store)
}
