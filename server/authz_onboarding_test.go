package main

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/demo"
)

// Rows of the authorization matrix for onboarding checklists, their
// templates and documents. The demo world has Lotte van Dijk's checklist (a
// starter of De Regenboog, school A) and Zuidoost Samen's own template; the
// fixture adds a starter of Het Kompas (school B) with a checklist, and a
// template of Twentekant that no Zuidoost user may see.

type onboardingFixture struct {
	lotte, kompasStarter         uuid.UUID
	lotteItem, kompasItem        uuid.UUID
	lotteList, kompasList        uuid.UUID
	zuidoostTemplate, twTemplate uuid.UUID
	zuidoostPart                 uuid.UUID
	regenboogDoc, kompasDoc      uuid.UUID
}

var onboardingFixtures sync.Map // *fixture → *onboardingFixture

func (f *fixture) onboarding(t *testing.T) *onboardingFixture {
	t.Helper()
	if o, ok := onboardingFixtures.Load(f); ok {
		return o.(*onboardingFixture)
	}
	o := &onboardingFixture{lotte: f.ibRegenboog}
	scan := func(dst *uuid.UUID, q string, args ...any) {
		t.Helper()
		if err := f.srv.DB.NewRaw(q, args...).Scan(f.ctx, dst); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	o.kompasStarter = f.freshStarter(t, f.kompas)
	list, err := db.StartChecklist(f.ctx, f.srv.DB, f.admin, o.kompasStarter, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	o.kompasList = list.ID
	scan(&o.lotteList, "SELECT id FROM checklists WHERE starter_id = ?", o.lotte)
	scan(&o.lotteItem, "SELECT id FROM checklist_items WHERE checklist_id = ? ORDER BY part_position, position LIMIT 1", o.lotteList)
	scan(&o.kompasItem, "SELECT id FROM checklist_items WHERE checklist_id = ? ORDER BY part_position, position LIMIT 1", o.kompasList)
	scan(&o.zuidoostTemplate, "SELECT id FROM checklist_templates WHERE organisation_id = ?", f.zuidoost)
	scan(&o.zuidoostPart, "SELECT id FROM checklist_template_parts WHERE template_id = ? ORDER BY position LIMIT 1", o.zuidoostTemplate)
	tw, err := db.CreateOwnTemplate(f.ctx, f.srv.DB, f.admin, f.twentekant)
	if err != nil {
		t.Fatal(err)
	}
	o.twTemplate = tw.ID
	scan(&o.regenboogDoc, "SELECT id FROM documents WHERE school_id = ? LIMIT 1", f.regenboog)
	scan(&o.kompasDoc, "SELECT id FROM documents WHERE school_id = ? LIMIT 1", f.kompas)
	onboardingFixtures.Store(f, o)
	return o
}

// freshStarter makes a new IB'er who started this autumn at the school.
func (f *fixture) freshStarter(t *testing.T, school uuid.UUID) uuid.UUID {
	t.Helper()
	start := time.Now().AddDate(0, -2, 0)
	p, err := db.CreatePerson(f.ctx, f.srv.DB, db.PersonInput{Name: fmt.Sprintf("Starter %d", f.fresh()),
		Email: fmt.Sprintf("starter%d@zuidoostsamen.nl", f.fresh()), Roles: []db.Role{db.RoleDeelnemer},
		SchoolIDs: []uuid.UUID{school}, IBStartDate: &start})
	if err != nil {
		t.Fatal(err)
	}
	return p.ID
}

// freshTemplateItem adds an item to Zuidoost's template for a cell that removes or moves one.
func (f *fixture) freshTemplateItem(t *testing.T) uuid.UUID {
	t.Helper()
	o := f.onboarding(t)
	if _, err := db.AddTemplateItem(f.ctx, f.srv.DB, f.admin, o.zuidoostPart, db.ChecklistItemInput{Text: fmt.Sprintf("Punt %d", f.fresh())}); err != nil {
		t.Fatal(err)
	}
	var id uuid.UUID
	if err := f.srv.DB.NewRaw("SELECT id FROM checklist_template_items WHERE part_id = ? ORDER BY position DESC LIMIT 1", o.zuidoostPart).Scan(f.ctx, &id); err != nil {
		t.Fatal(err)
	}
	return id
}

func (f *fixture) freshTemplatePart(t *testing.T) uuid.UUID {
	t.Helper()
	o := f.onboarding(t)
	tpl, err := db.AddTemplatePart(f.ctx, f.srv.DB, f.admin, o.zuidoostTemplate, fmt.Sprintf("Onderdeel %d", f.fresh()))
	if err != nil {
		t.Fatal(err)
	}
	var id uuid.UUID
	if err := f.srv.DB.NewRaw("SELECT id FROM checklist_template_parts WHERE template_id = ? ORDER BY position DESC LIMIT 1", tpl.ID).Scan(f.ctx, &id); err != nil {
		t.Fatal(err)
	}
	return id
}

func (f *fixture) freshDocument(t *testing.T, school uuid.UUID) uuid.UUID {
	t.Helper()
	d, err := db.CreateDocument(f.ctx, f.srv.DB, f.admin, db.DocumentInput{SchoolID: &school, Title: fmt.Sprintf("Document %d", f.fresh()), URL: "https://example.nl/doc"})
	if err != nil {
		t.Fatal(err)
	}
	return d.ID
}

func onboardingCases(t *testing.T) map[string]opCase {
	input := func(m map[string]any) map[string]any { return map[string]any{"i": m} }
	// The school A object for everyone, school B's for directie B and otherSchool.
	schoolB := func(c string) bool { return c == "directieB" || c == "otherSchool" }
	directies := func(rest expectation) map[string]expectation {
		return map[string]expectation{"anonymous": unauth, "beheerder": rest, "opleider": forbidden, "deelnemer": forbidden,
			"directieA": allow, "directieB": allow, "bestuur": rest, "otherSchool": forbidden}
	}
	templateEditors := func() map[string]expectation {
		return map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": forbidden, "deelnemer": forbidden,
			"directieA": forbidden, "directieB": forbidden, "bestuur": allow, "otherSchool": forbidden}
	}
	starters := func(want, not func(o *onboardingFixture) uuid.UUID) expectation {
		return filtered(func(t *testing.T, f *fixture, d map[string]any) {
			o := f.onboarding(t)
			var ids []string
			for _, n := range d["onboardingStarters"].([]any) {
				ids = append(ids, n.(map[string]any)["personId"].(string))
			}
			if (want != nil && !contains(ids, want(o))) || (not != nil && contains(ids, not(o))) {
				t.Fatalf("starters %v", ids)
			}
		})
	}
	none := filtered(func(t *testing.T, f *fixture, d map[string]any) {
		if n := len(d["onboardingStarters"].([]any)); n != 0 {
			t.Fatalf("sees %d starters", n)
		}
	})
	lotte := func(o *onboardingFixture) uuid.UUID { return o.lotte }
	kompas := func(o *onboardingFixture) uuid.UUID { return o.kompasStarter }
	templateCount := func(n int) expectation {
		return filtered(func(t *testing.T, f *fixture, d map[string]any) {
			if got := len(d["checklistTemplates"].([]any)); got != n {
				t.Fatalf("sees %d templates, want %d", got, n)
			}
		})
	}
	docs := func(want, not func(o *onboardingFixture) uuid.UUID) expectation {
		return filtered(func(t *testing.T, f *fixture, d map[string]any) {
			o := f.onboarding(t)
			var ids []string
			for _, n := range d["documents"].([]any) {
				ids = append(ids, n.(map[string]any)["id"].(string))
			}
			if (want != nil && !contains(ids, want(o))) || (not != nil && contains(ids, not(o))) {
				t.Fatalf("documents %v", ids)
			}
		})
	}
	regenboogDoc := func(o *onboardingFixture) uuid.UUID { return o.regenboogDoc }
	kompasDoc := func(o *onboardingFixture) uuid.UUID { return o.kompasDoc }
	itemVars := func(extra map[string]any) func(f *fixture, c string) map[string]any {
		return func(f *fixture, c string) map[string]any {
			m := map[string]any{"itemId": f.freshTemplateItem(t).String()}
			for k, v := range extra {
				m[k] = v
			}
			return input(m)
		}
	}
	partVars := func(extra map[string]any) func(f *fixture, c string) map[string]any {
		return func(f *fixture, c string) map[string]any {
			m := map[string]any{"partId": f.freshTemplatePart(t).String()}
			for k, v := range extra {
				m[k] = v
			}
			return input(m)
		}
	}
	docVars := func(f *fixture, c string) map[string]any {
		school := f.regenboog
		if schoolB(c) {
			school = f.kompas
		}
		return input(map[string]any{"id": f.freshDocument(t, school).String(), "title": "Nieuwe titel", "url": "https://example.nl/nieuw"})
	}
	const templateFields = `template { id version canEdit parts { id items { id } } }`
	return map[string]opCase{
		"onboardingStarters": {query: `query($s: ID) { onboardingStarters(schoolId: $s) { personId name checklist { id progress { percent } } } }`,
			vars: func(f *fixture, c string) map[string]any {
				if c == "otherSchool" {
					return map[string]any{"s": f.kompas.String()}
				}
				return map[string]any{"s": nil}
			},
			expect: map[string]expectation{"anonymous": unauth, "beheerder": starters(lotte, nil), "opleider": none, "deelnemer": none,
				"directieA": starters(lotte, kompas), "directieB": starters(kompas, lotte), "bestuur": starters(kompas, nil), "otherSchool": none}},
		"checklist": {query: `query($s: ID!) { checklist(starterId: $s) { id canTick items { id status } } }`,
			vars: func(f *fixture, c string) map[string]any {
				o := f.onboarding(t)
				if schoolB(c) {
					return map[string]any{"s": o.kompasStarter.String()}
				}
				return map[string]any{"s": o.lotte.String()}
			},
			expect: directies(allow)},
		"myChecklist": {query: `{ myChecklist { id } }`, vars: func(*fixture, string) map[string]any { return nil },
			expect: func() map[string]expectation { m := everyoneSame(allow); m["anonymous"] = unauth; return m }()},
		"checklistTemplates": {query: `{ checklistTemplates { id isDefault } }`, vars: func(*fixture, string) map[string]any { return nil },
			expect: map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": templateCount(0), "deelnemer": templateCount(0),
				"directieA": templateCount(2), "directieB": templateCount(2), "bestuur": templateCount(2), "otherSchool": templateCount(2)}},
		"checklistTemplate": {query: `query($id: ID!) { checklistTemplate(id: $id) { id canEdit parts { title } } }`,
			vars: func(f *fixture, c string) map[string]any {
				o := f.onboarding(t)
				if c == "otherSchool" {
					return map[string]any{"id": o.twTemplate.String()}
				}
				return map[string]any{"id": o.zuidoostTemplate.String()}
			},
			expect: map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": forbidden, "deelnemer": forbidden,
				"directieA": allow, "directieB": allow, "bestuur": allow, "otherSchool": forbidden}},
		"documents": {query: `{ documents { id title canManage } }`, vars: func(*fixture, string) map[string]any { return nil },
			expect: map[string]expectation{"anonymous": unauth, "beheerder": docs(regenboogDoc, nil), "opleider": docs(nil, regenboogDoc),
				"deelnemer": docs(nil, regenboogDoc), "directieA": docs(regenboogDoc, kompasDoc), "directieB": docs(kompasDoc, regenboogDoc),
				"bestuur": docs(kompasDoc, nil), "otherSchool": docs(regenboogDoc, kompasDoc)}},

		"startChecklist": {query: `mutation($i: StartChecklistInput!) { startChecklist(input: $i) { checklist { id items { id } } } }`,
			vars: func(f *fixture, c string) map[string]any {
				school := f.regenboog
				if schoolB(c) {
					school = f.kompas
				}
				return input(map[string]any{"starterId": f.freshStarter(t, school).String()})
			},
			expect: directies(allow)},
		"setChecklistItemStatus": {query: `mutation($i: SetChecklistItemStatusInput!) { setChecklistItemStatus(input: $i) { checklist { progress { done } } } }`,
			vars: func(f *fixture, c string) map[string]any {
				o := f.onboarding(t)
				item := o.lotteItem
				if schoolB(c) {
					item = o.kompasItem
				}
				return input(map[string]any{"itemId": item.String(), "status": "GEDAAN", "note": "Gedaan"})
			},
			expect: directies(forbidden)},
		"takeInTemplateChanges": {query: `mutation($i: TakeInTemplateChangesInput!) { takeInTemplateChanges(input: $i) { checklist { behind } } }`,
			vars: func(f *fixture, c string) map[string]any {
				o := f.onboarding(t)
				if schoolB(c) {
					return input(map[string]any{"checklistId": o.kompasList.String()})
				}
				return input(map[string]any{"checklistId": o.lotteList.String()})
			},
			expect: directies(forbidden)},
		"createOwnChecklistTemplate": {query: `mutation($i: CreateOwnChecklistTemplateInput!) { createOwnChecklistTemplate(input: $i) { template { id } } }`,
			vars: func(f *fixture, c string) map[string]any {
				if c == "beheerder" {
					return input(map[string]any{"organisationId": f.createdOrganisation(t).String()})
				}
				return input(map[string]any{"organisationId": f.zuidoost.String()})
			},
			// Zuidoost has its own template already: the bestuur passes the policy and meets the conflict.
			expect: func() map[string]expectation {
				m := templateEditors()
				m["bestuur"] = expectation{code: "CONFLICT"}
				return m
			}()},
		"addChecklistTemplatePart": {query: `mutation($i: AddChecklistTemplatePartInput!) { addChecklistTemplatePart(input: $i) { ` + templateFields + ` } }`,
			vars: func(f *fixture, c string) map[string]any {
				return input(map[string]any{"templateId": f.onboarding(t).zuidoostTemplate.String(), "title": fmt.Sprintf("Deel %d", f.fresh())})
			}, expect: templateEditors()},
		"renameChecklistTemplatePart": {query: `mutation($i: RenameChecklistTemplatePartInput!) { renameChecklistTemplatePart(input: $i) { ` + templateFields + ` } }`,
			vars: partVars(map[string]any{"title": "Nieuwe naam"}), expect: templateEditors()},
		"moveChecklistTemplatePart": {query: `mutation($i: MoveChecklistTemplatePartInput!) { moveChecklistTemplatePart(input: $i) { ` + templateFields + ` } }`,
			vars: partVars(map[string]any{"direction": "UP"}), expect: templateEditors()},
		"removeChecklistTemplatePart": {query: `mutation($i: RemoveChecklistTemplatePartInput!) { removeChecklistTemplatePart(input: $i) { ` + templateFields + ` } }`,
			vars: partVars(nil), expect: templateEditors()},
		"addChecklistTemplateItem": {query: `mutation($i: AddChecklistTemplateItemInput!) { addChecklistTemplateItem(input: $i) { ` + templateFields + ` } }`,
			vars: func(f *fixture, c string) map[string]any {
				return input(map[string]any{"partId": f.onboarding(t).zuidoostPart.String(), "text": fmt.Sprintf("Nieuw punt %d", f.fresh()),
					"linkUrl": "https://example.nl/punt"})
			}, expect: templateEditors()},
		"updateChecklistTemplateItem": {query: `mutation($i: UpdateChecklistTemplateItemInput!) { updateChecklistTemplateItem(input: $i) { ` + templateFields + ` } }`,
			vars: itemVars(map[string]any{"text": "Anders verwoord"}), expect: templateEditors()},
		"moveChecklistTemplateItem": {query: `mutation($i: MoveChecklistTemplateItemInput!) { moveChecklistTemplateItem(input: $i) { ` + templateFields + ` } }`,
			vars: itemVars(map[string]any{"direction": "UP"}), expect: templateEditors()},
		"removeChecklistTemplateItem": {query: `mutation($i: RemoveChecklistTemplateItemInput!) { removeChecklistTemplateItem(input: $i) { ` + templateFields + ` } }`,
			vars: itemVars(nil), expect: templateEditors()},
		"createDocument": {query: `mutation($i: CreateDocumentInput!) { createDocument(input: $i) { document { id canManage } } }`,
			vars: func(f *fixture, c string) map[string]any {
				m := map[string]any{"title": fmt.Sprintf("Document %d", f.fresh()), "url": "https://example.nl/d"}
				switch {
				case c == "beheerder" || c == "bestuur":
					m["organisationId"] = f.zuidoost.String()
				case schoolB(c):
					m["schoolId"] = f.kompas.String()
				default:
					m["schoolId"] = f.regenboog.String()
				}
				return input(m)
			}, expect: directies(allow)},
		"updateDocument": {query: `mutation($i: UpdateDocumentInput!) { updateDocument(input: $i) { document { id title } } }`,
			vars: docVars, expect: directies(allow)},
		"deleteDocument": {query: `mutation($i: DeleteDocumentInput!) { deleteDocument(input: $i) { deletedId } }`,
			vars: func(f *fixture, c string) map[string]any {
				school := f.regenboog
				if schoolB(c) {
					school = f.kompas
				}
				return input(map[string]any{"id": f.freshDocument(t, school).String()})
			}, expect: directies(allow)},
	}
}

