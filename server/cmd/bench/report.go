package main

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"leergang/db/benchdata"
)

// Targets of Issue 7.
const (
	targetRatio      = 0.5
	targetStatements = 3.0
	targetP99        = 50 * time.Millisecond
	targetP99Conc    = 8
)

type step struct {
	op      operation
	ours    measured
	ceiling measured
}

func (s step) ratio() float64 {
	if s.ceiling.RPS() == 0 {
		return 0
	}
	return s.ours.RPS() / s.ceiling.RPS()
}

// missed lists the targets this step misses; p99 counts only at national
// scale and concurrency 8, as the issue states it.
func (s step) missed(scale string) []string {
	var out []string
	if s.ratio() < targetRatio {
		out = append(out, "ratio")
	}
	if s.ours.StatementsPerRequest > targetStatements {
		out = append(out, "SQL")
	}
	if scale == "national" && s.ours.Concurrency == targetP99Conc && s.ours.P99 >= targetP99 {
		out = append(out, "p99")
	}
	if s.ours.Errors > 0 {
		out = append(out, "errors")
	}
	return out
}

func (s step) consoleLine(scale string) string {
	line := fmt.Sprintf("%-8s %-9s c=%-3d ours %7.1f req/s p50 %6s p99 %6s err %d sql/req %.2f rss %s | ceiling %7.1f req/s p50 %6s p99 %6s sql/req %.2f | ratio %.2f",
		scale, s.op.key, s.ours.Concurrency, s.ours.RPS(), ms(s.ours.P50), ms(s.ours.P99), s.ours.Errors, s.ours.StatementsPerRequest,
		mib(s.ours.PeakRSS), s.ceiling.RPS(), ms(s.ceiling.P50), ms(s.ceiling.P99), s.ceiling.StatementsPerRequest, s.ratio())
	if s.ours.FirstError != "" {
		line += "\n    first error (ours): " + describeError(s.ours.FirstError)
	}
	if s.ceiling.FirstError != "" {
		line += "\n    first error (ceiling): " + describeError(s.ceiling.FirstError)
	}
	if s.ours.Concurrency == targetP99Conc {
		line += "\n    top statements (ours, by total time):\n      " + strings.Join(s.ours.TopStatements, "\n      ")
	}
	return line
}

type tableCount struct {
	table string
	rows  int64
}

type scaleResult struct {
	scale      benchdata.Scale
	generation time.Duration // 0: reused from an earlier run
	counts     []tableCount
	steps      []step
	peakRSS    int64
}

var countedTables = []string{"schools", "people", "leergangen", "sessions", "attendance", "submissions", "scans", "scan_ratings"}

func tableCounts(ctx context.Context, sqldb *sql.DB) ([]tableCount, error) {
	out := make([]tableCount, 0, len(countedTables))
	for _, t := range countedTables {
		var n int64
		if err := sqldb.QueryRowContext(ctx, "SELECT count(*) FROM "+t).Scan(&n); err != nil {
			return nil, err
		}
		out = append(out, tableCount{t, n})
	}
	return out, nil
}

type report struct {
	started time.Time
	options *options
	cpu     string
	memory  string
	pg      string
	kernel  string
	loadavg [2]string // /proc/loadavg at the start and at the end of the run
	scales  []*scaleResult
}

// loadAverage is the first three fields of /proc/loadavg: on a shared
// machine it tells how much else was running during the measurement.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

func (r *report) describeMachine(ctx context.Context, postgresURL string) error {
	r.loadavg[0] = loadAverage()
	r.cpu = firstField("/proc/cpuinfo", "model name")
	r.memory = firstField("/proc/meminfo", "MemTotal")
	if kb, err := strconv.ParseFloat(strings.TrimSuffix(r.memory, " kB"), 64); err == nil {
		r.memory = fmt.Sprintf("%.1f GiB", kb/(1<<20))
	}
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		r.kernel = strings.TrimSpace(string(b))
	}
	sqldb, err := sql.Open("pgx", postgresURL)
	if err != nil {
		return err
	}
	defer sqldb.Close()
	return sqldb.QueryRowContext(ctx, "SHOW server_version").Scan(&r.pg)
}

