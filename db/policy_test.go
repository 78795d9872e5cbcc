package db_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"leergang/db"
	"leergang/db/dbtest"
)

func visibleNames(t *testing.T, ctx context.Context, page db.Page[*db.Person], err error) []string {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range page.Items {
		names = append(names, p.Name)
	}
	slices.Sort(names)
	return names
}

func TestPeopleScopeByRole(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newWorld(t, ctx, bdb)
	all := db.PageRequest{Limit: 100}
	cases := []struct {
		name string
		who  *db.Person
		want []string
	}{
		{"beheerder sees all", w.beheerder, []string{"Beheerder", "Bestuur", "Directie A", "Directie B", "IB A", "IB B", "IB C", "Opleider"}},
		{"directie A sees own school, self and the opleiders", w.directieA, []string{"Directie A", "IB A", "Opleider"}},
		{"directie B sees own school, self and the opleiders", w.directieB, []string{"Directie B", "IB B", "Opleider"}},
		{"bestuur sees own organisation and the opleiders", w.bestuur, []string{"Bestuur", "Directie A", "Directie B", "IB A", "IB B", "Opleider"}},
		{"deelnemer sees self and the opleiders", w.ibA, []string{"IB A", "Opleider"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := actorOf(t, ctx, bdb, tc.who)
			page, err := db.ListPeople(ctx, bdb, a, db.PersonFilter{Page: all})
			got := visibleNames(t, ctx, page, err)
			if !slices.Equal(got, tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			if page.TotalCount != len(tc.want) {
				t.Fatalf("totalCount %d, want %d", page.TotalCount, len(tc.want))
			}
		})
	}
	t.Run("anonymous sees nobody", func(t *testing.T) {
		page, err := db.ListPeople(ctx, bdb, nil, db.PersonFilter{Page: all})
		if got := visibleNames(t, ctx, page, err); len(got) != 0 {
			t.Fatalf("anonymous saw %v", got)
		}
	})
}

func TestGetPersonOfOtherSchoolIsForbidden(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newWorld(t, ctx, bdb)
	_, err := db.GetPerson(ctx, bdb, actorOf(t, ctx, bdb, w.directieA), w.ibB.ID)
	var fb *db.ForbiddenError
	if !errors.As(err, &fb) {
		t.Fatalf("directie A reading IB B: got %v, want ForbiddenError", err)
	}
	if _, err := db.GetPerson(ctx, bdb, actorOf(t, ctx, bdb, w.directieA), w.ibA.ID); err != nil {
		t.Fatalf("directie A reading own IB'er: %v", err)
	}
	_, err = db.GetPerson(ctx, bdb, actorOf(t, ctx, bdb, w.bestuur), w.ibC.ID)
	if !errors.As(err, &fb) {
		t.Fatalf("bestuur reading other board's IB'er: got %v, want ForbiddenError", err)
	}
}

func TestSchoolScopeByRole(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newWorld(t, ctx, bdb)
	names := func(who *db.Person) []string {
		page, err := db.ListSchools(ctx, bdb, actorOf(t, ctx, bdb, who), db.SchoolFilter{Page: db.PageRequest{Limit: 100}})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, s := range page.Items {
			out = append(out, s.Name)
		}
		return out
	}
	if got := names(w.directieA); !slices.Equal(got, []string{"School A"}) {
		t.Fatalf("directie A schools: %v", got)
	}
	if got := names(w.bestuur); !slices.Equal(got, []string{"School A", "School B"}) {
		t.Fatalf("bestuur schools: %v", got)
	}
	if got := names(w.opleider); len(got) != 3 {
		t.Fatalf("opleider schools: %v", got)
	}
}

func TestSchoolValidation(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newWorld(t, ctx, bdb)
	bestuur := actorOf(t, ctx, bdb, w.bestuur)
	cases := []struct {
		name  string
		in    db.SchoolInput
		field string
	}{
		{"empty name", db.SchoolInput{Name: " ", BRIN: "44DD", Plaats: "Amsterdam", Region: db.RegionNoord, OrganisationID: w.org.ID}, "name"},
		{"duplicate BRIN", db.SchoolInput{Name: "Nieuw", BRIN: "11aa", Plaats: "Amsterdam", Region: db.RegionNoord, OrganisationID: w.org.ID}, "brin"},
		{"malformed BRIN", db.SchoolInput{Name: "Nieuw", BRIN: "A1", Plaats: "Amsterdam", Region: db.RegionNoord, OrganisationID: w.org.ID}, "brin"},
		{"organisation the user may not manage", db.SchoolInput{Name: "Nieuw", BRIN: "55EE", Plaats: "Amsterdam", Region: db.RegionNoord, OrganisationID: w.otherOrg.ID}, "organisationId"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := db.CreateSchool(ctx, bdb, bestuur, tc.in)
			var inv *db.InvalidError
			if !errors.As(err, &inv) || inv.Fields[0].Field != tc.field {
				t.Fatalf("got %v, want invalid %s", err, tc.field)
			}
			n, _ := bdb.NewSelect().Table("schools").Count(ctx)
			if n != 3 {
				t.Fatalf("a refused school was written: %d schools", n)
			}
		})
	}
	s, err := db.CreateSchool(ctx, bdb, bestuur, db.SchoolInput{Name: "Nieuw", BRIN: "66ff", Plaats: "Amsterdam", Region: db.RegionNoord, OrganisationID: w.org.ID})
	if err != nil || s.BRIN != "66FF" {
		t.Fatalf("bestuur creating a school in own board: %v %+v", err, s)
	}
}

