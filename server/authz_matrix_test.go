package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/demo"
	"leergang/graph/generated"
)

// The authorization matrix: every query and mutation of the schema, run in
// every role context, with the outcome the policy must give. The test fails
// when the schema gains an operation that has no row here.

// roleContexts are the columns. "otherSchool" is directie A asking for an
// object that belongs to school B.
var roleContexts = []string{"anonymous", "beheerder", "opleider", "deelnemer", "directieA", "directieB", "bestuur", "otherSchool"}

// expectation is one cell: an error code, or "ok" with an optional check of the data.
type expectation struct {
	code  string // "" means allowed
	check func(t *testing.T, f *fixture, data map[string]any)
}

var (
	allow     = expectation{}
	unauth    = expectation{code: "UNAUTHENTICATED"}
	forbidden = expectation{code: "FORBIDDEN"}
	badInput  = expectation{code: "BAD_USER_INPUT"}
	notFound  = expectation{code: "NOT_FOUND"}
	filtered  = func(check func(t *testing.T, f *fixture, data map[string]any)) expectation {
		return expectation{check: check}
	}
	everyoneSame = func(e expectation) map[string]expectation {
		m := map[string]expectation{}
		for _, c := range roleContexts {
			m[c] = e
		}
		return m
	}
)

// fixture holds the ids of demo objects the cases refer to.
type fixture struct {
	ctx                                     context.Context
	srv                                     *testServer
	regenboog, kompas                       uuid.UUID // school A and school B
	zuidoost, twentekant                    uuid.UUID
	ibRegenboog, ibKompas, invited, selfIDs uuid.UUID
	seq                                     atomic.Int64
	planning
}

// fresh makes a unique suffix so mutations in different cells do not collide.
func (f *fixture) fresh() int64 { return f.seq.Add(1) }

type opCase struct {
	query  string
	vars   func(f *fixture, ctxName string) map[string]any
	expect map[string]expectation
}

func personIDByEmail(t *testing.T, ts *testServer, email string) uuid.UUID {
	t.Helper()
	var id uuid.UUID
	if err := ts.DB.NewRaw("SELECT id FROM people WHERE email = ?", email).Scan(context.Background(), &id); err != nil {
		t.Fatalf("demo person %s: %v", email, err)
	}
	return id
}

