package db

import (
	"context"
	"math"
	"slices"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Timestamped comments on the video of a version. An opleider comments on a
// handed-in version (sterk punt, tip or vraag, tagged with an aspect); the
// deelnemer adds self-reflection comments to their draft before handing it in,
// and replies to the opleider's comments once the feedback is published.

type CommentInput struct {
	VersionID uuid.UUID
	Seconds   float64
	Kind      CommentKind
	Aspect    string
	Body      string
}

const (
	maxCommentBody = 4000
	maxSeconds     = 24 * 60 * 60
)

// commentTarget is a version with its submission and assignment, visible to the actor.
type commentTarget struct {
	version    *SubmissionVersion
	submission *Submission
	assignment *Assignment
	manage     bool
	published  bool
}

func loadCommentTarget(ctx context.Context, idb bun.IDB, a *Actor, versionID uuid.UUID) (*commentTarget, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	v := new(SubmissionVersion)
	if err := selectVersions(idb, v).Where("sv.id = ?", versionID).Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Versie")
	}
	sub, err := GetSubmission(ctx, idb, a, v.SubmissionID)
	if err != nil {
		return nil, err
	}
	t := &commentTarget{version: v, submission: sub, assignment: new(Assignment)}
	if err := idb.NewSelect().Model(t.assignment).Where("asg.id = ?", sub.AssignmentID).Scan(ctx); err != nil {
		return nil, err
	}
	if t.manage, err = a.CanManageLeergang(ctx, idb, t.assignment.LeergangID); err != nil {
		return nil, err
	}
	if sub.PersonID != a.PersonID && v.SubmittedAt == nil {
		// Someone else's draft is not visible, not even to the leergang's opleiders.
		return nil, &ForbiddenError{Message: "Deze versie is nog niet ingeleverd."}
	}
	if t.published, err = idb.NewSelect().Table("feedback").Where("version_id = ? AND published_at IS NOT NULL", v.ID).Exists(ctx); err != nil {
		return nil, err
	}
	return t, nil
}

// AddComment places a comment at a moment of the version's video.
func AddComment(ctx context.Context, idb bun.IDB, a *Actor, in CommentInput) (*VideoComment, error) {
	t, err := loadCommentTarget(ctx, idb, a, in.VersionID)
	if err != nil {
		return nil, err
	}
	own := t.submission.PersonID == a.PersonID
	switch {
	case own && t.version.SubmittedAt != nil:
		return nil, &ConflictError{Message: "Deze versie is ingeleverd. Je kunt nu alleen nog reageren op de opmerkingen van je opleider."}
	case !own && !t.manage:
		return nil, &ForbiddenError{Message: "Alleen een opleider van deze leergang zet opmerkingen bij deze video."}
	case !own && t.submission.Status == SubmissionAfgerond:
		return nil, &ConflictError{Message: "Deze inzending is afgerond; er kunnen geen opmerkingen meer bij."}
	case t.version.VideoFileID == nil:
		return nil, &ConflictError{Message: "Bij deze versie hoort geen video."}
	}
	in.Aspect, in.Body = strings.Join(strings.Fields(in.Aspect), " "), strings.TrimSpace(in.Body)
	var v Validator
	if math.IsNaN(in.Seconds) || in.Seconds < 0 || in.Seconds > maxSeconds {
		v.Add("seconds", "out_of_range", "Kies een moment in de video.")
	}
	switch {
	case own && in.Kind != CommentZelfreflectie:
		v.Add("kind", "invalid", "Je eigen opmerkingen bij je video zijn zelfreflectie.")
	case !own && (!in.Kind.Valid() || in.Kind == CommentZelfreflectie):
		v.Add("kind", "invalid", "Kies sterk punt, tip of vraag.")
	}
	switch {
	case !own && len(t.assignment.Aspects) > 0 && !slices.Contains(t.assignment.Aspects, in.Aspect):
		v.Add("aspect", "unknown_aspect", "Kies een aspect van deze praktijkopdracht.")
	case len([]rune(in.Aspect)) > maxAspectLen:
		v.Add("aspect", "too_long", "Het aspect is te lang.")
	}
	requireText(&v, "body", in.Body, maxCommentBody)
	if err := v.Err(); err != nil {
		return nil, err
	}
	kind, by := in.Kind, a.PersonID
	c := &VideoComment{VersionID: t.version.ID, AuthorID: &by, Seconds: math.Round(in.Seconds*100) / 100, Kind: &kind, Aspect: in.Aspect, Body: in.Body}
	if _, err := idb.NewInsert().Model(c).Returning("*").Exec(ctx); err != nil {
		return nil, err
	}
	if !own && t.submission.Status == SubmissionIngeleverd {
		if _, err := idb.NewRaw("UPDATE submissions SET status = ?, updated_at = now() WHERE id = ?", SubmissionInBeoordeling, t.submission.ID).Exec(ctx); err != nil {
			return nil, err
		}
	}
	c.Replies = []*VideoComment{}
	return c, nil
}

