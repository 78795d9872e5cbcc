package main

import (
	"testing"

	"github.com/google/uuid"

	"leergang/db"
)

// Rows of the authorization matrix for dashboards, exports and certificates.
// Directie A (De Regenboog) follows f.ibRegenboog, directie B (Het Kompas)
// f.ibKompas; the bestuur both; "otherSchool" is directie A asking for
// school B (or its organisation's neighbour, Twentekant).
func dashboardCases(t *testing.T) map[string]opCase {
	t.Helper()
	personIDs := func(d map[string]any, field string) []string {
		var ids []string
		for _, r := range d[field].([]any) {
			ids = append(ids, r.(map[string]any)["personId"].(string))
		}
		return ids
	}
	staff := func(want []func(f *fixture) uuid.UUID, not []func(f *fixture) uuid.UUID) expectation {
		return filtered(func(t *testing.T, f *fixture, d map[string]any) {
			ids := personIDs(d, "progressRows")
			for _, w := range want {
				if !contains(ids, w(f)) {
					t.Fatalf("rows %v lack %s", ids, w(f))
				}
			}
			for _, n := range not {
				if contains(ids, n(f)) {
					t.Fatalf("rows %v hold %s of another school", ids, n(f))
				}
			}
		})
	}
	regenboog := func(f *fixture) uuid.UUID { return f.ibRegenboog }
	kompas := func(f *fixture) uuid.UUID { return f.ibKompas }
	each := func(fs ...func(f *fixture) uuid.UUID) []func(f *fixture) uuid.UUID { return fs }
	schools := func(want func(f *fixture) []uuid.UUID) expectation {
		return filtered(func(t *testing.T, f *fixture, d map[string]any) {
			var ids []string
			for _, r := range d["schoolProgress"].([]any) {
				ids = append(ids, r.(map[string]any)["schoolId"].(string))
			}
			w := want(f)
			if want != nil && len(w) > 0 && len(ids) != len(w) {
				t.Fatalf("schools %v, want exactly %v", ids, w)
			}
			for _, id := range w {
				if !contains(ids, id) {
					t.Fatalf("schools %v lack %s", ids, id)
				}
			}
		})
	}
	validCertificate := func(f *fixture) string {
		var code string
		if err := f.srv.DB.NewRaw(`SELECT code FROM certificates WHERE revoked_at IS NULL ORDER BY issued_at LIMIT 1`).Scan(f.ctx, &code); err != nil {
			t.Fatal(err)
		}
		return code
	}
	return map[string]opCase{
		"progressRows": {query: `query($f: ProgressFilter) { progressRows(filter: $f) { personId schools { id } } }`,
			vars: func(f *fixture, c string) map[string]any {
				if c == "otherSchool" {
					return map[string]any{"f": map[string]any{"schoolId": f.kompas.String()}}
				}
				return nil
			},
			expect: map[string]expectation{"anonymous": unauth, "beheerder": staff(each(regenboog, kompas), nil),
				"opleider": staff(each(regenboog, kompas), nil), "deelnemer": forbidden,
				"directieA": staff(each(regenboog), each(kompas)), "directieB": staff(each(kompas), each(regenboog)),
				"bestuur": staff(each(regenboog, kompas), nil), "otherSchool": forbidden}},
		"schoolProgress": {query: `query($o: ID) { schoolProgress(organisationId: $o) { schoolId } }`,
			vars: func(f *fixture, c string) map[string]any {
				if c == "otherSchool" {
					return map[string]any{"o": f.twentekant.String()}
				}
				return map[string]any{"o": nil}
			},
			expect: map[string]expectation{"anonymous": unauth,
				"beheerder": schools(func(f *fixture) []uuid.UUID { return nil }), "opleider": schools(func(f *fixture) []uuid.UUID { return nil }),
				"deelnemer":   forbidden,
				"directieA":   schools(func(f *fixture) []uuid.UUID { return []uuid.UUID{f.regenboog} }),
				"directieB":   schools(func(f *fixture) []uuid.UUID { return []uuid.UUID{f.kompas} }),
				"bestuur":     schools(func(f *fixture) []uuid.UUID { return nil }),
				"otherSchool": forbidden}},
		"personProgress": {query: `query($p: ID!) { personProgress(personId: $p) { personId rows { leergangId } leerjaren { downloadUrl } } }`,
			vars: func(f *fixture, c string) map[string]any {
				switch c {
				case "directieB", "otherSchool":
					return map[string]any{"p": f.ibKompas.String()}
				}
				return map[string]any{"p": f.ibRegenboog.String()}
			},
			expect: map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow, "deelnemer": forbidden,
				"directieA": allow, "directieB": allow, "bestuur": allow, "otherSchool": forbidden}},
		"certificateCheck": {query: `query($c: String!) { certificateCheck(code: $c) { status personName leergangName leerjaarNumber hours issuedOn } }`,
			vars: func(f *fixture, _ string) map[string]any { return map[string]any{"c": validCertificate(f)} },
			expect: everyoneSame(filtered(func(t *testing.T, f *fixture, d map[string]any) {
				c := d["certificateCheck"].(map[string]any)
				if c["status"] != "GELDIG" || c["personName"] == nil || c["hours"] == nil {
					t.Fatalf("check of a valid certificate: %v", c)
				}
			}))},
		"revokeCertificate": {query: `mutation($i: RevokeCertificateInput!) { revokeCertificate(input: $i) { certificate { id revokedAt } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				doc, err := db.IssueCertificate(f.ctx, f.srv.DB, f.admin, f.ibRegenboog, f.zuidoostLeerjaar)
				if err != nil {
					t.Fatal(err)
				}
				return map[string]any{"i": map[string]any{"id": doc.Certificate.ID.String()}}
			},
			expect: map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow, "deelnemer": forbidden,
				"directieA": forbidden, "directieB": forbidden, "bestuur": forbidden, "otherSchool": forbidden}},
	}
}
