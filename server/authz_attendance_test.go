package main

import (
	"testing"

	"github.com/google/uuid"
)

// Rows of the authorization matrix for attendance, hours and evaluations.

func (f *fixture) sessionID(t *testing.T, title string) uuid.UUID {
	var id uuid.UUID
	if err := f.srv.DB.NewRaw("SELECT id FROM sessions WHERE title = ?", title).Scan(f.ctx, &id); err != nil {
		t.Fatalf("session %q: %v", title, err)
	}
	return id
}

func (f *fixture) twentekantLeerjaar(t *testing.T, n int) uuid.UUID {
	var id uuid.UUID
	if err := f.srv.DB.NewRaw("SELECT id FROM leerjaren WHERE leergang_id = ? AND number = ?", f.twentekant2, n).Scan(f.ctx, &id); err != nil {
		t.Fatal(err)
	}
	return id
}

// submittedDeclaration makes a fresh declaration waiting for review, by the demo schoolcoach.
func (f *fixture) submittedDeclaration(t *testing.T) uuid.UUID {
	var id uuid.UUID
	if err := f.srv.DB.NewRaw(`INSERT INTO hour_declarations (person_id, leerjaar_id, kind, hours, description, done_on)
		SELECT p.id, ?, 'literatuur', 2, 'Artikel gelezen', current_date FROM people p WHERE p.email = 'marloes.wolters@swvtwentekant.nl'
		RETURNING id`, f.twentekantLeerjaar(t, 2)).Scan(f.ctx, &id); err != nil {
		t.Fatal(err)
	}
	return id
}

func rowsOnlyFrom(field string, school func(f *fixture) uuid.UUID) expectation {
	return filtered(func(t *testing.T, f *fixture, d map[string]any) {
		var people []any
		switch field {
		case "sessionRegister":
			for _, r := range d[field].(map[string]any)["rows"].([]any) {
				people = append(people, r.(map[string]any)["person"])
			}
		case "attendanceGrid":
			people = d[field].(map[string]any)["deelnemers"].([]any)
		}
		if len(people) == 0 {
			t.Fatal("no rows at all")
		}
		for _, p := range people {
			ok := false
			for _, s := range p.(map[string]any)["schools"].([]any) {
				if s.(map[string]any)["id"] == school(f).String() {
					ok = true
				}
			}
			if !ok {
				t.Fatalf("a person of another school is listed: %v", p)
			}
		}
	})
}

