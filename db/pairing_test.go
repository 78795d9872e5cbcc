package db_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/dbtest"
)

// pairingWorld adds to world a starter at school A (bovenbouw) and candidate
// maatjes of every kind, with the reasons they should rank by.
type pairingWorld struct {
	*courseWorld
	starter *db.Person
	// sameOrgBouw: same board, bovenbouw (60); sharesLeervraag: same board,
	// onderbouw, shares a leervraag competency (50); otherOrgRegion: other
	// board, same region, bovenbouw (35); full: same board, bovenbouw, with two
	// starters already (ranked last whatever the score).
	sameOrgBouw, sharesLeervraag, otherOrgRegion, full *db.Person
	otherStarters                                      []*db.Person
}

func newPairingWorld(t *testing.T, ctx context.Context, idb bun.IDB) *pairingWorld {
	t.Helper()
	pw := &pairingWorld{courseWorld: newCourseWorld(t, ctx, idb)}
	person := func(name string, school uuid.UUID, fn db.DeelnemerFunction, bouw db.Bouw, start time.Time) *db.Person {
		p, err := db.CreatePerson(ctx, idb, db.PersonInput{Name: name, Email: strings.ReplaceAll(strings.ToLower(name), " ", ".") + "@test.nl",
			Roles: []db.Role{db.RoleDeelnemer}, SchoolIDs: []uuid.UUID{school}, Function: &fn, Bouw: &bouw, IBStartDate: &start})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return p
	}
	recent, longAgo := time.Now().AddDate(0, -3, 0), time.Date(2010, 8, 1, 0, 0, 0, 0, time.UTC)
	pw.starter = person("Sam Starter", pw.schoolA.ID, db.FunctionIB, db.BouwBovenbouw, recent)
	pw.sameOrgBouw = person("Anna Bovenbouw", pw.schoolB.ID, db.FunctionIB, db.BouwBovenbouw, longAgo)
	pw.sharesLeervraag = person("Bert Onderbouw", pw.schoolA.ID, db.FunctionIB, db.BouwOnderbouw, longAgo)
	pw.otherOrgRegion = person("Carla Elders", pw.schoolC.ID, db.FunctionKC, db.BouwBovenbouw, longAgo)
	pw.full = person("Dirk Vol", pw.schoolB.ID, db.FunctionIB, db.BouwBovenbouw, longAgo)
	for _, name := range []string{"Eva Starter", "Frank Starter"} {
		s := person(name, pw.schoolB.ID, db.FunctionIB, db.BouwOnderbouw, recent)
		pw.otherStarters = append(pw.otherStarters, s)
		cwExec(t, ctx, idb, `INSERT INTO mentor_pairings (starter_id, maatje_id, starts_on, ends_on) VALUES (?, ?, current_date, current_date + 300)`,
			s.ID, pw.full.ID)
	}
	// A leervraag about the same competency for the starter and Bert.
	var framework, competency uuid.UUID
	if err := idb.NewRaw("INSERT INTO frameworks (name) VALUES ('Test') RETURNING id").Scan(ctx, &framework); err != nil {
		t.Fatal(err)
	}
	if err := idb.NewRaw("INSERT INTO competencies (framework_id, position, name) VALUES (?, 1, 'Zorgbesprekingen leiden') RETURNING id", framework).Scan(ctx, &competency); err != nil {
		t.Fatal(err)
	}
	for _, p := range []*db.Person{pw.starter, pw.sharesLeervraag} {
		var lv uuid.UUID
		if err := idb.NewRaw("INSERT INTO leervragen (leergang_id, person_id, question, kind) VALUES (?, ?, 'Hoe leid ik een zorgbespreking?', 'persoonlijk') RETURNING id",
			pw.leergang.ID, p.ID).Scan(ctx, &lv); err != nil {
			t.Fatal(err)
		}
		cwExec(t, ctx, idb, "INSERT INTO leervraag_competencies (leervraag_id, competency_id) VALUES (?, ?)", lv, competency)
	}
	return pw
}

