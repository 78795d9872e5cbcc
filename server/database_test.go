package main

import (
	"strings"
	"testing"
)

func TestDatabaseURLGetsAConnectTimeout(t *testing.T) {
	cases := map[string]string{
		"postgres://app@db.example.nl:5432/leergang?sslmode=require": "postgres://app@db.example.nl:5432/leergang?connect_timeout=5&sslmode=require",
		"postgres://app@db/leergang":                                 "postgres://app@db/leergang?connect_timeout=5",
		// An explicit setting wins.
		"postgres://app@db/leergang?connect_timeout=30": "postgres://app@db/leergang?connect_timeout=30",
	}
	for in, want := range cases {
		if got := withConnectTimeout(in); got != want {
			t.Errorf("withConnectTimeout(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWithoutJITKeepsAnExplicitChoice(t *testing.T) {
	if got := withoutJIT("postgres://u@h/db"); !strings.Contains(got, "jit=off") {
		t.Fatalf("jit not turned off: %s", got)
	}
	if got := withoutJIT("postgres://u@h/db?jit=on"); got != "postgres://u@h/db?jit=on" {
		t.Fatalf("explicit jit changed: %s", got)
	}
}
