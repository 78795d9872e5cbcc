package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"leergang/server/loadgen"
)

func TestWriteResultsKeepsTheHandWrittenParts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "benchmarks.md")
	if err := os.WriteFile(path, []byte("# Benchmarks\n\nAnalysis before.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	first := beginMarker + "\nrun one\n" + endMarker
	if err := writeResults(path, first); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	if err := os.WriteFile(path, []byte(string(b)+"\n## Before/after\nkept\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeResults(path, beginMarker+"\nrun two\n"+endMarker); err != nil {
		t.Fatal(err)
	}
	b, _ = os.ReadFile(path)
	text := string(b)
	for _, want := range []string{"Analysis before.", "run two", "## Before/after\nkept"} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in:\n%s", want, text)
		}
	}
	if strings.Contains(text, "run one") || strings.Count(text, beginMarker) != 1 {
		t.Errorf("the old results were not replaced:\n%s", text)
	}
}

func TestMonthGridStartsOnMonday(t *testing.T) {
	ams, _ := time.LoadLocation("Europe/Amsterdam")
	from, to := monthGrid(time.Date(2026, 11, 1, 0, 0, 0, 0, ams)) // a Sunday
	if from.Weekday() != time.Monday || from.Day() != 26 || to.Sub(from) < 41*24*time.Hour {
		t.Errorf("grid %s – %s", from, to)
	}
}

func TestMissedTargets(t *testing.T) {
	mk := func(conc int, rps, ceilRPS float64, p99 time.Duration, sql float64) step {
		d := 10 * time.Second
		return step{
			ours:    measured{Result: loadgen.Result{Concurrency: conc, Requests: int(rps * 10), Elapsed: d, P99: p99}, StatementsPerRequest: sql},
			ceiling: measured{Result: loadgen.Result{Concurrency: conc, Requests: int(ceilRPS * 10), Elapsed: d}},
		}
	}
	if m := mk(8, 600, 1000, 20*time.Millisecond, 2).missed("national"); len(m) != 0 {
		t.Errorf("all targets met, got %v", m)
	}
	if m := mk(8, 400, 1000, 60*time.Millisecond, 4).missed("national"); strings.Join(m, ",") != "ratio,SQL,p99" {
		t.Errorf("got %v", m)
	}
	// p99 is a target only at national scale and concurrency 8.
	if m := mk(32, 600, 1000, 90*time.Millisecond, 2).missed("national"); len(m) != 0 {
		t.Errorf("got %v", m)
	}
}
