//go:build faults

package faulttest

import (
	"bytes"
	"database/sql"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"leergang/db/demo"
)

// TestFaultSIGKILLMidUpload kills the server with SIGKILL while a video PATCH
// is streaming, starts it again on the same database and file store, and
// lets the client resume the way tus-js-client does: HEAD for the offset,
// PATCH the rest. The stored file must be byte for byte the original.
func TestFaultSIGKILLMidUpload(t *testing.T) {
	dbURL := newDatabase(t)
	dataDir := t.TempDir()
	first := startServer(t, "first", serverOptions{DatabaseURL: dbURL, DataDir: dataDir})
	sqldb := openSQL(t, dbURL)
	assignment := demoAssignment(t, sqldb)

	video := fakeVideo(t, 16<<20)
	c := login(t, first.URL, demo.DeelnemerEmail)
	path, fileID := c.tusCreate(t, assignment, "video", "Coachgesprek lang.mp4", int64(len(video)))
	onDisk := filepath.Join(dataDir, "files", fileID)

	// Stream the first 6 MB, and keep the request open as a slow connection would.
	body, feed := io.Pipe()
	patchDone := make(chan error, 1)
	go func() {
		resp, _, err := c.tusPatch(path, 0, body)
		if err == nil {
			err = fmt.Errorf("the PATCH answered %d, but its server was killed", resp.StatusCode)
		}
		patchDone <- err
	}()
	sent := 6 << 20
	if _, err := feed.Write(video[:sent]); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "the server to write the first megabytes to disk", func() bool {
		return fileSize(onDisk) >= 1<<20
	})

	first.signal(syscall.SIGKILL)
	state := first.waitExit(10 * time.Second)
	if ws, ok := state.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("the server ended with %v, not by SIGKILL", state)
	}
	_ = feed.CloseWithError(io.ErrClosedPipe)
	if err := <-patchDone; err == nil {
		t.Fatal("the interrupted PATCH must fail on the client")
	}
	if got := fileStatus(t, sqldb, fileID); got != "uploading" {
		t.Fatalf("a half-sent upload is %q, want uploading", got)
	}

	second := startServer(t, "second", serverOptions{DatabaseURL: dbURL, DataDir: dataDir})
	// The same browser (cookie) comes back; the server has a new address.
	c = c.at(second.URL)
	offset := c.tusOffset(t, path)
	if offset < 1<<20 || offset > int64(sent) {
		t.Fatalf("resume offset %d, want between 1 MiB and the %d bytes sent", offset, sent)
	}
	if offset != fileSize(onDisk) {
		t.Fatalf("HEAD says %d, the file on disk has %d bytes", offset, fileSize(onDisk))
	}
	c.tusFinish(t, path, offset, video)

	want := sha256Hex(video)
	if got := c.download(t, fileID); got != want {
		t.Fatalf("GET /files/%s: sha256 %s, want %s", fileID, got, want)
	}
	stored, err := os.ReadFile(onDisk)
	if err != nil {
		t.Fatal(err)
	}
	if got := sha256Hex(stored); got != want {
		t.Fatalf("file store: sha256 %s, want %s", got, want)
	}
	var size int64
	if err := sqldb.QueryRow("SELECT size FROM files WHERE id = $1 AND status = 'ready'", fileID).Scan(&size); err != nil || size != int64(len(video)) {
		t.Fatalf("files row: size %d (%v), want %d and ready", size, err, len(video))
	}
}

// demoAssignment is the year-2 praktijkopdracht Marloes (the demo deelnemer) uploads for.
func demoAssignment(t *testing.T, sqldb *sql.DB) string {
	t.Helper()
	var id string
	if err := sqldb.QueryRow("SELECT id FROM assignments WHERE title = $1", demo.PraktijkYear2Title).Scan(&id); err != nil {
		t.Fatal(err)
	}
	return id
}

func fileStatus(t *testing.T, sqldb *sql.DB, fileID string) string {
	t.Helper()
	var status string
	if err := sqldb.QueryRow("SELECT status FROM files WHERE id = $1", fileID).Scan(&status); err != nil {
		t.Fatal(err)
	}
	return status
}

func fileSize(path string) int64 {
	info, err := os.Stat(path)
	if err != nil {
		return -1
	}
	return info.Size()
}

// TestFaultSIGKILLAfterTheLastByte covers the narrowest window: the server
// died after the last chunk was on disk but before it checked the file and
// marked it ready. On resume the client's HEAD sees the whole length and a
// tus client sends nothing more, so the HEAD itself must finish the upload.
func TestFaultSIGKILLAfterTheLastByte(t *testing.T) {
	dbURL := newDatabase(t)
	dataDir := t.TempDir()
	first := startServer(t, "first", serverOptions{DatabaseURL: dbURL, DataDir: dataDir})
	sqldb := openSQL(t, dbURL)
	video := fakeVideo(t, 2<<20)
	c := login(t, first.URL, demo.DeelnemerEmail)
	path, fileID := c.tusCreate(t, demoAssignment(t, sqldb), "video", "Bijna klaar.mp4", int64(len(video)))
	half := len(video) / 2
	if resp, body, err := c.tusPatch(path, 0, bytes.NewReader(video[:half])); err != nil || resp.StatusCode != http.StatusNoContent {
		t.Fatalf("first half: %v %v %s", err, resp, body)
	}
	first.signal(syscall.SIGKILL)
	first.waitExit(10 * time.Second)
	// What the dying server had written: the rest of the bytes, no finish step.
	f, err := os.OpenFile(filepath.Join(dataDir, "files", fileID), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write(video[half:]); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	second := startServer(t, "second", serverOptions{DatabaseURL: dbURL, DataDir: dataDir})
	c = c.at(second.URL)
	if got := c.tusOffset(t, path); got != int64(len(video)) {
		t.Fatalf("HEAD offset %d, want the whole %d", got, len(video))
	}
	if got := fileStatus(t, sqldb, fileID); got != "ready" {
		t.Fatalf("after the HEAD the file is %q: a tus client that sees the whole length sends nothing more, so it must be ready", got)
	}
	if got := c.download(t, fileID); got != sha256Hex(video) {
		t.Fatalf("GET /files/%s: sha256 %s, want %s", fileID, got, sha256Hex(video))
	}
}
