package loadgen

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// NewHTTPClient is an HTTP client with enough idle connections for every
// worker, so that the closed loop measures requests rather than TCP handshakes.
func NewHTTPClient() *http.Client {
	tr := &http.Transport{
		MaxIdleConns:        256,
		MaxIdleConnsPerHost: 256,
		IdleConnTimeout:     90 * time.Second,
	}
	return &http.Client{Transport: tr, Timeout: 60 * time.Second}
}

// Session is one logged-in person: the cookie the server gave at login.
type Session struct {
	Email  string
	Cookie string // "name=value", sent as the Cookie header
}

// GraphQLRequest builds the POST /graphql request the SPA sends.
func GraphQLRequest(ctx context.Context, baseURL string, s *Session, operationName, query string, variables map[string]any) (*http.Request, error) {
	body, err := json.Marshal(map[string]any{"operationName": operationName, "query": query, "variables": variables})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, baseURL+"/graphql", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json, application/json")
	if s != nil {
		req.Header.Set("Cookie", s.Cookie)
	}
	return req, nil
}

// Login signs in with the SPA's Login mutation and returns the session cookie.
func Login(ctx context.Context, c *http.Client, baseURL string, docs *Documents, email, password string) (*Session, error) {
	query, err := docs.Operation("Login")
	if err != nil {
		return nil, err
	}
	req, err := GraphQLRequest(ctx, baseURL, nil, "Login", query,
		map[string]any{"input": map[string]any{"email": email, "password": password}})
	if err != nil {
		return nil, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || HasGraphQLErrors(body) {
		return nil, fmt.Errorf("loadgen: login %s: HTTP %d: %.300s", email, resp.StatusCode, body)
	}
	for _, ck := range resp.Cookies() {
		if strings.Contains(ck.Name, "leergang_session") && ck.Value != "" {
			return &Session{Email: email, Cookie: ck.Name + "=" + ck.Value}, nil
		}
	}
	return nil, fmt.Errorf("loadgen: login %s: no session cookie in the answer", email)
}

// HasGraphQLErrors reports whether a GraphQL answer carries an errors list.
func HasGraphQLErrors(body []byte) bool {
	return bytes.Contains(body, []byte(`"errors":[`)) || bytes.Contains(body, []byte(`"errors": [`))
}
