// Command bench is `make bench`: it generates the bench worlds (board and
// national scale) in its own PostgreSQL cluster with pg_stat_statements,
// starts the real bin/leergang against each, logs in real people, runs the
// SPA's GraphQL operations closed-loop at several concurrencies, runs the
// same pages against the one-statement ceiling in this process, and writes
// the figures to docs/benchmarks.md.
//
// Knobs (environment):
//
//	BENCH_SCALES       board,national
//	BENCH_CONCURRENCY  1,8,32
//	BENCH_DURATION     10s per step (one operation at one concurrency, ours or the ceiling)
//	BENCH_WARMUP       2s before each step, not counted
//	BENCH_USERS        32 logged-in people per role
//	BENCH_SEED         1
//	BENCH_FRESH        1: generate the data again even if an earlier run's database is reusable
//	BENCH_PROFILE      1: save a CPU profile of the server at concurrency 8 per operation
//	BENCH_DIR          .data/bench (cluster, server data and logs, profiles)
//	BENCH_BIN          bin/leergang
//	BENCH_OUT          docs/benchmarks.md ("-": only print)
//	BENCH_DB_PARAMS    extra DATABASE_URL parameters for the server, e.g.
//	                   default_query_exec_mode=simple_protocol (to compare driver settings)
package main

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"leergang/db/benchdata"
	"leergang/db/localpg"
	"leergang/server/ceiling"
	"leergang/server/loadgen"
)

type options struct {
	scales      []benchdata.Scale
	concurrency []int
	duration    time.Duration
	warmup      time.Duration
	users       int
	seed        uint64
	fresh       bool
	profile     bool
	dir         string
	bin         string
	out         string
	docs        string
	dbParams    string
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func env(name, def string) string {
	if v := strings.TrimSpace(os.Getenv(name)); v != "" {
		return v
	}
	return def
}

func loadOptions() (*options, error) {
	o := &options{fresh: env("BENCH_FRESH", "") == "1", profile: env("BENCH_PROFILE", "") == "1",
		dir: env("BENCH_DIR", ".data/bench"), bin: env("BENCH_BIN", "bin/leergang"), out: env("BENCH_OUT", "docs/benchmarks.md"),
		docs: "frontend/src/gql/gql.ts", dbParams: env("BENCH_DB_PARAMS", "")}
	for _, name := range strings.Split(env("BENCH_SCALES", "board,national"), ",") {
		s, err := benchdata.ByName(strings.TrimSpace(name))
		if err != nil {
			return nil, fmt.Errorf("BENCH_SCALES: %w", err)
		}
		o.scales = append(o.scales, s)
	}
	for _, c := range strings.Split(env("BENCH_CONCURRENCY", "1,8,32"), ",") {
		n, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("BENCH_CONCURRENCY: %q is not a positive number", c)
		}
		o.concurrency = append(o.concurrency, n)
	}
	var err error
	if o.duration, err = time.ParseDuration(env("BENCH_DURATION", "10s")); err != nil || o.duration < time.Second {
		return nil, fmt.Errorf("BENCH_DURATION: need a duration of at least 1s, such as 10s")
	}
	if o.warmup, err = time.ParseDuration(env("BENCH_WARMUP", "2s")); err != nil {
		return nil, fmt.Errorf("BENCH_WARMUP: %w", err)
	}
	if o.users, err = strconv.Atoi(env("BENCH_USERS", "32")); err != nil || o.users < 1 {
		return nil, fmt.Errorf("BENCH_USERS: need a positive number")
	}
	if o.seed, err = strconv.ParseUint(env("BENCH_SEED", "1"), 10, 64); err != nil {
		return nil, fmt.Errorf("BENCH_SEED: %w", err)
	}
	return o, nil
}

