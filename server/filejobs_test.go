package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"leergang/db/blob"
	"leergang/db/demo"
)

// The clean-up job, called directly: retention after afgerond, unfinished
// uploads, and deleting a submission.

func (s *testServer) fileJobs(t *testing.T) *fileJobs {
	return &fileJobs{db: s.DB, store: s.store(t), log: slog.New(slog.NewTextHandler(io.Discard, nil)), expiry: s.Config.UploadExpiry}
}

func TestRetentionDeletesFilesAfterAfgerond(t *testing.T) {
	ts := newTestServer(t)
	ctx := context.Background()
	asg := newAssignment(t, ts, "VIDEO")
	marloes, marit := ts.loginAs(t, demo.DeelnemerEmail), ts.loginAs(t, demo.OpleiderEmail)
	_, _, video := marloes.upload(asg, "video", "gesprek.mp4", demoMP4(t))
	sub, _ := marloes.mutate(t, "saveSubmissionDraft", "SaveSubmissionDraftInput", map[string]any{"assignmentId": asg.String(),
		"reflection": "R", "videoFileId": video.String(), "showsPupils": false})
	v, _ := marloes.mutate(t, "handInSubmission", "HandInSubmissionInput", map[string]any{"submissionId": sub.ID.String()})
	marit.mutate(t, "saveFeedback", "SaveFeedbackInput", map[string]any{"versionId": v.Versions[0].ID.String(), "feedback": "Goed", "publish": true})
	done, res := marit.mutate(t, "decideSubmission", "DecideSubmissionInput", map[string]any{"submissionId": sub.ID.String(), "outcome": "AFGEROND"})
	if len(res.Errors) > 0 || done.FilesDeleteAt == nil {
		t.Fatalf("afgerond: %+v", res.Errors)
	}
	jobs := ts.fileJobs(t)
	run := func(at time.Time) {
		if err := jobs.expire(ctx, at); err != nil {
			t.Fatal(err)
		}
		if _, err := jobs.purge(ctx); err != nil {
			t.Fatal(err)
		}
	}
	run(done.FilesDeleteAt.Add(-24 * time.Hour))
	if r, _ := marloes.raw(http.MethodGet, "/files/"+video.String(), nil, nil); r.StatusCode != http.StatusOK || fileStatus(t, ts, video) != "ready" {
		t.Fatalf("a day before the retention date the file must still be there: %d %s", r.StatusCode, fileStatus(t, ts, video))
	}
	run(done.FilesDeleteAt.Add(time.Minute))
	if _, err := jobs.store.Open(ctx, video.String()); !errors.Is(err, blob.ErrNotFound) {
		t.Fatalf("bytes still in the store after the retention date: %v", err)
	}
	if fileStatus(t, ts, video) != "deleted" {
		t.Fatalf("file row: %s, want deleted (the version still refers to it)", fileStatus(t, ts, video))
	}
	if r, _ := marloes.raw(http.MethodGet, "/files/"+video.String(), nil, nil); r.StatusCode != http.StatusGone {
		t.Fatalf("download after retention: %d, want 410", r.StatusCode)
	}
	var out struct {
		Submission struct{ FilesDeletedAt *time.Time }
	}
	marloes.do(`query($id: ID!) { submission(id: $id) { filesDeletedAt } }`, map[string]any{"id": sub.ID.String()}).decode(t, &out)
	if out.Submission.FilesDeletedAt == nil {
		t.Fatal("the deelnemer does not see that the files were deleted")
	}
}

func TestUnfinishedAndRejectedUploadsExpire(t *testing.T) {
	ts := newTestServer(t)
	ctx := context.Background()
	ids := demoPraktijk(t, ts)
	c := ts.loginAs(t, demo.DeelnemerEmail)
	video := demoMP4(t)
	_, path, unfinished := c.tusCreate(ids.asg2, "video", "half.mp4", int64(len(video)))
	c.tusPatch(path, 0, video[:5000])
	_, _, finished := c.upload(ids.asg2, "video", "heel.mp4", video)
	dir := filepath.Join(ts.Config.DataDir, "files")
	jobs := ts.fileJobs(t)

	if err := jobs.expire(ctx, time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := jobs.purge(ctx); err != nil {
		t.Fatal(err)
	}
	if fileStatus(t, ts, unfinished) != "uploading" {
		t.Fatal("an upload of an hour ago must be left alone")
	}
	if err := jobs.expire(ctx, time.Now().Add(ts.Config.UploadExpiry+time.Hour)); err != nil {
		t.Fatal(err)
	}
	if n, err := jobs.purge(ctx); err != nil || n != 1 {
		t.Fatalf("purged %d (%v), want the one unfinished upload", n, err)
	}
	if fileStatus(t, ts, unfinished) != "" {
		t.Fatalf("the unfinished upload's row is %q, want gone", fileStatus(t, ts, unfinished))
	}
	for _, name := range []string{unfinished.String(), unfinished.String() + ".info"} {
		if _, err := os.Stat(filepath.Join(dir, name)); !os.IsNotExist(err) {
			t.Fatalf("%s still on disk: %v", name, err)
		}
	}
	if r := c.tusHead(path); r.StatusCode != http.StatusNotFound {
		t.Fatalf("resuming an expired upload: %d, want 404", r.StatusCode)
	}
	if fileStatus(t, ts, finished) != "ready" {
		t.Fatal("a finished upload is kept for a week to be used")
	}
	if err := jobs.expire(ctx, time.Now().Add(uploadExpiryUnattached+time.Hour)); err != nil {
		t.Fatal(err)
	}
	if n, err := jobs.purge(ctx); err != nil || n != 1 || fileStatus(t, ts, finished) != "" {
		t.Fatalf("an unused upload after a week: purged %d (%v), row %q", n, err, fileStatus(t, ts, finished))
	}
}

func TestDeletingASubmissionDeletesItsFiles(t *testing.T) {
	ts := newTestServer(t)
	ids := demoPraktijk(t, ts)
	marloes := ts.loginAs(t, demo.DeelnemerEmail)
	_, _, video := marloes.upload(ids.asg2, "video", "gesprek.mp4", demoMP4(t))
	sub, res := marloes.mutate(t, "saveSubmissionDraft", "SaveSubmissionDraftInput", map[string]any{"assignmentId": ids.asg2.String(),
		"reflection": "R", "videoFileId": video.String(), "showsPupils": false})
	if len(res.Errors) > 0 {
		t.Fatal(res.Errors)
	}
	var del struct{ DeleteSubmission struct{ DeletedID string } }
	marloes.do(`mutation($i: DeleteSubmissionInput!) { deleteSubmission(input: $i) { deletedId } }`,
		map[string]any{"i": map[string]any{"id": sub.ID.String()}}).decode(t, &del)
	if _, err := ts.store(t).Open(context.Background(), video.String()); !errors.Is(err, blob.ErrNotFound) {
		t.Fatalf("the video's bytes survived the deletion: %v", err)
	}
	if fileStatus(t, ts, video) != "" {
		t.Fatalf("file row %q after deletion", fileStatus(t, ts, video))
	}
	// A handed-in submission is not hers to delete any more.
	res = marloes.do(`mutation($i: DeleteSubmissionInput!) { deleteSubmission(input: $i) { deletedId } }`,
		map[string]any{"i": map[string]any{"id": ids.marloesSub.String()}})
	wantCode(t, res, "CONFLICT", "")
}
