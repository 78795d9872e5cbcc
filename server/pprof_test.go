package main

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestConfigPprofOnlyOnLoopback(t *testing.T) {
	load := func(v string) (*Config, error) {
		return LoadConfig(func(k string) string {
			if k == "LEERGANG_PPROF" {
				return v
			}
			return ""
		})
	}
	if c, err := load(""); err != nil || c.PprofAddr != "" {
		t.Fatalf("default: %v, %q", err, c.PprofAddr)
	}
	for _, ok := range []string{"127.0.0.1:6060", "localhost:6060", "[::1]:6060"} {
		if c, err := load(ok); err != nil || c.PprofAddr != ok {
			t.Errorf("%s refused: %v", ok, err)
		}
	}
	for _, bad := range []string{":6060", "0.0.0.0:6060", "10.1.2.3:6060", "127.0.0.1"} {
		if _, err := load(bad); err == nil || !strings.Contains(err.Error(), "LEERGANG_PPROF") {
			t.Errorf("%s accepted (err %v)", bad, err)
		}
	}
}

func TestPprofListenerServesProfiles(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go servePprof(ctx, addr, slog.New(slog.NewTextHandler(io.Discard, nil)))
	var resp *http.Response
	for range 50 {
		if resp, err = http.Get("http://" + addr + "/debug/pprof/goroutine?debug=1"); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "goroutine") {
		t.Errorf("HTTP %d: %.200s", resp.StatusCode, body)
	}
}