func (pw *pairingWorld) pair(t *testing.T, ctx context.Context, idb bun.IDB, a *db.Actor, maatje *db.Person) *db.Pairing {
	t.Helper()
	p, err := db.CreatePairing(ctx, idb, a, db.PairingInput{StarterID: pw.starter.ID, MaatjeID: maatje.ID,
		StartsOn: time.Now().AddDate(0, -1, 0), EndsOn: time.Now().AddDate(0, 9, 0)})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestMaatjeSuggestionsRankWithReasonsInOneStatement(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	pw := newPairingWorld(t, ctx, bdb)
	beheerder := actorOf(t, ctx, bdb, pw.beheerder)
	counter := &db.QueryCounter{}
	bdb.AddQueryHook(counter)

	counter.Reset()
	got, err := db.SuggestMaatjes(ctx, bdb, beheerder, pw.starter.ID, 10)
	if err != nil {
		t.Fatal(err)
	}
	if n := counter.Reset(); n != 1 {
		t.Fatalf("suggestions cost %d statements, want 1", n)
	}
	var names []string
	for _, s := range got {
		names = append(names, s.Person.Name)
	}
	want := []string{"Anna Bovenbouw", "Bert Onderbouw", "Carla Elders", "Dirk Vol"}
	if !slices.Equal(names, want) {
		t.Fatalf("ranking %v, want %v (starters and non-IB'ers excluded, the full maatje last)", names, want)
	}
	reasons := func(i int) string { return strings.Join(got[i].Reasons, " | ") }
	if r := reasons(0); r != "Zelfde bestuur | Ook bovenbouw | 0 van 2 plekken bezet" || got[0].Score != 60 {
		t.Fatalf("first: %q score %d", r, got[0].Score)
	}
	if r := reasons(1); !strings.Contains(r, "Deelt leervraag over zorgbesprekingen leiden") || got[1].Score != 50 {
		t.Fatalf("second: %q score %d", r, got[1].Score)
	}
	if r := reasons(2); r != "Zelfde regio | Ook bovenbouw | 0 van 2 plekken bezet" {
		t.Fatalf("third: %q", r)
	}
	if !got[3].Full || !strings.Contains(reasons(3), "Vol: 2 van 2 plekken bezet") {
		t.Fatalf("fourth: full %v, %q", got[3].Full, reasons(3))
	}

	// A full maatje cannot be chosen, until the board raises its maximum.
	_, err = db.CreatePairing(ctx, bdb, beheerder, db.PairingInput{StarterID: pw.starter.ID, MaatjeID: pw.full.ID,
		StartsOn: time.Now(), EndsOn: time.Now().AddDate(0, 6, 0)})
	cwWantInvalid(t, err, "maatjeId")
	bestuur := actorOf(t, ctx, bdb, pw.bestuur)
	if _, err := db.SetMaatjeLimit(ctx, bdb, bestuur, pw.otherOrg.ID, 3); err == nil {
		t.Fatal("a bestuur user changed another organisation's maximum")
	}
	if _, err := db.SetMaatjeLimit(ctx, bdb, bestuur, pw.org.ID, 3); err != nil {
		t.Fatal(err)
	}
	p := pw.pair(t, ctx, bdb, beheerder, pw.full)
	if !strings.Contains(p.Reason, "2 van 3 plekken bezet") {
		t.Fatalf("stored reason %q", p.Reason)
	}

	// Pairing a second time, a non-starter, or by another board is refused.
	_, err = db.CreatePairing(ctx, bdb, beheerder, db.PairingInput{StarterID: pw.starter.ID, MaatjeID: pw.sameOrgBouw.ID,
		StartsOn: time.Now(), EndsOn: time.Now().AddDate(0, 6, 0)})
	cwWantInvalid(t, err, "starterId")
	_, err = db.CreatePairing(ctx, bdb, beheerder, db.PairingInput{StarterID: pw.sameOrgBouw.ID, MaatjeID: pw.sharesLeervraag.ID,
		StartsOn: time.Now(), EndsOn: time.Now().AddDate(0, -1, 0)})
	cwWantInvalid(t, err, "starterId")
	other, err := db.CreatePerson(ctx, bdb, db.PersonInput{Name: "Bestuur Elders", Email: "bestuur.elders@test.nl", Roles: []db.Role{db.RoleBestuur}, OrganisationID: &pw.otherOrg.ID})
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.SuggestMaatjes(ctx, bdb, actorOf(t, ctx, bdb, other), pw.starter.ID, 10)
	cwWantForbidden(t, err)
	_, err = db.SuggestMaatjes(ctx, bdb, actorOf(t, ctx, bdb, pw.directieA), pw.starter.ID, 10)
	cwWantForbidden(t, err)
}

func TestPairingLogIsForTheTwoPartiesOnly(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	pw := newPairingWorld(t, ctx, bdb)
	bestuur := actorOf(t, ctx, bdb, pw.bestuur)
	p := pw.pair(t, ctx, bdb, bestuur, pw.sameOrgBouw)
	if p.Reason != "Zelfde bestuur · Ook bovenbouw · 0 van 2 plekken bezet" {
		t.Fatalf("stored reason %q", p.Reason)
	}
	starter, maatje := actorOf(t, ctx, bdb, pw.starter), actorOf(t, ctx, bdb, pw.sameOrgBouw)
	directieA, directieB := actorOf(t, ctx, bdb, pw.directieA), actorOf(t, ctx, bdb, pw.directieB)

	next := time.Now().AddDate(0, 0, 14)
	first, err := db.AddLogEntry(ctx, bdb, maatje, p.ID, db.LogEntryInput{MetOn: time.Now().AddDate(0, 0, -20), Topics: "Kennismaking"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddLogEntry(ctx, bdb, starter, p.ID, db.LogEntryInput{MetOn: time.Now().AddDate(0, 0, -2),
		Topics: "Zorgroute doorlopen", Agreements: "Stroomschema delen", NextMeetingOn: &next}); err != nil {
		t.Fatal(err)
	}
	_, err = db.AddLogEntry(ctx, bdb, starter, p.ID, db.LogEntryInput{MetOn: time.Now()})
	cwWantInvalid(t, err, "topics")
	_, err = db.UpdateLogEntry(ctx, bdb, starter, first.ID, db.LogEntryInput{MetOn: time.Now(), Topics: "Overschreven"})
	cwWantForbidden(t, err)
	_, err = db.AddLogEntry(ctx, bdb, directieA, p.ID, db.LogEntryInput{MetOn: time.Now(), Topics: "Meelezen"})
	cwWantForbidden(t, err)
	if _, err := db.UpdateLogEntry(ctx, bdb, maatje, first.ID, db.LogEntryInput{MetOn: time.Now().AddDate(0, 0, -21), Topics: "Eerste kennismaking"}); err != nil {
		t.Fatal(err)
	}

	// The directie of the starter's school sees that they met, not what was said.
	seen, err := db.GetPairing(ctx, bdb, directieA, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if seen.MeetingCount != 2 || seen.LastMeetingOn == nil || seen.Maatje.Name != "Anna Bovenbouw" {
		t.Fatalf("directie sees %d meetings, last %v, maatje %q", seen.MeetingCount, seen.LastMeetingOn, seen.Maatje.Name)
	}
	if seen.Maatje.Email != nil || seen.NextMeetingOn != nil || seen.IsParty {
		t.Fatal("directie sees contact details or the next meeting from the log")
	}
	logs, err := db.LogEntriesByPairing(ctx, bdb, directieA, []uuid.UUID{p.ID})
	if err != nil || len(logs) != 0 {
		t.Fatalf("directie reads the log: %v %v", logs, err)
	}
	logs, err = db.LogEntriesByPairing(ctx, bdb, starter, []uuid.UUID{p.ID})
	if err != nil || len(logs[p.ID]) != 2 || logs[p.ID][1].Topics != "Eerste kennismaking" {
		t.Fatalf("starter reads %v %v", logs, err)
	}
	mine, err := db.GetPairing(ctx, bdb, starter, p.ID)
	if err != nil || mine.Maatje.Email == nil || *mine.Maatje.Email != pw.sameOrgBouw.Email || mine.NextMeetingOn == nil {
		t.Fatalf("starter sees %+v, %v", mine, err)
	}
	for _, a := range []*db.Actor{directieB, actorOf(t, ctx, bdb, pw.ibC), actorOf(t, ctx, bdb, pw.opleider)} {
		_, err := db.GetPairing(ctx, bdb, a, p.ID)
		cwWantForbidden(t, err)
	}

	// Closing: the first party closes with an evaluation, the other adds theirs.
	_, err = db.ClosePairing(ctx, bdb, starter, p.ID, &db.EvaluationInput{Rating: 6, Evaluation: "Fijn"})
	cwWantInvalid(t, err, "rating")
	if _, err := db.ClosePairing(ctx, bdb, starter, p.ID, &db.EvaluationInput{Rating: 5, Evaluation: "Heel waardevol"}); err != nil {
		t.Fatal(err)
	}
	_, err = db.ClosePairing(ctx, bdb, maatje, p.ID, &db.EvaluationInput{Rating: 4, Evaluation: "Goed"})
	cwWantConflict(t, err)
	closed, err := db.EvaluatePairing(ctx, bdb, maatje, p.ID, db.EvaluationInput{Rating: 4, Evaluation: "Goed samengewerkt"})
	if err != nil || closed.ClosedAt == nil || closed.EvaluationCount != 2 {
		t.Fatalf("after evaluating: %+v %v", closed, err)
	}
	evals, err := db.EvaluationsByPairing(ctx, bdb, directieA, []uuid.UUID{p.ID})
	if err != nil || len(evals) != 0 {
		t.Fatalf("directie reads evaluations: %v %v", evals, err)
	}
	evals, err = db.EvaluationsByPairing(ctx, bdb, maatje, []uuid.UUID{p.ID})
	if err != nil || len(evals[p.ID]) != 2 {
		t.Fatalf("maatje reads %v %v", evals, err)
	}
}

func TestPairingListIsOneStatementAndScoped(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	pw := newPairingWorld(t, ctx, bdb)
	counter := &db.QueryCounter{}
	bdb.AddQueryHook(counter)
	list := func(p *db.Person) []*db.Pairing {
		t.Helper()
		a := actorOf(t, ctx, bdb, p)
		counter.Reset()
		page, err := db.ListPairings(ctx, bdb, a, db.PairingFilter{}, db.PageRequest{Limit: 50})
		if err != nil {
			t.Fatal(err)
		}
		return page.Items
	}
	// Dirk Vol is the maatje of two starters at school B.
	if got := list(pw.full); len(got) != 2 {
		t.Fatalf("maatje sees %d pairings, want 2", len(got))
	}
	if n := counter.Reset(); n != 1 {
		t.Fatalf("list cost %d statements, want 1", n)
	}
	if got := list(pw.directieB); len(got) != 2 || got[0].Maatje.Email != nil {
		t.Fatalf("directie B sees %d pairings", len(got))
	}
	if got := list(pw.directieA); len(got) != 0 {
		t.Fatalf("directie A sees %d pairings of school B", len(got))
	}
	if got := list(pw.sameOrgBouw); len(got) != 0 {
		t.Fatalf("another maatje sees %d pairings", len(got))
	}
	if got := list(pw.bestuur); len(got) != 2 || got[0].Maatje.Email == nil {
		t.Fatalf("bestuur sees %d pairings", len(got))
	}
}
