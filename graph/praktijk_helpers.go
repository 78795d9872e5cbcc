package graph

import (
	"context"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/graph/loaders"
	"leergang/graph/model"
)

// Helpers of praktijkopdracht.resolvers.go, kept here because gqlgen removes
// non-resolver code from *.resolvers.go when it regenerates.

// Praktijk is what the praktijkopdrachten resolvers need beyond the database.
type Praktijk struct {
	// RetentionMonths: files are deleted this long after a submission is afgerond.
	RetentionMonths int
	// PurgeFiles removes the bytes of files marked for deletion; it runs after
	// a transaction that marked some has committed (a periodic job retries).
	PurgeFiles func(ctx context.Context)
}

func (p Praktijk) purge(ctx context.Context) {
	if p.PurgeFiles != nil {
		p.PurgeFiles(ctx)
	}
}

func assignmentInput(f *model.AssignmentFields) *db.AssignmentInput {
	in := &db.AssignmentInput{LeerjaarID: f.LeerjaarID, Title: f.Title, Instructions: deref(f.Instructions), DueOn: f.DueOn,
		Parts: f.Parts, Aspects: f.Aspects}
	for _, c := range f.Rubric {
		rc := db.RubricCriterionInput{Title: c.Title, Description: deref(c.Description)}
		for _, l := range c.Levels {
			lvl := db.RubricLevelInput{Label: l.Label, Description: deref(l.Description)}
			if l.Points != nil {
				lvl.Points = *l.Points
			}
			rc.Levels = append(rc.Levels, lvl)
		}
		in.Rubric = append(in.Rubric, rc)
	}
	return in
}

func draftInput(in model.SaveSubmissionDraftInput) db.DraftInput {
	return db.DraftInput{AssignmentID: in.AssignmentID, Reflection: deref(in.Reflection), WrittenText: deref(in.Text),
		VideoFileID: in.VideoFileID, DocumentFileID: in.DocumentFileID, AttachmentFileIDs: in.AttachmentFileIds,
		ShowsPupils: in.ShowsPupils, ConfirmConsent: in.ConfirmConsent != nil && *in.ConfirmConsent}
}

func feedbackInput(in model.SaveFeedbackInput) db.FeedbackInput {
	out := db.FeedbackInput{VersionID: in.VersionID, Feedback: deref(in.Feedback), FeedForward: deref(in.FeedForward), Publish: in.Publish}
	for _, s := range in.Scores {
		out.Scores = append(out.Scores, db.ScoreInput{CriterionID: s.CriterionID, LevelID: s.LevelID})
	}
	return out
}

// submissionWrite runs a submission mutation in one transaction.
func (r *Resolver) submissionWrite(ctx context.Context, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) (*db.Submission, error)) (*model.SubmissionPayload, error) {
	return writePayload(ctx, r.DB, fn, func(s *db.Submission) *model.SubmissionPayload { return &model.SubmissionPayload{Submission: s} })
}

func (r *Resolver) commentWrite(ctx context.Context, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) (*db.VideoComment, error)) (*model.VideoCommentPayload, error) {
	return writePayload(ctx, r.DB, fn, func(c *db.VideoComment) *model.VideoCommentPayload { return &model.VideoCommentPayload{Comment: c} })
}

// deleted runs a delete in one transaction and answers its id.
func (r *Resolver) deleted(ctx context.Context, id uuid.UUID, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) error) (*model.DeletePayload, error) {
	return writePayload(ctx, r.DB, func(ctx context.Context, tx bun.Tx, a *db.Actor) (struct{}, error) {
		return struct{}{}, fn(ctx, tx, a)
	}, func(struct{}) *model.DeletePayload { return &model.DeletePayload{DeletedID: id} })
}

func submissionConnection(p db.Page[*db.Submission]) *model.SubmissionConnection {
	conn := &model.SubmissionConnection{Nodes: p.Items, PageInfo: pageInfo(p), TotalCount: p.TotalCount, Edges: []*model.SubmissionEdge{}}
	for i, s := range p.Items {
		conn.Edges = append(conn.Edges, &model.SubmissionEdge{Cursor: cursorAt(p, i), Node: s})
	}
	return conn
}

func statusConnection(p db.Page[*db.SubmissionStatusRow]) *model.SubmissionStatusConnection {
	conn := &model.SubmissionStatusConnection{Nodes: p.Items, PageInfo: pageInfo(p), TotalCount: p.TotalCount, Edges: []*model.SubmissionStatusEdge{}}
	for i, s := range p.Items {
		conn.Edges = append(conn.Edges, &model.SubmissionStatusEdge{Cursor: cursorAt(p, i), Node: s})
	}
	return conn
}

// optionalFile loads a version's file, or nil when there is none.
func optionalFile(ctx context.Context, id *uuid.UUID) (*db.StoredFile, error) {
	if id == nil {
		return nil, nil
	}
	return loaders.Optional(ctx, loaders.For(ctx).FileByID, *id)
}

func fileURL(f *db.StoredFile, query string) *string {
	if f.Status != db.FileReady {
		return nil
	}
	u := "/files/" + f.ID.String() + query
	return &u
}

func optionalPerson(ctx context.Context, id *uuid.UUID) (*db.Person, error) {
	if id == nil {
		return nil, nil
	}
	return loaders.Optional(ctx, loaders.For(ctx).PersonByID, *id)
}

// nowFunc is the clock of decisions, a variable for tests.
var nowFunc = time.Now
