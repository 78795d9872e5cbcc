package main

import (
	"fmt"
	"testing"

	"github.com/google/uuid"

	"leergang/db"
)

// Rows of the authorization matrix for the audit log and AVG export and erasure.
// The export is a REST download, tested in audit_test.go.
func auditCases(t *testing.T) map[string]opCase {
	t.Helper()
	adminOnly := func(admin expectation) map[string]expectation {
		return map[string]expectation{"anonymous": unauth, "beheerder": admin, "opleider": forbidden, "deelnemer": forbidden,
			"directieA": forbidden, "directieB": forbidden, "bestuur": forbidden, "otherSchool": forbidden}
	}
	return map[string]opCase{
		"auditLog": {query: `query { auditLog(filter: { action: LOGIN }, first: 100) { totalCount nodes { id action actorName requestId } } }`,
			vars: func(*fixture, string) map[string]any { return nil },
			expect: adminOnly(filtered(func(t *testing.T, f *fixture, d map[string]any) {
				conn := d["auditLog"].(map[string]any)
				if conn["totalCount"].(float64) < 1 {
					t.Fatal("the matrix's own logins are not in the audit log")
				}
				for _, n := range conn["nodes"].([]any) {
					if e := n.(map[string]any); e["action"] != "LOGIN" || e["requestId"] == "" {
						t.Fatalf("filtered on LOGIN, got %v", e)
					}
				}
			}))},
		"erasePerson": {query: `mutation($i: ErasePersonInput!) { erasePerson(input: $i) { erasedId } }`,
			vars: func(f *fixture, c string) map[string]any {
				name := fmt.Sprintf("Te Wissen %d", f.fresh())
				p, err := db.CreatePerson(f.ctx, f.srv.DB, db.PersonInput{Name: name, Email: fmt.Sprintf("wissen%d@zuidoostsamen.nl", f.fresh()),
					Roles: []db.Role{db.RoleDeelnemer}, SchoolIDs: []uuid.UUID{map[bool]uuid.UUID{true: f.kompas, false: f.regenboog}[c == "otherSchool"]}})
				if err != nil {
					t.Fatal(err)
				}
				return map[string]any{"i": map[string]any{"id": p.ID.String(), "confirmName": name}}
			},
			expect: adminOnly(allow)},
	}
}
