package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/graph/auth"
)

// Calendars: the private feed of a person (GET /calendar/{token}.ics, the token
// is the credential, no cookie) and the download of one session as an .ics
// file (GET /sessions/{id}/ics, behind the session cookie). Both are written
// with golang-ical; which sessions go in is decided by db.

const calendarTZID = "Europe/Amsterdam"

var calendarZone = func() *time.Location {
	loc, err := time.LoadLocation(calendarTZID)
	if err != nil {
		panic(err) // db links time/tzdata, so this cannot fail
	}
	return loc
}()

// calendarFeedHandler serves a person's feed. An unknown, revoked or renewed
// token answers 404 without detail, as does a path that does not end in .ics.
func calendarFeedHandler(bdb *bun.DB, baseURL string, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		token, ok := strings.CutSuffix(r.PathValue("token"), ".ics")
		if !ok || token == "" || len(token) > 128 {
			http.NotFound(w, r)
			return
		}
		fail := func(err error) {
			log.ErrorContext(ctx, "calendar feed failed", "request_id", requestIDFrom(ctx), "err", err)
			http.Error(w, "De agenda is even niet beschikbaar. Probeer het later opnieuw.", http.StatusServiceUnavailable)
		}
		personID, err := db.PersonForFeedToken(ctx, bdb, token)
		if db.IsNotFound(err) {
			http.NotFound(w, r)
			return
		}
		if err != nil {
			fail(err)
			return
		}
		a, err := db.ActorFor(ctx, bdb, personID)
		if err != nil {
			fail(err)
			return
		}
		person, err := db.GetPerson(ctx, bdb, a, personID)
		if err != nil {
			fail(err)
			return
		}
		sessions, err := db.CalendarFeedSessions(ctx, bdb, a, time.Now())
		if err != nil {
			fail(err)
			return
		}
		meetings, err := db.CalendarFeedIntervisieMeetings(ctx, bdb, a, time.Now())
		if err != nil {
			fail(err)
			return
		}
		cal := newCalendar()
		cal.SetXWRCalName("Leergang – " + person.Name)
		cal.SetName("Leergang – " + person.Name)
		cal.SetXWRCalDesc("Je bijeenkomsten in Leergang")
		// Ask clients to poll hourly; they rarely do it more often anyway.
		cal.SetRefreshInterval("PT1H")
		cal.SetXPublishedTTL("PT1H")
		for _, s := range sessions {
			addSessionEvent(cal, s, baseURL)
		}
		for _, m := range meetings {
			addIntervisieEvent(cal, m, baseURL)
		}
		w.Header().Set("Cache-Control", "private, max-age=300")
		w.Header().Set("X-Robots-Tag", "noindex, nofollow")
		writeCalendar(w, r, cal)
	})
}

// sessionICSHandler serves one session as an .ics download for the signed-in
// person who may see it: 401 when signed out, 403 for a session out of reach,
// 404 for one that does not exist.
func sessionICSHandler(bdb *bun.DB, baseURL string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a := auth.Actor(r.Context())
		if a == nil {
			http.Error(w, "Log eerst in.", http.StatusUnauthorized)
			return
		}
		id, err := uuid.Parse(r.PathValue("id"))
		if err != nil {
			http.Error(w, "Bijeenkomst niet gevonden.", http.StatusNotFound)
			return
		}
		s, err := db.GetSession(r.Context(), bdb, a, id)
		var forbidden *db.ForbiddenError
		switch {
		case db.IsNotFound(err):
			http.Error(w, "Bijeenkomst niet gevonden.", http.StatusNotFound)
			return
		case errors.As(err, &forbidden):
			http.Error(w, forbidden.Message, http.StatusForbidden)
			return
		case err != nil:
			http.Error(w, "De bijeenkomst is even niet beschikbaar. Probeer het later opnieuw.", http.StatusServiceUnavailable)
			return
		}
		cal := newCalendar()
		addSessionEvent(cal, s, baseURL)
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Content-Disposition", `attachment; filename="`+sessionICSFilename(s)+`"`)
		writeCalendar(w, r, cal)
	})
}

