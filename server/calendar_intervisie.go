package main

import (
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"leergang/db"
)

// Intervisie meetings in a person's calendar feed, next to their sessions.

// intervisieUID is stable for the life of the meeting and cannot collide with a session's.
func intervisieUID(m *db.IntervisieMeeting) string {
	return "intervisie-" + m.ID.String() + "@leergang"
}

func intervisieURL(baseURL string, m *db.IntervisieMeeting) string {
	return strings.TrimRight(baseURL, "/") + "/intervisie/" + m.GroupID.String()
}

// addIntervisieEvent adds one meeting as a VEVENT; every change raises its
// SEQUENCE and a cancelled meeting stays in the feed as STATUS:CANCELLED.
func addIntervisieEvent(cal *ics.Calendar, m *db.IntervisieMeeting, baseURL string) {
	ev := cal.AddEvent(intervisieUID(m))
	ev.SetDtStampTime(m.UpdatedAt)
	ev.SetCreatedTime(m.CreatedAt)
	ev.SetModifiedAt(m.UpdatedAt)
	ev.SetSequence(m.Sequence)
	local := func(t time.Time) string { return t.In(calendarZone).Format("20060102T150405") }
	ev.SetProperty(ics.ComponentPropertyDtStart, local(m.StartsAt), ics.WithTZID(calendarTZID))
	ev.SetProperty(ics.ComponentPropertyDtEnd, local(m.EndsAt), ics.WithTZID(calendarTZID))
	ev.SetSummary(icsText("Intervisie: " + m.GroupName))
	if loc := strings.TrimSpace(m.Location); loc != "" {
		ev.SetLocation(icsText(loc))
	} else if m.OnlineURL != "" {
		ev.SetLocation(icsText(m.OnlineURL))
	}
	var parts []string
	if m.CancelledAt != nil {
		line := "Geannuleerd."
		if r := strings.TrimSpace(m.CancelReason); r != "" {
			line = "Geannuleerd: " + r
		}
		parts = append(parts, line)
	}
	if m.Method != "" {
		parts = append(parts, "Werkvorm: "+m.Method)
	}
	if m.OnlineURL != "" && strings.TrimSpace(m.Location) != "" {
		parts = append(parts, "Online: "+m.OnlineURL)
	}
	parts = append(parts, "In Leergang: "+intervisieURL(baseURL, m))
	ev.SetDescription(icsText(strings.Join(parts, "\n\n")))
	ev.SetURL(intervisieURL(baseURL, m))
	if m.CancelledAt != nil {
		ev.SetStatus(ics.ObjectStatusCancelled)
	} else {
		ev.SetStatus(ics.ObjectStatusConfirmed)
	}
	ev.SetTimeTransparency(ics.TransparencyOpaque)
}
