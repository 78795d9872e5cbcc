package main

import (
	"strings"
	"testing"
)

func TestConfigDefaultsWork(t *testing.T) {
	c, err := LoadConfig(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if c.Addr != ":8080" || c.BaseURL != "http://localhost:8080" || c.SecureCookies() || !c.DemoData {
		t.Fatalf("defaults: %+v", c)
	}
}

func TestConfigInvalidValueNamesTheVariable(t *testing.T) {
	cases := map[string]string{
		"LEERGANG_ENV":                  "staging",
		"LEERGANG_ADDR":                 "8080",
		"LEERGANG_BASE_URL":             "leergang.nl",
		"DATABASE_URL":                  "mysql://x",
		"LEERGANG_ALLOWED_ORIGINS":      "https://ok.nl, not an origin",
		"LEERGANG_SESSION_IDLE_TIMEOUT": "eight hours",
		"LEERGANG_DEMO_DATA":            "ja",
		"LEERGANG_DB_MAX_CONNS":         "0",
		"LEERGANG_LOG_LEVEL":            "loud",
		"LEERGANG_LOG_FORMAT":           "xml",
	}
	for name, value := range cases {
		_, err := LoadConfig(func(k string) string {
			if k == name {
				return value
			}
			return ""
		})
		if err == nil || !strings.Contains(err.Error(), name) || strings.Contains(err.Error(), "\\n") {
			t.Errorf("%s=%q: error %v must name the variable on one line", name, value, err)
		}
	}
}

func TestConfigSecureOutsideLocalhostAndProductionNeedsDatabase(t *testing.T) {
	env := map[string]string{"LEERGANG_BASE_URL": "https://leergang.dewegwijzer.nl", "DATABASE_URL": "postgres://db/leergang"}
	c, err := LoadConfig(func(k string) string { return env[k] })
	if err != nil || !c.SecureCookies() {
		t.Fatalf("https host must give Secure cookies: %v %+v", err, c)
	}
	env = map[string]string{"LEERGANG_ENV": "production"}
	if _, err := LoadConfig(func(k string) string { return env[k] }); err == nil || !strings.Contains(err.Error(), "DATABASE_URL") {
		t.Fatalf("production without DATABASE_URL: %v", err)
	}
}
