package main

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/google/uuid"

	"leergang/db"
)

const (
	calLotte   = "lotte.vandijk@zuidoostsamen.nl"   // deelnemer, in the test group
	calMarloes = "marloes.wolters@swvtwentekant.nl" // deelnemer, in another group
)

// calServer serves the two calendar handlers as server/http.go mounts them:
// the feed without the session middleware, the download behind it.
type calServer struct {
	*testServer
	cal    *httptest.Server
	cookie sessionCookie
	limits db.SessionLimits
}

func newCalServer(t *testing.T) *calServer {
	t.Helper()
	ts := newTestServer(t)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	limits := db.SessionLimits{Idle: ts.Config.SessionIdle, Absolute: ts.Config.SessionMax}
	cookie := sessionCookie{secure: ts.Config.SecureCookies(), maxAge: ts.Config.SessionMax}
	// Once server/http.go mounts the handlers, the real handler answers 401 for
	// a download without a cookie (the SPA would answer 200): test that one.
	if resp, err := http.Get(ts.URL + "/sessions/" + uuid.NewString() + "/ics"); err == nil {
		resp.Body.Close()
		if resp.StatusCode == http.StatusUnauthorized {
			return &calServer{testServer: ts, cal: ts.Server, cookie: cookie, limits: limits}
		}
	}
	withSession := http.NewServeMux()
	withSession.Handle("GET /sessions/{id}/ics", sessionICSHandler(ts.DB, ts.Config.BaseURL))
	mux := http.NewServeMux()
	mux.Handle("GET /calendar/{token}", calendarFeedHandler(ts.DB, ts.Config.BaseURL, log))
	mux.Handle("/sessions/", session(ts.DB, limits, cookie, log)(withSession))
	srv := httptest.NewServer(requestID(securityHeaders(mux)))
	t.Cleanup(srv.Close)
	return &calServer{testServer: ts, cal: srv, cookie: cookie, limits: limits}
}

func calPersonID(t *testing.T, ts *testServer, email string) uuid.UUID {
	t.Helper()
	var id uuid.UUID
	if err := ts.DB.NewRaw("SELECT id FROM people WHERE email = ?", email).Scan(context.Background(), &id); err != nil {
		t.Fatalf("demo person %s: %v", email, err)
	}
	return id
}

func calExec(t *testing.T, ts *testServer, query string, args ...any) {
	t.Helper()
	if _, err := ts.DB.NewRaw(query, args...).Exec(context.Background()); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

func calScanID(t *testing.T, ts *testServer, query string, args ...any) uuid.UUID {
	t.Helper()
	var id uuid.UUID
	if err := ts.DB.NewRaw(query, args...).Scan(context.Background(), &id); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return id
}

// calFixture is a leergang with two groups: one with Lotte, one with Marloes.
type calFixture struct {
	leergang, leerjaar, lotteGroup, otherGroup uuid.UUID
}

func newCalFixture(t *testing.T, ts *testServer) *calFixture {
	t.Helper()
	f := &calFixture{}
	f.leergang = calScanID(t, ts, `INSERT INTO leergangen (name, client_organisation_id, status)
		VALUES ('Kalendertest', (SELECT id FROM organisations ORDER BY name LIMIT 1), 'lopend') RETURNING id`)
	f.leerjaar = calScanID(t, ts, "INSERT INTO leerjaren (leergang_id, number) VALUES (?, 1) RETURNING id", f.leergang)
	f.lotteGroup = calScanID(t, ts, "INSERT INTO leergang_groups (leergang_id, name) VALUES (?, 'Kalendergroep') RETURNING id", f.leergang)
	f.otherGroup = calScanID(t, ts, "INSERT INTO leergang_groups (leergang_id, name) VALUES (?, 'Andere groep') RETURNING id", f.leergang)
	calExec(t, ts, "INSERT INTO group_members (group_id, person_id) VALUES (?, ?)", f.lotteGroup, calPersonID(t, ts, calLotte))
	calExec(t, ts, "INSERT INTO group_members (group_id, person_id) VALUES (?, ?)", f.otherGroup, calPersonID(t, ts, calMarloes))
	return f
}

// session inserts a published dagdeel of 3 hours for a group.
func (f *calFixture) session(t *testing.T, ts *testServer, group uuid.UUID, title, location string, start time.Time) uuid.UUID {
	t.Helper()
	id := calScanID(t, ts, `INSERT INTO sessions (leergang_id, leerjaar_id, kind, dagdeel, title, theme, starts_at, ends_at,
			credit_minutes, location, description, materials, published)
		VALUES (?, ?, 'dagdeel', 'ochtend', ?, 'Gespreksvoering', ?, ?, 180, ?, 'Neem je casus mee; we werken in drietallen.',
			'[{"label":"Reader","url":"https://example.org/reader.pdf"}]', true) RETURNING id`,
		f.leergang, f.leerjaar, title, start, start.Add(3*time.Hour), location)
	calExec(t, ts, "INSERT INTO session_groups (session_id, group_id) VALUES (?, ?)", id, group)
	return id
}

// nextDate is the first day of that month and day strictly after tomorrow,
// at the wall time in Amsterdam: always inside the feed's 400 days ahead.
func nextDate(month time.Month, day, hour, minute int) time.Time {
	now := time.Now().In(calendarZone).AddDate(0, 0, 1)
	t := time.Date(now.Year(), month, day, hour, minute, 0, 0, calendarZone)
	if !t.After(now) {
		t = t.AddDate(1, 0, 0)
	}
	return t
}

func (s *calServer) get(t *testing.T, path string, header http.Header) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, s.cal.URL+path, nil)
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, string(body)
}