func attendanceCases(t *testing.T) map[string]opCase {
	onlyParticipant := func() map[string]expectation {
		m := everyoneSame(forbidden)
		m["anonymous"], m["deelnemer"] = unauth, allow
		return m
	}
	manageOnly := func() map[string]expectation {
		return map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow, "deelnemer": forbidden,
			"directieA": forbidden, "directieB": forbidden, "bestuur": forbidden, "otherSchool": forbidden}
	}
	regenboog := func(f *fixture) uuid.UUID { return f.regenboog }
	kompas := func(f *fixture) uuid.UUID { return f.kompas }
	return map[string]opCase{
		"sessionRegister": {query: `query($id: ID!) { sessionRegister(sessionId: $id) { rows { person { id schools { id } } attendance { status } } } }`,
			vars: func(f *fixture, c string) map[string]any {
				return map[string]any{"id": ownOrOther(c, f.group1Session, f.twentekantSession)}
			},
			expect: map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow, "deelnemer": forbidden,
				"directieA": rowsOnlyFrom("sessionRegister", regenboog), "directieB": rowsOnlyFrom("sessionRegister", kompas),
				"bestuur": allow, "otherSchool": forbidden}},
		"attendanceGrid": {query: `query($id: ID!) { attendanceGrid(leergangId: $id) { deelnemers { id schools { id } } cells { status } } }`,
			vars: func(f *fixture, c string) map[string]any {
				return map[string]any{"id": ownOrOther(c, f.zuidoostLeergang, f.twentekant2)}
			},
			expect: map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow, "deelnemer": forbidden,
				"directieA": rowsOnlyFrom("attendanceGrid", regenboog), "directieB": rowsOnlyFrom("attendanceGrid", kompas),
				"bestuur": allow, "otherSchool": forbidden}},
		// Counts without names: the opleiders, the beheerder, the stuurgroep and
		// the client's bestuur. Directie A sits in the Zuidoost stuurgroep, so
		// sees it; directie B does not. The deelnemer asks for her own
		// leergang (Twentekant) and is refused all the same.
		"attendanceStats": {query: `query($id: ID!) { attendanceStats(leergangId: $id) { session { id title } aanwezig gedeeltelijk afwezigMetBericht afwezigZonderBericht registered rate } }`,
			vars: func(f *fixture, c string) map[string]any {
				if c == "deelnemer" {
					return map[string]any{"id": f.twentekant2.String()}
				}
				return map[string]any{"id": ownOrOther(c, f.zuidoostLeergang, f.twentekant2)}
			},
			expect: func() map[string]expectation {
				counted := filtered(func(t *testing.T, f *fixture, d map[string]any) {
					rows := d["attendanceStats"].([]any)
					if len(rows) == 0 {
						t.Fatal("no session with attendance")
					}
					registered := 0
					for _, r := range rows {
						registered += int(r.(map[string]any)["registered"].(float64))
					}
					if registered == 0 {
						t.Fatal("no registrations counted in the demo leergang")
					}
				})
				return map[string]expectation{"anonymous": unauth, "beheerder": counted, "opleider": counted, "deelnemer": forbidden,
					"directieA": counted, "directieB": forbidden, "bestuur": counted, "otherSchool": forbidden}
			}()},
		"hoursLedgers": {query: `query($id: ID) { hoursLedgers(personId: $id) { totalHours norm } }`,
			vars: func(f *fixture, c string) map[string]any {
				return map[string]any{"id": ownOrOther(c, f.ibRegenboog, f.ibKompas)}
			},
			expect: map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow, "deelnemer": forbidden,
				"directieA": allow, "directieB": forbidden, "bestuur": allow, "otherSchool": forbidden}},
		"hoursOverview": {query: `query($s: ID) { hoursOverview(schoolId: $s) { person { id } totalHours } }`,
			vars: func(f *fixture, c string) map[string]any {
				return map[string]any{"s": ownOrOther(c, f.regenboog, f.kompas)}
			},
			expect: map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow, "deelnemer": forbidden,
				"directieA": allow, "directieB": forbidden, "bestuur": allow, "otherSchool": forbidden}},
		"pendingDeclarations": {query: `{ pendingDeclarations { id } }`, vars: func(*fixture, string) map[string]any { return nil },
			expect: func() map[string]expectation {
				empty := filtered(func(t *testing.T, f *fixture, d map[string]any) {
					if n := len(d["pendingDeclarations"].([]any)); n != 0 {
						t.Fatalf("someone who reviews nothing sees %d declarations", n)
					}
				})
				some := filtered(func(t *testing.T, f *fixture, d map[string]any) {
					if len(d["pendingDeclarations"].([]any)) == 0 {
						t.Fatal("the opleider sees no declarations to review")
					}
				})
				m := everyoneSame(empty)
				m["anonymous"], m["beheerder"], m["opleider"] = unauth, some, some
				return m
			}()},
		"sessionEvaluations": {query: `query($id: ID!) { sessionEvaluations(sessionId: $id) { count averageRating tops } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"id": f.sessionID(t, "Jaar 2, dagdeel 1").String()}
			}, expect: manageOnly()},
		"leergangEvaluations": {query: `query($id: ID!) { leergangEvaluations(leergangId: $id) { summary { count } } }`,
			vars:   func(f *fixture, _ string) map[string]any { return map[string]any{"id": f.twentekant2.String()} },
			expect: manageOnly()},
		"registerAttendance": {query: `mutation($i: RegisterAttendanceInput!) { registerAttendance(input: $i) { register { rows { attendance { status } } } } }`,
			vars: func(f *fixture, c string) map[string]any {
				return map[string]any{"i": map[string]any{"sessionId": ownOrOther(c, f.group1Session, f.twentekantSession),
					"entries": []map[string]any{{"personId": f.ibRegenboog.String(), "status": "AANWEZIG"}}}}
			}, expect: manageOnly()},
		"reviewDeclaration": {query: `mutation($i: ReviewDeclarationInput!) { reviewDeclaration(input: $i) { declaration { status } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"id": f.submittedDeclaration(t).String(), "approve": true}}
			}, expect: manageOnly()},
		"reportAbsence": {query: `mutation($i: ReportAbsenceInput!) { reportAbsence(input: $i) { session { myAbsenceReport { reason } } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"sessionId": f.sessionID(t, "Jaar 2, dagdeel 4").String(), "reason": "Studiedag op school"}}
			}, expect: onlyParticipant()},
		"evaluateSession": {query: `mutation($i: EvaluateSessionInput!) { evaluateSession(input: $i) { session { myEvaluation { rating } } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"sessionId": f.sessionID(t, "Jaar 2, dagdeel 1").String(), "rating": 4, "tops": "Goed"}}
			}, expect: onlyParticipant()},
		"declareHours": {query: `mutation($i: DeclareHoursInput!) { declareHours(input: $i) { declaration { status } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"leerjaarId": f.twentekantLeerjaar(t, 2).String(), "kind": "LITERATUUR", "hours": 2,
					"description": "Boek over coachen", "doneOn": "2026-11-01"}}
			}, expect: onlyParticipant()},
	}
}
