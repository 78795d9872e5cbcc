package main

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"time"

	"leergang/db/benchdata"
	"leergang/server/loadgen"
)

// user is one logged-in person of a role, with what their pages ask for.
type user struct {
	email    string
	session  *loadgen.Session
	schoolID string   // directie: the school their pages show
	sessions []string // opleider: their past sessions (attendance registers)
}

// operation is one benchmarked SPA page: the GraphQL operation it sends and
// the ceiling endpoint with the same data.
type operation struct {
	key, title string
	document   string // the SPA's operation name in frontend/src/gql/gql.ts
	role       string
	variables  func(u *user, rng *rand.Rand, w *world) map[string]any
	ceiling    func(u *user, rng *rand.Rand, w *world) string // path and query
}

// world is what the load generator knows of the bench database.
type world struct {
	users  map[string][]*user // by role
	months []time.Time        // first days of the months that have sessions
}

// monthGrid is the range FullCalendar's month view asks for: from the Monday
// on or before the first of the month, six weeks.
func monthGrid(first time.Time) (time.Time, time.Time) {
	offset := (int(first.Weekday()) + 6) % 7
	from := first.AddDate(0, 0, -offset)
	return from, from.AddDate(0, 0, 42)
}

// operations are the benchmarked pages. The directie's page is the dashboard's
// staff table (ProgressRows) when the SPA has it, else the hours overview it
// replaced.
func operations(docs *loadgen.Documents) []operation {
	pickMonth := func(rng *rand.Rand, w *world) (string, string) {
		from, to := monthGrid(w.months[rng.IntN(len(w.months))])
		return from.Format(time.RFC3339), to.Format(time.RFC3339)
	}
	pickSession := func(u *user, rng *rand.Rand) string { return u.sessions[rng.IntN(len(u.sessions))] }
	directie := operation{key: "dashboard", title: "directie: dashboard, staff progress (ProgressRows)", document: "ProgressRows", role: "directie",
		variables: func(*user, *rand.Rand, *world) map[string]any { return map[string]any{"filter": map[string]any{}} },
		ceiling:   func(*user, *rand.Rand, *world) string { return "/dashboard" }}
	if !docs.Has(directie.document) {
		directie = operation{key: "directie", title: "directie: hours and progress of the school (HoursOverview)", document: "HoursOverview", role: "directie",
			variables: func(u *user, _ *rand.Rand, _ *world) map[string]any {
				return map[string]any{"leergangId": nil, "schoolId": u.schoolID}
			},
			ceiling: func(u *user, _ *rand.Rand, _ *world) string { return "/hours?school=" + u.schoolID }}
	}
	return []operation{
		directie,
		{key: "planner", title: "opleider: month planner (AgendaSessions)", document: "AgendaSessions", role: "opleider",
			variables: func(_ *user, rng *rand.Rand, w *world) map[string]any {
				from, to := pickMonth(rng, w)
				return map[string]any{"from": from, "to": to, "leergangId": nil, "opleiderId": nil, "mine": true}
			},
			ceiling: func(_ *user, rng *rand.Rand, w *world) string {
				from, to := pickMonth(rng, w)
				return "/agenda?" + url.Values{"from": {from}, "to": {to}}.Encode()
			}},
		{key: "home", title: "deelnemer: home page (Viewer)", document: "Viewer", role: "deelnemer",
			variables: func(*user, *rand.Rand, *world) map[string]any { return map[string]any{} },
			ceiling:   func(*user, *rand.Rand, *world) string { return "/viewer" }},
		{key: "register", title: "opleider: attendance register of a session (SessionAttendanceRegister)", document: "SessionAttendanceRegister", role: "opleider",
			variables: func(u *user, rng *rand.Rand, _ *world) map[string]any {
				return map[string]any{"sessionId": pickSession(u, rng)}
			},
			ceiling: func(u *user, rng *rand.Rand, _ *world) string { return "/register?session=" + pickSession(u, rng) }},
	}
}

// loadWorld picks, with a fixed seed, up to perRole people of each role,
// logs them in through the server and reads what their pages need.
func loadWorld(ctx context.Context, sqldb *sql.DB, c *http.Client, baseURL string, docs *loadgen.Documents, perRole int, seed uint64) (*world, error) {
	w := &world{users: map[string][]*user{}}
	rng := rand.New(rand.NewPCG(seed, 0))
	for _, role := range []string{"directie", "opleider", "deelnemer"} {
		rows, err := sqldb.QueryContext(ctx, `SELECT p.email, coalesce(min(ps.school_id::text), '')
			FROM people p JOIN person_roles r ON r.person_id = p.id AND r.role = $1
			LEFT JOIN person_schools ps ON ps.person_id = p.id
			WHERE p.email LIKE '%@bench.leergang.test' GROUP BY p.email ORDER BY p.email`, role)
		if err != nil {
			return nil, err
		}
		var all []*user
		for rows.Next() {
			u := &user{}
			if err := rows.Scan(&u.email, &u.schoolID); err != nil {
				rows.Close()
				return nil, err
			}
			all = append(all, u)
		}
		rows.Close()
		if len(all) == 0 {
			return nil, fmt.Errorf("no %s in the bench database", role)
		}
		rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
		for _, u := range all[:min(perRole, len(all))] {
			if u.session, err = loadgen.Login(ctx, c, baseURL, docs, u.email, benchdata.Password); err != nil {
				return nil, err
			}
			if role == "opleider" {
				if u.sessions, err = pastSessions(ctx, sqldb, u.email); err != nil {
					return nil, err
				}
			}
			w.users[role] = append(w.users[role], u)
		}
	}
	var first, last time.Time
	if err := sqldb.QueryRowContext(ctx, `SELECT min(starts_at), max(starts_at) FROM sessions`).Scan(&first, &last); err != nil {
		return nil, err
	}
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		return nil, err
	}
	first, last = first.In(ams), last.In(ams)
	for m := time.Date(first.Year(), first.Month(), 1, 0, 0, 0, 0, ams); !m.After(last); m = m.AddDate(0, 1, 0) {
		w.months = append(w.months, m)
	}
	return w, nil
}

func pastSessions(ctx context.Context, sqldb *sql.DB, email string) ([]string, error) {
	rows, err := sqldb.QueryContext(ctx, `SELECT s.id::text FROM sessions s
		JOIN session_opleiders so ON so.session_id = s.id JOIN people p ON p.id = so.person_id
		WHERE p.email = $1 AND s.starts_at < now() ORDER BY s.starts_at, s.id`, email)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("opleider %s has no past sessions", email)
	}
	return ids, rows.Err()
}

// graphqlNext builds the SPA's request of op for a random user of its role.
func graphqlNext(baseURL, query string, op operation, w *world) loadgen.Next {
	users := w.users[op.role]
	return func(ctx context.Context, rng *rand.Rand) (*http.Request, error) {
		u := users[rng.IntN(len(users))]
		return loadgen.GraphQLRequest(ctx, baseURL, u.session, op.document, query, op.variables(u, rng, w))
	}
}

// ceilingNext builds the ceiling's request for the same choice of user and ids.
func ceilingNext(baseURL string, op operation, w *world) loadgen.Next {
	users := w.users[op.role]
	return func(ctx context.Context, rng *rand.Rand) (*http.Request, error) {
		u := users[rng.IntN(len(users))]
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURL+op.ceiling(u, rng, w), nil)
		if err == nil {
			req.Header.Set("Cookie", u.session.Cookie)
		}
		return req, err
	}
}