// signedIn is a Cookie header for a fresh sign-in session of the person.
func (s *calServer) signedIn(t *testing.T, email string) http.Header {
	t.Helper()
	token, err := db.CreateSignInSession(context.Background(), s.DB, calPersonID(t, s.testServer, email), s.limits, "test", "127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	return http.Header{"Cookie": {s.cookie.name() + "=" + token}}
}

func parseICS(t *testing.T, body string) *ics.Calendar {
	t.Helper()
	cal, err := ics.ParseCalendar(strings.NewReader(body))
	if err != nil {
		t.Fatalf("golang-ical cannot parse the calendar: %v\n%s", err, body)
	}
	return cal
}

func eventByUID(cal *ics.Calendar, uid string) *ics.VEvent {
	for _, e := range cal.Events() {
		if e.Id() == uid {
			return e
		}
	}
	return nil
}

func prop(c interface {
	GetProperty(ics.ComponentProperty) *ics.IANAProperty
}, p ics.ComponentProperty) string {
	if v := c.GetProperty(p); v != nil {
		return v.Value
	}
	return ""
}

func calProp(cal *ics.Calendar, name ics.Property) string {
	for _, p := range cal.CalendarProperties {
		if p.IANAToken == string(name) {
			return p.Value
		}
	}
	return ""
}

// renewFeed renews the signed-in person's feed through GraphQL and returns the path of its URL.
func renewFeed(t *testing.T, s *calServer, c *client) string {
	t.Helper()
	var out struct {
		RenewCalendarFeed struct {
			Feed struct {
				URL       *string
				Active    bool
				CreatedAt *time.Time
			}
		}
	}
	c.do(`mutation { renewCalendarFeed { feed { url active createdAt } } }`, nil).decode(t, &out)
	feed := out.RenewCalendarFeed.Feed
	if feed.URL == nil || !feed.Active || feed.CreatedAt == nil {
		t.Fatalf("renew answered %+v", feed)
	}
	prefix := strings.TrimRight(s.Config.BaseURL, "/") + "/calendar/"
	if !strings.HasPrefix(*feed.URL, prefix) || !strings.HasSuffix(*feed.URL, ".ics") {
		t.Fatalf("feed URL %q is not %s<token>.ics", *feed.URL, prefix)
	}
	return strings.TrimPrefix(*feed.URL, strings.TrimRight(s.Config.BaseURL, "/"))
}

func TestCalendarFeedHTTP(t *testing.T) {
	s := newCalServer(t)
	f := newCalFixture(t, s.testServer)
	winterStart := nextDate(time.January, 14, 9, 30) // CET, UTC+1
	summerStart := nextDate(time.June, 10, 13, 0)    // CEST, UTC+2
	winter := f.session(t, s.testServer, f.lotteGroup, "Leiderschap, deel 1", "De Regenboog, Amsterdam", winterStart)
	summer := f.session(t, s.testServer, f.lotteGroup, "Zorgbesprekingen leiden", "", summerStart)
	calExec(t, s.testServer, "UPDATE sessions SET online_url = 'https://meet.example.org/abc' WHERE id = ?", summer)
	cancelled := f.session(t, s.testServer, f.lotteGroup, "Terugblik", "Hotel De Wereld", nextDate(time.March, 3, 9, 30))
	calExec(t, s.testServer, "UPDATE sessions SET cancelled_at = now(), cancel_reason = 'De opleider is ziek' WHERE id = ?", cancelled)
	others := f.session(t, s.testServer, f.otherGroup, "Alleen voor de andere groep", "Elders", nextDate(time.February, 2, 9, 30))

	lotte := s.loginAs(t, calLotte)
	path := renewFeed(t, s, lotte)

	resp, body := s.get(t, path, nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("feed: %d %s", resp.StatusCode, body)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/calendar; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	if cc := resp.Header.Get("Cache-Control"); cc != "private, max-age=300" {
		t.Errorf("Cache-Control %q", cc)
	}
	cal := parseICS(t, body)
	if got := calProp(cal, ics.PropertyXWRCalName); got != "Leergang – Lotte van Dijk" {
		t.Errorf("X-WR-CALNAME %q", got)
	}

	// The VTIMEZONE of Europe/Amsterdam with the CET/CEST rules.
	tzs := cal.Timezones()
	if len(tzs) != 1 || prop(tzs[0], ics.ComponentPropertyTzid) != calendarTZID {
		t.Fatalf("want one VTIMEZONE %s, got %d", calendarTZID, len(tzs))
	}
	rules := map[string]string{}
	for _, sub := range tzs[0].SubComponents() {
		switch c := sub.(type) {
		case *ics.Standard:
			rules["standard"] = prop(c, ics.ComponentPropertyDtStart) + " " + prop(c, ics.ComponentPropertyRrule) + " " +
				prop(c, ics.ComponentProperty(ics.PropertyTzoffsetto))
		case *ics.Daylight:
			rules["daylight"] = prop(c, ics.ComponentPropertyDtStart) + " " + prop(c, ics.ComponentPropertyRrule) + " " +
				prop(c, ics.ComponentProperty(ics.PropertyTzoffsetto))
		}
	}
	if rules["standard"] != "19701025T030000 FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU +0100" ||
		rules["daylight"] != "19700329T020000 FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU +0200" {
		t.Errorf("time zone rules: %q", rules)
	}

	// Winter and summer: TZID=Europe/Amsterdam with the local wall time.
	for _, tc := range []struct {
		id         uuid.UUID
		start      time.Time
		wallStart  string
		wallEnd    string
		utcOffset  int
		summary    string
		location   string
		descriptor string
	}{
		{winter, winterStart, winterStart.Format("20060102") + "T093000", winterStart.Format("20060102") + "T123000", 3600,
			"Dagdeel: Leiderschap, deel 1", "De Regenboog, Amsterdam", "Thema: Gespreksvoering"},
		{summer, summerStart, summerStart.Format("20060102") + "T130000", summerStart.Format("20060102") + "T160000", 7200,
			"Dagdeel: Zorgbesprekingen leiden", "https://meet.example.org/abc", "Reader: https://example.org/reader.pdf"},
	} {
		ev := eventByUID(cal, tc.id.String()+"@leergang")
		if ev == nil {
			t.Fatalf("no event with UID %s@leergang", tc.id)
		}
		dt := ev.GetProperty(ics.ComponentPropertyDtStart)
		if dt.Value != tc.wallStart || len(dt.ICalParameters["TZID"]) != 1 || dt.ICalParameters["TZID"][0] != calendarTZID {
			t.Errorf("DTSTART %q %v, want %s in %s", dt.Value, dt.ICalParameters, tc.wallStart, calendarTZID)
		}
		if end := ev.GetProperty(ics.ComponentPropertyDtEnd); end.Value != tc.wallEnd || end.ICalParameters["TZID"][0] != calendarTZID {
			t.Errorf("DTEND %q %v, want %s", end.Value, end.ICalParameters, tc.wallEnd)
		}
		got, err := ev.GetStartAt()
		if err != nil || !got.Equal(tc.start) {
			t.Errorf("start parses as %v (%v), want %v", got, err, tc.start)
		}
		if _, off := got.Zone(); off != tc.utcOffset {
			t.Errorf("%s: UTC offset %d, want %d", tc.wallStart, off, tc.utcOffset)
		}
		if v := prop(ev, ics.ComponentPropertyStatus); v != "CONFIRMED" {
			t.Errorf("STATUS %q", v)
		}
		if v := prop(ev, ics.ComponentPropertySequence); v != "0" {
			t.Errorf("SEQUENCE %q", v)
		}
		if v := prop(ev, ics.ComponentPropertySummary); v != tc.summary {
			t.Errorf("SUMMARY %q, want %q", v, tc.summary)
		}
		if v := prop(ev, ics.ComponentPropertyLocation); v != tc.location {
			t.Errorf("LOCATION %q, want %q", v, tc.location)
		}
		if v := prop(ev, ics.ComponentPropertyDescription); !strings.Contains(v, tc.descriptor) || !strings.Contains(v, "Neem je casus mee; we werken") {
			t.Errorf("DESCRIPTION %q lacks %q", v, tc.descriptor)
		}
		if v := prop(ev, ics.ComponentPropertyUrl); v != strings.TrimRight(s.Config.BaseURL, "/")+"/sessies/"+tc.id.String() {
			t.Errorf("URL %q", v)
		}
	}

	// The cancelled session stays in the feed, cancelled, with its reason.
	ev := eventByUID(cal, cancelled.String()+"@leergang")
	if ev == nil {
		t.Fatal("the cancelled session is missing from the feed")
	}
	if v := prop(ev, ics.ComponentPropertyStatus); v != "CANCELLED" {
		t.Errorf("cancelled session has STATUS %q", v)
	}
	if v := prop(ev, ics.ComponentPropertyDescription); !strings.HasPrefix(v, "Geannuleerd: De opleider is ziek") {
		t.Errorf("cancelled DESCRIPTION %q", v)
	}
	// Another group's session is not Lotte's.
	if eventByUID(cal, others.String()+"@leergang") != nil {
		t.Error("the feed holds a session of another group")
	}

	// An unchanged feed answers 304 to its ETag.
	etag := resp.Header.Get("ETag")
	if r2, _ := s.get(t, path, http.Header{"If-None-Match": {etag}}); etag == "" || r2.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match %q: %d", etag, r2.StatusCode)
	}

	// A change raises SEQUENCE; the UID stays.
	calExec(t, s.testServer, "UPDATE sessions SET starts_at = starts_at + interval '30 minutes', ends_at = ends_at + interval '30 minutes', "+
		"sequence = sequence + 1, updated_at = now() + interval '1 second' WHERE id = ?", winter)
	resp, body = s.get(t, path, http.Header{"If-None-Match": {etag}})
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("after the change: %d", resp.StatusCode)
	}
	ev = eventByUID(parseICS(t, body), winter.String()+"@leergang")
	if ev == nil {
		t.Fatal("the changed session lost its UID")
	}
	if v := prop(ev, ics.ComponentPropertySequence); v != "1" {
		t.Errorf("SEQUENCE after a change %q, want 1", v)
	}
	if v := prop(ev, ics.ComponentPropertyDtStart); v != winterStart.Format("20060102")+"T100000" {
		t.Errorf("moved DTSTART %q", v)
	}

	// The feed query shows the feed as active but never its URL again.
	var status struct {
		CalendarFeed struct {
			URL    *string
			Active bool
		}
	}
	lotte.do(`{ calendarFeed { url active createdAt } }`, nil).decode(t, &status)
	if !status.CalendarFeed.Active || status.CalendarFeed.URL != nil {
		t.Errorf("calendarFeed: %+v", status.CalendarFeed)
	}
	// Nobody else's feed is changed by Lotte's, nor theirs by hers.
	marloes := s.loginAs(t, calMarloes)
	marloesPath := renewFeed(t, s, marloes)
	_, mbody := s.get(t, marloesPath, nil)
	if mcal := parseICS(t, mbody); eventByUID(mcal, others.String()+"@leergang") == nil || eventByUID(mcal, winter.String()+"@leergang") != nil {
		t.Error("Marloes's feed should hold her group's session and not Lotte's")
	}

	// Renewing: the old URL stops working, the new one works.
	newPath := renewFeed(t, s, lotte)
	if newPath == path {
		t.Fatal("renew kept the URL")
	}
	if r, b := s.get(t, path, nil); r.StatusCode != http.StatusNotFound || strings.Contains(b, "Lotte") {
		t.Errorf("old URL after renew: %d %q", r.StatusCode, b)
	}
	if r, _ := s.get(t, newPath, nil); r.StatusCode != http.StatusOK {
		t.Errorf("new URL: %d", r.StatusCode)
	}

	// Revoking: 404.
	var revoked struct {
		RevokeCalendarFeed struct{ Feed struct{ Active bool } }
	}
	lotte.do(`mutation { revokeCalendarFeed { feed { active url } } }`, nil).decode(t, &revoked)
	if revoked.RevokeCalendarFeed.Feed.Active {
		t.Error("revoke answered active")
	}
	if r, _ := s.get(t, newPath, nil); r.StatusCode != http.StatusNotFound {
		t.Errorf("URL after revoke: %d", r.StatusCode)
	}
	if r, _ := s.get(t, marloesPath, nil); r.StatusCode != http.StatusOK {
		t.Errorf("Lotte's revoke ended Marloes's feed: %d", r.StatusCode)
	}

	// Unknown tokens and other paths: 404 without detail.
	for _, p := range []string{"/calendar/bogus.ics", "/calendar/.ics", strings.TrimSuffix(marloesPath, ".ics"), marloesPath + ".txt"} {
		if r, b := s.get(t, p, nil); r.StatusCode != http.StatusNotFound || strings.Contains(b, "Marloes") {
			t.Errorf("%s: %d %q", p, r.StatusCode, b)
		}
	}
}

