package db_test

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/dbtest"
	"leergang/db/frameworkio"
)

var (
	lbboID     = uuid.MustParse("f0000000-0000-4000-8000-000000000001")
	coachingID = uuid.MustParse("f0000000-0000-4000-8000-000000000002")
)

// inTestTx runs fn in a transaction, as the resolvers do.
func inTestTx[T any](t *testing.T, ctx context.Context, bdb *bun.DB, fn func(tx bun.Tx) (T, error)) (T, error) {
	t.Helper()
	var out T
	err := bdb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) (err error) {
		out, err = fn(tx)
		return err
	})
	return out, err
}

func aspectTitles(t *testing.T, ctx context.Context, idb bun.IDB, competencyID uuid.UUID) []string {
	t.Helper()
	m, err := db.AspectsByCompetency(ctx, idb, []uuid.UUID{competencyID})
	if err != nil {
		t.Fatal(err)
	}
	out := []string{}
	for i, x := range m[competencyID] {
		if x.Position != i+1 {
			t.Fatalf("aspect %q has position %d, want %d", x.Title, x.Position, i+1)
		}
		out = append(out, x.Title)
	}
	return out
}

// rate stores one self-rating of aspect in a scan of the course world's leergang.
func rate(t *testing.T, ctx context.Context, idb bun.IDB, cw *courseWorld, aspectID uuid.UUID) {
	t.Helper()
	var momentID, scanID uuid.UUID
	if err := idb.NewRaw("INSERT INTO scan_moments (leergang_id, kind, title, opens_on) VALUES (?, 'start', 'Start', current_date) RETURNING id",
		cw.leergang.ID).Scan(ctx, &momentID); err != nil {
		t.Fatal(err)
	}
	if err := idb.NewRaw("INSERT INTO scans (moment_id, subject_id, rater_id, rater_role) VALUES (?, ?, ?, 'zelf') RETURNING id",
		momentID, cw.ibA.ID, cw.ibA.ID).Scan(ctx, &scanID); err != nil {
		t.Fatal(err)
	}
	cwExec(t, ctx, idb, "INSERT INTO scan_ratings (scan_id, aspect_id, value) VALUES (?, ?, 3)", scanID, aspectID)
}

func TestSeededFrameworks(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newWorld(t, ctx, bdb)
	page, err := db.ListFrameworks(ctx, bdb, actorOf(t, ctx, bdb, w.opleider), db.FrameworkFilter{Page: db.PageRequest{Limit: 25}})
	if err != nil {
		t.Fatal(err)
	}
	if page.TotalCount != 2 {
		t.Fatalf("want the 2 shipped frameworks, got %d", page.TotalCount)
	}
	counts, err := db.FrameworkCountsByID(ctx, bdb, []uuid.UUID{lbboID, coachingID})
	if err != nil {
		t.Fatal(err)
	}
	if counts[lbboID].Competencies != 5 || counts[coachingID].Competencies != 4 || counts[coachingID].Aspects < 4 {
		t.Fatalf("counts %+v", counts)
	}
	fw, err := db.GetFramework(ctx, bdb, actorOf(t, ctx, bdb, w.beheerder), coachingID)
	if err != nil || !fw.IsExample {
		t.Fatalf("coaching framework must be marked as example: %+v %v", fw, err)
	}
	scale, err := db.ScaleByFramework(ctx, bdb, []uuid.UUID{lbboID})
	if err != nil || len(scale[lbboID]) != 4 || scale[lbboID][3].Label != "Voorbeeld voor anderen" {
		t.Fatalf("scale %+v %v", scale[lbboID], err)
	}
}

func TestFrameworkVisibilityFollowsTheLeergang(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	visible := func(p *db.Person) bool {
		_, err := db.GetFramework(ctx, bdb, actorOf(t, ctx, bdb, p), lbboID)
		if err != nil && !db.IsNotFound(err) {
			cwWantForbidden(t, err)
		}
		return err == nil
	}
	for _, p := range []*db.Person{cw.ibA, cw.directieA, cw.bestuur, cw.ibC} {
		if visible(p) {
			t.Fatalf("%s sees a framework no leergang of theirs uses", p.Name)
		}
	}
	if _, err := inTestTx(t, ctx, bdb, func(tx bun.Tx) (*db.Leergang, error) {
		return db.SetLeergangFramework(ctx, tx, actorOf(t, ctx, bdb, cw.ibA), cw.leergang.ID, &lbboID)
	}); err == nil {
		t.Fatal("a deelnemer set the leergang's framework")
	}
	_, err := inTestTx(t, ctx, bdb, func(tx bun.Tx) (*db.Leergang, error) {
		return db.SetLeergangFramework(ctx, tx, actorOf(t, ctx, bdb, cw.opleider), cw.leergang.ID, &lbboID)
	})
	if err != nil {
		t.Fatal(err)
	}
	for p, want := range map[*db.Person]bool{cw.ibA: true, cw.directieA: true, cw.bestuur: true, cw.ibC: false, cw.directieB: true, cw.outsider: true} {
		if got := visible(p); got != want {
			t.Errorf("%s sees the framework: %v, want %v", p.Name, got, want)
		}
	}
	if _, err := inTestTx(t, ctx, bdb, func(tx bun.Tx) (*db.Framework, error) {
		return db.CreateFramework(ctx, tx, actorOf(t, ctx, bdb, cw.ibA), db.FrameworkInput{Name: "Eigen kader"})
	}); err == nil {
		t.Fatal("a deelnemer created a framework")
	}
}

