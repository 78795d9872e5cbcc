//go:build faults

package faulttest

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"leergang/db/demo"
)

// client is one browser: a cookie jar and the base URL of the server it talks to.
type client struct {
	base string
	http *http.Client
}

func newClient(base string) *client {
	jar, _ := cookiejar.New(nil)
	return &client{base: base, http: &http.Client{Jar: jar, Timeout: 60 * time.Second}}
}

// at returns a client for another server that carries this client's cookies.
func (c *client) at(base string) *client {
	other := newClient(base)
	from, _ := url.Parse(c.base)
	to, _ := url.Parse(base)
	other.http.Jar.SetCookies(to, c.http.Jar.Cookies(from))
	return other
}

type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

// gqlResult is one GraphQL answer: the HTTP status, the raw body and its parts.
type gqlResult struct {
	Status int
	Body   []byte
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

func (r gqlResult) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// gql posts one operation. A transport failure or a body that is not
// GraphQL JSON is an error: the server must always answer in JSON.
func (c *client) gql(ctx context.Context, query string, vars map[string]any) (gqlResult, error) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return gqlResult{}, err
	}
	defer resp.Body.Close()
	var out gqlResult
	out.Status = resp.StatusCode
	out.Body, err = io.ReadAll(resp.Body)
	if err != nil {
		return out, err
	}
	if err := json.Unmarshal(out.Body, &out); err != nil || (out.Data == nil && len(out.Errors) == 0) {
		return out, fmt.Errorf("HTTP %d answer is not GraphQL JSON: %q", out.Status, out.Body)
	}
	return out, nil
}

// mustGQL runs an operation that has to succeed and decodes its data into v.
func (c *client) mustGQL(t *testing.T, query string, vars map[string]any, v any) {
	t.Helper()
	res, err := c.gql(context.Background(), query, vars)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) > 0 {
		t.Fatalf("%s: %s", firstLine(query), res.Body)
	}
	if v != nil {
		if err := json.Unmarshal(res.Data, v); err != nil {
			t.Fatal(err)
		}
	}
}

// login signs a client in with a demo account.
func login(t *testing.T, base, email string) *client {
	t.Helper()
	c := newClient(base)
	c.mustGQL(t, `mutation($i: LoginInput!) { login(input: $i) { viewer { person { id } } } }`,
		map[string]any{"i": map[string]any{"email": email, "password": demo.Password}}, nil)
	return c
}

// whoAmI returns the e-mail address of the signed-in person.
func (c *client) whoAmI(t *testing.T) string {
	t.Helper()
	var out struct {
		Viewer *struct{ Person struct{ Email string } }
	}
	c.mustGQL(t, `{ viewer { person { email } } }`, nil, &out)
	if out.Viewer == nil {
		return ""
	}
	return out.Viewer.Person.Email
}

// request sends one HTTP request with the client's cookies and reads the answer.
func (c *client) request(method, path string, header map[string]string, body io.Reader) (*http.Response, []byte, error) {
	req, err := http.NewRequest(method, c.base+path, body)
	if err != nil {
		return nil, nil, err
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp, b, err
}

// tusCreate starts an upload of size bytes for an assignment and returns its
// path (/uploads/{id}) and the file id.
func (c *client) tusCreate(t *testing.T, assignmentID, kind, filename string, size int64) (path, fileID string) {
	t.Helper()
	resp, body, err := c.request(http.MethodPost, "/uploads/", map[string]string{
		"Tus-Resumable": "1.0.0", "Upload-Length": strconv.FormatInt(size, 10),
		"Upload-Metadata": tusMetadata(map[string]string{"kind": kind, "filename": filename, "assignmentId": assignmentID}),
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("tus create: %d %s", resp.StatusCode, body)
	}
	loc, err := url.Parse(resp.Header.Get("Location"))
	if err != nil || !strings.HasPrefix(loc.Path, "/uploads/") {
		t.Fatalf("tus create: Location %q", resp.Header.Get("Location"))
	}
	return loc.Path, resp.Header.Get("Leergang-File-Id")
}

// tusOffset asks the server where to resume (HEAD).
func (c *client) tusOffset(t *testing.T, path string) int64 {
	t.Helper()
	resp, body, err := c.request(http.MethodHead, path, map[string]string{"Tus-Resumable": "1.0.0"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("tus HEAD %s: %d %s", path, resp.StatusCode, body)
	}
	off, err := strconv.ParseInt(resp.Header.Get("Upload-Offset"), 10, 64)
	if err != nil {
		t.Fatalf("tus HEAD: Upload-Offset %q", resp.Header.Get("Upload-Offset"))
	}
	return off
}

// tusPatch sends data at offset and returns the answer.
func (c *client) tusPatch(path string, offset int64, data io.Reader) (*http.Response, []byte, error) {
	return c.request(http.MethodPatch, path, map[string]string{"Tus-Resumable": "1.0.0",
		"Content-Type": "application/offset+octet-stream", "Upload-Offset": strconv.FormatInt(offset, 10)}, data)
}

// tusFinish sends everything from offset on and checks that the server took
// the file (Leergang-File-Status: ready).
func (c *client) tusFinish(t *testing.T, path string, offset int64, data []byte) {
	t.Helper()
	resp, body, err := c.tusPatch(path, offset, bytes.NewReader(data[offset:]))
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusNoContent || resp.Header.Get("Upload-Offset") != strconv.Itoa(len(data)) ||
		resp.Header.Get("Leergang-File-Status") != "ready" {
		t.Fatalf("tus PATCH from %d: %d %v %s", offset, resp.StatusCode, resp.Header, body)
	}
}

// download reads /files/{id} whole and returns the SHA-256 of its bytes.
func (c *client) download(t *testing.T, fileID string) string {
	t.Helper()
	resp, body, err := c.request(http.MethodGet, "/files/"+fileID+"?download=1", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /files/%s: %d %s", fileID, resp.StatusCode, body)
	}
	return sha256Hex(body)
}

// tusMetadata encodes Upload-Metadata: "key base64(value)" pairs, in any order.
func tusMetadata(m map[string]string) string {
	parts := make([]string, 0, len(m))
	for k, v := range m {
		parts = append(parts, k+" "+base64.StdEncoding.EncodeToString([]byte(v)))
	}
	return strings.Join(parts, ",")
}

// fakeVideo is size bytes that the server's content check takes for an MP4:
// an ftyp box, then random bytes (so that any misplaced chunk changes the hash).
func fakeVideo(t *testing.T, size int) []byte {
	t.Helper()
	ftyp := []byte("\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41")
	b := make([]byte, size)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	copy(b, ftyp)
	return b
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