func run() error {
	o, err := loadOptions()
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	docs, err := loadgen.LoadDocuments(o.docs)
	if err != nil {
		return err
	}
	if _, err := os.Stat(o.bin); err != nil {
		return fmt.Errorf("%s: %w (run make build first)", o.bin, err)
	}
	logf := func(format string, args ...any) { fmt.Printf(format+"\n", args...) }
	cluster, err := startCluster(ctx, clusterDir(o.dir), logf)
	if err != nil {
		return err
	}
	defer func() { _ = cluster.Stop() }()

	report := &report{started: time.Now(), options: o}
	if err := report.describeMachine(ctx, cluster.URL("postgres")); err != nil {
		return err
	}
	for _, s := range o.scales {
		sr, err := benchScale(ctx, o, docs, cluster, s)
		if err != nil {
			return fmt.Errorf("scale %s: %w", s.Name, err)
		}
		report.scales = append(report.scales, sr)
	}
	report.loadavg[1] = loadAverage()
	md := report.markdown()
	fmt.Println()
	fmt.Println(md)
	if o.out == "-" {
		return nil
	}
	if err := writeResults(o.out, md); err != nil {
		return err
	}
	fmt.Printf("bench: results written to %s\n", o.out)
	return nil
}

// benchScale makes (or reuses) the scale's database and runs every operation
// at every concurrency against the server and the ceiling.
func benchScale(ctx context.Context, o *options, docs *loadgen.Documents, cluster *localpg.Cluster, s benchdata.Scale) (*scaleResult, error) {
	fmt.Printf("\n== scale %s\n", s.Name)
	url, genTime, err := benchDatabase(ctx, cluster, s, o.fresh, os.Stdout)
	if err != nil {
		return nil, err
	}
	sqldb, err := sql.Open("pgx", url)
	if err != nil {
		return nil, err
	}
	defer sqldb.Close()
	sqldb.SetMaxOpenConns(20) // the server's default LEERGANG_DB_MAX_CONNS
	sqldb.SetMaxIdleConns(20)
	if _, err := sqldb.ExecContext(ctx, `CREATE EXTENSION IF NOT EXISTS pg_stat_statements`); err != nil {
		return nil, err
	}
	sr := &scaleResult{scale: s, generation: genTime}
	if sr.counts, err = tableCounts(ctx, sqldb); err != nil {
		return nil, err
	}

	serverURL := url
	if o.dbParams != "" {
		serverURL += "&" + o.dbParams
	}
	srv, err := startServer(ctx, o.bin, serverURL, filepath.Join(o.dir, "server-"+s.Name), o.profile)
	if err != nil {
		return nil, err
	}
	defer srv.stop()
	ceil := &http.Server{Handler: ceiling.Handler(sqldb), ReadHeaderTimeout: 10 * time.Second}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	go func() { _ = ceil.Serve(l) }()
	defer ceil.Close()
	ceilURL := "http://" + l.Addr().String()

	client := loadgen.NewHTTPClient()
	t0 := time.Now()
	w, err := loadWorld(ctx, sqldb, client, srv.baseURL, docs, o.users, o.seed)
	if err != nil {
		return nil, err
	}
	fmt.Printf("bench: logged in %d directies, %d opleiders, %d deelnemers in %s\n",
		len(w.users["directie"]), len(w.users["opleider"]), len(w.users["deelnemer"]), time.Since(t0).Round(time.Millisecond))

	stmts := statements{db: sqldb}
	for _, op := range operations(docs) {
		query, err := docs.Operation(op.document)
		if err != nil {
			return nil, err
		}
		for _, c := range o.concurrency {
			profile := ""
			if o.profile && c == 8 {
				profile = filepath.Join(o.dir, "profiles", s.Name+"-"+op.key+".pprof")
			}
			ours, err := measure(ctx, o, client, stmts, srv, c, graphqlNext(srv.baseURL, query, op, w), loadgen.GraphQLOK, profile)
			if err != nil {
				return nil, err
			}
			ceilRes, err := measure(ctx, o, client, stmts, nil, c, ceilingNext(ceilURL, op, w), loadgen.StatusOK, "")
			if err != nil {
				return nil, err
			}
			st := step{op: op, ours: ours, ceiling: ceilRes}
			sr.steps = append(sr.steps, st)
			sr.peakRSS = max(sr.peakRSS, ours.PeakRSS)
			fmt.Println(st.consoleLine(s.Name))
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
		}
	}
	return sr, nil
}