func TestFrameworkEditorKeepsPositionsAndRefusesRatedRemoval(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	op := actorOf(t, ctx, bdb, cw.opleider)
	fw, err := inTestTx(t, ctx, bdb, func(tx bun.Tx) (*db.Framework, error) {
		return db.CreateFramework(ctx, tx, op, db.FrameworkInput{Name: "  Eigen kader  "})
	})
	if err != nil || fw.Name != "Eigen kader" {
		t.Fatalf("%+v %v", fw, err)
	}
	_, err = inTestTx(t, ctx, bdb, func(tx bun.Tx) (*db.Framework, error) {
		return db.CreateFramework(ctx, tx, op, db.FrameworkInput{Name: "eigen KADER"})
	})
	cwWantInvalid(t, err, "name")
	_, err = inTestTx(t, ctx, bdb, func(tx bun.Tx) (uuid.UUID, error) {
		return db.AddCompetency(ctx, tx, op, fw.ID, db.ItemInput{Title: "Coach"})
	})
	if err != nil {
		t.Fatal(err)
	}
	comps, _ := db.CompetenciesByFramework(ctx, bdb, []uuid.UUID{fw.ID})
	coach := comps[fw.ID][0]
	for _, title := range []string{"Een", "Twee", "Drie"} {
		if _, err := inTestTx(t, ctx, bdb, func(tx bun.Tx) (uuid.UUID, error) {
			return db.AddAspect(ctx, tx, op, coach.ID, db.ItemInput{Title: title})
		}); err != nil {
			t.Fatal(err)
		}
	}
	aspects, _ := db.AspectsByCompetency(ctx, bdb, []uuid.UUID{coach.ID})
	drie, een := aspects[coach.ID][2], aspects[coach.ID][0]
	mustDo := func(fn func(tx bun.Tx) (uuid.UUID, error)) {
		t.Helper()
		if _, err := inTestTx(t, ctx, bdb, fn); err != nil {
			t.Fatal(err)
		}
	}
	mustDo(func(tx bun.Tx) (uuid.UUID, error) { return db.MoveAspect(ctx, tx, op, drie.ID, db.MoveUp) })
	mustDo(func(tx bun.Tx) (uuid.UUID, error) { return db.MoveAspect(ctx, tx, op, een.ID, db.MoveUp) }) // already first: no-op
	if got := aspectTitles(t, ctx, bdb, coach.ID); !reflect.DeepEqual(got, []string{"Een", "Drie", "Twee"}) {
		t.Fatalf("after move: %v", got)
	}
	mustDo(func(tx bun.Tx) (uuid.UUID, error) {
		return db.UpdateAspect(ctx, tx, op, een.ID, db.ItemInput{Title: "Eén", Description: "Herschreven"})
	})
	mustDo(func(tx bun.Tx) (uuid.UUID, error) { return db.RemoveAspect(ctx, tx, op, drie.ID) })
	if got := aspectTitles(t, ctx, bdb, coach.ID); !reflect.DeepEqual(got, []string{"Eén", "Twee"}) {
		t.Fatalf("after remove: %v", got)
	}

	rate(t, ctx, bdb, cw, een.ID)
	_, err = inTestTx(t, ctx, bdb, func(tx bun.Tx) (uuid.UUID, error) { return db.RemoveAspect(ctx, tx, op, een.ID) })
	if cf := cwWantConflict(t, err); cf.Message == "" {
		t.Fatal("conflict without message")
	}
	_, err = inTestTx(t, ctx, bdb, func(tx bun.Tx) (uuid.UUID, error) { return db.RemoveCompetency(ctx, tx, op, coach.ID) })
	cwWantConflict(t, err)
	_, err = inTestTx(t, ctx, bdb, func(tx bun.Tx) (*db.Framework, error) {
		return db.UpdateFramework(ctx, tx, op, fw.ID, db.FrameworkInput{Name: "Eigen kader", Scale: db.DefaultScale()[:3]})
	})
	cwWantConflict(t, err)
	if got := aspectTitles(t, ctx, bdb, coach.ID); len(got) != 2 {
		t.Fatalf("a refused removal changed the aspects: %v", got)
	}
}

