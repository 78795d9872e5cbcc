package benchdata_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"leergang/db"
	"leergang/db/benchdata"
	"leergang/db/dbtest"
)

func TestMain(m *testing.M) { dbtest.Main(m) }

// tiny is a scale small enough for a test that still has every shape:
// two boards, more than one leergang per opleider slot, past and future sessions.
func tiny() benchdata.Scale {
	return benchdata.Scale{Name: "tiny", Boards: 2, SchoolsPerBoard: 3, IBPerSchool: 2, LeergangenPerBoard: 2,
		SessionsPerLeergang: 6, PastWeeks: 3, Opleiders: 2, AssignmentsPerLeergang: 2}
}

func TestGenerateTinyWorld(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	s := tiny()
	var out bytes.Buffer
	if err := benchdata.Generate(ctx, bdb.DB, s, &out); err != nil {
		t.Fatalf("generate: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "attendance") || !strings.Contains(out.String(), "generated in") {
		t.Errorf("progress output lacks table lines:\n%s", out.String())
	}

	// 4 leergangen of 3 deelnemers; a past session is for 2 of 3 groups (one deelnemer each).
	want := map[string]int{
		"schools":                               s.Schools(),
		"people":                                s.Deelnemers() + s.Schools() + s.Boards + s.Opleiders + 1,
		"leergangen":                            s.Leergangen(),
		"sessions":                              s.Sessions(),
		"attendance":                            s.Leergangen() * s.PastWeeks * 2,
		"session_opleiders":                     s.Sessions(),
		"submissions":                           s.Leergangen() * (2*1 + 1*2), // k=0,2: a<1; k=1: a<2
		"scans":                                 s.Deelnemers() * 4,
		"people WHERE password_hash IS NULL":    0,
		"leergangen WHERE framework_id IS NULL": 0,
		"sessions WHERE starts_at < date_trunc('week', now())": s.Leergangen() * s.PastWeeks,
	}
	for table, n := range want {
		var got int
		if err := bdb.NewRaw("SELECT count(*) FROM "+table).Scan(ctx, &got); err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		if got != n {
			t.Errorf("%s: %d rows, want %d", table, got, n)
		}
	}

	// Every scan rates every aspect of the leergangen's framework (the seeded
	// one once its migration has landed, else the generator's 4 × 3 aspects).
	var aspects, ratings int
	if err := bdb.NewRaw(`SELECT count(*) FROM aspects a JOIN competencies c ON c.id = a.competency_id
		WHERE c.framework_id = (SELECT framework_id FROM leergangen LIMIT 1)`).Scan(ctx, &aspects); err != nil {
		t.Fatal(err)
	}
	if err := bdb.NewRaw("SELECT count(*) FROM scan_ratings").Scan(ctx, &ratings); err != nil {
		t.Fatal(err)
	}
	if aspects == 0 || ratings != s.Deelnemers()*4*aspects {
		t.Errorf("scan_ratings: %d rows for %d aspects, want %d", ratings, aspects, s.Deelnemers()*4*aspects)
	}

	// The shared password hash lets every generated person log in.
	for _, email := range []string{benchdata.DeelnemerEmail(5), benchdata.DirectieEmail(0), benchdata.OpleiderEmail(1), benchdata.BestuurEmail(1)} {
		if _, err := db.Login(ctx, bdb, email, benchdata.Password, "127.0.0.1"); err != nil {
			t.Errorf("login %s: %v", email, err)
		}
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	ctx := context.Background()
	digest := func() string {
		bdb := dbtest.New(t)
		if err := benchdata.Generate(ctx, bdb.DB, tiny(), &bytes.Buffer{}); err != nil {
			t.Fatal(err)
		}
		var d string
		if err := bdb.NewRaw(`SELECT md5(string_agg(session_id::text || person_id::text || status, ',' ORDER BY session_id, person_id))
			FROM attendance`).Scan(ctx, &d); err != nil {
			t.Fatal(err)
		}
		return d
	}
	if a, b := digest(), digest(); a != b {
		t.Errorf("two runs differ: %s vs %s", a, b)
	}
}

func TestGenerateRefusesAFilledDatabase(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	if err := benchdata.Generate(ctx, bdb.DB, tiny(), &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if err := benchdata.Generate(ctx, bdb.DB, tiny(), &bytes.Buffer{}); err == nil {
		t.Error("a second run into the same database succeeded")
	}
}

func TestScalesAreValid(t *testing.T) {
	for _, s := range []benchdata.Scale{benchdata.Board(), benchdata.National(), tiny()} {
		if err := s.Validate(); err != nil {
			t.Error(err)
		}
	}
	n := benchdata.National()
	if n.Schools() != 6000 || n.Deelnemers() != 12000 || n.Leergangen() != 200 || n.Sessions() != 20000 {
		t.Errorf("national scale: %d schools, %d deelnemers, %d leergangen, %d sessions", n.Schools(), n.Deelnemers(), n.Leergangen(), n.Sessions())
	}
	if _, err := benchdata.ByName("galaxy"); err == nil {
		t.Error("an unknown scale name was accepted")
	}
}
