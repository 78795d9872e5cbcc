package main

import (
	"fmt"
	"sync"
	"testing"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/demo"
)

// Rows of the authorization matrix for scans, intake and leervragen. The demo
// world has Zuidoost's intake moment (which asks the directie) with finished
// self-scans of every IB'er (the starter of school A hid her notes from the
// directie) and their leervragen; the fixture adds concept scans of the
// opleider and a leervraag of the demo schoolcoach per cell.

type growthFixture struct {
	zoMoment                        uuid.UUID // Zuidoost's intake moment
	regenboogSelfScan, kompasScan   uuid.UUID // the finished self-scans of the IB'ers of school A and B
	maritConcept                    uuid.UUID // Marit's concept scan of the IB'er of school A
	maritComplete                   uuid.UUID // Marit's fully rated concept scan of the IB'er of school B
	marloesSelfScan                 uuid.UUID // the demo schoolcoach's finished self-scan
	regenboogLeervraag, kompasLv    uuid.UUID
	lbboAspect, twentekantLeerjaar1 uuid.UUID
	marloes                         *db.Actor
}

var growthFixtures sync.Map // *fixture → *growthFixture

func (f *fixture) growth(t *testing.T) *growthFixture {
	t.Helper()
	if g, ok := growthFixtures.Load(f); ok {
		return g.(*growthFixture)
	}
	g := &growthFixture{twentekantLeerjaar1: f.twentekantLeerjaar(t, 1)}
	scan := func(dst *uuid.UUID, q string, args ...any) {
		t.Helper()
		if err := f.srv.DB.NewRaw(q, args...).Scan(f.ctx, dst); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	scan(&g.zoMoment, "SELECT id FROM scan_moments WHERE leergang_id = ? AND kind = 'start'", f.zuidoostLeergang)
	selfScan := "SELECT id FROM scans WHERE moment_id = ? AND subject_id = ? AND rater_role = 'zelf'"
	scan(&g.regenboogSelfScan, selfScan, g.zoMoment, f.ibRegenboog)
	scan(&g.kompasScan, selfScan, g.zoMoment, f.ibKompas)
	marloes := personIDByEmail(t, f.srv, demo.DeelnemerEmail)
	scan(&g.marloesSelfScan, `SELECT s.id FROM scans s JOIN scan_moments m ON m.id = s.moment_id
		WHERE s.subject_id = ? AND s.rater_role = 'zelf' ORDER BY m.opens_on LIMIT 1`, marloes)
	firstLeervraag := "SELECT id FROM leervragen WHERE person_id = ? ORDER BY position LIMIT 1"
	scan(&g.regenboogLeervraag, firstLeervraag, f.ibRegenboog)
	scan(&g.kompasLv, firstLeervraag, f.ibKompas)
	var aspects []uuid.UUID
	if err := f.srv.DB.NewRaw(`SELECT a.id FROM aspects a JOIN competencies c ON c.id = a.competency_id
		JOIN leergangen l ON l.framework_id = c.framework_id WHERE l.id = ? ORDER BY c.position, a.position`, f.zuidoostLeergang).
		Scan(f.ctx, &aspects); err != nil || len(aspects) == 0 {
		t.Fatalf("aspects of the Zuidoost framework: %v", err)
	}
	g.lbboAspect = aspects[0]
	var err error
	if g.marloes, err = db.ActorFor(f.ctx, f.srv.DB, marloes); err != nil {
		t.Fatal(err)
	}
	marit, err := db.ActorFor(f.ctx, f.srv.DB, f.marit)
	if err != nil {
		t.Fatal(err)
	}
	concept, err := db.StartScan(f.ctx, f.srv.DB, marit, g.zoMoment, &f.ibRegenboog)
	if err != nil {
		t.Fatal(err)
	}
	g.maritConcept = concept.ID
	complete, err := db.StartScan(f.ctx, f.srv.DB, marit, g.zoMoment, &f.ibKompas)
	if err != nil {
		t.Fatal(err)
	}
	ratings := make([]db.RatingInput, len(aspects))
	for i, a := range aspects {
		ratings[i] = db.RatingInput{AspectID: a, Value: 3}
	}
	if _, err := db.SaveScanRatings(f.ctx, f.srv.DB, marit, complete.ID, ratings); err != nil {
		t.Fatal(err)
	}
	g.maritComplete = complete.ID
	growthFixtures.Store(f, g)
	return g
}

// marloesLeervraag adds a leervraag of the demo schoolcoach, for a cell that changes or deletes one.
func (g *growthFixture) marloesLeervraag(t *testing.T, f *fixture) uuid.UUID {
	lv, err := db.SaveLeervraag(f.ctx, f.srv.DB, g.marloes, db.LeervraagInput{LeergangID: f.twentekant2,
		Question: fmt.Sprintf("Hoe coach ik teams %d?", f.fresh()), Kind: db.LeervraagPersoonlijk})
	if err != nil {
		t.Fatal(err)
	}
	return lv.ID
}

func growthCases(t *testing.T) map[string]opCase {
	t.Helper()
	only := func(allowed ...string) map[string]expectation {
		m := everyoneSame(forbidden)
		m["anonymous"] = unauth
		for _, c := range allowed {
			m[c] = allow
		}
		return m
	}
	staffView := func() map[string]expectation {
		return only("beheerder", "opleider", "directieA", "bestuur")
	}
	// The directie reads the ratings of the starter, not the notes she hid.
	hiddenNotes := filtered(func(t *testing.T, f *fixture, d map[string]any) {
		moments := d["growth"].(map[string]any)["moments"].([]any)
		for _, m := range moments {
			for _, s := range m.(map[string]any)["scans"].([]any) {
				sc := s.(map[string]any)
				if sc["raterRole"] != "ZELF" {
					continue
				}
				ratings := sc["ratings"].([]any)
				if len(ratings) == 0 || sc["notesVisible"] != false {
					t.Fatalf("directie sees the ratings but not the notes: %v", sc)
				}
				for _, r := range ratings {
					if note := r.(map[string]any)["note"]; note != "" {
						t.Fatalf("hidden note leaked to the directie: %q", note)
					}
				}
				return
			}
		}
		t.Fatal("the starter's self-scan is missing")
	})
	person := func(f *fixture, c string) string { return ownOrOther(c, f.ibRegenboog, f.ibKompas) }
	leergangOf := func(f *fixture, c string) string {
		if c == "deelnemer" || c == "otherSchool" {
			return f.twentekant2.String()
		}
		return f.zuidoostLeergang.String()
	}
	newMoment := func(t *testing.T, f *fixture) string {
		m, err := db.CreateScanMoment(f.ctx, f.srv.DB, f.admin, f.zuidoostLeergang, &db.ScanMomentInput{Kind: db.ScanMomentExtra,
			Title: fmt.Sprintf("Tussenmoment %d", f.fresh()), OpensOn: db.Today()})
		if err != nil {
			t.Fatal(err)
		}
		return m.ID.String()
	}
	momentFields := map[string]any{"kind": "EXTRA", "title": "Tussenscan", "opensOn": "2026-12-01", "askDirectie": true}
	return map[string]opCase{
		"scanMoments": {query: `query($l: ID!) { scanMoments(leergangId: $l) { id kind isOpen leergang { id } } }`,
			vars: func(f *fixture, c string) map[string]any { return map[string]any{"l": leergangOf(f, c)} },
			expect: func() map[string]expectation {
				m := only("beheerder", "opleider", "directieA", "directieB", "bestuur")
				m["deelnemer"] = allow // their own leergang
				return m
			}()},
		"growth": {query: `query($l: ID!, $p: ID) { growth(leergangId: $l, personId: $p) { person { id } pdfUrl
				moments { moment { id } myRole scans { raterRole notesVisible ratings { aspectId value note } } }
				competencies { competency { name } points { role average } } comparisons { aspect { title } self opleider } } }`,
			vars: func(f *fixture, c string) map[string]any {
				return map[string]any{"l": f.zuidoostLeergang.String(), "p": person(f, c)}
			},
			expect: func() map[string]expectation { m := staffView(); m["directieA"] = hiddenNotes; return m }()},
		"scan": {query: `query($id: ID!) { scan(id: $id) { id status ratings { value } history { value } } }`,
			vars: func(f *fixture, c string) map[string]any {
				g := f.growth(t)
				return map[string]any{"id": ownOrOther(c, g.regenboogSelfScan, g.kompasScan)}
			}, expect: staffView()},
		"groupGrowth": {query: `query($l: ID!, $m: ID!) { groupGrowth(leergangId: $l, momentId: $m) { deelnemers { id } rows { values } leervragen { question } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"l": f.zuidoostLeergang.String(), "m": f.growth(t).zoMoment.String()}
			}, expect: only("beheerder", "opleider")},
		"intake": {query: `query($l: ID!, $p: ID) { intake(leergangId: $l, personId: $p) { schoolContext directieExpectations leervragen { question } canEditExpectations } }`,
			vars: func(f *fixture, c string) map[string]any {
				return map[string]any{"l": f.zuidoostLeergang.String(), "p": person(f, c)}
			}, expect: staffView()},

		"createScanMoment": {query: `mutation($i: CreateScanMomentInput!) { createScanMoment(input: $i) { moment { id } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"leergangId": f.zuidoostLeergang.String(), "moment": momentFields}}
			}, expect: only("beheerder", "opleider")},
		"updateScanMoment": {query: `mutation($i: UpdateScanMomentInput!) { updateScanMoment(input: $i) { moment { id title } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"id": newMoment(t, f), "moment": momentFields}}
			}, expect: only("beheerder", "opleider")},
		"deleteScanMoment": {query: `mutation($i: DeleteScanMomentInput!) { deleteScanMoment(input: $i) { deletedId } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"id": newMoment(t, f)}}
			}, expect: only("beheerder", "opleider")},
		"createStandardScanMoments": {query: `mutation($i: CreateStandardScanMomentsInput!) { createStandardScanMoments(input: $i) { moments { id kind } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"leergangId": f.zuidoostLeergang.String()}}
			}, expect: only("beheerder", "opleider")},
		"startScan": {query: `mutation($i: StartScanInput!) { startScan(input: $i) { scan { id raterRole status } } }`,
			vars: func(f *fixture, c string) map[string]any {
				return map[string]any{"i": map[string]any{"momentId": f.growth(t).zoMoment.String(), "personId": person(f, c)}}
			},
			// The intake moment asks the directie of the IB'er's school to rate too.
			expect: only("beheerder", "opleider", "directieA")},
		"saveScanRatings": {query: `mutation($i: SaveScanRatingsInput!) { saveScanRatings(input: $i) { scan { ratings { value } } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				g := f.growth(t)
				return map[string]any{"i": map[string]any{"scanId": g.maritConcept.String(),
					"ratings": []any{map[string]any{"aspectId": g.lbboAspect.String(), "value": 3, "note": "Goed voorbereid."}}}}
			}, expect: only("opleider")},
		"finishScan": {query: `mutation($i: FinishScanInput!) { finishScan(input: $i) { scan { status } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"scanId": f.growth(t).maritComplete.String()}}
			}, expect: only("opleider")},
		"setScanNotesHidden": {query: `mutation($i: SetScanNotesHiddenInput!) { setScanNotesHidden(input: $i) { scan { notesHiddenFromDirectie } } }`,
			vars: func(f *fixture, c string) map[string]any {
				g := f.growth(t)
				id := ownOrOther(c, g.regenboogSelfScan, g.kompasScan)
				if c == "deelnemer" {
					id = g.marloesSelfScan.String()
				}
				return map[string]any{"i": map[string]any{"scanId": id, "hidden": c != "deelnemer"}}
			}, expect: only("deelnemer")},
		"saveIntake": {query: `mutation($i: SaveIntakeInput!) { saveIntake(input: $i) { intake { schoolContext canEdit } } }`,
			vars: func(f *fixture, c string) map[string]any {
				return map[string]any{"i": map[string]any{"leergangId": leergangOf(f, c), "schoolContext": "Vier scholen in Hengelo."}}
			}, expect: func() map[string]expectation {
				m := only("deelnemer")
				m["otherSchool"] = forbidden
				return m
			}()},
		"saveDirectieExpectations": {query: `mutation($i: SaveDirectieExpectationsInput!) { saveDirectieExpectations(input: $i) { intake { directieExpectations } } }`,
			vars: func(f *fixture, c string) map[string]any {
				return map[string]any{"i": map[string]any{"leergangId": f.zuidoostLeergang.String(), "personId": person(f, c),
					"expectations": "Dat de groepsbesprekingen volgens de HGW-cyclus gaan."}}
			}, expect: only("directieA")},
		"saveLeervraag": {query: `mutation($i: SaveLeervraagInput!) { saveLeervraag(input: $i) { leervraag { id kind } } }`,
			vars: func(f *fixture, c string) map[string]any {
				return map[string]any{"i": map[string]any{"leergangId": leergangOf(f, c), "question": "Hoe leid ik een teamoverleg?", "kind": "SCHOOL"}}
			}, expect: func() map[string]expectation {
				m := only("deelnemer")
				m["otherSchool"] = forbidden
				return m
			}()},
		"deleteLeervraag": {query: `mutation($i: DeleteLeervraagInput!) { deleteLeervraag(input: $i) { deletedId } }`,
			vars: func(f *fixture, c string) map[string]any {
				g := f.growth(t)
				id := ownOrOther(c, g.regenboogLeervraag, g.kompasLv)
				if c == "deelnemer" {
					id = g.marloesLeervraag(t, f).String()
				}
				return map[string]any{"i": map[string]any{"id": id}}
			}, expect: only("deelnemer")},
		"reflectOnLeervraag": {query: `mutation($i: ReflectOnLeervraagInput!) { reflectOnLeervraag(input: $i) { leervraag { reflections { status } } } }`,
			vars: func(f *fixture, c string) map[string]any {
				g := f.growth(t)
				lv, lj := ownOrOther(c, g.regenboogLeervraag, g.kompasLv), f.zuidoostLeerjaar.String()
				if c == "deelnemer" {
					lv, lj = g.marloesLeervraag(t, f).String(), g.twentekantLeerjaar1.String()
				}
				return map[string]any{"i": map[string]any{"leervraagId": lv, "leerjaarId": lj, "status": "OP_WEG", "reflection": "Op weg."}}
			}, expect: only("deelnemer")},
	}
}
