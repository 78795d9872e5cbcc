package db_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/dbtest"
)

// The coaching framework the seed migration ships (4 competencies with example aspects).
const seededFramework = "f0000000-0000-4000-8000-000000000002"

// scanWorld is the course fixture with the seeded framework and one open scan moment.
type scanWorld struct {
	*courseWorld
	moment  *db.ScanMoment
	aspects []uuid.UUID
}

func newScanWorld(t *testing.T, ctx context.Context, idb bun.IDB) *scanWorld {
	t.Helper()
	sw := &scanWorld{courseWorld: newCourseWorld(t, ctx, idb)}
	cwExec(t, ctx, idb, "UPDATE leergangen SET framework_id = ? WHERE id = ?", seededFramework, sw.leergang.ID)
	if err := idb.NewRaw(`SELECT a.id FROM aspects a JOIN competencies c ON c.id = a.competency_id
		WHERE c.framework_id = ? ORDER BY c.position, a.position`, seededFramework).Scan(ctx, &sw.aspects); err != nil || len(sw.aspects) < 3 {
		t.Fatalf("aspects of the seeded framework: %v (%d)", err, len(sw.aspects))
	}
	m, err := db.CreateScanMoment(ctx, idb, actorOf(t, ctx, idb, sw.opleider), sw.leergang.ID, &db.ScanMomentInput{
		Kind: db.ScanMomentStart, Title: "Start", OpensOn: db.Today().AddDate(0, 0, -1)})
	if err != nil {
		t.Fatal(err)
	}
	sw.moment = m
	return sw
}

// rateAll rates every aspect with value and note.
func (sw *scanWorld) rateAll(value int, note string) []db.RatingInput {
	out := make([]db.RatingInput, len(sw.aspects))
	for i, id := range sw.aspects {
		out[i] = db.RatingInput{AspectID: id, Value: value, Note: note}
	}
	return out
}

