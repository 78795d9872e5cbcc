package main

import "testing"

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