func TestCalendarFeedGraphQLNeedsSignIn(t *testing.T) {
	ts := newTestServer(t)
	anon := ts.client(t)
	for _, q := range []string{
		`{ calendarFeed { active } }`,
		`mutation { renewCalendarFeed { feed { url } } }`,
		`mutation { revokeCalendarFeed { feed { active } } }`,
	} {
		if res := anon.do(q, nil); res.code() != "UNAUTHENTICATED" {
			t.Errorf("%s as anonymous: %s %+v", q, res.code(), res.Errors)
		}
	}
	var n int
	if err := ts.DB.NewRaw("SELECT count(*) FROM calendar_feeds").Scan(context.Background(), &n); err != nil || n != 0 {
		t.Fatalf("feeds after anonymous calls: %d %v", n, err)
	}
}

func TestSessionICSDownload(t *testing.T) {
	s := newCalServer(t)
	f := newCalFixture(t, s.testServer)
	start := nextDate(time.July, 2, 19, 0)
	own := f.session(t, s.testServer, f.lotteGroup, `Intervisie "Één" / Ouders; café`, "Het Kompas", start)
	others := f.session(t, s.testServer, f.otherGroup, "Alleen voor de andere groep", "Elders", start)
	lotte := s.signedIn(t, calLotte)

	resp, body := s.get(t, "/sessions/"+own.String()+"/ics", lotte)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("own session: %d %s", resp.StatusCode, body)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/calendar; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	want := `attachment; filename="leergang-` + start.Format("2006-01-02") + `-intervisie-een-ouders-cafe.ics"`
	if cd := resp.Header.Get("Content-Disposition"); cd != want {
		t.Errorf("Content-Disposition\n got %s\nwant %s", cd, want)
	}
	cal := parseICS(t, body)
	if len(cal.Events()) != 1 {
		t.Fatalf("want one event, got %d", len(cal.Events()))
	}
	ev := eventByUID(cal, own.String()+"@leergang")
	if ev == nil {
		t.Fatal("the download lacks the session's UID")
	}
	if v := prop(ev, ics.ComponentPropertySummary); v != `Dagdeel: Intervisie "Één" / Ouders; café` {
		t.Errorf("SUMMARY %q (escaping must round-trip)", v)
	}
	if dt := ev.GetProperty(ics.ComponentPropertyDtStart); dt.Value != start.Format("20060102")+"T190000" || dt.ICalParameters["TZID"][0] != calendarTZID {
		t.Errorf("DTSTART %q %v", dt.Value, dt.ICalParameters)
	}
	if len(cal.Timezones()) != 1 {
		t.Error("the download lacks its VTIMEZONE")
	}

	for _, tc := range []struct {
		name   string
		path   string
		header http.Header
		status int
	}{
		{"someone else's session", "/sessions/" + others.String() + "/ics", lotte, http.StatusForbidden},
		{"no such session", "/sessions/" + uuid.NewString() + "/ics", lotte, http.StatusNotFound},
		{"malformed id", "/sessions/nope/ics", lotte, http.StatusNotFound},
		{"signed out", "/sessions/" + own.String() + "/ics", nil, http.StatusUnauthorized},
		{"expired cookie", "/sessions/" + own.String() + "/ics", http.Header{"Cookie": {s.cookie.name() + "=stale"}}, http.StatusUnauthorized},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := s.get(t, tc.path, tc.header)
			if resp.StatusCode != tc.status {
				t.Fatalf("got %d %q, want %d", resp.StatusCode, body, tc.status)
			}
			if strings.Contains(body, "BEGIN:VCALENDAR") || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain") {
				t.Errorf("error answer is not plain text: %s %q", resp.Header.Get("Content-Type"), body)
			}
		})
	}
}

