package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"testing"
	"testing/fstest"

	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/dbtest"
	"leergang/db/demo"
)

func TestMain(m *testing.M) { dbtest.Main(m) }

// testServer is the real handler over a real PostgreSQL database with the demo world.
type testServer struct {
	*httptest.Server
	DB      *bun.DB
	Queries *db.QueryCounter
	Config  *Config
}

func newTestServer(t *testing.T) *testServer {
	t.Helper()
	bdb := dbtest.New(t)
	ctx := context.Background()
	if err := demo.Load(ctx, bdb); err != nil {
		t.Fatalf("demo data: %v", err)
	}
	counter := &db.QueryCounter{}
	bdb.AddQueryHook(counter)
	dataDir := t.TempDir() // uploaded files of this test
	cfg, err := LoadConfig(func(k string) string {
		switch k {
		case "DATABASE_URL":
			return "postgres://unused/for/tests"
		case "LEERGANG_DATA_DIR":
			return dataDir
		}
		return ""
	})
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if testing.Verbose() {
		log = slog.New(slog.NewTextHandler(&testLogWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	dist := fstest.MapFS{"index.html": {Data: []byte("<!doctype html><title>Leergang</title>")},
		"assets/app-abc123.js": {Data: []byte("console.log(1)")}}
	srv := httptest.NewServer(newHandler(cfg, bdb, log, dist, logMailer{log: log}))
	t.Cleanup(srv.Close)
	return &testServer{Server: srv, DB: bdb, Queries: counter, Config: cfg}
}

type testLogWriter struct{ t *testing.T }

func (w *testLogWriter) Write(p []byte) (int, error) {
	w.t.Log(string(bytes.TrimSpace(p)))
	return len(p), nil
}

// client is one browser: its own cookie jar.
type client struct {
	t    *testing.T
	srv  *testServer
	http *http.Client
}

func (s *testServer) client(t *testing.T) *client {
	jar, _ := cookiejar.New(nil)
	return &client{t: t, srv: s, http: &http.Client{Jar: jar}}
}

// loginAs returns a client signed in with a demo account.
func (s *testServer) loginAs(t *testing.T, email string) *client {
	t.Helper()
	c := s.client(t)
	res := c.do(`mutation($i: LoginInput!) { login(input: $i) { viewer { person { id } } } }`,
		map[string]any{"i": map[string]any{"email": email, "password": demo.Password}})
	if len(res.Errors) > 0 {
		t.Fatalf("login %s: %v", email, res.Errors)
	}
	return c
}

type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
	Status int             `json:"-"`
}

func (r gqlResponse) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

func (c *client) do(query string, vars map[string]any) gqlResponse {
	c.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, c.srv.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	var out gqlResponse
	raw, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(raw, &out); err != nil {
		c.t.Fatalf("response is not JSON (%d): %s", resp.StatusCode, raw)
	}
	out.Status = resp.StatusCode
	return out
}

// decode reads data into v and fails the test on errors.
func (r gqlResponse) decode(t *testing.T, v any) {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("unexpected errors: %+v", r.Errors)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatal(err)
	}
}
