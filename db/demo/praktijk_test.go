package demo

import (
	"context"
	"testing"

	"leergang/db/blob"
	"leergang/db/dbtest"
	"leergang/db/filecheck"
)

func TestPraktijkMomentsOfTheStory(t *testing.T) {
	t.Parallel()
	bdb := dbtest.New(t)
	ctx := t.Context()
	if err := Load(ctx, bdb); err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		what, query string
		args        []any
		want        int
	}{
		{"year-1 assignment with a rubric of 3 criteria", `SELECT count(*) FROM rubric_criteria rc JOIN assignments a ON a.id = rc.assignment_id WHERE a.title = ?`, []any{PraktijkYear1Title}, 3},
		{"4 levels per criterion", `SELECT count(*) FROM rubric_levels rl JOIN rubric_criteria rc ON rc.id = rl.criterion_id
			JOIN assignments a ON a.id = rc.assignment_id WHERE a.title = ?`, []any{PraktijkYear1Title}, 12},
		{"the schoolcoach's year-1 submission has feedback", `SELECT count(*) FROM submissions s JOIN people p ON p.id = s.person_id
			JOIN assignments a ON a.id = s.assignment_id WHERE p.email = ? AND a.title = ? AND s.status = 'feedback_gegeven' AND s.feedback_given_at < now()`,
			[]any{DeelnemerEmail, PraktijkYear1Title}, 1},
		{"with a sterk punt, a tip and a vraag", `SELECT count(DISTINCT vc.kind) FROM video_comments vc JOIN submission_versions sv ON sv.id = vc.version_id
			JOIN submissions s ON s.id = sv.submission_id JOIN people p ON p.id = s.person_id WHERE p.email = ? AND vc.kind IN ('sterk_punt', 'tip', 'vraag')`,
			[]any{DeelnemerEmail}, 3},
		{"and a score per criterion", `SELECT count(*) FROM rubric_scores rs JOIN submission_versions sv ON sv.id = rs.version_id
			JOIN submissions s ON s.id = sv.submission_id JOIN people p ON p.id = s.person_id WHERE p.email = ?`, []any{DeelnemerEmail}, 3},
		{"and a published feedback", `SELECT count(*) FROM feedback WHERE published_at IS NOT NULL AND feed_forward <> ''`, nil, 1},
		{"consent recorded for the recording", `SELECT count(*) FROM submission_versions WHERE shows_pupils AND consent_confirmed_at IS NOT NULL`, nil, 2},
		{"a colleague waits for feedback", `SELECT count(*) FROM submissions WHERE status = 'ingeleverd'`, nil, 1},
		{"the year-2 assignment is open until the end of the school year", `SELECT count(*) FROM assignments a JOIN leerjaren lj ON lj.id = a.leerjaar_id
			WHERE a.title = ? AND lj.number = 2 AND a.due_on = lj.ends_on AND a.due_on > now()
			AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.assignment_id = a.id)`, []any{PraktijkYear2Title}, 1},
	}
	for _, c := range checks {
		if n := count(t, bdb, c.query, c.args...); n != c.want {
			t.Errorf("%s: %d, want %d", c.what, n, c.want)
		}
	}

	// The file rows exist; StoreFiles puts their bytes where /files reads them.
	store, err := blob.NewFolder(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for range 2 { // a second call finds the bytes there and does nothing
		if err := StoreFiles(ctx, bdb, store); err != nil {
			t.Fatal(err)
		}
	}
	obj, err := store.Open(context.Background(), DemoVideoID.String())
	if err != nil {
		t.Fatal(err)
	}
	defer obj.Close()
	if ct, err := filecheck.Check(obj, obj.Size(), filecheck.Video); err != nil || ct != "video/mp4" {
		t.Fatalf("the demo video is %q (%v), want a valid mp4", ct, err)
	}
}
