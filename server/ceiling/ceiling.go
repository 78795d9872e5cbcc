// Package ceiling is the yardstick of `make bench`: the data of each
// benchmarked SPA page fetched by ONE hand-written SQL statement (which also
// checks the session cookie) behind a bare net/http handler, with PostgreSQL
// building the JSON. No GraphQL, no policy layer, no loaders: what is left is
// the cost of the data itself, so the server's throughput can be stated as a
// fraction of it.
package ceiling

import (
	"crypto/sha256"
	"database/sql"
	"net/http"
	"strings"
	"time"
)

// Handler serves one endpoint per benchmarked operation:
//
//	GET /viewer                      the deelnemer's home page (Viewer)
//	GET /agenda?from=&to=            the opleider's month planner (AgendaSessions, mine)
//	GET /register?session=           a session's attendance register (SessionAttendanceRegister)
//	GET /hours?school=               the directie's hours overview of a school (HoursOverview)
//	GET /dashboard                   the directie's dashboard staff table (ProgressRows, empty filter)
//
// The session cookie (any name containing leergang_session) authenticates.
func Handler(sqldb *sql.DB) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /viewer", query(sqldb, viewerSQL, nil))
	mux.Handle("GET /agenda", query(sqldb, agendaSQL, func(r *http.Request) ([]any, bool) {
		from, err1 := time.Parse(time.RFC3339, r.URL.Query().Get("from"))
		to, err2 := time.Parse(time.RFC3339, r.URL.Query().Get("to"))
		return []any{from, to}, err1 == nil && err2 == nil
	}))
	mux.Handle("GET /register", query(sqldb, registerSQL, param("session")))
	mux.Handle("GET /hours", query(sqldb, hoursSQL, param("school")))
	mux.Handle("GET /dashboard", query(sqldb, dashboardSQL, nil))
	return mux
}

// param passes one required query parameter as the statement's $2.
func param(name string) func(*http.Request) ([]any, bool) {
	return func(r *http.Request) ([]any, bool) {
		v := r.URL.Query().Get(name)
		return []any{v}, v != ""
	}
}

// query runs one statement whose $1 is the session token's hash and whose
// single row and column is the JSON answer; no row means not signed in.
func query(sqldb *sql.DB, statement string, params func(*http.Request) ([]any, bool)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token := sessionToken(r)
		if token == "" {
			http.Error(w, "not signed in", http.StatusUnauthorized)
			return
		}
		sum := sha256.Sum256([]byte(token))
		args := []any{sum[:]}
		if params != nil {
			more, ok := params(r)
			if !ok {
				http.Error(w, "bad parameters", http.StatusBadRequest)
				return
			}
			args = append(args, more...)
		}
		var body []byte
		err := sqldb.QueryRowContext(r.Context(), statement, args...).Scan(&body)
		if err == sql.ErrNoRows {
			http.Error(w, "not signed in", http.StatusUnauthorized)
			return
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	})
}

func sessionToken(r *http.Request) string {
	for _, c := range r.Cookies() {
		if strings.Contains(c.Name, "leergang_session") {
			return c.Value
		}
	}
	return ""
}
