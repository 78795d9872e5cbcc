package db

import (
	"context"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Feedback and feed forward on a handed-in version, the rubric scores, and the
// opleider's decision: afgerond or herkansing. The deelnemer sees feedback,
// scores and the opleider's comments once the feedback is published.

type ScoreInput struct {
	CriterionID uuid.UUID
	LevelID     uuid.UUID
}

type FeedbackInput struct {
	VersionID   uuid.UUID
	Feedback    string
	FeedForward string
	Scores      []ScoreInput
	// Publish shows the feedback to the deelnemer (status FEEDBACK_GEGEVEN);
	// without it the feedback is saved as work in progress (IN_BEOORDELING).
	Publish bool
}

const maxFeedbackText = 20000

// reviewTarget is a version with what the review rules need to know of it.
type reviewTarget struct {
	Version    *SubmissionVersion
	Submission *Submission
	Assignment *Assignment
}

// reviewedVersion loads a version the actor may review, its submission locked.
func reviewedVersion(ctx context.Context, idb bun.IDB, a *Actor, versionID uuid.UUID) (*reviewTarget, error) {
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
	as := new(Assignment)
	if err := idb.NewSelect().Model(as).Where("asg.id = ?", sub.AssignmentID).Scan(ctx); err != nil {
		return nil, err
	}
	if err := a.RequireManageAssignments(ctx, idb, as.LeergangID); err != nil {
		return nil, err
	}
	if err := idb.NewSelect().Model(sub).Where("sub.id = ?", sub.ID).For("UPDATE").Scan(ctx); err != nil {
		return nil, err
	}
	return &reviewTarget{Version: v, Submission: sub, Assignment: as}, nil
}

// SaveFeedback writes the feedback, feed forward and rubric scores of the
// newest handed-in version.
func SaveFeedback(ctx context.Context, idb bun.IDB, a *Actor, in FeedbackInput) (*Submission, error) {
	t, err := reviewedVersion(ctx, idb, a, in.VersionID)
	if err != nil {
		return nil, err
	}
	switch {
	case t.Version.SubmittedAt == nil:
		return nil, &ConflictError{Message: "Deze versie is nog niet ingeleverd."}
	case t.Version.Number != t.Submission.VersionCount:
		return nil, &ConflictError{Message: "Er is een nieuwere versie ingeleverd; geef daarop feedback."}
	case t.Submission.Status == SubmissionAfgerond || t.Submission.Status == SubmissionHerkansing || t.Submission.Status == SubmissionConcept:
		return nil, &ConflictError{Message: "Over deze inzending is al besloten; de feedback kan niet meer veranderen."}
	}
	in.Feedback, in.FeedForward = strings.TrimSpace(in.Feedback), strings.TrimSpace(in.FeedForward)
	var v Validator
	maxText(&v, "feedback", in.Feedback, maxFeedbackText)
	maxText(&v, "feedForward", in.FeedForward, maxFeedbackText)
	if in.Publish && in.Feedback == "" && in.FeedForward == "" {
		v.Add("feedback", "required", "Schrijf feedback of feed forward voordat je de feedback geeft.")
	}
	scores, err := validScores(ctx, idb, t.Assignment.ID, in.Scores, &v)
	if err != nil {
		return nil, err
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	_, err = idb.NewRaw(`INSERT INTO feedback (version_id, author_id, feedback, feed_forward, published_at, updated_at)
		VALUES (?0, ?1, ?2, ?3, CASE WHEN ?4 THEN now() END, now())
		ON CONFLICT (version_id) DO UPDATE SET author_id = EXCLUDED.author_id, feedback = EXCLUDED.feedback,
			feed_forward = EXCLUDED.feed_forward, updated_at = now(),
			published_at = coalesce(feedback.published_at, EXCLUDED.published_at)`,
		t.Version.ID, a.PersonID, in.Feedback, in.FeedForward, in.Publish).Exec(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := idb.NewRaw("DELETE FROM rubric_scores WHERE version_id = ?", t.Version.ID).Exec(ctx); err != nil {
		return nil, err
	}
	if len(scores) > 0 {
		for _, s := range scores {
			s.VersionID = t.Version.ID
		}
		if _, err := idb.NewInsert().Model(&scores).Exec(ctx); err != nil {
			return nil, err
		}
	}
	status, given := SubmissionInBeoordeling, "feedback_given_at"
	if in.Publish || t.Submission.Status == SubmissionFeedbackGegeven {
		status, given = SubmissionFeedbackGegeven, "coalesce(feedback_given_at, now())"
	}
	if _, err := idb.NewRaw("UPDATE submissions SET status = ?, feedback_given_at = "+given+", updated_at = now() WHERE id = ?",
		status, t.Submission.ID).Exec(ctx); err != nil {
		return nil, err
	}
	return GetSubmission(ctx, idb, a, t.Submission.ID)
}

// validScores checks that every score names a criterion of the assignment's
// rubric once, with one of that criterion's levels.
func validScores(ctx context.Context, idb bun.IDB, assignmentID uuid.UUID, in []ScoreInput, v *Validator) ([]*RubricScore, error) {
	if len(in) == 0 {
		return nil, nil
	}
	rubric, err := RubricsByAssignment(ctx, idb, []uuid.UUID{assignmentID})
	if err != nil {
		return nil, err
	}
	levels := map[uuid.UUID]map[uuid.UUID]bool{}
	for _, c := range rubric[assignmentID] {
		levels[c.ID] = map[uuid.UUID]bool{}
		for _, l := range c.Levels {
			levels[c.ID][l.ID] = true
		}
	}
	out := make([]*RubricScore, 0, len(in))
	seen := map[uuid.UUID]bool{}
	for _, s := range in {
		switch {
		case levels[s.CriterionID] == nil:
			v.Add("scores", "unknown_criterion", "Dit criterium hoort niet bij de rubric van deze praktijkopdracht.")
			return nil, nil
		case !levels[s.CriterionID][s.LevelID]:
			v.Add("scores", "unknown_level", "Kies een niveau van dit criterium.")
			return nil, nil
		case seen[s.CriterionID]:
			v.Add("scores", "duplicate", "Elk criterium krijgt één score.")
			return nil, nil
		}
		seen[s.CriterionID] = true
		out = append(out, &RubricScore{CriterionID: s.CriterionID, LevelID: s.LevelID})
	}
	return out, nil
}

// Decide closes a submission after feedback: AFGEROND starts the retention
// period of its files (they are deleted retentionMonths later); HERKANSING
// gives the deelnemer a new draft, a copy of the last version, to hand in again.
func Decide(ctx context.Context, idb bun.IDB, a *Actor, submissionID uuid.UUID, outcome SubmissionOutcome, retentionMonths int, now time.Time) (*Submission, error) {
	sub, err := GetSubmission(ctx, idb, a, submissionID)
	if err != nil {
		return nil, err
	}
	var leergangID uuid.UUID
	if err := idb.NewSelect().Table("assignments").Column("leergang_id").Where("id = ?", sub.AssignmentID).Scan(ctx, &leergangID); err != nil {
		return nil, err
	}
	if err := a.RequireManageAssignments(ctx, idb, leergangID); err != nil {
		return nil, err
	}
	if err := idb.NewSelect().Model(sub).Where("sub.id = ?", sub.ID).For("UPDATE").Scan(ctx); err != nil {
		return nil, err
	}
	if sub.Status != SubmissionFeedbackGegeven {
		return nil, &ConflictError{Message: "Besluit pas over een inzending nadat je er feedback op hebt gegeven."}
	}
	switch outcome {
	case OutcomeAfgerond:
		expire := now.AddDate(0, retentionMonths, 0)
		_, err = idb.NewRaw(`UPDATE submissions SET status = ?, completed_at = ?, files_expire_at = ?, updated_at = now() WHERE id = ?`,
			SubmissionAfgerond, now, expire, sub.ID).Exec(ctx)
	case OutcomeHerkansing:
		if _, err = idb.NewRaw(`UPDATE submissions SET status = ?, updated_at = now() WHERE id = ?`, SubmissionHerkansing, sub.ID).Exec(ctx); err != nil {
			return nil, err
		}
		err = copyToNewDraft(ctx, idb, sub.ID)
	default:
		return nil, Invalid("outcome", "required", "Kies afgerond of herkansing.")
	}
	if err != nil {
		return nil, err
	}
	return GetSubmission(ctx, idb, a, sub.ID)
}

// copyToNewDraft starts the next version from the last one: same parts,
// reflection and consent, so the deelnemer only changes what the feedback asks.
func copyToNewDraft(ctx context.Context, idb bun.IDB, submissionID uuid.UUID) error {
	var id uuid.UUID
	err := idb.NewRaw(`INSERT INTO submission_versions (submission_id, number, reflection, written_text, shows_pupils,
			consent_confirmed_by, consent_confirmed_at)
		SELECT submission_id, number + 1, reflection, written_text, shows_pupils, consent_confirmed_by, consent_confirmed_at
		FROM submission_versions WHERE submission_id = ? ORDER BY number DESC LIMIT 1
		RETURNING id`, submissionID).Scan(ctx, &id)
	if err != nil {
		return err
	}
	_, err = idb.NewRaw(`INSERT INTO version_files (version_id, file_id, role, position)
		SELECT ?, vf.file_id, vf.role, vf.position FROM version_files vf
		JOIN files f ON f.id = vf.file_id AND f.status = 'ready'
		WHERE vf.version_id = (SELECT id FROM submission_versions WHERE submission_id = ? AND number = (
			SELECT max(number) - 1 FROM submission_versions WHERE submission_id = ?))`, id, submissionID, submissionID).Exec(ctx)
	return err
}

// FeedbackByVersion returns the feedback (with scores) of versions the actor
// may see the content of; a deelnemer sees it only once it is published.
func FeedbackByVersion(ctx context.Context, idb bun.IDB, a *Actor, versionIDs []uuid.UUID) (map[uuid.UUID]*Feedback, error) {
	out := map[uuid.UUID]*Feedback{}
	if a == nil {
		return out, nil
	}
	var rows []*Feedback
	q := idb.NewSelect().Model(&rows).
		Join("JOIN submission_versions AS sv ON sv.id = fb.version_id").
		Join("JOIN submissions AS sub ON sub.id = sv.submission_id").
		Where("fb.version_id IN (?)", bun.In(versionIDs)).
		Where("(fb.published_at IS NOT NULL OR sub.person_id <> ?)", a.PersonID)
	if err := a.ScopeSubmissions(q).Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	if len(rows) == 0 {
		return out, nil
	}
	ids := make([]uuid.UUID, len(rows))
	for i, f := range rows {
		f.Scores = []*RubricScore{}
		out[f.VersionID], ids[i] = f, f.VersionID
	}
	var scores []*RubricScore
	err := idb.NewSelect().Model(&scores).Join("JOIN rubric_criteria AS rc ON rc.id = rs.criterion_id").
		Where("rs.version_id IN (?)", bun.In(ids)).OrderExpr("rs.version_id, rc.position").Scan(ctx)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	for _, s := range scores {
		out[s.VersionID].Scores = append(out[s.VersionID].Scores, s)
	}
	return out, nil
}
