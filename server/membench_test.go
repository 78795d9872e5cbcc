package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"leergang/db/dbtest"
	"leergang/db/demo"
)

// BenchmarkUploadDownload2GB shows that uploading and downloading a 2 GB
// video keeps the server's memory flat: it starts the real handler (real
// PostgreSQL, folder store on disk), streams a generated 2 GB body through
// tus PATCH requests in chunks, downloads it whole and with a range request,
// and samples the process's resident memory (VmRSS) all the while. Client
// and server share the process, so the numbers are an upper bound for the
// server. Run it with `make bench`; it is not part of `make test`.
func BenchmarkUploadDownload2GB(b *testing.B) {
	const (
		size  = int64(2 << 30)
		chunk = int64(256 << 20)
		limit = 64 << 20
	)
	srv, client, asg := benchServer(b)
	for i := 0; i < b.N; i++ {
		runtime.GC()
		debug.FreeOSMemory()
		before := rss(b)
		var peak atomic.Int64
		stop := make(chan struct{})
		done := make(chan struct{})
		go func() {
			defer close(done)
			t := time.NewTicker(10 * time.Millisecond)
			defer t.Stop()
			for {
				if r := rss(b); r > peak.Load() {
					peak.Store(r)
				}
				select {
				case <-stop:
					return
				case <-t.C:
				}
			}
		}()
		start := time.Now()
		path, fileID := benchCreate(b, client, srv.URL, asg, size)
		for off := int64(0); off < size; off += chunk {
			n := min(chunk, size-off)
			req, _ := http.NewRequest(http.MethodPatch, srv.URL+path, io.LimitReader(&videoBytes{pos: off}, n))
			req.ContentLength = n
			req.Header.Set("Tus-Resumable", "1.0.0")
			req.Header.Set("Upload-Offset", strconv.FormatInt(off, 10))
			req.Header.Set("Content-Type", "application/offset+octet-stream")
			resp, err := client.Do(req)
			if err != nil || resp.StatusCode != http.StatusNoContent {
				b.Fatalf("PATCH at %d: %v %v", off, resp, err)
			}
			resp.Body.Close()
		}
		uploaded := time.Since(start)
		resp, err := client.Get(srv.URL + "/files/" + fileID)
		if err != nil || resp.StatusCode != http.StatusOK {
			b.Fatalf("download: %v %v", resp, err)
		}
		n, _ := io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if n != size {
			b.Fatalf("downloaded %d bytes, want %d", n, size)
		}
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/files/"+fileID, nil)
		req.Header.Set("Range", "bytes=1073741824-1178599423") // 100 MB from the middle: a seek
		resp, err = client.Do(req)
		if err != nil || resp.StatusCode != http.StatusPartialContent {
			b.Fatalf("range: %v %v", resp, err)
		}
		n, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if n != 100<<20 {
			b.Fatalf("range returned %d bytes", n)
		}
		close(stop)
		<-done
		runtime.GC()
		after := rss(b)
		growth := peak.Load() - before
		fmt.Printf("\n2 GB upload (%d PATCHes of %d MB) in %v, download + 100 MB range in %v\n",
			size/chunk, chunk>>20, uploaded.Round(time.Millisecond), (time.Since(start) - uploaded).Round(time.Millisecond))
		fmt.Printf("VmRSS before %d MB, peak %d MB, after %d MB: growth at peak %d MB (limit %d MB)\n",
			before>>20, peak.Load()>>20, after>>20, growth>>20, limit>>20)
		b.ReportMetric(float64(growth)/(1<<20), "MB-rss-growth")
		if growth >= limit {
			b.Fatalf("resident memory grew by %d MB during the 2 GB round trip; the limit is %d MB", growth>>20, limit>>20)
		}
	}
}

// benchServer is newTestServer for a benchmark: the real handler with the demo world.
func benchServer(b *testing.B) (*httptest.Server, *http.Client, string) {
	bdb := dbtest.New(b)
	ctx := context.Background()
	if err := demo.Load(ctx, bdb); err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	cfg, err := LoadConfig(func(k string) string {
		return map[string]string{"DATABASE_URL": "postgres://unused/for/bench", "LEERGANG_DATA_DIR": dir}[k]
	})
	if err != nil {
		b.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	srv := httptest.NewServer(newHandler(cfg, bdb, log, fstest.MapFS{"index.html": {Data: []byte("<!doctype html>")}}, logMailer{log: log}))
	b.Cleanup(srv.Close)
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar}
	body := `{"query":"mutation($i: LoginInput!) { login(input: $i) { viewer { roles } } }","variables":{"i":{"email":"` +
		demo.DeelnemerEmail + `","password":"` + demo.Password + `"}}}`
	resp, err := client.Post(srv.URL+"/graphql", "application/json", strings.NewReader(body))
	if err != nil || resp.StatusCode != http.StatusOK {
		b.Fatalf("login: %v %v", resp, err)
	}
	resp.Body.Close()
	var asg string
	if err := bdb.NewRaw("SELECT id::text FROM assignments WHERE title = ?", demo.PraktijkYear2Title).Scan(ctx, &asg); err != nil {
		b.Fatal(err)
	}
	return srv, client, asg
}

func benchCreate(b *testing.B, client *http.Client, base, asg string, size int64) (path, fileID string) {
	req, _ := http.NewRequest(http.MethodPost, base+"/uploads/", nil)
	req.Header.Set("Tus-Resumable", "1.0.0")
	req.Header.Set("Upload-Length", strconv.FormatInt(size, 10))
	req.Header.Set("Upload-Metadata", tusMetadata(map[string]string{"kind": "video", "filename": "groot.mp4", "assignmentId": asg}))
	resp, err := client.Do(req)
	if err != nil || resp.StatusCode != http.StatusCreated {
		b.Fatalf("create: %v %v", resp, err)
	}
	resp.Body.Close()
	fileID = resp.Header.Get("Leergang-File-Id")
	return "/uploads/" + fileID, fileID
}

// videoBytes is an endless MP4-looking stream (an ftyp box, then a pattern)
// generated on the fly, so the client side holds no 2 GB buffer.
type videoBytes struct{ pos int64 }

var ftyp = []byte("\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41")

func (v *videoBytes) Read(p []byte) (int, error) {
	for i := range p {
		if v.pos < int64(len(ftyp)) {
			p[i] = ftyp[v.pos]
		} else {
			p[i] = byte(v.pos)
		}
		v.pos++
	}
	return len(p), nil
}

// rss reads the process's resident set size from /proc/self/status.
func rss(b *testing.B) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		b.Skip("no /proc/self/status on this system")
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if rest, ok := bytes.CutPrefix(s.Bytes(), []byte("VmRSS:")); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(string(rest)), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}
