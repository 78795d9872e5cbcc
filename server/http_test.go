package main

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"leergang/db/demo"
)

func TestSessionCookieAndLogout(t *testing.T) {
	ts := newTestServer(t)
	c := ts.client(t)
	body := `{"query":"mutation($i: LoginInput!) { login(input: $i) { viewer { roles } } }","variables":{"i":{"email":"` +
		demo.BeheerderEmail + `","password":"` + demo.Password + `"}}}`
	resp, err := http.Post(ts.URL+"/graphql", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	var cookie *http.Cookie
	for _, ck := range resp.Cookies() {
		if ck.Name == "leergang_session" {
			cookie = ck
		}
	}
	if cookie == nil || !cookie.HttpOnly || cookie.SameSite != http.SameSiteLaxMode || cookie.Secure {
		t.Fatalf("session cookie on localhost must be HttpOnly, SameSite=Lax, not Secure: %+v", cookie)
	}
	if got := resp.Header.Get("Cache-Control"); got != "no-store" {
		t.Fatalf("API Cache-Control %q", got)
	}

	c = ts.loginAs(t, demo.BeheerderEmail)
	other := ts.loginAs(t, demo.BeheerderEmail)
	var v struct{ Viewer *struct{ Roles []string } }
	c.do(`{ viewer { roles } }`, nil).decode(t, &v)
	if v.Viewer == nil || v.Viewer.Roles[0] != "BEHEERDER" {
		t.Fatalf("viewer after login: %+v", v)
	}
	c.do(`mutation { logout { ok } }`, nil).decode(t, &struct{}{})
	v.Viewer = nil
	c.do(`{ viewer { roles } }`, nil).decode(t, &v)
	if v.Viewer != nil {
		t.Fatal("still signed in after logout")
	}
	other.do(`{ viewer { roles } }`, nil).decode(t, &v)
	if v.Viewer == nil {
		t.Fatal("logout ended another browser's session too")
	}
}

func TestDisablingEndsSessions(t *testing.T) {
	ts := newTestServer(t)
	admin := ts.loginAs(t, demo.BeheerderEmail)
	starter := ts.loginAs(t, demo.StarterEmail)
	id := personIDByEmail(t, ts, demo.StarterEmail)
	admin.do(`mutation($i: SetPersonDisabledInput!) { setPersonDisabled(input: $i) { person { status } } }`,
		map[string]any{"i": map[string]any{"id": id.String(), "disabled": true}}).decode(t, &struct{}{})
	if res := starter.do(`{ people { totalCount } }`, nil); res.code() != "UNAUTHENTICATED" {
		t.Fatalf("a disabled person's session still works: %+v", res)
	}
	if res := ts.client(t).do(`mutation($i: LoginInput!) { login(input: $i) { viewer { roles } } }`,
		map[string]any{"i": map[string]any{"email": demo.StarterEmail, "password": demo.Password}}); res.code() != "BAD_USER_INPUT" {
		t.Fatalf("a disabled person could sign in: %+v", res)
	}
}

func TestSessionIdleTimeout(t *testing.T) {
	ts := newTestServer(t)
	c := ts.loginAs(t, demo.OpleiderEmail)
	if _, err := ts.DB.NewRaw(`UPDATE auth_sessions SET last_seen_at = now() - interval '9 hours'`).Exec(context.Background()); err != nil {
		t.Fatal(err)
	}
	if res := c.do(`{ people { totalCount } }`, nil); res.code() != "UNAUTHENTICATED" {
		t.Fatalf("an idle session past the timeout still works: %+v", res)
	}
}

func TestSecurityHeadersAndMethods(t *testing.T) {
	ts := newTestServer(t)
	resp, err := http.Get(ts.URL + "/mensen/123")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "<title>Leergang") {
		t.Fatalf("SPA fallback: %d %s", resp.StatusCode, body)
	}
	for h, want := range map[string]string{"X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin", "Cache-Control": "no-cache"} {
		if got := resp.Header.Get(h); got != want {
			t.Errorf("%s = %q, want %q", h, got, want)
		}
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") || !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("CSP %q", csp)
	}
	resp, _ = http.Get(ts.URL + "/assets/app-abc123.js")
	resp.Body.Close()
	if got := resp.Header.Get("Cache-Control"); !strings.Contains(got, "immutable") {
		t.Errorf("hashed asset Cache-Control %q", got)
	}
	resp, _ = http.Get(ts.URL + "/assets/missing-123.js")
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("a missing asset must be 404, got %d", resp.StatusCode)
	}
	resp, _ = http.Get(ts.URL + "/graphql?query={ping}")
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET /graphql: %d, want 405", resp.StatusCode)
	}
}