func TestICSHelpers(t *testing.T) {
	for in, want := range map[string]string{
		"Intervisie: Één / twee":  "intervisie-een-twee",
		"  --Tweedaagse 2027!!  ": "tweedaagse-2027",
		"日本語":                     "bijeenkomst",
		"Ærø & Œuvre straße":      "aero-oeuvre-strasse",
		strings.Repeat("ab ", 40): strings.TrimRight(strings.Repeat("ab-", 17), "-"),
	} {
		if got := asciiSlug(in, 50); got != want {
			t.Errorf("asciiSlug(%q) = %q, want %q", in, got, want)
		}
	}
	if got := icsText("a\r\nb\x00c\td"); got != "a\nb c\td" {
		t.Errorf("icsText = %q", got)
	}
	// A description with a carriage return and commas still parses to the same text.
	cal := newCalendar()
	sess := &db.TrainingSession{ID: uuid.New(), Kind: db.SessionIntervisie, Title: "Casus, vraag; antwoord",
		Description: "regel 1\r\nregel 2, met komma", StartsAt: time.Date(2027, 3, 28, 1, 30, 0, 0, time.UTC),
		EndsAt: time.Date(2027, 3, 28, 3, 0, 0, 0, time.UTC), Materials: []db.Material{}}
	addSessionEvent(cal, sess, "https://leergang.example/")
	parsed := parseICS(t, cal.Serialize())
	ev := eventByUID(parsed, sess.ID.String()+"@leergang")
	if ev == nil {
		t.Fatal("event lost")
	}
	if d := prop(ev, ics.ComponentPropertyDescription); !strings.Contains(d, "regel 1\nregel 2, met komma") {
		t.Errorf("DESCRIPTION %q", d)
	}
	// 01:30 UTC on the last Sunday of March 2027 is 03:30 CEST, just after the change.
	if v := prop(ev, ics.ComponentPropertyDtStart); v != "20270328T033000" {
		t.Errorf("DTSTART across the DST change %q", v)
	}
	if v := prop(ev, ics.ComponentPropertyUrl); v != "https://leergang.example/sessies/"+sess.ID.String() {
		t.Errorf("URL %q", v)
	}
}
