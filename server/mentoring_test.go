package main

import (
	"context"
	"net/http"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/demo"
)

// The parties of a pairing (the eight matrix contexts hold none), the
// statement budget of the pairings list, and intervisie in the iCal feed.

func TestMentoringPartiesSeeOnlyTheirOwn(t *testing.T) {
	ts := newTestServer(t)
	f := newFixture(t, ts)
	m := f.mentoring(t)
	type pairings struct {
		MentorPairings struct {
			Nodes []struct {
				ID     string
				Log    []struct{ Topics string }
				Maatje struct{ Email *string }
			}
		}
	}
	const list = `{ mentorPairings { nodes { id log { topics } maatje { email } } } }`

	marjolein := ts.loginAs(t, demo.MentorEmail)
	var mine pairings
	marjolein.do(list, nil).decode(t, &mine)
	if n := mine.MentorPairings.Nodes; len(n) != 1 || n[0].ID != m.lottePairing.String() || len(n[0].Log) != 3 {
		t.Fatalf("the maatje sees %+v, want only her pairing with Lotte and its 3 log entries", n)
	}
	res := marjolein.do(`mutation($i: AddMentorLogEntryInput!) { addMentorLogEntry(input: $i) { entry { id canEdit authorName } } }`,
		map[string]any{"i": map[string]any{"pairingId": m.lottePairing.String(),
			"entry": map[string]any{"metOn": time.Now().Format(time.DateOnly), "topics": "Groepsbespreking geëvalueerd"}}})
	var added struct {
		AddMentorLogEntry struct{ Entry struct{ CanEdit bool } }
	}
	res.decode(t, &added)
	if !added.AddMentorLogEntry.Entry.CanEdit {
		t.Fatal("the author cannot edit her own entry")
	}
	if res := marjolein.do(`mutation($i: AddMentorLogEntryInput!) { addMentorLogEntry(input: $i) { entry { id } } }`,
		map[string]any{"i": map[string]any{"pairingId": m.kompasPairing.String(),
			"entry": map[string]any{"metOn": time.Now().Format(time.DateOnly), "topics": "x"}}}); res.code() != "FORBIDDEN" {
		t.Fatalf("the maatje writes in another pairing's log: %v", res.Errors)
	}

	lotte := ts.loginAs(t, demo.StarterEmail)
	var card struct {
		MyMaatjePairing struct {
			Maatje        struct{ Name, Email string }
			MeetingCount  int
			NextMeetingOn *string
			Log           []struct {
				Topics  string
				CanEdit bool
			}
		}
	}
	lotte.do(`{ myMaatjePairing { maatje { name email } meetingCount nextMeetingOn log { topics canEdit } } }`, nil).decode(t, &card)
	p := card.MyMaatjePairing
	if p.Maatje.Name != "Marjolein de Graaf" || p.Maatje.Email != demo.MentorEmail || p.MeetingCount != 4 || p.NextMeetingOn == nil {
		t.Fatalf("the starter sees %+v", p)
	}
	if len(p.Log) != 4 || p.Log[0].Topics != "Groepsbespreking geëvalueerd" || p.Log[0].CanEdit {
		t.Fatalf("the starter's log %+v: want the new entry first, not editable by her", p.Log)
	}
	if res := lotte.do(`{ pairableStarters { personId } }`, nil); res.code() != "FORBIDDEN" {
		t.Fatalf("a starter may pair: %v", res.Errors)
	}
}