func TestPersonValidation(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newWorld(t, ctx, bdb)
	a := actorOf(t, ctx, bdb, w.beheerder)
	bad := 1.5
	_, _, err := db.InvitePerson(ctx, bdb, a, db.PersonInput{Name: "", Email: "IB.A@test.nl", Roles: nil, Werktijdfactor: &bad}, "http://x")
	var inv *db.InvalidError
	if !errors.As(err, &inv) {
		t.Fatalf("got %v", err)
	}
	fields := map[string]string{}
	for _, f := range inv.Fields {
		fields[f.Field] = f.Reason
	}
	want := map[string]string{"name": "required", "email": "email_taken", "roles": "required", "werktijdfactor": "out_of_range"}
	for k, v := range want {
		if fields[k] != v {
			t.Errorf("field %s: reason %q, want %q (all: %v)", k, fields[k], v, fields)
		}
	}
	_, _, err = db.InvitePerson(ctx, bdb, a, db.PersonInput{Name: "X", Email: "geen-email", Roles: []db.Role{db.RoleDeelnemer}}, "http://x")
	if !errors.As(err, &inv) || inv.Fields[0].Reason != "invalid_email" {
		t.Fatalf("invalid e-mail: %v", err)
	}
}

func TestInvitationAcceptAndLogin(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newWorld(t, ctx, bdb)
	a := actorOf(t, ctx, bdb, w.beheerder)
	p, msg, err := db.InvitePerson(ctx, bdb, a, db.PersonInput{Name: "Nieuwe IB'er", Email: "Nieuw@Test.nl", Roles: []db.Role{db.RoleDeelnemer}}, "http://localhost:8080")
	if err != nil {
		t.Fatal(err)
	}
	if p.Status() != db.PersonInvited || p.Email != "nieuw@test.nl" {
		t.Fatalf("invited person: %+v", p)
	}
	token := tokenFromMail(t, msg.Body)
	if _, err := db.AcceptInvitation(ctx, bdb, token, "kort"); err == nil {
		t.Fatal("a short password was accepted")
	}
	if _, err := db.AcceptInvitation(ctx, bdb, token, "wachtwoord123"); err == nil {
		t.Fatal("a common password was accepted")
	}
	if _, err := db.AcceptInvitation(ctx, bdb, token, "paars olifantje fietst"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AcceptInvitation(ctx, bdb, token, "paars olifantje fietst"); !db.IsNotFound(err) {
		t.Fatalf("an invitation could be used twice: %v", err)
	}
	id, err := db.Login(ctx, bdb, "NIEUW@test.nl", "paars olifantje fietst", "127.0.0.1")
	if err != nil || id != p.ID {
		t.Fatalf("login after accepting: %v", err)
	}
}

func TestLoginSameAnswerAndThrottle(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newWorld(t, ctx, bdb)
	if _, err := bdb.NewRaw("UPDATE people SET password_hash = ? WHERE id = ?", mustHash(t, "juist wachtwoord 1"), w.ibA.ID).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	_, errUnknown := db.Login(ctx, bdb, "niemand@test.nl", "wat dan ook 123", "10.0.0.1")
	_, errWrong := db.Login(ctx, bdb, "ib.a@test.nl", "fout wachtwoord", "10.0.0.1")
	if errUnknown == nil || errWrong == nil || errUnknown.Error() != errWrong.Error() {
		t.Fatalf("unknown e-mail %v and wrong password %v must answer the same", errUnknown, errWrong)
	}
	for range 4 {
		_, _ = db.Login(ctx, bdb, "ib.a@test.nl", "fout wachtwoord", "10.0.0.2")
	}
	_, err := db.Login(ctx, bdb, "ib.a@test.nl", "juist wachtwoord 1", "10.0.0.3")
	var inv *db.InvalidError
	if !errors.As(err, &inv) || inv.Fields[0].Reason != "too_many_attempts" {
		t.Fatalf("after 5 failures the right password must be throttled too, got %v", err)
	}
}