// firstField returns the value of the first "key: value" line with key.
func firstField(path, key string) string {
	f, err := os.Open(path)
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

const (
	beginMarker = "<!-- bench:results:start (written by make bench; edit outside these markers) -->"
	endMarker   = "<!-- bench:results:end -->"
)

func (r *report) markdown() string {
	o := r.options
	var b strings.Builder
	fmt.Fprintln(&b, beginMarker)
	fmt.Fprintf(&b, "_Last run: %s, %s per step after a %s warm-up, %d logged-in people per role, seed %d._\n\n",
		r.started.UTC().Format("2006-01-02 15:04 MST"), o.duration, o.warmup, o.users, o.seed)
	fmt.Fprintln(&b, "**Machine.**")
	fmt.Fprintf(&b, "- CPU: %s, %d logical cores (the server, PostgreSQL, the load generator and the ceiling all share them)\n", r.cpu, runtime.NumCPU())
	fmt.Fprintf(&b, "- Memory: %s; Linux %s\n", r.memory, r.kernel)
	fmt.Fprintf(&b, "- Go %s; PostgreSQL %s (the bench's own local cluster, default settings, durable, pg_stat_statements loaded)\n", runtime.Version(), r.pg)
	if o.dbParams != "" {
		fmt.Fprintf(&b, "- The server's DATABASE_URL had the extra parameters `%s`\n", o.dbParams)
	}
	fmt.Fprintf(&b, "- Load average (1, 5, 15 min) at the start: %s; at the end: %s\n\n", r.loadavg[0], r.loadavg[1])
	for _, sr := range r.scales {
		fmt.Fprintf(&b, "#### Scale `%s`\n\n", sr.scale.Name)
		var parts []string
		for _, c := range sr.counts {
			parts = append(parts, fmt.Sprintf("%d %s", c.rows, strings.ReplaceAll(c.table, "_", " ")))
		}
		gen := "reused from an earlier run"
		if sr.generation > 0 {
			gen = "generated in " + sr.generation.Round(100*time.Millisecond).String()
		}
		fmt.Fprintf(&b, "Data (%s): %s.\n\n", gen, strings.Join(parts, ", "))
		fmt.Fprintln(&b, "| Page (operation) | Conc. | req/s | p50 | p99 | Errors | SQL/req | Peak RSS | Ceiling req/s | Ceiling p50 / p99 | Ceiling SQL/req | Ratio | Targets |")
		fmt.Fprintln(&b, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
		for _, st := range sr.steps {
			targets := "✓"
			if m := st.missed(sr.scale.Name); len(m) > 0 {
				targets = "✗ " + strings.Join(m, ", ")
			}
			fmt.Fprintf(&b, "| %s | %d | %.0f | %s | %s | %d | %.2f | %s | %.0f | %s / %s | %.2f | %.2f | %s |\n",
				st.op.title, st.ours.Concurrency, st.ours.RPS(), ms(st.ours.P50), ms(st.ours.P99), st.ours.Errors,
				st.ours.StatementsPerRequest, mib(st.ours.PeakRSS), st.ceiling.RPS(), ms(st.ceiling.P50), ms(st.ceiling.P99),
				st.ceiling.StatementsPerRequest, st.ratio(), targets)
		}
		fmt.Fprintf(&b, "\nPeak RSS of the server over all steps: %s.\n\n", mib(sr.peakRSS))
	}
	fmt.Fprint(&b, endMarker)
	return b.String()
}

// writeResults puts md between the markers of path, keeping the hand-written
// rest (analysis, before/after); a file without markers gets them appended.
func writeResults(path, md string) error {
	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	text := string(old)
	i, j := strings.Index(text, beginMarker), strings.Index(text, endMarker)
	if i >= 0 && j > i {
		text = text[:i] + md + text[j+len(endMarker):]
	} else {
		if text != "" && !strings.HasSuffix(text, "\n") {
			text += "\n"
		}
		text += "\n" + md + "\n"
	}
	return os.WriteFile(path, []byte(text), 0o644)
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }

func mib(b int64) string {
	if b <= 0 {
		return "–"
	}
	return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20))
}