func TestPairingListStatementCountIsConstant(t *testing.T) {
	ts := newTestServer(t)
	f := newFixture(t, ts)
	priya := ts.loginAs(t, demo.BestuurEmail)
	const q = `{ mentorPairings(first: 100) { totalCount nodes { id starter { name schools } maatje { name email }
		meetingCount lastMeetingOn log { topics } evaluations { rating } } } }`
	measure := func() (int, int64) {
		var out struct{ MentorPairings struct{ TotalCount int } }
		ts.Queries.Reset()
		priya.do(q, nil).decode(t, &out)
		return out.MentorPairings.TotalCount, ts.Queries.Reset()
	}
	n1, few := measure()
	for range 6 {
		f.freshPairing(t)
	}
	n2, many := measure()
	if n2 != n1+6 {
		t.Fatalf("%d then %d pairings", n1, n2)
	}
	if few != many {
		t.Fatalf("the list costs %d statements for %d pairings and %d for %d", few, n1, many, n2)
	}
}

func TestIntervisieMeetingInTheCalendarFeed(t *testing.T) {
	s := newCalServer(t)
	ctx := context.Background()
	var upcoming uuid.UUID
	if err := s.DB.NewRaw(`SELECT m.id FROM intervisie_meetings m JOIN intervisie_groups g ON g.id = m.group_id
		WHERE g.name = ? AND m.starts_at > now()`, demo.IntervisieGroupName).Scan(ctx, &upcoming); err != nil {
		t.Fatal(err)
	}
	path := renewFeed(t, s, s.loginAs(t, demo.StarterEmail))
	event := func() *ics.VEvent {
		t.Helper()
		resp, body := s.get(t, path, nil)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("feed: %d %s", resp.StatusCode, body)
		}
		ev := eventByUID(parseICS(t, body), "intervisie-"+upcoming.String()+"@leergang")
		if ev == nil {
			t.Fatalf("the feed has no event for the upcoming intervisie meeting:\n%s", body)
		}
		return ev
	}
	ev := event()
	if v := prop(ev, ics.ComponentPropertySummary); v != "Intervisie: "+demo.IntervisieGroupName {
		t.Errorf("SUMMARY %q", v)
	}
	if prop(ev, ics.ComponentPropertyStatus) != "CONFIRMED" || prop(ev, ics.ComponentPropertySequence) != "0" ||
		prop(ev, ics.ComponentPropertyLocation) != "De Regenboog, teamkamer" {
		t.Errorf("STATUS %q SEQUENCE %q LOCATION %q", prop(ev, ics.ComponentPropertyStatus),
			prop(ev, ics.ComponentPropertySequence), prop(ev, ics.ComponentPropertyLocation))
	}
	admin, err := db.ActorFor(ctx, s.DB, personIDByEmail(t, s.testServer, demo.BeheerderEmail))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.CancelIntervisieMeeting(ctx, s.DB, admin, upcoming, "De begeleider is ziek"); err != nil {
		t.Fatal(err)
	}
	ev = event()
	if prop(ev, ics.ComponentPropertyStatus) != "CANCELLED" || prop(ev, ics.ComponentPropertySequence) != "1" {
		t.Errorf("after cancelling: STATUS %q SEQUENCE %q", prop(ev, ics.ComponentPropertyStatus), prop(ev, ics.ComponentPropertySequence))
	}
}

func TestIntervisieGroupsStatementCountIsConstant(t *testing.T) {
	ts := newTestServer(t)
	f := newFixture(t, ts)
	priya := ts.loginAs(t, demo.BestuurEmail)
	const q = `{ intervisieGroups { id facilitatorName leergangName members { name schools }
		meetings { id startsAt attendance { personName status minutes } } } }`
	measure := func() (int, int64) {
		var out struct{ IntervisieGroups []struct{ ID string } }
		ts.Queries.Reset()
		priya.do(q, nil).decode(t, &out)
		return len(out.IntervisieGroups), ts.Queries.Reset()
	}
	n1, few := measure()
	for range 5 {
		f.freshIntervisieGroup(t)
	}
	n2, many := measure()
	if n2 != n1+5 {
		t.Fatalf("%d then %d groups", n1, n2)
	}
	if few != many {
		t.Fatalf("the list costs %d statements for %d groups and %d for %d", few, n1, many, n2)
	}
}