// A maatje follows only the starters of their own open pairings, and may
// tick their items; the Starters list costs the same number of statements
// for few starters as for many.
func TestOnboardingMaatjeAndStatementCount(t *testing.T) {
	ts := newTestServer(t)
	f := newFixture(t, ts)
	o := f.onboarding(t)
	maatje := ts.loginAs(t, demo.MentorEmail)
	var out struct {
		OnboardingStarters []struct {
			PersonID  string
			Checklist *struct {
				ID      string
				CanTick bool
			}
		}
	}
	maatje.do(`{ onboardingStarters { personId checklist { id canTick } } }`, nil).decode(t, &out)
	if len(out.OnboardingStarters) != 1 || out.OnboardingStarters[0].PersonID != o.lotte.String() ||
		out.OnboardingStarters[0].Checklist == nil || !out.OnboardingStarters[0].Checklist.CanTick {
		t.Fatalf("the maatje sees %+v; want only Lotte, tickable", out.OnboardingStarters)
	}
	res := maatje.do(`query($s: ID!) { checklist(starterId: $s) { id } }`, map[string]any{"s": o.kompasStarter.String()})
	if res.code() != "FORBIDDEN" {
		t.Fatalf("the maatje opens another starter's checklist: %q", res.code())
	}
	res = maatje.do(`mutation($i: SetChecklistItemStatusInput!) { setChecklistItemStatus(input: $i) { checklist { id } } }`,
		map[string]any{"i": map[string]any{"itemId": o.lotteItem.String(), "status": "GEDAAN"}})
	if res.code() != "" {
		t.Fatalf("the maatje ticks Lotte's item: %+v", res.Errors)
	}

	c := ts.loginAs(t, demo.BeheerderEmail)
	const q = `{ onboardingStarters { personId name schoolNames maatjeName canStartChecklist
		checklist { id behind canTick templateChanges { kind text } progress { percent parts { title percent } } } } }`
	count := func() (int64, int) {
		var out struct {
			OnboardingStarters []struct{ Checklist *struct{ ID string } }
		}
		ts.Queries.Reset()
		c.do(q, nil).decode(t, &out)
		n := ts.Queries.Reset()
		withList := 0
		for _, s := range out.OnboardingStarters {
			if s.Checklist != nil {
				withList++
			}
		}
		return n, withList
	}
	few, fewLists := count()
	for range 12 {
		s := f.freshStarter(t, f.kompas)
		if _, err := db.StartChecklist(context.Background(), ts.DB, f.admin, s, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	many, manyLists := count()
	if manyLists < fewLists+12 {
		t.Fatalf("lists: %d then %d", fewLists, manyLists)
	}
	if few != many {
		t.Fatalf("statements for %d checklists: %d, for %d: %d; a resolver queries per row", fewLists, few, manyLists, many)
	}
	if many > 7 {
		t.Fatalf("the Starters list costs %d statements; expected at most 7", many)
	}
}