func newFixture(t *testing.T, ts *testServer) *fixture {
	ctx := context.Background()
	f := &fixture{ctx: ctx, srv: ts}
	scan := func(q string, args []any, dst *uuid.UUID) {
		if err := ts.DB.NewRaw(q, args...).Scan(ctx, dst); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	scan("SELECT id FROM schools WHERE brin = ?", []any{demo.BRINRegenboog}, &f.regenboog)
	scan("SELECT id FROM schools WHERE brin = ?", []any{demo.BRINKompas}, &f.kompas)
	scan("SELECT organisation_id FROM schools WHERE brin = ?", []any{demo.BRINRegenboog}, &f.zuidoost)
	scan("SELECT organisation_id FROM people WHERE email = ?", []any{demo.BestuurSWVEmail}, &f.twentekant)
	f.ibRegenboog = personIDByEmail(t, ts, demo.StarterEmail)
	f.ibKompas = personIDByEmail(t, ts, demo.MentorEmail)
	scan("SELECT id FROM people WHERE password_hash IS NULL LIMIT 1", nil, &f.invited)
	f.planning = newPlanningFixture(t, ts)
	return f
}

// createdSchool makes an empty school in Zuidoost for a delete cell.
func (f *fixture) createdSchool(t *testing.T) uuid.UUID {
	s := &db.School{OrganisationID: f.zuidoost, Name: "Tijdelijk", BRIN: fmt.Sprintf("%02dZZ", f.fresh()%100), Plaats: "Amsterdam", Region: db.RegionNoord}
	if _, err := f.srv.DB.NewInsert().Model(s).Returning("id").Exec(f.ctx); err != nil {
		t.Fatal(err)
	}
	return s.ID
}

func (f *fixture) createdOrganisation(t *testing.T) uuid.UUID {
	o := &db.Organisation{Name: fmt.Sprintf("Leeg %d", f.fresh()), Kind: db.OrganisationBestuur}
	if _, err := f.srv.DB.NewInsert().Model(o).Returning("id").Exec(f.ctx); err != nil {
		t.Fatal(err)
	}
	return o.ID
}

// ownOrOther picks the own-school object, or school B's object for the otherSchool column.
func ownOrOther(ctxName string, own, other uuid.UUID) string {
	if ctxName == "otherSchool" {
		return other.String()
	}
	return own.String()
}

func listIDs(data map[string]any, field string) []string {
	conn, _ := data[field].(map[string]any)
	nodes, _ := conn["nodes"].([]any)
	var ids []string
	for _, n := range nodes {
		ids = append(ids, n.(map[string]any)["id"].(string))
	}
	return ids
}

func contains(ids []string, id uuid.UUID) bool { return slices.Contains(ids, id.String()) }

func operationCases(t *testing.T) map[string]opCase {
	noVars := func(*fixture, string) map[string]any { return nil }
	personFields := func(f *fixture) map[string]any {
		return map[string]any{"name": "Nieuwe Collega", "email": fmt.Sprintf("nieuw%d@zuidoostsamen.nl", f.fresh()),
			"roles": []string{"DEELNEMER"}, "schoolIds": []string{f.regenboog.String()}}
	}
	schoolInput := func(f *fixture, org uuid.UUID) map[string]any {
		return map[string]any{"name": "Nieuwe school", "brin": fmt.Sprintf("%02dNW", f.fresh()%100), "plaats": "Amsterdam",
			"region": "NOORD", "organisationId": org.String()}
	}
	adminOnly := func() map[string]expectation {
		return map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": forbidden, "deelnemer": forbidden,
			"directieA": forbidden, "directieB": forbidden, "bestuur": forbidden, "otherSchool": forbidden}
	}
	signedIn := func(e expectation) map[string]expectation {
		m := everyoneSame(e)
		m["anonymous"] = unauth
		return m
	}
	cases := map[string]opCase{
		"ping": {query: `{ ping }`, vars: noVars, expect: everyoneSame(allow)},
		"viewer": {query: `{ viewer { person { id } menu } }`, vars: noVars, expect: func() map[string]expectation {
			m := everyoneSame(filtered(func(t *testing.T, f *fixture, d map[string]any) {
				if d["viewer"] == nil {
					t.Fatal("signed-in viewer is null")
				}
			}))
			m["anonymous"] = filtered(func(t *testing.T, f *fixture, d map[string]any) {
				if d["viewer"] != nil {
					t.Fatalf("anonymous viewer: %v", d["viewer"])
				}
			})
			return m
		}()},
		"invitation": {query: `query($t: String!) { invitation(token: $t) { email } }`,
			vars: func(*fixture, string) map[string]any { return map[string]any{"t": "onbekend"} }, expect: everyoneSame(notFound)},
		"organisations": {query: `{ organisations(first: 100) { nodes { id } } }`, vars: noVars, expect: func() map[string]expectation {
			all := filtered(func(t *testing.T, f *fixture, d map[string]any) {
				if ids := listIDs(d, "organisations"); !contains(ids, f.twentekant) || !contains(ids, f.zuidoost) {
					t.Fatalf("academy staff must see every organisation: %v", ids)
				}
			})
			onlyZuidoost := filtered(func(t *testing.T, f *fixture, d map[string]any) {
				if ids := listIDs(d, "organisations"); len(ids) != 1 || !contains(ids, f.zuidoost) {
					t.Fatalf("want only Zuidoost Samen, got %v", ids)
				}
			})
			onlyTwentekant := filtered(func(t *testing.T, f *fixture, d map[string]any) {
				if ids := listIDs(d, "organisations"); contains(ids, f.zuidoost) || !contains(ids, f.twentekant) {
					t.Fatalf("a schoolcoach sees their own SWV only, got %v", ids)
				}
			})
			return map[string]expectation{"anonymous": unauth, "beheerder": all, "opleider": all, "deelnemer": onlyTwentekant,
				"directieA": onlyZuidoost, "directieB": onlyZuidoost, "bestuur": onlyZuidoost, "otherSchool": onlyZuidoost}
		}()},
		"organisation": {query: `query($id: ID!) { organisation(id: $id) { id name } }`,
			vars: func(f *fixture, c string) map[string]any {
				return map[string]any{"id": ownOrOther(c, f.zuidoost, f.twentekant)}
			},
			expect: map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow, "deelnemer": forbidden,
				"directieA": allow, "directieB": allow, "bestuur": allow, "otherSchool": forbidden}},
		"schools": {query: `{ schools(first: 100) { totalCount nodes { id organisation { id } } } }`, vars: noVars,
			expect: func() map[string]expectation {
				only := func(school func(f *fixture) uuid.UUID) expectation {
					return filtered(func(t *testing.T, f *fixture, d map[string]any) {
						if ids := listIDs(d, "schools"); len(ids) != 1 || !contains(ids, school(f)) {
							t.Fatalf("want exactly one school, got %v", ids)
						}
					})
				}
				return map[string]expectation{"anonymous": unauth,
					"beheerder": filtered(func(t *testing.T, f *fixture, d map[string]any) {
						if ids := listIDs(d, "schools"); !contains(ids, f.regenboog) || !contains(ids, f.kompas) || len(ids) < 8 {
							t.Fatalf("beheerder sees every school: %v", ids)
						}
					}),
					"opleider": allow,
					"deelnemer": filtered(func(t *testing.T, f *fixture, d map[string]any) {
						if ids := listIDs(d, "schools"); contains(ids, f.regenboog) || contains(ids, f.kompas) || len(ids) == 0 {
							t.Fatalf("a schoolcoach sees only their own schools: %v", ids)
						}
					}),
					"directieA": only(func(f *fixture) uuid.UUID { return f.regenboog }),
					"directieB": only(func(f *fixture) uuid.UUID { return f.kompas }),
					"bestuur": filtered(func(t *testing.T, f *fixture, d map[string]any) {
						nodes := d["schools"].(map[string]any)["nodes"].([]any)
						for _, n := range nodes {
							if org := n.(map[string]any)["organisation"].(map[string]any)["id"]; org != f.zuidoost.String() {
								t.Fatalf("bestuur sees a school of another organisation: %v", n)
							}
						}
						if len(nodes) < 7 {
							t.Fatalf("bestuur sees the 7 schools of the board, got %d", len(nodes))
						}
					}),
					"otherSchool": only(func(f *fixture) uuid.UUID { return f.regenboog }),
				}
			}()},
		"school": {query: `query($id: ID!) { school(id: $id) { id brin } }`,
			vars: func(f *fixture, c string) map[string]any {
				return map[string]any{"id": ownOrOther(c, f.regenboog, f.kompas)}
			},
			expect: map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow, "deelnemer": forbidden,
				"directieA": allow, "directieB": forbidden, "bestuur": allow, "otherSchool": forbidden}},
		"people": {query: `{ people(first: 100) { totalCount nodes { id schools { id } } } }`, vars: noVars,
			expect: func() map[string]expectation {
				sees := func(in, out func(f *fixture) uuid.UUID) expectation {
					return filtered(func(t *testing.T, f *fixture, d map[string]any) {
						ids := listIDs(d, "people")
						if !contains(ids, in(f)) || contains(ids, out(f)) {
							t.Fatalf("people list leaks or misses: %v", ids)
						}
					})
				}
				regen := func(f *fixture) uuid.UUID { return f.ibRegenboog }
				kompas := func(f *fixture) uuid.UUID { return f.ibKompas }
				return map[string]expectation{"anonymous": unauth,
					"beheerder": filtered(func(t *testing.T, f *fixture, d map[string]any) {
						if ids := listIDs(d, "people"); len(ids) < 40 {
							t.Fatalf("beheerder sees everyone, got %d", len(ids))
						}
					}),
					"opleider": allow,
					"deelnemer": filtered(func(t *testing.T, f *fixture, d map[string]any) {
						ids := listIDs(d, "people")
						if contains(ids, f.ibRegenboog) || contains(ids, f.ibKompas) || !contains(ids, f.marit) {
							t.Fatalf("a deelnemer sees themselves and the opleiders only, got %v", ids)
						}
					}),
					"directieA": sees(regen, kompas), "directieB": sees(kompas, regen),
					"bestuur":     sees(regen, func(f *fixture) uuid.UUID { return personIDByEmail(t, f.srv, demo.DeelnemerEmail) }),
					"otherSchool": sees(regen, kompas),
				}
			}()},
		"person": {query: `query($id: ID!) { person(id: $id) { id email } }`,
			vars: func(f *fixture, c string) map[string]any {
				return map[string]any{"id": ownOrOther(c, f.ibRegenboog, f.ibKompas)}
			},
			expect: map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow, "deelnemer": forbidden,
				"directieA": allow, "directieB": forbidden, "bestuur": allow, "otherSchool": forbidden}},
		"outbox": {query: `{ outbox { totalCount } }`, vars: noVars, expect: adminOnly()},

		"login": {query: `mutation($i: LoginInput!) { login(input: $i) { viewer { roles } } }`,
			vars: func(*fixture, string) map[string]any {
				return map[string]any{"i": map[string]any{"email": "onbekend@example.nl", "password": "fout-wachtwoord"}}
			}, expect: everyoneSame(badInput)},
		"logout": {query: `mutation { logout { ok } }`, vars: noVars, expect: everyoneSame(allow)},
		"acceptInvitation": {query: `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { viewer { roles } } }`,
			vars: func(*fixture, string) map[string]any {
				return map[string]any{"i": map[string]any{"token": "onbekend", "password": "een lang wachtwoord"}}
			}, expect: everyoneSame(notFound)},
		"changePassword": {query: `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { ok } }`,
			vars: func(*fixture, string) map[string]any {
				return map[string]any{"i": map[string]any{"currentPassword": "fout", "newPassword": "een nieuw lang wachtwoord"}}
			}, expect: signedIn(badInput)},
		"updateMyProfile": {query: `mutation($i: UpdateMyProfileInput!) { updateMyProfile(input: $i) { person { id } } }`,
			vars: func(*fixture, string) map[string]any {
				return map[string]any{"i": map[string]any{"name": "Zelfde Naam"}}
			},
			expect: signedIn(allow)},
		"createOrganisation": {query: `mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { organisation { id } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"name": fmt.Sprintf("Stichting %d", f.fresh()), "kind": "BESTUUR"}}
			}, expect: adminOnly()},
		"updateOrganisation": {query: `mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { organisation { id } } }`,
			vars: func(f *fixture, c string) map[string]any {
				return map[string]any{"i": map[string]any{"id": ownOrOther(c, f.zuidoost, f.twentekant), "name": "Stichting Zuidoost Samen", "kind": "BESTUUR", "plaats": "Amsterdam"}}
			}, expect: adminOnly()},
		"deleteOrganisation": {query: `mutation($i: DeleteOrganisationInput!) { deleteOrganisation(input: $i) { deletedId } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"id": f.createdOrganisation(t).String()}}
			}, expect: adminOnly()},
		"createSchool": {query: `mutation($i: CreateSchoolInput!) { createSchool(input: $i) { school { id } } }`,
			vars:   func(f *fixture, _ string) map[string]any { return map[string]any{"i": schoolInput(f, f.zuidoost)} },
			expect: func() map[string]expectation { m := adminOnly(); m["bestuur"] = allow; return m }()},
		"updateSchool": {query: `mutation($i: UpdateSchoolInput!) { updateSchool(input: $i) { school { id } } }`,
			vars: func(f *fixture, c string) map[string]any {
				in := schoolInput(f, f.zuidoost)
				in["id"] = ownOrOther(c, f.regenboog, f.kompas)
				in["brin"] = map[bool]string{true: demo.BRINKompas, false: demo.BRINRegenboog}[c == "otherSchool"]
				return map[string]any{"i": in}
			},
			expect: func() map[string]expectation { m := adminOnly(); m["bestuur"] = allow; return m }()},
		"deleteSchool": {query: `mutation($i: DeleteSchoolInput!) { deleteSchool(input: $i) { deletedId } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"id": f.createdSchool(t).String()}}
			},
			expect: func() map[string]expectation { m := adminOnly(); m["bestuur"] = allow; return m }()},
		"invitePerson": {query: `mutation($i: InvitePersonInput!) { invitePerson(input: $i) { person { id status } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"person": personFields(f)}}
			},
			expect: adminOnly()},
		"updatePerson": {query: `mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { person { id } } }`,
			vars: func(f *fixture, c string) map[string]any {
				pf := personFields(f)
				return map[string]any{"i": map[string]any{"id": ownOrOther(c, f.ibRegenboog, f.ibKompas), "person": pf}}
			}, expect: adminOnly()},
		"setPersonDisabled": {query: `mutation($i: SetPersonDisabledInput!) { setPersonDisabled(input: $i) { person { status } } }`,
			vars: func(f *fixture, c string) map[string]any {
				return map[string]any{"i": map[string]any{"id": ownOrOther(c, f.ibRegenboog, f.ibKompas), "disabled": false}}
			}, expect: adminOnly()},
		"resendInvitation": {query: `mutation($i: ResendInvitationInput!) { resendInvitation(input: $i) { person { status } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return map[string]any{"i": map[string]any{"id": f.invited.String()}}
			},
			expect: adminOnly()},
	}
	for _, more := range []map[string]opCase{planningCases(t), attendanceCases(t), praktijkCases(t),
		frameworkCases(t), growthCases(t), dashboardCases(t), onboardingCases(t), mentoringCases(t), auditCases(t)} {
		for op, c := range more {
			cases[op] = c
		}
	}
	return cases
}

func schemaOperations() []string {
	s := generated.NewExecutableSchema(generated.Config{}).Schema()
	var ops []string
	for _, typ := range []string{"Query", "Mutation"} {
		for _, fd := range s.Types[typ].Fields {
			if !strings.HasPrefix(fd.Name, "__") {
				ops = append(ops, fd.Name)
			}
		}
	}
	sort.Strings(ops)
	return ops
}

func TestAuthorizationMatrixIsComplete(t *testing.T) {
	cases := operationCases(t)
	for _, op := range schemaOperations() {
		c, ok := cases[op]
		if !ok {
			t.Errorf("operation %q has no row in the authorization matrix", op)
			continue
		}
		for _, rc := range roleContexts {
			if _, ok := c.expect[rc]; !ok {
				t.Errorf("operation %q has no expectation for %s", op, rc)
			}
		}
	}
	for op := range cases {
		if !slices.Contains(schemaOperations(), op) {
			t.Errorf("matrix row %q is not an operation of the schema", op)
		}
	}
}

func TestAuthorizationMatrix(t *testing.T) {
	ts := newTestServer(t)
	f := newFixture(t, ts)
	logins := map[string]string{"beheerder": demo.BeheerderEmail, "opleider": demo.OpleiderEmail, "deelnemer": demo.DeelnemerEmail,
		"directieA": demo.DirectieRegenboogEmail, "directieB": demo.DirectieKompasEmail, "bestuur": demo.BestuurEmail,
		"otherSchool": demo.DirectieRegenboogEmail}
	clients := map[string]*client{"anonymous": ts.client(t)}
	for rc, email := range logins {
		clients[rc] = ts.loginAs(t, email)
	}
	cases := operationCases(t)
	for _, op := range schemaOperations() {
		c, ok := cases[op]
		if !ok {
			continue // TestAuthorizationMatrixIsComplete reports it
		}
		for _, rc := range roleContexts {
			t.Run(op+"/"+rc, func(t *testing.T) {
				cl := clients[rc]
				if op == "logout" && rc != "anonymous" {
					cl = ts.loginAs(t, logins[rc]) // keep the shared session of this role alive
				}
				cl.t = t
				res := cl.do(c.query, c.vars(f, rc))
				want := c.expect[rc]
				if got := res.code(); got != want.code {
					t.Fatalf("code %q, want %q (errors: %+v)", got, want.code, res.Errors)
				}
				if want.code == "" && want.check != nil {
					var data map[string]any
					if err := json.Unmarshal(res.Data, &data); err != nil {
						t.Fatal(err)
					}
					want.check(t, f, data)
				}
			})
		}
	}
}
