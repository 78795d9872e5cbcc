package main

import (
	"io/fs"
	"log/slog"
	"net/http"

	"github.com/rs/cors"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/graph"
)

// newHandler assembles every route and middleware of the server.
func newHandler(cfg *Config, bdb *bun.DB, log *slog.Logger, dist fs.FS, mailer graph.Mailer) http.Handler {
	limits := db.SessionLimits{Idle: cfg.SessionIdle, Absolute: cfg.SessionMax}
	resolver := &graph.Resolver{DB: bdb, Log: log, BaseURL: cfg.BaseURL, Sessions: limits, Mailer: mailer}
	cookie := sessionCookie{secure: cfg.SecureCookies(), maxAge: cfg.SessionMax}
	store, uploads, jobs := mustFileServices(cfg, bdb, log)
	resolver.Praktijk = graph.Praktijk{RetentionMonths: cfg.FileRetention, PurgeFiles: jobs.purgeNow}

	api := http.NewServeMux()
	api.Handle("POST /graphql", newGraphQLHandler(resolver, cfg.Env == "development"))
	api.HandleFunc("/graphql", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", "POST")
		writeJSONError(w, http.StatusMethodNotAllowed, "BAD_USER_INPUT", "Gebruik POST voor /graphql.")
	})
	api.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		if err := bdb.PingContext(r.Context()); err != nil {
			http.Error(w, "database unavailable", http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("ok\n"))
	})
	// One session as an .ics download, for the signed-in person (cookie session).
	api.Handle("GET /sessions/{id}/ics", sessionICSHandler(bdb, cfg.BaseURL))
	// Resumable uploads (tus) and downloads of uploaded files (cookie session).
	api.Handle("/uploads/", uploads.Handler())
	api.Handle("GET /files/{id}", fileHandler(bdb, store, log))
	// Downloads made on request (CSV, XLSX, PDF, the AVG export), each area
	// under /downloads/<area>/ (cookie session).
	dl := downloadDeps{DB: bdb, Log: log, BaseURL: cfg.BaseURL, Store: store}
	mountFrameworkDownloads(api, dl)
	mountGrowthDownloads(api, dl)
	mountDashboardDownloads(api, dl)
	mountAuditDownloads(api, dl)

	// Cookie-authenticated writes from another origin are refused outright,
	// multipart included; CORS only opens reads of responses to listed origins.
	cop := http.NewCrossOriginProtection()
	for _, o := range cfg.Origins() {
		if err := cop.AddTrustedOrigin(o); err != nil {
			log.Warn("ignoring trusted origin", "origin", o, "err", err)
		}
	}
	corsMW := cors.New(cors.Options{
		AllowedOrigins:   cfg.Origins(),
		AllowedMethods:   []string{http.MethodGet, http.MethodPost},
		AllowedHeaders:   []string{"Content-Type"},
		AllowCredentials: true,
		MaxAge:           600,
	})
	var apiHandler http.Handler = session(bdb, limits, cookie, log)(api)
	apiHandler = corsMW.Handler(cop.Handler(apiHandler))

	root := http.NewServeMux()
	root.Handle("/graphql", apiHandler)
	root.Handle("/healthz", apiHandler)
	root.Handle("/sessions/", apiHandler)
	root.Handle("/uploads/", apiHandler)
	root.Handle("/files/", apiHandler)
	root.Handle("/downloads/", apiHandler)
	// The private calendar feed: its secret token is the credential, so it is
	// served without the cookie session, CORS or cross-origin protection.
	root.Handle("GET /calendar/{token}", calendarFeedHandler(bdb, cfg.BaseURL, log))
	root.Handle("/", spaHandler(dist))
	return requestID(accessLog(log)(securityHeaders(root)))
}
