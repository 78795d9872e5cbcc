// Command leergang serves the Leergang GraphQL API and the embedded SPA.
//
//	leergang                  serve (the default)
//	leergang serve            serve
//	leergang migrate status   list migrations and whether they are applied
//	leergang migrate up       apply pending migrations and exit
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/demo"
	"leergang/frontend"
	"leergang/graph"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "leergang:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	cfg, err := LoadConfig(os.Getenv)
	if err != nil {
		return err
	}
	log := newLogger(cfg)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	cmd := "serve"
	if len(args) > 0 {
		cmd = args[0]
	}
	switch cmd {
	case "serve":
		return serve(ctx, cfg, log)
	case "migrate":
		if len(args) != 2 || (args[1] != "status" && args[1] != "up") {
			return errors.New("usage: leergang migrate status|up")
		}
		bdb, closeDB, err := openDatabase(ctx, cfg, log)
		if err != nil {
			return err
		}
		defer closeDB()
		if args[1] == "up" {
			applied, err := db.Migrate(ctx, bdb)
			if err != nil {
				return err
			}
			fmt.Printf("applied %d migrations\n", len(applied))
			return nil
		}
		return db.PrintMigrationStatus(ctx, bdb, os.Stdout)
	default:
		return fmt.Errorf("unknown command %q; use serve or migrate status|up", cmd)
	}
}

func newLogger(cfg *Config) *slog.Logger {
	opts := &slog.HandlerOptions{Level: cfg.LogLevel}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(os.Stderr, opts))
	}
	return slog.New(slog.NewTextHandler(os.Stderr, opts))
}

func serve(ctx context.Context, cfg *Config, log *slog.Logger) error {
	tuneGC(os.Getenv)
	bdb, closeDB, err := openDatabase(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer closeDB()
	applied, err := db.Migrate(ctx, bdb)
	if err != nil {
		return err
	}
	log.Info("database migrated", "applied", len(applied))
	if cfg.DemoData {
		loaded, err := demo.LoadIfEmpty(ctx, bdb, cfg.BaseURL)
		if err != nil {
			return fmt.Errorf("demo data: %w", err)
		}
		if loaded {
			log.Info("demo data loaded; see README.md for the demo logins")
		}
	}
	if !frontend.Embedded {
		log.Warn("built without the SPA (no_ui); only the API is served")
	}

	if cfg.PprofAddr != "" {
		go servePprof(ctx, cfg.PprofAddr, log)
	}
	go purgeLoop(ctx, bdb, db.SessionLimits{Idle: cfg.SessionIdle, Absolute: cfg.SessionMax}, log)
	store, err := openFileStore(cfg)
	if err != nil {
		return err
	}
	log.Info("file store", "store", store.Describe())
	if cfg.DemoData {
		if err := demo.StoreFiles(ctx, bdb, store); err != nil {
			return fmt.Errorf("demo files: %w", err)
		}
	}
	go (&fileJobs{db: bdb, store: store, log: log, expiry: cfg.UploadExpiry}).loop(ctx)

	var mailer graph.Mailer = logMailer{log: log}
	if cfg.SMTPURL != "" {
		sm := newSMTPMailer(bdb, log, cfg.SMTPURL, cfg.MailFrom)
		go sm.run(ctx)
		mailer = sm
	}

	srv := &http.Server{
		Addr:              cfg.Addr,
		Handler:           newHandler(cfg, bdb, log, frontend.Dist(), mailer),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	log.Info("Leergang is running", "url", cfg.BaseURL, "addr", cfg.Addr, "env", cfg.Env)

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down; finishing requests in flight")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return srv.Shutdown(shutdownCtx)
}

// purgeLoop removes expired sessions and old login failures every hour.
func purgeLoop(ctx context.Context, bdb *bun.DB, limits db.SessionLimits, log *slog.Logger) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		if err := db.PurgeExpiredSessions(ctx, bdb, limits); err != nil && ctx.Err() == nil {
			log.Warn("purging expired sessions", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