// writeCalendar sends the calendar with an ETag, so a client that polls an
// unchanged feed gets 304 Not Modified.
func writeCalendar(w http.ResponseWriter, r *http.Request, cal *ics.Calendar) {
	var buf bytes.Buffer
	if err := cal.SerializeTo(&buf); err != nil {
		http.Error(w, "De agenda kon niet worden gemaakt.", http.StatusInternalServerError)
		return
	}
	sum := sha256.Sum256(buf.Bytes())
	w.Header().Set("ETag", `"`+hex.EncodeToString(sum[:16])+`"`)
	w.Header().Set("Content-Type", "text/calendar; charset=utf-8")
	// ServeContent answers If-None-Match (304), HEAD and ranges.
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(buf.Bytes()))
}

// newCalendar starts a calendar with the Europe/Amsterdam time zone that every
// event's DTSTART and DTEND refer to.
func newCalendar() *ics.Calendar {
	cal := ics.NewCalendarFor("Leergang")
	cal.SetProductId("-//Leergang//Leergang agenda//NL")
	cal.SetMethod(ics.MethodPublish)
	cal.SetCalscale("GREGORIAN")
	cal.SetXWRTimezone(calendarTZID)
	addAmsterdamTimezone(cal)
	return cal
}

// addAmsterdamTimezone adds the VTIMEZONE of Europe/Amsterdam with the EU
// rules in force since 1996: CEST from the last Sunday of March 02:00, CET from
// the last Sunday of October 03:00. (golang-ical does not generate it.)
func addAmsterdamTimezone(cal *ics.Calendar) {
	tz := cal.AddTimezone(calendarTZID)
	daylight := &ics.Daylight{}
	daylight.SetProperty(ics.ComponentPropertyDtStart, "19700329T020000")
	daylight.SetProperty(ics.ComponentPropertyRrule, "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
	daylight.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetfrom), "+0100")
	daylight.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetto), "+0200")
	daylight.SetProperty(ics.ComponentProperty(ics.PropertyTzname), "CEST")
	tz.Components = append(tz.Components, daylight)
	standard := tz.AddStandard()
	standard.SetProperty(ics.ComponentPropertyDtStart, "19701025T030000")
	standard.SetProperty(ics.ComponentPropertyRrule, "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
	standard.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetfrom), "+0200")
	standard.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetto), "+0100")
	standard.SetProperty(ics.ComponentProperty(ics.PropertyTzname), "CET")
}

var sessionKindLabels = map[db.SessionKind]string{
	db.SessionDagdeel:             "Dagdeel",
	db.SessionTweedaagse:          "Tweedaagse",
	db.SessionVerdiepingsdag:      "Verdiepingsdag",
	db.SessionIntervisie:          "Intervisie",
	db.SessionPraktijkbegeleiding: "Praktijkbegeleiding",
	db.SessionTerugkomdag:         "Terugkomdag",
}

// sessionUID is the session's iCalendar UID: stable for the life of the session.
func sessionUID(s *db.TrainingSession) string { return s.ID.String() + "@leergang" }

func sessionURL(baseURL string, s *db.TrainingSession) string {
	return strings.TrimRight(baseURL, "/") + "/sessies/" + s.ID.String()
}