func sampleDoc(aspectsPerCompetency ...int) *frameworkio.Document {
	doc := &frameworkio.Document{}
	for i, n := range aspectsPerCompetency {
		c := frameworkio.Competency{Name: fmt.Sprintf("Competentie %d", i+1), Description: "Omschrijving"}
		for j := range n {
			c.Aspects = append(c.Aspects, frameworkio.Aspect{Title: fmt.Sprintf("Aspect %d.%d", i+1, j+1)})
		}
		doc.Competencies = append(doc.Competencies, c)
	}
	return doc
}

func TestImportFramework93AspectsAndExportRoundTrip(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	op := actorOf(t, ctx, bdb, cw.opleider)
	doc := sampleDoc(24, 23, 23, 23)
	doc.Scale = []frameworkio.ScaleLevel{{Value: 0, Label: "Niet"}, {Value: 1, Label: "Wel", Description: "Zichtbaar"}}

	counter := &db.QueryCounter{}
	bdb.AddQueryHook(counter)
	counter.Reset()
	fw, err := inTestTx(t, ctx, bdb, func(tx bun.Tx) (*db.Framework, error) {
		return db.ImportFramework(ctx, tx, op, db.FrameworkImport{Name: "Geïmporteerd", Doc: doc})
	})
	if err != nil {
		t.Fatal(err)
	}
	// The content goes in with one statement for all competencies and one for all aspects.
	if n := counter.Count(); n > 10 {
		t.Fatalf("import of 93 aspects took %d statements", n)
	}
	counts, _ := db.FrameworkCountsByID(ctx, bdb, []uuid.UUID{fw.ID})
	if counts[fw.ID] != (db.FrameworkCounts{Competencies: 4, Aspects: 93}) {
		t.Fatalf("counts %+v", counts[fw.ID])
	}

	// Export, write as XLSX, read back and import as a second framework: the same content.
	_, exported, err := db.FrameworkDocument(ctx, bdb, op, fw.ID)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := frameworkio.WriteXLSX(&buf, exported); err != nil {
		t.Fatal(err)
	}
	reread, err := frameworkio.ReadXLSX(&buf)
	if err != nil {
		t.Fatal(err)
	}
	copyFw, err := inTestTx(t, ctx, bdb, func(tx bun.Tx) (*db.Framework, error) {
		return db.ImportFramework(ctx, tx, op, db.FrameworkImport{Name: "Kopie", Doc: reread})
	})
	if err != nil {
		t.Fatal(err)
	}
	_, again, err := db.FrameworkDocument(ctx, bdb, op, copyFw.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again, doc) {
		t.Fatalf("round trip changed the framework")
	}

	// Replace: all or nothing. A name clash on a new import leaves nothing behind.
	before := cwCount(t, ctx, bdb, "SELECT count(*) FROM aspects")
	_, err = inTestTx(t, ctx, bdb, func(tx bun.Tx) (*db.Framework, error) {
		return db.ImportFramework(ctx, tx, op, db.FrameworkImport{Name: "kopie", Doc: sampleDoc(3)})
	})
	cwWantInvalid(t, err, "name")
	if after := cwCount(t, ctx, bdb, "SELECT count(*) FROM aspects"); after != before {
		t.Fatalf("a failed import left %d aspects", after-before)
	}
	_, err = inTestTx(t, ctx, bdb, func(tx bun.Tx) (*db.Framework, error) {
		return db.ImportFramework(ctx, tx, op, db.FrameworkImport{FrameworkID: &copyFw.ID, Doc: sampleDoc(2, 1)})
	})
	if err != nil {
		t.Fatal(err)
	}
	counts, _ = db.FrameworkCountsByID(ctx, bdb, []uuid.UUID{copyFw.ID})
	if counts[copyFw.ID] != (db.FrameworkCounts{Competencies: 2, Aspects: 3}) {
		t.Fatalf("after replace: %+v", counts[copyFw.ID])
	}

	// Once rated, the content can no longer be replaced.
	comps, _ := db.CompetenciesByFramework(ctx, bdb, []uuid.UUID{copyFw.ID})
	aspects, _ := db.AspectsByCompetency(ctx, bdb, []uuid.UUID{comps[copyFw.ID][0].ID})
	rate(t, ctx, bdb, cw, aspects[comps[copyFw.ID][0].ID][0].ID)
	_, err = inTestTx(t, ctx, bdb, func(tx bun.Tx) (*db.Framework, error) {
		return db.ImportFramework(ctx, tx, op, db.FrameworkImport{FrameworkID: &copyFw.ID, Doc: sampleDoc(1)})
	})
	cwWantConflict(t, err)

	// A deelnemer may not import.
	_, err = inTestTx(t, ctx, bdb, func(tx bun.Tx) (*db.Framework, error) {
		return db.ImportFramework(ctx, tx, actorOf(t, ctx, bdb, cw.ibA), db.FrameworkImport{Name: "X", Doc: sampleDoc(1)})
	})
	cwWantForbidden(t, err)
}
