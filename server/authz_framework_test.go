package main

import (
	"encoding/base64"
	"fmt"
	"sync"
	"testing"

	"github.com/google/uuid"
)

// Rows of the authorization matrix for frameworks. Academy staff read and
// edit every framework; everyone else reads the frameworks of the leergangen
// they take part in. The fixture makes sure both demo leergangen use a
// framework (the shipped ones, unless the demo already chose) and adds an
// unused framework that only academy staff may see.

var (
	seededLBBO     = uuid.MustParse("f0000000-0000-4000-8000-000000000001")
	seededCoaching = uuid.MustParse("f0000000-0000-4000-8000-000000000002")
)

type frameworkFixture struct {
	zuidoost, twentekant uuid.UUID // the frameworks the two demo leergangen use
	unused               uuid.UUID
}

var frameworkFixtures sync.Map // *fixture → *frameworkFixture

func (f *fixture) frameworks(t *testing.T) *frameworkFixture {
	t.Helper()
	if p, ok := frameworkFixtures.Load(f); ok {
		return p.(*frameworkFixture)
	}
	p := &frameworkFixture{}
	use := func(leergang, fallback uuid.UUID, dst *uuid.UUID) {
		err := f.srv.DB.NewRaw("UPDATE leergangen SET framework_id = coalesce(framework_id, ?) WHERE id = ? RETURNING framework_id",
			fallback, leergang).Scan(f.ctx, dst)
		if err != nil {
			t.Fatal(err)
		}
	}
	use(f.zuidoostLeergang, seededLBBO, &p.zuidoost)
	use(f.twentekant2, seededCoaching, &p.twentekant)
	p.unused = f.freshFramework(t)
	frameworkFixtures.Store(f, p)
	return p
}

