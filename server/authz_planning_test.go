package main

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/demo"
)

// planning holds the demo leergangen and sessions the planning rows use.
type planning struct {
	admin                         *db.Actor
	marit                         uuid.UUID
	zuidoostLeergang, twentekant2 uuid.UUID // the Zuidoost leergang; Twentekant's
	zuidoostLeerjaar              uuid.UUID
	group1, group2                uuid.UUID
	group1Session, group2Session  uuid.UUID // published sessions of Zuidoost's groups this month
	twentekantSession             uuid.UUID
	ts                            *testServer
}

func newPlanningFixture(t *testing.T, ts *testServer) planning {
	ctx := context.Background()
	p := planning{ts: ts}
	var err error
	p.admin, err = db.ActorFor(ctx, ts.DB, personIDByEmail(t, ts, demo.BeheerderEmail))
	if err != nil {
		t.Fatal(err)
	}
	p.marit = personIDByEmail(t, ts, demo.OpleiderEmail)
	scan := func(dst *uuid.UUID, q string, args ...any) {
		if err := ts.DB.NewRaw(q, args...).Scan(ctx, dst); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	scan(&p.zuidoostLeergang, "SELECT id FROM leergangen WHERE name = ?", demo.ZuidoostLeergangName)
	scan(&p.twentekant2, "SELECT id FROM leergangen WHERE name = ?", demo.TwentekantLeergangName)
	scan(&p.zuidoostLeerjaar, "SELECT id FROM leerjaren WHERE leergang_id = ? AND number = 1", p.zuidoostLeergang)
	scan(&p.group1, "SELECT id FROM leergang_groups WHERE leergang_id = ? AND name = 'Groep 1'", p.zuidoostLeergang)
	scan(&p.group2, "SELECT id FROM leergang_groups WHERE leergang_id = ? AND name = 'Groep 2'", p.zuidoostLeergang)
	scan(&p.group1Session, "SELECT id FROM sessions WHERE title = 'Groep 1, bijeenkomst 3'")
	scan(&p.group2Session, "SELECT id FROM sessions WHERE title = 'Groep 2, bijeenkomst 3'")
	scan(&p.twentekantSession, "SELECT id FROM sessions WHERE title = 'Jaar 2, dagdeel 3'")
	return p
}

// freshDay is a day far ahead, different for every cell, so sessions never clash.
func (f *fixture) freshDay() time.Time {
	return time.Date(2031, 1, 6, 0, 0, 0, 0, db.Amsterdam()).AddDate(0, 0, int(f.fresh()))
}

func (f *fixture) sessionFields(day time.Time) map[string]any {
	return map[string]any{"leerjaarId": f.zuidoostLeerjaar.String(), "kind": "DAGDEEL", "dagdeel": "OCHTEND",
		"title": "Extra bijeenkomst", "startsAt": day.Add(9 * time.Hour).Format(time.RFC3339),
		"endsAt": day.Add(12 * time.Hour).Format(time.RFC3339), "location": fmt.Sprintf("Zaal %d", f.fresh()),
		"groupIds": []string{f.group1.String()}, "opleiderIds": []string{f.marit.String()}, "published": true}
}

// createdSession plans a session of Zuidoost's group 1 for a write cell.
func (f *fixture) createdSession(t *testing.T) uuid.UUID {
	day := f.freshDay()
	d := db.DagdeelOchtend
	s, err := db.CreateSession(f.ctx, f.srv.DB, f.admin, f.zuidoostLeergang, &db.SessionInput{LeerjaarID: f.zuidoostLeerjaar,
		Kind: db.SessionDagdeel, Dagdeel: &d, Title: "Tijdelijk", StartsAt: day.Add(9 * time.Hour), EndsAt: day.Add(12 * time.Hour),
		Location: fmt.Sprintf("Lokaal %d", f.fresh()), GroupIDs: []uuid.UUID{f.group1}, OpleiderIDs: []uuid.UUID{f.marit}, Published: true})
	if err != nil {
		t.Fatal(err)
	}
	return s.ID
}

func (f *fixture) leergangFields(name string) map[string]any {
	return map[string]any{"name": name, "status": "CONCEPT", "clientOrganisationId": f.zuidoost.String(),
		"leerjaren": []map[string]any{{"number": 1}}, "groups": []map[string]any{{"name": "Groep", "memberIds": []string{}}},
		"opleiderIds": []string{f.marit.String()}, "stuurgroepIds": []string{}}
}

// createdLeergang makes a leergang taught by the demo opleider for an update cell.
func (f *fixture) createdLeergang(t *testing.T) uuid.UUID {
	l, err := db.CreateLeergang(f.ctx, f.srv.DB, f.admin, db.LeergangInput{Name: fmt.Sprintf("Tijdelijk %d", f.fresh()),
		Status: db.LeergangConcept, ClientOrganisationID: f.zuidoost, Leerjaren: []db.LeerjaarInput{{Number: 1}},
		Groups: []db.GroupInput{{Name: "Groep"}}, OpleiderIDs: []uuid.UUID{f.marit}})
	if err != nil {
		t.Fatal(err)
	}
	return l.ID
}

func sessionTitles(d map[string]any) []string {
	var out []string
	for _, s := range d["sessions"].([]any) {
		out = append(out, s.(map[string]any)["title"].(string))
	}
	return out
}

func planningCases(t *testing.T) map[string]opCase {
	manageOnly := func() map[string]expectation {
		return map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow, "deelnemer": forbidden,
			"directieA": forbidden, "directieB": forbidden, "bestuur": forbidden, "otherSchool": forbidden}
	}
	signedIn := func(e expectation) map[string]expectation {
		m := everyoneSame(e)
		m["anonymous"] = unauth
		return m
	}
	titlesWithout := func(bad ...string) expectation {
		return filtered(func(t *testing.T, f *fixture, d map[string]any) {
			for _, title := range sessionTitles(d) {
				for _, b := range bad {
					if strings.HasPrefix(title, b) {
						t.Fatalf("sees %q", title)
					}
				}
			}
		})
	}
	thisMonth := func(*fixture, string) map[string]any {
		now := time.Now()
		from := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, db.Amsterdam())
		return map[string]any{"from": from.Format(time.RFC3339), "to": from.AddDate(0, 1, 0).Format(time.RFC3339)}
	}
	return map[string]opCase{
		"leergangen": {query: `{ leergangen { totalCount nodes { id name } } }`, vars: func(*fixture, string) map[string]any { return nil },
			expect: func() map[string]expectation {
				only := func(want func(f *fixture) uuid.UUID, not func(f *fixture) uuid.UUID) expectation {
					return filtered(func(t *testing.T, f *fixture, d map[string]any) {
						if ids := listIDs(d, "leergangen"); !contains(ids, want(f)) || contains(ids, not(f)) {
							t.Fatalf("leergangen seen: %v", ids)
						}
					})
				}
				zuidoost := func(f *fixture) uuid.UUID { return f.zuidoostLeergang }
				twentekant := func(f *fixture) uuid.UUID { return f.twentekant2 }
				return map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow, "deelnemer": only(twentekant, zuidoost),
					"directieA": only(zuidoost, twentekant), "directieB": only(zuidoost, twentekant), "bestuur": only(zuidoost, twentekant),
					"otherSchool": only(zuidoost, twentekant)}
			}()},
		"leergang": {query: `query($id: ID!) { leergang(id: $id) { id groups { members { id } } opleiders { id } } }`,
			vars: func(f *fixture, c string) map[string]any {
				return map[string]any{"id": ownOrOther(c, f.zuidoostLeergang, f.twentekant2)}
			},
			expect: map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow, "deelnemer": forbidden,
				"directieA": allow, "directieB": allow, "bestuur": allow, "otherSchool": forbidden}},
		"createLeergang": {query: `mutation($i: CreateLeergangInput!) { createLeergang(input: $i) { leergang { id } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"leergang": f.leergangFields(fmt.Sprintf("Nieuw %d", f.fresh()))}}
			}, expect: manageOnly()},
		"updateLeergang": {query: `mutation($i: UpdateLeergangInput!) { updateLeergang(input: $i) { leergang { id } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"id": f.createdLeergang(t).String(), "leergang": f.leergangFields("Gewijzigd")}}
			}, expect: manageOnly()},
		"copyLeergang": {query: `mutation($i: CopyLeergangInput!) { copyLeergang(input: $i) { leergang { id } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"id": f.zuidoostLeergang.String(), "name": "Kopie", "clientOrganisationId": f.zuidoost.String(),
					"shiftDays": 364 + 7*int(f.fresh()), "copyMembers": false}}
			}, expect: manageOnly()},
		"sessions": {query: `query($from: Time!, $to: Time!) { sessions(from: $from, to: $to) { id title } }`, vars: thisMonth,
			expect: map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow,
				// Directie A is in Zuidoost's stuurgroep and so sees all of that programme; directie B only their staff's group.
				"deelnemer": titlesWithout("Groep", "Intake"), "directieA": titlesWithout("Jaar"),
				"directieB": titlesWithout("Jaar", "Groep 2"), "bestuur": titlesWithout("Jaar"), "otherSchool": titlesWithout("Jaar")}},
		"session": {query: `query($id: ID!) { session(id: $id) { id title opleiders { id } groups { id } } }`,
			vars: func(f *fixture, c string) map[string]any {
				if c == "directieB" {
					return map[string]any{"id": f.group2Session.String()} // no staff of Het Kompas in group 2
				}
				return map[string]any{"id": ownOrOther(c, f.group1Session, f.twentekantSession)}
			},
			expect: map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow, "deelnemer": forbidden,
				"directieA": allow, "directieB": forbidden, "bestuur": allow, "otherSchool": forbidden}},
		"checkSession": {query: `query($i: CheckSessionInput!) { checkSession(input: $i) { conflicts { message } holidays { name } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				day := f.freshDay()
				return map[string]any{"i": map[string]any{"leergangId": f.zuidoostLeergang.String(), "startsAt": day.Add(9 * time.Hour).Format(time.RFC3339),
					"endsAt": day.Add(12 * time.Hour).Format(time.RFC3339), "groupIds": []string{f.group1.String()}, "opleiderIds": []string{f.marit.String()}}}
			}, expect: manageOnly()},
		"proposeYear": {query: `query($i: YearPatternInput!) { proposeYear(input: $i) { title startsAt } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"leerjaarId": f.zuidoostLeerjaar.String(), "dagdelen": 4, "dagdeel": "MIDDAG", "tweedaagse": true}}
			}, expect: manageOnly()},
		"createSession": {query: `mutation($i: CreateSessionInput!) { createSession(input: $i) { session { id } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"leergangId": f.zuidoostLeergang.String(), "session": f.sessionFields(f.freshDay())}}
			}, expect: manageOnly()},
		"updateSession": {query: `mutation($i: UpdateSessionInput!) { updateSession(input: $i) { session { id } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"id": f.createdSession(t).String(), "session": f.sessionFields(f.freshDay())}}
			}, expect: manageOnly()},
		"moveSession": {query: `mutation($i: MoveSessionInput!) { moveSession(input: $i) { session { id } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				day := f.freshDay()
				return map[string]any{"i": map[string]any{"id": f.createdSession(t).String(), "startsAt": day.Add(13 * time.Hour).Format(time.RFC3339),
					"endsAt": day.Add(16 * time.Hour).Format(time.RFC3339)}}
			}, expect: manageOnly()},
		"cancelSession": {query: `mutation($i: CancelSessionInput!) { cancelSession(input: $i) { session { cancelledAt } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"id": f.createdSession(t).String(), "reason": "Te weinig aanmeldingen"}}
			}, expect: manageOnly()},
		"deleteSession": {query: `mutation($i: DeleteSessionInput!) { deleteSession(input: $i) { deletedId } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"id": f.createdSession(t).String()}}
			}, expect: manageOnly()},
		"calendarFeed":       {query: `{ calendarFeed { active } }`, vars: func(*fixture, string) map[string]any { return nil }, expect: signedIn(allow)},
		"renewCalendarFeed":  {query: `mutation { renewCalendarFeed { feed { url active } } }`, vars: func(*fixture, string) map[string]any { return nil }, expect: signedIn(allow)},
		"revokeCalendarFeed": {query: `mutation { revokeCalendarFeed { feed { active } } }`, vars: func(*fixture, string) map[string]any { return nil }, expect: signedIn(allow)},
	}
}
