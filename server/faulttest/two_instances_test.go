//go:build faults

package faulttest

import (
	"bytes"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"leergang/db/demo"
)

// TestFaultTwoInstances runs two servers on one database and one file store,
// as behind a load balancer: sessions live in PostgreSQL, so a sign-in on A
// works on B and a sign-out on B ends it on A; an upload started on A is
// resumed and finished on B; and while A streams a PATCH, B waits for tusd's
// lock file in the shared folder instead of touching the upload at the same
// time, then continues from exactly the bytes A stored.
func TestFaultTwoInstances(t *testing.T) {
	dbURL := newDatabase(t)
	dataDir := t.TempDir()
	// One after the other: the first loads the demo world, the second finds it.
	a := startServer(t, "A", serverOptions{DatabaseURL: dbURL, DataDir: dataDir})
	b := startServer(t, "B", serverOptions{DatabaseURL: dbURL, DataDir: dataDir})
	sqldb := openSQL(t, dbURL)
	assignment := demoAssignment(t, sqldb)

	t.Run("a session made on A works on B", func(t *testing.T) {
		onA := login(t, a.URL, demo.DeelnemerEmail)
		onB := onA.at(b.URL)
		if got := onB.whoAmI(t); got != demo.DeelnemerEmail {
			t.Fatalf("B sees %q for A's session, want %s", got, demo.DeelnemerEmail)
		}
		onB.mustGQL(t, `mutation { logout { ok } }`, nil, nil)
		if got := onA.whoAmI(t); got != "" {
			t.Fatalf("after signing out on B, A still sees %q", got)
		}
	})

	t.Run("an upload started on A is finished on B", func(t *testing.T) {
		video := fakeVideo(t, 3<<20)
		onA := login(t, a.URL, demo.DeelnemerEmail)
		onB := onA.at(b.URL)
		path, fileID := onA.tusCreate(t, assignment, "video", "Gesprek A naar B.mp4", int64(len(video)))
		half := int64(len(video) / 2)
		if resp, body, err := onA.tusPatch(path, 0, bytes.NewReader(video[:half])); err != nil || resp.StatusCode != http.StatusNoContent {
			t.Fatalf("first half on A: %v %v %s", err, resp, body)
		}
		if got := onB.tusOffset(t, path); got != half {
			t.Fatalf("B resumes at %d, want %d", got, half)
		}
		onB.tusFinish(t, path, half, video)
		want := sha256Hex(video)
		for name, c := range map[string]*client{"A": onA, "B": onB} {
			if got := c.download(t, fileID); got != want {
				t.Fatalf("download from %s: sha256 %s, want %s", name, got, want)
			}
		}
	})

	t.Run("the lock file keeps A and B off one upload at the same time", func(t *testing.T) {
		video := fakeVideo(t, 8<<20)
		onA := login(t, a.URL, demo.DeelnemerEmail)
		onB := onA.at(b.URL)
		path, fileID := onA.tusCreate(t, assignment, "video", "Gesprek gelijktijdig.mp4", int64(len(video)))
		onDisk := filepath.Join(dataDir, "files", fileID)

		// A holds the upload's lock while its PATCH streams (slowly: it stalls).
		body, feed := io.Pipe()
		patchA := make(chan *http.Response, 1)
		go func() {
			resp, _, _ := onA.tusPatch(path, 0, body)
			patchA <- resp
		}()
		sent := int64(2 << 20)
		if _, err := feed.Write(video[:sent]); err != nil {
			t.Fatal(err)
		}
		waitFor(t, 30*time.Second, "A to write the first bytes", func() bool { return fileSize(onDisk) == sent })
		if _, err := os.Stat(filepath.Join(dataDir, "files", fileID+".lock")); err != nil {
			t.Fatalf("A's PATCH holds no lock file: %v", err)
		}

		// B's HEAD asks A (through a .stop file) to let go, and only answers
		// once A has stopped writing: the offset it reports is final.
		offset := onB.tusOffset(t, path)
		if offset != sent {
			t.Fatalf("B reports offset %d while A stored %d", offset, sent)
		}
		select {
		case resp := <-patchA:
			if resp != nil && resp.StatusCode == http.StatusNoContent {
				t.Fatalf("A's PATCH ended with %d although it did not send everything", resp.StatusCode)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("A's PATCH still runs after B took the upload over")
		}
		_ = feed.Close()
		if got := fileSize(onDisk); got != sent {
			t.Fatalf("A wrote on after handing over: %d bytes on disk, want %d", got, sent)
		}
		onB.tusFinish(t, path, offset, video)
		if got := onA.download(t, fileID); got != sha256Hex(video) {
			t.Fatalf("download from A after B finished: sha256 %s, want %s", got, sha256Hex(video))
		}
	})
}