// addSessionEvent adds one session as a VEVENT. Changes a calendar app should
// pick up raise sessions.sequence; DTSTAMP is the last change.
func addSessionEvent(cal *ics.Calendar, s *db.TrainingSession, baseURL string) {
	ev := cal.AddEvent(sessionUID(s))
	ev.SetDtStampTime(s.UpdatedAt)
	ev.SetCreatedTime(s.CreatedAt)
	ev.SetModifiedAt(s.UpdatedAt)
	ev.SetSequence(s.Sequence)
	local := func(t time.Time) string { return t.In(calendarZone).Format("20060102T150405") }
	ev.SetProperty(ics.ComponentPropertyDtStart, local(s.StartsAt), ics.WithTZID(calendarTZID))
	ev.SetProperty(ics.ComponentPropertyDtEnd, local(s.EndsAt), ics.WithTZID(calendarTZID))

	label := sessionKindLabels[s.Kind]
	if label == "" {
		label = "Bijeenkomst"
	}
	ev.SetSummary(icsText(label + ": " + s.Title))
	if loc := strings.TrimSpace(s.Location); loc != "" {
		ev.SetLocation(icsText(loc))
	} else if s.OnlineURL != "" {
		ev.SetLocation(icsText(s.OnlineURL))
	}
	ev.SetDescription(icsText(sessionDescription(s, baseURL)))
	ev.SetURL(sessionURL(baseURL, s))
	if s.CancelledAt != nil {
		ev.SetStatus(ics.ObjectStatusCancelled)
	} else {
		ev.SetStatus(ics.ObjectStatusConfirmed)
	}
	ev.SetTimeTransparency(ics.TransparencyOpaque)
}

// sessionDescription is the event's text: the cancellation first, then theme,
// description, online link and materials, and the link to the session.
func sessionDescription(s *db.TrainingSession, baseURL string) string {
	var parts []string
	if s.CancelledAt != nil {
		line := "Geannuleerd."
		if r := strings.TrimSpace(s.CancelReason); r != "" {
			line = "Geannuleerd: " + r
		}
		parts = append(parts, line)
	}
	if t := strings.TrimSpace(s.Theme); t != "" {
		parts = append(parts, "Thema: "+t)
	}
	if d := strings.TrimSpace(s.Description); d != "" {
		parts = append(parts, d)
	}
	if s.OnlineURL != "" && strings.TrimSpace(s.Location) != "" {
		parts = append(parts, "Online: "+s.OnlineURL)
	}
	if len(s.Materials) > 0 {
		lines := []string{"Materialen:"}
		for _, m := range s.Materials {
			if m.Label != "" && m.Label != m.URL {
				lines = append(lines, "- "+m.Label+": "+m.URL)
			} else {
				lines = append(lines, "- "+m.URL)
			}
		}
		parts = append(parts, strings.Join(lines, "\n"))
	}
	parts = append(parts, "In Leergang: "+sessionURL(baseURL, s))
	return strings.Join(parts, "\n\n")
}

// icsText prepares user text for a TEXT property: golang-ical escapes
// backslashes, commas, semicolons and newlines, but a carriage return or
// another control character would break the line structure of the file.
func icsText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r < 0x20 || r == 0x7f:
			return ' '
		}
		return r
	}, s)
}

// sessionICSFilename is leergang-<date>-<slug>.ics in plain ASCII, safe in a
// quoted Content-Disposition filename.
func sessionICSFilename(s *db.TrainingSession) string {
	return "leergang-" + s.StartsAt.In(calendarZone).Format("2006-01-02") + "-" + asciiSlug(s.Title, 50) + ".ics"
}

var slugFolds = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a", 'æ': "ae",
	'ç': "c", 'è': "e", 'é': "e", 'ê': "e", 'ë': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ĳ': "ij", 'ñ': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'ö': "o", 'õ': "o", 'ø': "o", 'œ': "oe",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ý': "y", 'ÿ': "y", 'ß': "ss",
}

// asciiSlug lowercases s to a-z, 0-9 and single dashes, at most max bytes; "bijeenkomst" if nothing is left.
func asciiSlug(s string, max int) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		var part string
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			part = string(r)
		case slugFolds[r] != "":
			part = slugFolds[r]
		default:
			dash = b.Len() > 0
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteString(part)
	}
	out := b.String()
	if len(out) > max {
		out = strings.TrimRight(out[:max], "-")
	}
	if out == "" {
		return "bijeenkomst"
	}
	return out
}
