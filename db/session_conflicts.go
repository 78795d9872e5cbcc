package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
)

// Conflict is a clash with another session that stops a save.
type Conflict struct {
	Kind              ConflictKind
	Message           string
	OtherSessionID    uuid.UUID
	OtherSessionTitle string
}

// ConflictCheck describes a session as it would be saved.
type ConflictCheck struct {
	SessionID        *uuid.UUID // the session being changed, left out of the comparison
	Start, End       time.Time
	Location         string
	GroupIDs         []uuid.UUID
	OpleiderIDs      []uuid.UUID
	PraktijkPersonID *uuid.UUID
}

var amsterdam = mustLoadLocation("Europe/Amsterdam")

// Amsterdam is the time zone every session is planned in.
func Amsterdam() *time.Location { return amsterdam }

var dutchMonths = []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}

// DutchWhen formats a session's time for messages: "12 maart 2027, 09:00–12:30".
func DutchWhen(start, end time.Time) string {
	s, e := start.In(amsterdam), end.In(amsterdam)
	out := fmt.Sprintf("%d %s %d, %s–", s.Day(), dutchMonths[s.Month()-1], s.Year(), s.Format("15:04"))
	if e.YearDay() != s.YearDay() || e.Year() != s.Year() {
		out += fmt.Sprintf("%d %s ", e.Day(), dutchMonths[e.Month()-1])
	}
	return out + e.Format("15:04")
}

// FindConflicts lists every opleider, location and deelnemer clash with other
// active sessions. Cancelled sessions never clash.
func FindConflicts(ctx context.Context, idb bun.IDB, c ConflictCheck) ([]Conflict, error) {
	self := uuid.Nil
	if c.SessionID != nil {
		self = *c.SessionID
	}
	var rows []struct {
		Kind     ConflictKind
		Who      string
		ID       uuid.UUID
		Title    string
		StartsAt time.Time
		EndsAt   time.Time
	}
	locationKey := strings.ToLower(strings.Join(strings.Fields(c.Location), " "))
	participants := append([]uuid.UUID{}, idOrNil(c.PraktijkPersonID)...)
	err := idb.NewRaw(`
		WITH me AS (SELECT tstzrange(?0, ?1, '[)') AS during),
		mine AS (
			SELECT gm.person_id FROM group_members gm WHERE gm.group_id = ANY(?5::uuid[])
			UNION SELECT unnest(?6::uuid[])
		),
		others AS (SELECT se.* FROM sessions se, me WHERE se.id <> ?2 AND se.cancelled_at IS NULL AND se.during && me.during)
		SELECT 'opleider' AS kind, p.name AS who, o.id, o.title, o.starts_at, o.ends_at
			FROM others o JOIN session_opleiders so ON so.session_id = o.id JOIN people p ON p.id = so.person_id
			WHERE so.person_id = ANY(?3::uuid[])
		UNION ALL
		SELECT 'location', '', o.id, o.title, o.starts_at, o.ends_at FROM others o WHERE ?4 <> '' AND o.location_key = ?4
		UNION ALL
		SELECT DISTINCT 'deelnemer', p.name, o.id, o.title, o.starts_at, o.ends_at
			FROM others o JOIN mine m ON (o.praktijk_person_id = m.person_id OR EXISTS (
				SELECT 1 FROM session_groups sg JOIN group_members gm ON gm.group_id = sg.group_id
				WHERE sg.session_id = o.id AND gm.person_id = m.person_id))
			JOIN people p ON p.id = m.person_id
		ORDER BY 1, 5, 2`,
		c.Start, c.End, self, pgdialect.Array(c.OpleiderIDs), locationKey,
		pgdialect.Array(c.GroupIDs), pgdialect.Array(participants)).Scan(ctx, &rows)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	out := make([]Conflict, 0, len(rows))
	// Deelnemers of one other session are named together: "A, B en 6 anderen zitten dan al in …".
	who := map[uuid.UUID][]string{}
	for _, r := range rows {
		if r.Kind == ConflictDeelnemer {
			who[r.ID] = append(who[r.ID], r.Who)
		}
	}
	for _, r := range rows {
		when := DutchWhen(r.StartsAt, r.EndsAt)
		var msg string
		switch r.Kind {
		case ConflictOpleider:
			msg = fmt.Sprintf("%s geeft dan al ‘%s’ (%s).", r.Who, r.Title, when)
		case ConflictLocation:
			msg = fmt.Sprintf("Op deze locatie is dan al ‘%s’ gepland (%s).", r.Title, when)
		default:
			names, seen := who[r.ID]
			if !seen {
				continue // already reported with the others of this session
			}
			delete(who, r.ID)
			msg = fmt.Sprintf("%s dan al in ‘%s’ (%s).", dutchNames(names), r.Title, when)
		}
		out = append(out, Conflict{Kind: r.Kind, Message: msg, OtherSessionID: r.ID, OtherSessionTitle: r.Title})
	}
	return out, nil
}

// dutchNames lists people for a message, with the verb: "Fatima zit", "Fatima en Kevin zitten",
// "Fatima, Kevin en 3 anderen zitten".
func dutchNames(names []string) string {
	switch n := len(names); {
	case n == 1:
		return names[0] + " zit"
	case n == 2:
		return names[0] + " en " + names[1] + " zitten"
	case n == 3:
		return names[0] + ", " + names[1] + " en " + names[2] + " zitten"
	default:
		return fmt.Sprintf("%s, %s en %d anderen zitten", names[0], names[1], n-2)
	}
}

func idOrNil(id *uuid.UUID) []uuid.UUID {
	if id == nil {
		return nil
	}
	return []uuid.UUID{*id}
}

// conflictError turns found conflicts into the CONFLICT error of a save.
func conflictError(cs []Conflict) error {
	msgs := make([]string, 0, len(cs))
	for _, c := range cs {
		msgs = append(msgs, c.Message)
	}
	return &ConflictError{Message: "Dit botst met een andere bijeenkomst. " + strings.Join(msgs, " ")}
}

func mustLoadLocation(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}
