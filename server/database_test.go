package main

import "testing"

func TestDatabaseURLGetsTheServerDefaults(t *testing.T) {
	const defaults = "connect_timeout=5&jit=off&statement_cache_capacity=128"
	cases := map[string]string{
		"postgres://app@db.example.nl:5432/leergang?sslmode=require": "postgres://app@db.example.nl:5432/leergang?connect_timeout=5&jit=off&sslmode=require&statement_cache_capacity=128",
		"postgres://app@db/leergang":                                 "postgres://app@db/leergang?" + defaults,
		// An explicit setting wins.
		"postgres://app@db/leergang?connect_timeout=30&jit=on&statement_cache_capacity=512": "postgres://app@db/leergang?connect_timeout=30&jit=on&statement_cache_capacity=512",
	}
	for in, want := range cases {
		if got := withServerDefaults(in); got != want {
			t.Errorf("withServerDefaults(%q) = %q, want %q", in, got, want)
		}
	}
}
