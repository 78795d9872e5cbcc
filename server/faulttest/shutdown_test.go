//go:build faults

package faulttest

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"leergang/db/demo"
)

// TestFaultGracefulShutdown sends SIGTERM while two requests are in flight: a
// large download that the client reads slowly and an upload PATCH whose
// bytes are still coming. The server stops accepting connections at once,
// lets both requests finish whole, and then exits with status 0.
func TestFaultGracefulShutdown(t *testing.T) {
	dbURL := newDatabase(t)
	dataDir := t.TempDir()
	srv := startServer(t, "server", serverOptions{DatabaseURL: dbURL, DataDir: dataDir})
	sqldb := openSQL(t, dbURL)
	assignment := demoAssignment(t, sqldb)
	c := login(t, srv.URL, demo.DeelnemerEmail)

	// A recording to download: larger than the socket buffers between us and
	// the server, so the server is still writing it while it shuts down.
	big := fakeVideo(t, 48<<20)
	path, bigID := c.tusCreate(t, assignment, "video", "Groot.mp4", int64(len(big)))
	c.tusFinish(t, path, 0, big)

	// In flight 1: the download, of which we read only the first megabyte for now.
	dl, err := c.downloadStream(bigID)
	if err != nil {
		t.Fatal(err)
	}
	defer dl.Body.Close()
	if dl.StatusCode != http.StatusOK || dl.ContentLength != int64(len(big)) {
		t.Fatalf("download: %d, %d bytes announced", dl.StatusCode, dl.ContentLength)
	}
	got := sha256.New()
	if _, err := io.CopyN(got, dl.Body, 1<<20); err != nil {
		t.Fatal(err)
	}

	// In flight 2: an upload whose second half has not been sent yet.
	small := fakeVideo(t, 4<<20)
	upPath, upID := c.tusCreate(t, assignment, "video", "Klein.mp4", int64(len(small)))
	body, feed := io.Pipe()
	type patchResult struct {
		resp *http.Response
		err  error
	}
	patchDone := make(chan patchResult, 1)
	go func() {
		resp, _, err := c.tusPatch(upPath, 0, body)
		patchDone <- patchResult{resp, err}
	}()
	half := len(small) / 2
	if _, err := feed.Write(small[:half]); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "the first half of the upload on disk", func() bool {
		return fileSize(filepath.Join(dataDir, "files", upID)) == int64(half)
	})

	srv.signal(syscall.SIGTERM)
	// Shutdown has begun once the listener is closed: new connections are refused.
	addr := strings.TrimPrefix(srv.URL, "http://")
	waitFor(t, 30*time.Second, "new connections to be refused", func() bool {
		conn, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			return errors.Is(err, syscall.ECONNREFUSED)
		}
		_ = conn.Close()
		return false
	})
	if srv.hasExited() {
		t.Fatal("the server exited with requests in flight")
	}

	// Both requests go on and complete.
	if _, err := feed.Write(small[half:]); err != nil {
		t.Fatalf("sending the rest of the upload after SIGTERM: %v", err)
	}
	_ = feed.Close()
	res := <-patchDone
	if res.err != nil || res.resp.StatusCode != http.StatusNoContent || res.resp.Header.Get("Leergang-File-Status") != "ready" ||
		res.resp.Header.Get("Upload-Offset") != strconv.Itoa(len(small)) {
		t.Fatalf("upload in flight during shutdown: %v %+v", res.err, res.resp)
	}
	n, err := io.Copy(got, dl.Body)
	if err != nil || n+1<<20 != int64(len(big)) {
		t.Fatalf("download in flight during shutdown: %d more bytes, %v", n, err)
	}
	if sum := hex.EncodeToString(got.Sum(nil)); sum != sha256Hex(big) {
		t.Fatalf("downloaded during shutdown: sha256 %s, want %s", sum, sha256Hex(big))
	}

	state := srv.waitExit(30 * time.Second)
	if state.ExitCode() != 0 {
		t.Fatalf("exit status %v after a graceful shutdown, want 0:\n%s", state, srv.logTail(20))
	}
	if !srv.logContains("shutting down") {
		t.Fatal("the server did not log its shutdown")
	}
	var status string
	if err := sqldb.QueryRow("SELECT status FROM files WHERE id = $1", upID).Scan(&status); err != nil || status != "ready" {
		t.Fatalf("the upload finished during shutdown is %q (%v), want ready", status, err)
	}
	if _, err := (&http.Client{Timeout: 2 * time.Second}).Get(srv.URL + "/healthz"); err == nil {
		t.Fatal("the server still answers after it exited")
	}
}

// downloadStream starts GET /files/{id} on a connection of its own and
// returns the response with its body unread.
func (c *client) downloadStream(fileID string) (*http.Response, error) {
	hc := &http.Client{Jar: c.http.Jar, Transport: &http.Transport{DisableKeepAlives: true}}
	req, err := http.NewRequest(http.MethodGet, c.base+"/files/"+fileID+"?download=1", nil)
	if err != nil {
		return nil, err
	}
	return hc.Do(req)
}