func TestCrossOriginPostIsRefused(t *testing.T) {
	ts := newTestServer(t)
	req, _ := http.NewRequest(http.MethodPost, ts.URL+"/graphql", strings.NewReader(`{"query":"{ ping }"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Origin", "https://evil.example")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("cross-site POST: %d, want 403", resp.StatusCode)
	}
	req, _ = http.NewRequest(http.MethodPost, ts.URL+"/graphql", strings.NewReader(`--x--`))
	req.Header.Set("Content-Type", "multipart/form-data; boundary=x")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	resp, _ = http.DefaultClient.Do(req)
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("cross-site multipart POST: %d, want 403", resp.StatusCode)
	}
}

func TestQueryLimits(t *testing.T) {
	ts := newTestServer(t)
	c := ts.loginAs(t, demo.BeheerderEmail)
	deep := `{ people { nodes { schools { organisation { id } } } } }`
	if res := c.do(deep, nil); len(res.Errors) > 0 {
		t.Fatalf("a normal query was refused: %+v", res.Errors)
	}
	nested := `{ a: people { edges { node { schools { organisation { name } } organisation { name } } } } }`
	if res := c.do(nested, nil); len(res.Errors) > 0 {
		t.Fatalf("nested but shallow query refused: %+v", res.Errors)
	}
	frag := `query { people { ...P } } fragment P on PersonConnection { edges { node { schools { organisation { schoolCount } } } } }`
	if res := c.do(frag, nil); len(res.Errors) > 0 {
		t.Fatalf("fragment query refused: %+v", res.Errors)
	}
	huge := "{ " + strings.Repeat("ping ", 20000) + "}"
	if res := c.do(huge, nil); len(res.Errors) == 0 {
		t.Fatal("a query over the parser token limit was accepted")
	}
	if res := c.do(`{ pong }`, nil); len(res.Errors) == 0 || strings.Contains(res.Errors[0].Message, "Did you mean") {
		t.Fatalf("unknown field must fail without suggestions: %+v", res.Errors)
	}
}

func TestErrorsNeverLeakInternals(t *testing.T) {
	ts := newTestServer(t)
	c := ts.loginAs(t, demo.BeheerderEmail)
	// A closed pool makes every query fail inside the resolver.
	_ = ts.DB.Close()
	res := c.do(`{ schools { totalCount } }`, nil)
	if res.code() == "" {
		t.Fatalf("expected an error, got %+v", res)
	}
	for _, e := range res.Errors {
		if strings.Contains(e.Message, "sql") || strings.Contains(e.Message, "database is closed") {
			t.Fatalf("internal error text reached the client: %q", e.Message)
		}
	}
}

// The schema has no cycles yet, so the depth limit is checked on parsed documents.
func TestDepthLimit(t *testing.T) {
	nested := "id"
	for range 13 {
		nested = "a { " + nested + " }"
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: "query { " + nested + " } fragment F on X { b { c { d } } }"})
	if err != nil {
		t.Fatal(err)
	}
	oc := &graphql.OperationContext{Doc: doc, Operation: doc.Operations[0]}
	if gerr := (depthLimit{max: 12}).MutateOperationContext(context.Background(), oc); gerr == nil {
		t.Fatal("13 levels passed a limit of 12")
	}
	doc, _ = parser.ParseQuery(&ast.Source{Input: "query { x { ...F } } fragment F on X { b { c { d } } }"})
	oc = &graphql.OperationContext{Doc: doc, Operation: doc.Operations[0]}
	if got := selectionDepth(oc.Operation.SelectionSet, doc.Fragments, 0); got != 4 {
		t.Fatalf("depth through a fragment: %d, want 4", got)
	}
	if gerr := (depthLimit{max: 12}).MutateOperationContext(context.Background(), oc); gerr != nil {
		t.Fatalf("a shallow query was refused: %v", gerr)
	}
}

func TestIntrospectionOnlyInDevelopment(t *testing.T) {
	ts := newTestServer(t)
	const q = `{ __schema { queryType { name } } }`
	if res := ts.client(t).do(q, nil); len(res.Errors) > 0 {
		t.Fatalf("development refuses introspection: %+v", res.Errors)
	}
	prod := *ts.Config
	prod.Env = "production"
	srv := httptest.NewServer(newHandler(&prod, ts.DB, slog.New(slog.NewTextHandler(io.Discard, nil)), fstest.MapFS{}, logMailer{}))
	defer srv.Close()
	c := &client{t: t, srv: &testServer{Server: srv, DB: ts.DB}, http: http.DefaultClient}
	if res := c.do(q, nil); len(res.Errors) == 0 {
		t.Fatal("production answers introspection")
	}
}
