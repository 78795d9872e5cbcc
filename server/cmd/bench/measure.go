package main

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"leergang/server/loadgen"
)

// statements counts the SQL statements PostgreSQL ran in the bench database,
// from pg_stat_statements (utility statements such as BEGIN included).
type statements struct{ db *sql.DB }

const ownDatabase = `dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
	AND query NOT ILIKE '%pg_stat_statements%'`

func (s statements) reset(ctx context.Context) error {
	_, err := s.db.ExecContext(ctx, `SELECT pg_stat_statements_reset()`)
	return err
}

func (s statements) count(ctx context.Context) (int64, error) {
	var n int64
	err := s.db.QueryRowContext(ctx, `SELECT coalesce(sum(calls), 0)::bigint FROM pg_stat_statements WHERE `+ownDatabase).Scan(&n)
	return n, err
}

// top lists the statements with the most total time, for the profile notes.
func (s statements) top(ctx context.Context, n int) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT calls, round(mean_exec_time::numeric, 3), regexp_replace(left(query, 160), '\s+', ' ', 'g')
		FROM pg_stat_statements WHERE `+ownDatabase+` ORDER BY total_exec_time DESC LIMIT $1`, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var calls int64
		var mean float64
		var q string
		if err := rows.Scan(&calls, &mean, &q); err != nil {
			return nil, err
		}
		out = append(out, fmt.Sprintf("%8d calls %8.3f ms  %s", calls, mean, q))
	}
	return out, rows.Err()
}

// waitIdle waits (up to two minutes) until no other statement is running in
// the bench database: a request the load generator gave up on (its 60 s
// timeout) can leave its statement running, which would slow the next step.
func (s statements) waitIdle(ctx context.Context) error {
	deadline := time.Now().Add(2 * time.Minute)
	for {
		var active int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM pg_stat_activity
			WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`).Scan(&active); err != nil {
			return err
		}
		if active == 0 || time.Now().After(deadline) {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// measured is one closed-loop run with the server-side figures around it.
type measured struct {
	loadgen.Result
	StatementsPerRequest float64
	PeakRSS              int64 // bytes; 0 for the ceiling
	TopStatements        []string
}

// measure warms up, resets the counters, runs, and reads the counters.
func measure(ctx context.Context, o *options, client *http.Client, stmts statements, srv *serverProc,
	concurrency int, next loadgen.Next, check loadgen.Check, profilePath string) (measured, error) {
	if err := stmts.waitIdle(ctx); err != nil {
		return measured{}, err
	}
	loadgen.Run(ctx, client, concurrency, o.warmup, o.seed+1, next, check)
	if err := stmts.reset(ctx); err != nil {
		return measured{}, err
	}
	if srv != nil {
		if err := srv.resetPeakRSS(); err != nil {
			return measured{}, err
		}
	}
	profileDone := make(chan error, 1)
	if profilePath != "" && srv != nil && srv.pprofAddr != "" {
		go func() { profileDone <- captureProfile(ctx, srv.pprofAddr, o.duration, profilePath) }()
	} else {
		profileDone <- nil
	}
	res := loadgen.Run(ctx, client, concurrency, o.duration, o.seed, next, check)
	m := measured{Result: res}
	n, err := stmts.count(ctx)
	if err != nil {
		return m, err
	}
	if res.Requests > 0 {
		m.StatementsPerRequest = float64(n) / float64(res.Requests)
	}
	if m.TopStatements, err = stmts.top(ctx, 6); err != nil {
		return m, err
	}
	if srv != nil {
		if m.PeakRSS, err = srv.peakRSS(); err != nil {
			return m, err
		}
	}
	if err := <-profileDone; err != nil {
		fmt.Fprintf(os.Stderr, "bench: CPU profile: %v\n", err)
	}
	return m, nil
}

// captureProfile saves a CPU profile of the server over most of the run.
func captureProfile(ctx context.Context, addr string, d time.Duration, path string) error {
	secs := max(1, int((d-time.Second)/time.Second))
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("http://%s/debug/pprof/profile?seconds=%d", addr, secs), nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(f, resp.Body)
	return err
}

// describeError shortens a first error for the console.
func describeError(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}