// freshFramework is a new framework with one competency holding one aspect,
// for a write cell.
func (f *fixture) freshFramework(t *testing.T) uuid.UUID {
	t.Helper()
	id := uuid.New()
	n := f.fresh()
	_, err := f.srv.DB.NewRaw(`WITH fw AS (INSERT INTO frameworks (id, name) VALUES (?, ?) RETURNING id),
		sc AS (INSERT INTO framework_scale_levels (framework_id, value, label) SELECT id, v, 'Niveau ' || v FROM fw, generate_series(1, 4) v),
		c AS (INSERT INTO competencies (framework_id, position, name) SELECT id, 1, 'Coach' FROM fw RETURNING id)
		INSERT INTO aspects (competency_id, position, title) SELECT id, 1, 'Vraagt door' FROM c`, id, fmt.Sprintf("Matrixkader %d", n)).Exec(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func (f *fixture) freshCompetency(t *testing.T) (competency, aspect uuid.UUID) {
	t.Helper()
	fw := f.freshFramework(t)
	if err := f.srv.DB.NewRaw("SELECT c.id, a.id FROM competencies c JOIN aspects a ON a.competency_id = c.id WHERE c.framework_id = ?", fw).
		Scan(f.ctx, &competency, &aspect); err != nil {
		t.Fatal(err)
	}
	return competency, aspect
}

func frameworkCases(t *testing.T) map[string]opCase {
	t.Helper()
	editors := func() map[string]expectation {
		return map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow, "deelnemer": forbidden,
			"directieA": forbidden, "directieB": forbidden, "bestuur": forbidden, "otherSchool": forbidden}
	}
	input := func(i map[string]any) map[string]any { return map[string]any{"i": i} }
	competencyCell := func(fields func(competency, aspect uuid.UUID) map[string]any) func(f *fixture, _ string) map[string]any {
		return func(f *fixture, _ string) map[string]any { return input(fields(f.freshCompetency(t))) }
	}
	seesInList := func(in func(p *frameworkFixture) []uuid.UUID, out func(p *frameworkFixture) []uuid.UUID) expectation {
		return filtered(func(t *testing.T, f *fixture, d map[string]any) {
			ids, p := listIDs(d, "frameworks"), f.frameworks(t)
			for _, id := range in(p) {
				if !contains(ids, id) {
					t.Fatalf("framework %s missing from %v", id, ids)
				}
			}
			if out == nil {
				return
			}
			for _, id := range out(p) {
				if contains(ids, id) {
					t.Fatalf("framework %s leaks into %v", id, ids)
				}
			}
		})
	}
	zuidoostOnly := seesInList(func(p *frameworkFixture) []uuid.UUID { return []uuid.UUID{p.zuidoost} },
		func(p *frameworkFixture) []uuid.UUID { return []uuid.UUID{p.unused} })
	csv := base64.StdEncoding.EncodeToString([]byte("competentie;aspect\nCoach;Vraagt door\nCoach;Geeft feedback\n"))

	return map[string]opCase{
		"frameworks": {query: `{ frameworks(first: 100) { totalCount nodes { id competencyCount aspectCount leergangen { id } } } }`,
			vars: func(*fixture, string) map[string]any { return nil },
			expect: map[string]expectation{"anonymous": unauth,
				"beheerder": seesInList(func(p *frameworkFixture) []uuid.UUID { return []uuid.UUID{p.zuidoost, p.twentekant, p.unused} }, nil),
				"opleider":  seesInList(func(p *frameworkFixture) []uuid.UUID { return []uuid.UUID{p.unused} }, nil),
				"deelnemer": seesInList(func(p *frameworkFixture) []uuid.UUID { return []uuid.UUID{p.twentekant} },
					func(p *frameworkFixture) []uuid.UUID { return []uuid.UUID{p.unused} }),
				"directieA": zuidoostOnly, "directieB": zuidoostOnly, "bestuur": zuidoostOnly, "otherSchool": zuidoostOnly}},
		// Each reader asks for the framework of their own leergang; otherSchool
		// (directie A) for the unused one, which only academy staff see.
		"framework": {query: `query($id: ID!) { framework(id: $id) { id name isExample scale { value label } competencies { id aspects { id title } } } }`,
			vars: func(f *fixture, c string) map[string]any {
				p := f.frameworks(t)
				switch c {
				case "deelnemer":
					return map[string]any{"id": p.twentekant.String()}
				case "otherSchool":
					return map[string]any{"id": p.unused.String()}
				}
				return map[string]any{"id": p.zuidoost.String()}
			},
			expect: map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow, "deelnemer": allow,
				"directieA": allow, "directieB": allow, "bestuur": allow, "otherSchool": forbidden}},
		"createFramework": {query: `mutation($i: CreateFrameworkInput!) { createFramework(input: $i) { framework { id scale { value } } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return input(map[string]any{"name": fmt.Sprintf("Nieuw kader %d", f.fresh())})
			}, expect: editors()},
		"updateFramework": {query: `mutation($i: UpdateFrameworkInput!) { updateFramework(input: $i) { framework { id name } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return input(map[string]any{"id": f.freshFramework(t).String(), "name": fmt.Sprintf("Hernoemd %d", f.fresh()),
					"scale": []map[string]any{{"value": 1, "label": "Laag"}, {"value": 2, "label": "Hoog"}}})
			}, expect: editors()},
		"deleteFramework": {query: `mutation($i: DeleteFrameworkInput!) { deleteFramework(input: $i) { deletedId } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return input(map[string]any{"id": f.freshFramework(t).String()})
			},
			expect: editors()},
		"addCompetency": {query: `mutation($i: AddCompetencyInput!) { addCompetency(input: $i) { framework { competencyCount } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return input(map[string]any{"frameworkId": f.freshFramework(t).String(), "name": "Verbinder"})
			}, expect: editors()},
		"updateCompetency": {query: `mutation($i: UpdateCompetencyInput!) { updateCompetency(input: $i) { framework { id } } }`,
			vars:   competencyCell(func(c, _ uuid.UUID) map[string]any { return map[string]any{"id": c.String(), "name": "Coachen"} }),
			expect: editors()},
		"moveCompetency": {query: `mutation($i: MoveCompetencyInput!) { moveCompetency(input: $i) { framework { id } } }`,
			vars:   competencyCell(func(c, _ uuid.UUID) map[string]any { return map[string]any{"id": c.String(), "direction": "DOWN"} }),
			expect: editors()},
		"removeCompetency": {query: `mutation($i: RemoveCompetencyInput!) { removeCompetency(input: $i) { framework { competencyCount } } }`,
			vars:   competencyCell(func(c, _ uuid.UUID) map[string]any { return map[string]any{"id": c.String()} }),
			expect: editors()},
		"addAspect": {query: `mutation($i: AddAspectInput!) { addAspect(input: $i) { framework { aspectCount } } }`,
			vars: competencyCell(func(c, _ uuid.UUID) map[string]any {
				return map[string]any{"competencyId": c.String(), "title": "Geeft feedback"}
			}), expect: editors()},
		"updateAspect": {query: `mutation($i: UpdateAspectInput!) { updateAspect(input: $i) { framework { id } } }`,
			vars: competencyCell(func(_, a uuid.UUID) map[string]any {
				return map[string]any{"id": a.String(), "title": "Vraagt door", "description": "Herschreven"}
			}), expect: editors()},
		"moveAspect": {query: `mutation($i: MoveAspectInput!) { moveAspect(input: $i) { framework { id } } }`,
			vars:   competencyCell(func(_, a uuid.UUID) map[string]any { return map[string]any{"id": a.String(), "direction": "UP"} }),
			expect: editors()},
		"removeAspect": {query: `mutation($i: RemoveAspectInput!) { removeAspect(input: $i) { framework { aspectCount } } }`,
			vars:   competencyCell(func(_, a uuid.UUID) map[string]any { return map[string]any{"id": a.String()} }),
			expect: editors()},
		"importFramework": {query: `mutation($i: ImportFrameworkInput!) { importFramework(input: $i) { framework { aspectCount } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return input(map[string]any{"name": fmt.Sprintf("Import %d", f.fresh()), "format": "CSV", "fileName": "kader.csv", "contentBase64": csv})
			}, expect: editors()},
		// Setting the framework the leergang already uses changes nothing but is
		// checked like any change: only who may manage the leergang.
		"setLeergangFramework": {query: `mutation($i: SetLeergangFrameworkInput!) { setLeergangFramework(input: $i) { leergang { framework { id } } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return input(map[string]any{"leergangId": f.zuidoostLeergang.String(), "frameworkId": f.frameworks(t).zuidoost.String()})
			}, expect: editors()},
	}
}