// ReplyToComment answers a comment; a reply to a reply joins the same thread.
func ReplyToComment(ctx context.Context, idb bun.IDB, a *Actor, commentID uuid.UUID, body string) (*VideoComment, error) {
	parent := new(VideoComment)
	if err := idb.NewSelect().Model(parent).Where("vc.id = ?", commentID).Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Opmerking")
	}
	if parent.ParentID != nil {
		if err := idb.NewSelect().Model(parent).Where("vc.id = ?", *parent.ParentID).Scan(ctx); err != nil {
			return nil, err
		}
	}
	t, err := loadCommentTarget(ctx, idb, a, parent.VersionID)
	if err != nil {
		return nil, err
	}
	own := t.submission.PersonID == a.PersonID
	switch {
	case !own && !t.manage:
		return nil, &ForbiddenError{Message: "Je kunt niet reageren bij deze video."}
	case own && !t.published && !sameID(parent.AuthorID, &a.PersonID):
		// The opleider's comments reach the deelnemer with the feedback.
		return nil, &ForbiddenError{Message: "Je hebt geen toegang tot deze opmerking."}
	}
	body = strings.TrimSpace(body)
	var v Validator
	requireText(&v, "body", body, maxCommentBody)
	if err := v.Err(); err != nil {
		return nil, err
	}
	by := a.PersonID
	c := &VideoComment{VersionID: parent.VersionID, AuthorID: &by, ParentID: &parent.ID, Seconds: parent.Seconds, Aspect: parent.Aspect, Body: body}
	if _, err := idb.NewInsert().Model(c).Returning("*").Exec(ctx); err != nil {
		return nil, err
	}
	c.Replies = []*VideoComment{}
	return c, nil
}

// DeleteComment removes the actor's own comment (with its replies): a
// deelnemer's self-reflection while the version is a draft, an opleider's
// comment while the feedback is not published, and a reply at any time.
func DeleteComment(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) error {
	c := new(VideoComment)
	if err := idb.NewSelect().Model(c).Where("vc.id = ?", id).Scan(ctx); err != nil {
		return notFoundOr(err, "Opmerking")
	}
	t, err := loadCommentTarget(ctx, idb, a, c.VersionID)
	if err != nil {
		return err
	}
	switch {
	case !sameID(c.AuthorID, &a.PersonID):
		return &ForbiddenError{Message: "Je kunt alleen je eigen opmerkingen verwijderen."}
	case c.ParentID == nil && t.submission.PersonID == a.PersonID && t.version.SubmittedAt != nil:
		return &ConflictError{Message: "Deze versie is ingeleverd; je zelfreflectie blijft erbij."}
	case c.ParentID == nil && t.submission.PersonID != a.PersonID && t.published:
		return &ConflictError{Message: "De feedback is gegeven; deze opmerking blijft erbij."}
	}
	_, err = idb.NewDelete().Model((*VideoComment)(nil)).Where("id = ?", id).Exec(ctx)
	return err
}

// CommentsByVersion returns the comments of versions the actor may see, by
// moment in the video, each with its replies. The deelnemer sees their own
// comments, and the opleider's once the feedback of the version is published.
func CommentsByVersion(ctx context.Context, idb bun.IDB, a *Actor, versionIDs []uuid.UUID) (map[uuid.UUID][]*VideoComment, error) {
	out := map[uuid.UUID][]*VideoComment{}
	if a == nil {
		return out, nil
	}
	var rows []*VideoComment
	q := idb.NewSelect().Model(&rows).
		Join("JOIN submission_versions AS sv ON sv.id = vc.version_id").
		Join("JOIN submissions AS sub ON sub.id = sv.submission_id").
		Where("vc.version_id IN (?)", bun.In(versionIDs)).
		Where("(sv.submitted_at IS NOT NULL OR sub.person_id = ?)", a.PersonID).
		Where(`(sub.person_id <> ?0 OR vc.author_id = ?0 OR (vc.parent_id IS NOT NULL AND EXISTS (
				SELECT 1 FROM video_comments top WHERE top.id = vc.parent_id AND top.author_id = ?0))
			OR EXISTS (SELECT 1 FROM feedback fb WHERE fb.version_id = vc.version_id AND fb.published_at IS NOT NULL))`, a.PersonID)
	if err := a.ScopeSubmissions(q).OrderExpr("vc.version_id, vc.seconds, vc.created_at, vc.id").Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	top := map[uuid.UUID]*VideoComment{}
	for _, c := range rows {
		c.Replies = []*VideoComment{}
		if c.ParentID == nil {
			top[c.ID] = c
			out[c.VersionID] = append(out[c.VersionID], c)
		}
	}
	for _, c := range rows {
		if c.ParentID != nil {
			if p := top[*c.ParentID]; p != nil {
				p.Replies = append(p.Replies, c)
			}
		}
	}
	return out, nil
}