// finishedScan fills in and finishes a scan of subject by rater.
func (sw *scanWorld) finishedScan(t *testing.T, ctx context.Context, idb bun.IDB, rater *db.Actor, subject uuid.UUID, value int, note string) *db.Scan {
	t.Helper()
	s, err := db.StartScan(ctx, idb, rater, sw.moment.ID, &subject)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveScanRatings(ctx, idb, rater, s.ID, sw.rateAll(value, note)); err != nil {
		t.Fatal(err)
	}
	if s, err = db.FinishScan(ctx, idb, rater, s.ID); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestScanRatingsAreAppendOnlyAndFinishLocks(t *testing.T) {
	ctx, bdb := context.Background(), dbtest.New(t)
	sw := newScanWorld(t, ctx, bdb)
	ib := actorOf(t, ctx, bdb, sw.ibA)

	s, err := db.StartScan(ctx, bdb, ib, sw.moment.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.RaterRole != db.RaterZelf || s.Status != db.ScanConcept {
		t.Fatalf("self-scan starts as a concept: %+v", s)
	}
	again, err := db.StartScan(ctx, bdb, ib, sw.moment.ID, nil)
	if err != nil || again.ID != s.ID {
		t.Fatalf("starting twice resumes the same scan: %v %v", again, err)
	}
	first := []db.RatingInput{{AspectID: sw.aspects[0], Value: 2, Note: "eerste indruk"}, {AspectID: sw.aspects[1], Value: 1}}
	if _, err := db.SaveScanRatings(ctx, bdb, ib, s.ID, first); err != nil {
		t.Fatal(err)
	}
	// A change is a new row; an unchanged rating adds nothing.
	s, err = db.SaveScanRatings(ctx, bdb, ib, s.ID, []db.RatingInput{{AspectID: sw.aspects[0], Value: 3, Note: "bijgesteld"}, first[1]})
	if err != nil {
		t.Fatal(err)
	}
	var rows int
	if err := bdb.NewRaw("SELECT count(*) FROM scan_ratings WHERE scan_id = ?", s.ID).Scan(ctx, &rows); err != nil {
		t.Fatal(err)
	}
	if rows != 3 {
		t.Fatalf("want 3 rating rows (2 + 1 correction), got %d", rows)
	}
	if len(s.Ratings) != 2 || s.Ratings[0].AspectID != sw.aspects[0] && s.Ratings[1].AspectID != sw.aspects[0] {
		t.Fatalf("two current ratings: %+v", s.Ratings)
	}
	for _, r := range s.Ratings {
		if r.AspectID == sw.aspects[0] && (r.Value != 3 || r.Note != "bijgesteld") {
			t.Fatalf("the newest row is current: %+v", r)
		}
	}
	history, err := db.RatingHistory(ctx, bdb, ib, s.ID)
	if err != nil || len(history) != 3 || history[len(history)-1].Value != 2 {
		t.Fatalf("history keeps the first rating: %v %+v", err, history)
	}

	// Out of scale and unknown aspects are refused with a field error.
	_, err = db.SaveScanRatings(ctx, bdb, ib, s.ID, []db.RatingInput{{AspectID: sw.aspects[0], Value: 9}})
	assertInvalid(t, err, "ratings", "out_of_scale")
	_, err = db.SaveScanRatings(ctx, bdb, ib, s.ID, []db.RatingInput{{AspectID: uuid.New(), Value: 2}})
	assertInvalid(t, err, "ratings", "unknown_aspect")

	// Finishing needs every aspect; then the scan is locked.
	_, err = db.FinishScan(ctx, bdb, ib, s.ID)
	assertInvalid(t, err, "ratings", "incomplete")
	if _, err := db.SaveScanRatings(ctx, bdb, ib, s.ID, sw.rateAll(2, "")); err != nil {
		t.Fatal(err)
	}
	done, err := db.FinishScan(ctx, bdb, ib, s.ID)
	if err != nil || done.Status != db.ScanAfgerond || done.FinishedAt == nil {
		t.Fatalf("finish: %v %+v", err, done)
	}
	var conflict *db.ConflictError
	if _, err := db.SaveScanRatings(ctx, bdb, ib, s.ID, first); !errors.As(err, &conflict) {
		t.Fatalf("rating a finished scan: want ConflictError, got %v", err)
	}
	if _, err := db.FinishScan(ctx, bdb, ib, s.ID); !errors.As(err, &conflict) {
		t.Fatalf("finishing twice: want ConflictError, got %v", err)
	}

	// Someone else cannot write into the deelnemer's scan.
	var forbidden *db.ForbiddenError
	if _, err := db.SaveScanRatings(ctx, bdb, actorOf(t, ctx, bdb, sw.opleider), s.ID, first); !errors.As(err, &forbidden) {
		t.Fatalf("opleider writing the self-scan: want ForbiddenError, got %v", err)
	}
}

func assertInvalid(t *testing.T, err error, field, reason string) {
	t.Helper()
	var inv *db.InvalidError
	if !errors.As(err, &inv) || inv.Fields[0].Field != field || inv.Fields[0].Reason != reason {
		t.Fatalf("want invalid %s/%s, got %v", field, reason, err)
	}
}

func TestScanVisibilityAndHiddenNotes(t *testing.T) {
	ctx, bdb := context.Background(), dbtest.New(t)
	sw := newScanWorld(t, ctx, bdb)
	ib, opleider := actorOf(t, ctx, bdb, sw.ibA), actorOf(t, ctx, bdb, sw.opleider)
	dirA, dirB, bestuur := actorOf(t, ctx, bdb, sw.directieA), actorOf(t, ctx, bdb, sw.directieB), actorOf(t, ctx, bdb, sw.bestuur)

	// A concept is the rater's own: the opleider does not see it yet.
	s, err := db.StartScan(ctx, bdb, ib, sw.moment.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveScanRatings(ctx, bdb, ib, s.ID, sw.rateAll(2, "mijn toelichting")); err != nil {
		t.Fatal(err)
	}
	var forbidden *db.ForbiddenError
	if _, err := db.GetScan(ctx, bdb, opleider, s.ID); !errors.As(err, &forbidden) {
		t.Fatalf("opleider reading a concept: want ForbiddenError, got %v", err)
	}
	if _, err := db.SetScanNotesHidden(ctx, bdb, ib, s.ID, true); err != nil {
		t.Fatal(err)
	}
	if _, err := db.FinishScan(ctx, bdb, ib, s.ID); err != nil {
		t.Fatal(err)
	}
	sw.finishedScan(t, ctx, bdb, opleider, sw.ibA.ID, 3, "toelichting opleider")

	notesOf := func(a *db.Actor) map[db.RaterRole]string {
		t.Helper()
		g, err := db.GetGrowth(ctx, bdb, a, sw.leergang.ID, &sw.ibA.ID)
		if err != nil {
			t.Fatal(err)
		}
		out := map[db.RaterRole]string{}
		for _, sc := range g.Moments[0].Scans {
			if len(sc.Ratings) != len(sw.aspects) {
				t.Fatalf("%s: ratings stay visible, got %d", sc.RaterRole, len(sc.Ratings))
			}
			out[sc.RaterRole] = sc.Ratings[0].Note
		}
		return out
	}
	for name, a := range map[string]*db.Actor{"deelnemer": ib, "opleider": opleider} {
		if n := notesOf(a); n[db.RaterZelf] != "mijn toelichting" || n[db.RaterOpleider] != "toelichting opleider" {
			t.Fatalf("%s reads every note: %v", name, n)
		}
	}
	for name, a := range map[string]*db.Actor{"directie": dirA, "bestuur": bestuur} {
		n := notesOf(a)
		if n[db.RaterZelf] != "" || n[db.RaterOpleider] != "toelichting opleider" {
			t.Fatalf("%s must not read the hidden self-scan notes: %v", name, n)
		}
	}
	// Growth shows the averages of finished scans per role.
	g, err := db.GetGrowth(ctx, bdb, dirA, sw.leergang.ID, &sw.ibA.ID)
	if err != nil {
		t.Fatal(err)
	}
	roles := map[db.RaterRole]float64{}
	for _, p := range g.Competencies[0].Points {
		roles[p.Role] = p.Average
	}
	if roles[db.RaterZelf] != 2 || roles[db.RaterOpleider] != 3 {
		t.Fatalf("averages per role: %v", roles)
	}
	// The directie of another school sees nothing of this deelnemer.
	if _, err := db.GetGrowth(ctx, bdb, dirB, sw.leergang.ID, &sw.ibA.ID); !errors.As(err, &forbidden) {
		t.Fatalf("directie of school B: want ForbiddenError, got %v", err)
	}
	if _, err := db.GetScan(ctx, bdb, dirB, s.ID); !errors.As(err, &forbidden) {
		t.Fatalf("directie of school B reading the scan: want ForbiddenError, got %v", err)
	}
	if _, err := db.GetIntake(ctx, bdb, dirB, sw.leergang.ID, &sw.ibA.ID); !errors.As(err, &forbidden) {
		t.Fatalf("directie of school B reading the intake: want ForbiddenError, got %v", err)
	}
	// The directie may rate only when the moment asks for it.
	if _, err := db.StartScan(ctx, bdb, dirA, sw.moment.ID, &sw.ibA.ID); !errors.As(err, &forbidden) {
		t.Fatalf("directie rating without being asked: want ForbiddenError, got %v", err)
	}
	cwExec(t, ctx, bdb, "UPDATE scan_moments SET ask_directie = true WHERE id = ?", sw.moment.ID)
	if ds, err := db.StartScan(ctx, bdb, dirA, sw.moment.ID, &sw.ibA.ID); err != nil || ds.RaterRole != db.RaterDirectie {
		t.Fatalf("directie asked to rate: %v %+v", err, ds)
	}
}

func TestIntakeAndLeervragen(t *testing.T) {
	ctx, bdb := context.Background(), dbtest.New(t)
	sw := newScanWorld(t, ctx, bdb)
	ib, dirA, dirB := actorOf(t, ctx, bdb, sw.ibA), actorOf(t, ctx, bdb, sw.directieA), actorOf(t, ctx, bdb, sw.directieB)
	var competency uuid.UUID
	if err := bdb.NewRaw("SELECT id FROM competencies WHERE framework_id = ? ORDER BY position LIMIT 1", seededFramework).Scan(ctx, &competency); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveIntake(ctx, bdb, ib, sw.leergang.ID, "Een school met 250 leerlingen."); err != nil {
		t.Fatal(err)
	}
	lv, err := db.SaveLeervraag(ctx, bdb, ib, db.LeervraagInput{LeergangID: sw.leergang.ID, Question: "Hoe leid ik een groepsbespreking?",
		Kind: db.LeervraagPersoonlijk, CompetencyIDs: []uuid.UUID{competency}})
	if err != nil || len(lv.Competencies) != 1 {
		t.Fatalf("save leervraag: %v %+v", err, lv)
	}
	_, err = db.SaveLeervraag(ctx, bdb, ib, db.LeervraagInput{LeergangID: sw.leergang.ID, Question: " ", Kind: "anders"})
	assertInvalid(t, err, "question", "required")
	if lv, err = db.ReflectOnLeervraag(ctx, bdb, ib, lv.ID, sw.jaar1.ID, db.LeervraagOpWeg, "Gaat steeds beter."); err != nil || len(lv.Reflections) != 1 {
		t.Fatalf("reflect: %v %+v", err, lv)
	}
	var forbidden *db.ForbiddenError
	if _, err := db.SaveDirectieExpectations(ctx, bdb, dirB, sw.leergang.ID, sw.ibA.ID, "Niet van mij"); !errors.As(err, &forbidden) {
		t.Fatalf("directie of another school: want ForbiddenError, got %v", err)
	}
	it, err := db.SaveDirectieExpectations(ctx, bdb, dirA, sw.leergang.ID, sw.ibA.ID, "Leid de groepsbesprekingen.")
	if err != nil {
		t.Fatal(err)
	}
	if it.SchoolContext != "Een school met 250 leerlingen." || it.DirectieExpectations == "" || len(it.Leervragen) != 1 || !it.CanEditExpectations || it.CanEdit {
		t.Fatalf("intake as the directie sees it: %+v", it)
	}
	if _, err := db.SaveLeervraag(ctx, bdb, dirA, db.LeervraagInput{ID: &lv.ID, Question: "Overschreven", Kind: db.LeervraagSchool}); !errors.As(err, &forbidden) {
		t.Fatalf("directie changing a leervraag: want ForbiddenError, got %v", err)
	}
}

// The group view costs the same number of statements for 2 or 12 deelnemers.
func TestGroupGrowthStatementCount(t *testing.T) {
	ctx, bdb := context.Background(), dbtest.New(t)
	sw := newScanWorld(t, ctx, bdb)
	opleider := actorOf(t, ctx, bdb, sw.opleider)
	for _, p := range []*db.Person{sw.ibA, sw.ibB} {
		sw.finishedScan(t, ctx, bdb, actorOf(t, ctx, bdb, p), p.ID, 2, "")
		if _, err := db.SaveLeervraag(ctx, bdb, actorOf(t, ctx, bdb, p), db.LeervraagInput{LeergangID: sw.leergang.ID,
			Question: "Vraag", Kind: db.LeervraagSchool}); err != nil {
			t.Fatal(err)
		}
	}
	counter := &db.QueryCounter{}
	bdb.AddQueryHook(counter)
	measure := func() (*db.GroupGrowth, int64) {
		t.Helper()
		counter.Reset()
		g, err := db.GetGroupGrowth(ctx, bdb, opleider, sw.leergang.ID, sw.moment.ID)
		if err != nil {
			t.Fatal(err)
		}
		return g, counter.Reset()
	}
	small, smallCount := measure()
	if len(small.MemberIDs) != 2 || len(small.Rows) != len(sw.aspects) || small.Rows[0].Values[0] == nil || *small.Rows[0].Values[0] != 2 {
		t.Fatalf("heatmap of 2: %+v", small)
	}
	for i := range 10 {
		p, err := db.CreatePerson(ctx, bdb, db.PersonInput{Name: fmt.Sprintf("Deelnemer %02d", i), Email: fmt.Sprintf("d%d@test.nl", i),
			Roles: []db.Role{db.RoleDeelnemer}, SchoolIDs: []uuid.UUID{sw.schoolA.ID}})
		if err != nil {
			t.Fatal(err)
		}
		cwExec(t, ctx, bdb, "INSERT INTO group_members (group_id, person_id) VALUES (?, ?)", sw.group.ID, p.ID)
		sw.finishedScan(t, ctx, bdb, actorOf(t, ctx, bdb, p), p.ID, 3, "")
		if _, err := db.SaveLeervraag(ctx, bdb, actorOf(t, ctx, bdb, p), db.LeervraagInput{LeergangID: sw.leergang.ID,
			Question: "Vraag", Kind: db.LeervraagSchool}); err != nil {
			t.Fatal(err)
		}
	}
	big, bigCount := measure()
	if len(big.MemberIDs) != 12 || len(big.Leervragen) != 12 {
		t.Fatalf("heatmap of 12: %d members, %d leervragen", len(big.MemberIDs), len(big.Leervragen))
	}
	if bigCount != smallCount || bigCount > 14 {
		t.Fatalf("statements: %d for 2 deelnemers, %d for 12 (want equal and at most 14)", smallCount, bigCount)
	}
}

func TestStandardScanMoments(t *testing.T) {
	ctx, bdb := context.Background(), dbtest.New(t)
	sw := newScanWorld(t, ctx, bdb)
	opleider := actorOf(t, ctx, bdb, sw.opleider)
	_, err := db.CreateStandardScanMoments(ctx, bdb, opleider, sw.leergang.ID)
	assertInvalid(t, err, "leergangId", "leerjaar_dates")
	cwExec(t, ctx, bdb, "UPDATE leerjaren SET starts_on = '2026-08-01'::date + (number - 1) * interval '1 year', ends_on = '2027-07-31'::date + (number - 1) * interval '1 year' WHERE leergang_id = ?", sw.leergang.ID)
	ms, err := db.CreateStandardScanMoments(ctx, bdb, opleider, sw.leergang.ID)
	if err != nil {
		t.Fatal(err)
	}
	// The existing start moment is kept; one end moment per leerjaar is added.
	if len(ms) != 3 || ms[1].Kind != db.ScanMomentEindLeerjaar || ms[2].Title != "Einde leerjaar 2" {
		t.Fatalf("standard moments: %d %+v", len(ms), ms)
	}
	if again, err := db.CreateStandardScanMoments(ctx, bdb, opleider, sw.leergang.ID); err != nil || len(again) != 3 {
		t.Fatalf("twice adds nothing: %v %d", err, len(again))
	}
	var forbidden *db.ForbiddenError
	if _, err := db.CreateStandardScanMoments(ctx, bdb, actorOf(t, ctx, bdb, sw.outsider), sw.leergang.ID); !errors.As(err, &forbidden) {
		t.Fatalf("an opleider of another leergang: want ForbiddenError, got %v", err)
	}
}
