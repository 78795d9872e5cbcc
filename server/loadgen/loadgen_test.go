package loadgen_test

import (
	"context"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"leergang/server/loadgen"
)

func TestOperationsComeFromTheSPA(t *testing.T) {
	docs, err := loadgen.LoadDocuments("../../frontend/src/gql/gql.ts")
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][]string{
		"Viewer":                    {"query Viewer", "fragment ViewerFields on Viewer"},
		"AgendaSessions":            {"query AgendaSessions(", "fragment AgendaSessionFields on Session"},
		"SessionAttendanceRegister": {"query SessionAttendanceRegister(", "fragment SessionRegisterRowFields on RegisterRow"},
		"Login":                     {"mutation Login(", "fragment ViewerFields on Viewer"},
	}
	for name, want := range cases {
		doc, err := docs.Operation(name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, w := range want {
			if !strings.Contains(doc, w) {
				t.Errorf("%s lacks %q:\n%s", name, w, doc)
			}
		}
		if strings.Count(doc, "fragment ") != len(want)-1 {
			t.Errorf("%s: each fragment must appear once:\n%s", name, doc)
		}
	}
	if _, err := docs.Operation("NoSuchOperation"); err == nil {
		t.Error("an unknown operation was returned")
	}
}

func TestParseDocumentsNestedFragments(t *testing.T) {
	src := `type Documents = {
    "\n  fragment A on T {\n    id\n    ...B\n  }\n": typeof types.ADoc,
    "\n  fragment B on T {\n    name\n    ... on U { x }\n  }\n": typeof types.BDoc,
    "\n  query Q($id: ID!) {\n    t(id: $id) {\n      ...A\n      ...B\n    }\n  }\n": typeof types.QDocument,
};`
	docs, err := loadgen.ParseDocuments(src)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := docs.Operation("Q")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(doc, "fragment A on T") != 1 || strings.Count(doc, "fragment B on T") != 1 {
		t.Errorf("fragments not collected once each:\n%s", doc)
	}
}

func TestRunClosedLoopCountsRequestsAndErrors(t *testing.T) {
	var served atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := served.Add(1)
		if r.URL.Query().Get("fail") == "1" {
			_, _ = w.Write([]byte(`{"errors":[{"message":"no"}],"data":null}`))
			return
		}
		time.Sleep(time.Millisecond)
		_, _ = w.Write([]byte(`{"data":{"n":` + string(rune('0'+n%10)) + `}}`))
	}))
	defer srv.Close()
	var failing atomic.Int64
	next := func(ctx context.Context, rng *rand.Rand) (*http.Request, error) {
		url := srv.URL + "/graphql"
		if rng.IntN(4) == 0 {
			failing.Add(1)
			url += "?fail=1"
		}
		return http.NewRequestWithContext(ctx, http.MethodPost, url, nil)
	}
	res := loadgen.Run(context.Background(), loadgen.NewHTTPClient(), 4, 300*time.Millisecond, 7, next, loadgen.GraphQLOK)
	if res.Requests == 0 || int64(res.Requests) != served.Load() {
		t.Fatalf("requests %d, server saw %d", res.Requests, served.Load())
	}
	if int64(res.Errors) != failing.Load() || res.Errors == 0 || !strings.Contains(res.FirstError, "GraphQL errors") {
		t.Errorf("errors %d (first %q), want %d", res.Errors, res.FirstError, failing.Load())
	}
	if res.P50 <= 0 || res.P99 < res.P50 || res.RPS() <= 0 {
		t.Errorf("figures: p50 %s p99 %s rps %.1f", res.P50, res.P99, res.RPS())
	}
}

func TestPercentile(t *testing.T) {
	var d []time.Duration
	for i := 1; i <= 100; i++ {
		d = append(d, time.Duration(i)*time.Millisecond)
	}
	if p := loadgen.Percentile(d, 50); p != 50*time.Millisecond {
		t.Errorf("p50 = %s", p)
	}
	if p := loadgen.Percentile(d, 99); p != 99*time.Millisecond {
		t.Errorf("p99 = %s", p)
	}
	if p := loadgen.Percentile(nil, 99); p != 0 {
		t.Errorf("empty p99 = %s", p)
	}
}
