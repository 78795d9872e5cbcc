package main

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/demo"
)

// Rows of the authorization matrix for maatjes and intervisie. The demo world
// pairs Lotte (starter, De Regenboog: school A) with Marjolein (Het Kompas)
// and has one intervisie group; the fixture adds a pairing of a Kompas IB'er
// (school B) so the otherSchool column has a pairing out of reach. None of
// the eight contexts is a party of a pairing, so log and evaluation writes are
// refused to all of them; TestMentoringPartiesSeeOnlyTheirOwn covers the parties.

type mentoringFixture struct {
	lottePairing, kompasPairing uuid.UUID
	demoLogEntry                uuid.UUID
	group, pastMeeting          uuid.UUID
	lotte, dewi                 uuid.UUID
}

var mentoringFixtures sync.Map // *fixture → *mentoringFixture

func (f *fixture) mentoring(t *testing.T) *mentoringFixture {
	t.Helper()
	if m, ok := mentoringFixtures.Load(f); ok {
		return m.(*mentoringFixture)
	}
	m := &mentoringFixture{lotte: f.ibRegenboog, dewi: personIDByEmail(t, f.srv, "dewi.soekhoe@zuidoostsamen.nl")}
	scan := func(dst *uuid.UUID, q string, args ...any) {
		t.Helper()
		if err := f.srv.DB.NewRaw(q, args...).Scan(f.ctx, dst); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	scan(&m.lottePairing, "SELECT id FROM mentor_pairings WHERE starter_id = ?", f.ibRegenboog)
	scan(&m.demoLogEntry, "SELECT id FROM mentor_log_entries WHERE pairing_id = ? ORDER BY met_on LIMIT 1", m.lottePairing)
	scan(&m.group, "SELECT id FROM intervisie_groups WHERE name = ?", demo.IntervisieGroupName)
	scan(&m.pastMeeting, "SELECT id FROM intervisie_meetings WHERE group_id = ? AND starts_at < now()", m.group)
	kwame := personIDByEmail(t, f.srv, "kwame.owusu@zuidoostsamen.nl")
	fatima := personIDByEmail(t, f.srv, "fatima.ouali@zuidoostsamen.nl")
	scan(&m.kompasPairing, `INSERT INTO mentor_pairings (starter_id, maatje_id, starts_on, ends_on) VALUES (?, ?, current_date, current_date + 300)
		RETURNING id`, kwame, fatima)
	mentoringFixtures.Store(f, m)
	return m
}

// freshPair makes a new starter of De Regenboog and a new experienced IB'er of
// Het Kompas, so every pairing cell starts from an unpaired starter.
func (f *fixture) freshPair(t *testing.T) (starter, maatje uuid.UUID) {
	t.Helper()
	ib, bouw := db.FunctionIB, db.BouwOnderbouw
	person := func(kind string, school uuid.UUID, start time.Time) uuid.UUID {
		n := f.fresh()
		p, err := db.CreatePerson(f.ctx, f.srv.DB, db.PersonInput{Name: fmt.Sprintf("%s %d", kind, n),
			Email: fmt.Sprintf("%s%d@zuidoostsamen.nl", kind, n), Roles: []db.Role{db.RoleDeelnemer}, SchoolIDs: []uuid.UUID{school},
			OrganisationID: &f.zuidoost, Function: &ib, Bouw: &bouw, IBStartDate: &start})
		if err != nil {
			t.Fatal(err)
		}
		return p.ID
	}
	return person("starter", f.regenboog, time.Now().AddDate(0, -2, 0)), person("maatje", f.kompas, time.Date(2012, 8, 1, 0, 0, 0, 0, time.UTC))
}

func (f *fixture) freshPairing(t *testing.T) uuid.UUID {
	t.Helper()
	starter, maatje := f.freshPair(t)
	p, err := db.CreatePairing(f.ctx, f.srv.DB, f.admin, db.PairingInput{StarterID: starter, MaatjeID: maatje,
		StartsOn: time.Now(), EndsOn: time.Now().AddDate(1, 0, 0)})
	if err != nil {
		t.Fatal(err)
	}
	return p.ID
}

func (f *fixture) freshIntervisieGroup(t *testing.T) (group, meeting uuid.UUID) {
	t.Helper()
	g, err := db.CreateIntervisieGroup(f.ctx, f.srv.DB, f.admin, db.IntervisieGroupInput{OrganisationID: &f.zuidoost,
		Name: fmt.Sprintf("Groep %d", f.fresh()), MemberIDs: []uuid.UUID{f.ibRegenboog}})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now().AddDate(0, 0, 7)
	m, err := db.PlanIntervisieMeeting(f.ctx, f.srv.DB, f.admin, g.ID, db.MeetingInput{StartsAt: start, EndsAt: start.Add(2 * time.Hour), Location: "Het Kompas"})
	if err != nil {
		t.Fatal(err)
	}
	return g.ID, m.ID
}

func mentoringCases(t *testing.T) map[string]opCase {
	t.Helper()
	// managers: the beheerder, and the bestuur of Zuidoost Samen.
	managers := func() map[string]expectation {
		m := everyoneSame(forbidden)
		m["anonymous"], m["beheerder"], m["bestuur"] = unauth, allow, allow
		return m
	}
	nobodyButAnonymous := func(e expectation) map[string]expectation {
		m := everyoneSame(e)
		m["anonymous"] = unauth
		return m
	}
	input := func(m map[string]any) map[string]any { return map[string]any{"i": m} }
	id := func(u uuid.UUID) map[string]any { return map[string]any{"id": u.String()} }
	pairingIDs := func(d map[string]any) []string {
		var ids []string
		for _, n := range d["mentorPairings"].(map[string]any)["nodes"].([]any) {
			node := n.(map[string]any)
			if node["log"] != nil {
				t.Errorf("a non-party reads the log of pairing %v", node["id"])
			}
			ids = append(ids, node["id"].(string))
		}
		return ids
	}
	sees := func(lotte, kompas bool) expectation {
		return filtered(func(t *testing.T, f *fixture, d map[string]any) {
			m, ids := f.mentoring(t), pairingIDs(d)
			if contains(ids, m.lottePairing) != lotte || contains(ids, m.kompasPairing) != kompas {
				t.Fatalf("pairings %v: want Lotte's %v, Kompas's %v", ids, lotte, kompas)
			}
		})
	}
	pairingOf := func(f *fixture, c string) map[string]any {
		m := f.mentoring(t)
		if c == "otherSchool" {
			return id(m.kompasPairing)
		}
		return id(m.lottePairing)
	}
	withoutLog := filtered(func(t *testing.T, f *fixture, d map[string]any) {
		p := d["mentorPairing"].(map[string]any)
		if p["log"] != nil || p["evaluations"] != nil || p["meetingCount"].(float64) != 3 {
			t.Fatalf("a non-party sees %v", p)
		}
	})
	zuidoost := func(f *fixture, _ string) map[string]any { return map[string]any{"o": f.zuidoost.String()} }
	groupFields := func(f *fixture) map[string]any {
		return map[string]any{"name": fmt.Sprintf("Intervisie %d", f.fresh()), "memberIds": []string{f.ibRegenboog.String()}}
	}
	meetingFields := map[string]any{"startsAt": time.Now().AddDate(0, 1, 0).Format(time.RFC3339),
		"endsAt": time.Now().AddDate(0, 1, 0).Add(2 * time.Hour).Format(time.RFC3339), "location": "De Regenboog", "method": "incidentmethode"}
	return map[string]opCase{
		"mentorPairings": {query: `{ mentorPairings(first: 100) { totalCount nodes { id meetingCount log { topics } maatje { name email } } } }`,
			vars: func(f *fixture, _ string) map[string]any { f.mentoring(t); return nil },
			expect: map[string]expectation{"anonymous": unauth, "beheerder": sees(true, true), "opleider": sees(false, false),
				"deelnemer": sees(false, false), "directieA": sees(true, false), "directieB": sees(false, true),
				"bestuur": sees(true, true), "otherSchool": sees(true, false)}},
		"mentorPairing": {query: `query($id: ID!) { mentorPairing(id: $id) { id meetingCount log { topics } evaluations { rating } maatje { email } } }`,
			vars: pairingOf,
			expect: map[string]expectation{"anonymous": unauth, "beheerder": withoutLog, "opleider": forbidden, "deelnemer": forbidden,
				"directieA": withoutLog, "directieB": forbidden, "bestuur": withoutLog, "otherSchool": forbidden}},
		"myMaatjePairing": {query: `{ myMaatjePairing { id } }`, vars: func(*fixture, string) map[string]any { return nil },
			expect: nobodyButAnonymous(filtered(func(t *testing.T, f *fixture, d map[string]any) {
				if d["myMaatjePairing"] != nil {
					t.Fatalf("someone who is not a starter has a maatje: %v", d)
				}
			}))},
		"pairableStarters": {query: `{ pairableStarters { personId name paired } }`, vars: func(*fixture, string) map[string]any { return nil },
			expect: managers()},
		"maatjeSuggestions": {query: `query($s: ID!) { maatjeSuggestions(starterId: $s) { person { name } reasons score } }`,
			vars:   func(f *fixture, _ string) map[string]any { return map[string]any{"s": f.mentoring(t).dewi.String()} },
			expect: managers()},
		"maatjeLimit": {query: `query($o: ID!) { maatjeLimit(organisationId: $o) }`, vars: zuidoost, expect: managers()},
		"createPairing": {query: `mutation($i: CreatePairingInput!) { createPairing(input: $i) { pairing { id reason } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				starter, maatje := f.freshPair(t)
				return input(map[string]any{"starterId": starter.String(), "maatjeId": maatje.String(),
					"startsOn": time.Now().Format(time.DateOnly), "endsOn": time.Now().AddDate(1, 0, 0).Format(time.DateOnly)})
			},
			expect: managers()},
		"addMentorLogEntry": {query: `mutation($i: AddMentorLogEntryInput!) { addMentorLogEntry(input: $i) { entry { id } } }`,
			vars: func(f *fixture, c string) map[string]any {
				return input(map[string]any{"pairingId": pairingOf(f, c)["id"], "entry": map[string]any{"metOn": time.Now().Format(time.DateOnly), "topics": "Meelezen"}})
			},
			expect: nobodyButAnonymous(forbidden)},
		"updateMentorLogEntry": {query: `mutation($i: UpdateMentorLogEntryInput!) { updateMentorLogEntry(input: $i) { entry { id } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return input(map[string]any{"id": f.mentoring(t).demoLogEntry.String(), "entry": map[string]any{"metOn": time.Now().Format(time.DateOnly), "topics": "Overschreven"}})
			},
			expect: nobodyButAnonymous(forbidden)},
		"closePairing": {query: `mutation($i: ClosePairingInput!) { closePairing(input: $i) { pairing { id closedAt } } }`,
			vars: func(f *fixture, c string) map[string]any {
				if c == "beheerder" || c == "bestuur" {
					return input(map[string]any{"pairingId": f.freshPairing(t).String()})
				}
				return input(map[string]any{"pairingId": pairingOf(f, c)["id"]})
			},
			expect: managers()},
		"evaluatePairing": {query: `mutation($i: EvaluatePairingInput!) { evaluatePairing(input: $i) { pairing { id } } }`,
			vars: func(f *fixture, c string) map[string]any {
				return input(map[string]any{"pairingId": pairingOf(f, c)["id"], "rating": 4, "evaluation": "Goed"})
			},
			expect: nobodyButAnonymous(forbidden)},
		"setMaatjeLimit": {query: `mutation($i: SetMaatjeLimitInput!) { setMaatjeLimit(input: $i) { maxStartersPerMaatje } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return input(map[string]any{"organisationId": f.zuidoost.String(), "maxStartersPerMaatje": 2})
			},
			expect: managers()},

		"intervisieGroups": {query: `{ intervisieGroups { id members { name } meetings { id attendance { status } } } }`,
			vars: func(*fixture, string) map[string]any { return nil },
			expect: func() map[string]expectation {
				sees := func(want bool) expectation {
					return filtered(func(t *testing.T, f *fixture, d map[string]any) {
						var ids []string
						for _, g := range d["intervisieGroups"].([]any) {
							ids = append(ids, g.(map[string]any)["id"].(string))
						}
						if contains(ids, f.mentoring(t).group) != want {
							t.Fatalf("groups %v: want the demo group %v", ids, want)
						}
					})
				}
				m := everyoneSame(sees(false))
				m["anonymous"], m["beheerder"], m["bestuur"] = unauth, sees(true), sees(true)
				return m
			}()},
		"intervisieGroup": {query: `query($id: ID!) { intervisieGroup(id: $id) { id canManage members { name } } }`,
			vars: func(f *fixture, _ string) map[string]any { return id(f.mentoring(t).group) }, expect: managers()},
		"myIntervisieMeetings": {query: `query($f: Time!, $t: Time!) { myIntervisieMeetings(from: $f, to: $t) { id } }`,
			vars: func(*fixture, string) map[string]any {
				return map[string]any{"f": time.Now().AddDate(0, 0, -40).Format(time.RFC3339), "t": time.Now().AddDate(0, 0, 40).Format(time.RFC3339)}
			},
			expect: nobodyButAnonymous(filtered(func(t *testing.T, f *fixture, d map[string]any) {
				if n := len(d["myIntervisieMeetings"].([]any)); n != 0 {
					t.Fatalf("someone outside the group has %d meetings", n)
				}
			}))},
		"intervisieCandidates": {query: `query($o: ID!) { intervisieCandidates(organisationId: $o) { personId isDeelnemer } }`,
			vars: zuidoost, expect: managers()},
		"createIntervisieGroup": {query: `mutation($i: CreateIntervisieGroupInput!) { createIntervisieGroup(input: $i) { group { id } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return input(map[string]any{"organisationId": f.zuidoost.String(), "group": groupFields(f)})
			},
			expect: managers()},
		"updateIntervisieGroup": {query: `mutation($i: UpdateIntervisieGroupInput!) { updateIntervisieGroup(input: $i) { group { id } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				g, _ := f.freshIntervisieGroup(t)
				return input(map[string]any{"id": g.String(), "group": groupFields(f)})
			},
			expect: managers()},
		"planIntervisieMeeting": {query: `mutation($i: PlanIntervisieMeetingInput!) { planIntervisieMeeting(input: $i) { meeting { id } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				g, _ := f.freshIntervisieGroup(t)
				return input(map[string]any{"groupId": g.String(), "meeting": meetingFields})
			},
			expect: managers()},
		"updateIntervisieMeeting": {query: `mutation($i: UpdateIntervisieMeetingInput!) { updateIntervisieMeeting(input: $i) { meeting { id } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				_, m := f.freshIntervisieGroup(t)
				return input(map[string]any{"id": m.String(), "meeting": meetingFields})
			},
			expect: managers()},
		"cancelIntervisieMeeting": {query: `mutation($i: CancelIntervisieMeetingInput!) { cancelIntervisieMeeting(input: $i) { meeting { id cancelledAt } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				_, m := f.freshIntervisieGroup(t)
				return input(map[string]any{"id": m.String(), "reason": "Te weinig aanmeldingen"})
			},
			expect: managers()},
		"registerIntervisieAttendance": {query: `mutation($i: RegisterIntervisieAttendanceInput!) { registerIntervisieAttendance(input: $i) { meeting { id attendance { status } } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return input(map[string]any{"meetingId": f.mentoring(t).pastMeeting.String(),
					"entries": []map[string]any{{"personId": f.ibRegenboog.String(), "status": "AANWEZIG"}}})
			},
			expect: managers()},
	}
}
