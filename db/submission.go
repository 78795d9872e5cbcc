package db

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Reading submissions and their versions. Content is scoped by
// ScopeSubmissions (the deelnemer themselves and the leergang's opleiders);
// the status view for directie and bestuur by ScopeSubmissionStatus, into a
// type without content fields.

func selectSubmissions(idb bun.IDB, model any) *bun.SelectQuery {
	return idb.NewSelect().Model(model).Column("sub.*").
		ColumnExpr("(SELECT coalesce(max(sv.number), 0) FROM submission_versions sv WHERE sv.submission_id = sub.id) AS version_count")
}

func GetSubmission(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*Submission, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	s := new(Submission)
	err := a.ScopeSubmissions(selectSubmissions(idb, s).Where("sub.id = ?", id)).Scan(ctx)
	return s, visibleOr(ctx, idb, err, "submissions", id, "Inzending", "Je hebt geen toegang tot deze inzending.")
}

// MySubmissions returns the actor's own submissions, most recently changed first.
func MySubmissions(ctx context.Context, idb bun.IDB, a *Actor) ([]*Submission, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	out := []*Submission{}
	err := selectSubmissions(idb, &out).Where("sub.person_id = ?", a.PersonID).
		OrderExpr("sub.updated_at DESC, sub.id").Limit(MaxPageSize).Scan(ctx)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	return out, nil
}

// MySubmissionsByAssignment returns the actor's own submission per assignment, in one statement.
func MySubmissionsByAssignment(ctx context.Context, idb bun.IDB, a *Actor, assignmentIDs []uuid.UUID) (map[uuid.UUID]*Submission, error) {
	out := map[uuid.UUID]*Submission{}
	if a == nil {
		return out, nil
	}
	var rows []*Submission
	err := selectSubmissions(idb, &rows).Where("sub.person_id = ? AND sub.assignment_id IN (?)", a.PersonID, bun.In(assignmentIDs)).Scan(ctx)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	for _, s := range rows {
		out[s.AssignmentID] = s
	}
	return out, nil
}

type SubmissionFilter struct {
	Status *SubmissionStatus
	Page   PageRequest
}

// ListSubmissions returns the submissions of an assignment for its opleiders,
// by the deelnemer's name, one page at a time. Submissions that are still a
// first draft are listed with status CONCEPT but show no draft content.
func ListSubmissions(ctx context.Context, idb bun.IDB, a *Actor, assignmentID uuid.UUID, f SubmissionFilter) (Page[*Submission], error) {
	as, err := GetAssignment(ctx, idb, a, assignmentID)
	if err != nil {
		return Page[*Submission]{}, err
	}
	if err := a.RequireManageAssignments(ctx, idb, as.LeergangID); err != nil {
		return Page[*Submission]{}, err
	}
	var rows []*Submission
	q := selectSubmissions(idb, &rows).ColumnExpr("count(*) OVER () AS total_count").
		Join("JOIN people AS p ON p.id = sub.person_id").Where("sub.assignment_id = ?", as.ID)
	if f.Status != nil {
		q = q.Where("sub.status = ?", *f.Status)
	}
	q = a.ScopeSubmissions(q).OrderExpr("lower(p.name), sub.id")
	return fetchPage(ctx, q, &rows, f.Page, func(s *Submission) int { return s.TotalCount })
}

func selectVersions(idb bun.IDB, model any) *bun.SelectQuery {
	return idb.NewSelect().Model(model).Column("sv.*").
		ColumnExpr("(SELECT vf.file_id FROM version_files vf WHERE vf.version_id = sv.id AND vf.role = 'video') AS video_file_id").
		ColumnExpr("(SELECT vf.file_id FROM version_files vf WHERE vf.version_id = sv.id AND vf.role = 'document') AS document_file_id").
		ColumnExpr("ARRAY(SELECT vf.file_id FROM version_files vf WHERE vf.version_id = sv.id AND vf.role = 'attachment' ORDER BY vf.position) AS attachment_ids")
}

// VersionsBySubmission returns the versions of visible submissions, newest
// first. A draft is the deelnemer's own work in progress: only they see it.
func VersionsBySubmission(ctx context.Context, idb bun.IDB, a *Actor, submissionIDs []uuid.UUID) (map[uuid.UUID][]*SubmissionVersion, error) {
	out := map[uuid.UUID][]*SubmissionVersion{}
	if a == nil {
		return out, nil
	}
	var rows []*SubmissionVersion
	q := selectVersions(idb, &rows).Join("JOIN submissions AS sub ON sub.id = sv.submission_id").
		Where("sv.submission_id IN (?)", bun.In(submissionIDs)).
		Where("(sv.submitted_at IS NOT NULL OR sub.person_id = ?)", a.PersonID)
	if err := a.ScopeSubmissions(q).OrderExpr("sv.submission_id, sv.number DESC").Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	for _, v := range rows {
		out[v.SubmissionID] = append(out[v.SubmissionID], v)
	}
	return out, nil
}

type SubmissionStatusFilter struct {
	LeergangID *uuid.UUID
	SchoolID   *uuid.UUID
	Page       PageRequest
}

// ListSubmissionStatuses is the status view: status and dates of every
// submission the actor may follow (ScopeSubmissionStatus), by person and due
// date, one page at a time. It selects no content column at all.
func ListSubmissionStatuses(ctx context.Context, idb bun.IDB, a *Actor, f SubmissionStatusFilter) (Page[*SubmissionStatusRow], error) {
	if err := a.RequireSignedIn(); err != nil {
		return Page[*SubmissionStatusRow]{}, err
	}
	if f.SchoolID != nil {
		if _, err := GetSchool(ctx, idb, a, *f.SchoolID); err != nil {
			return Page[*SubmissionStatusRow]{}, err
		}
	}
	var rows []*SubmissionStatusRow
	q := idb.NewSelect().Model(&rows).
		Join("JOIN assignments AS asg ON asg.id = sub.assignment_id").
		Join("JOIN leergangen AS l ON l.id = asg.leergang_id").
		Join("JOIN leerjaren AS lj ON lj.id = asg.leerjaar_id").
		Join("JOIN people AS p ON p.id = sub.person_id").
		ColumnExpr("sub.id AS submission_id, sub.person_id, asg.title AS assignment_title, l.name AS leergang_name").
		ColumnExpr("lj.number AS leerjaar_number, asg.due_on, sub.status, sub.handed_in_at, sub.feedback_given_at, sub.completed_at").
		ColumnExpr("(SELECT coalesce(max(sv.number), 0) FROM submission_versions sv WHERE sv.submission_id = sub.id) AS version").
		ColumnExpr("count(*) OVER () AS total_count")
	if f.LeergangID != nil {
		q = q.Where("asg.leergang_id = ?", *f.LeergangID)
	}
	if f.SchoolID != nil {
		q = q.Where("EXISTS (SELECT 1 FROM person_schools ps WHERE ps.person_id = sub.person_id AND ps.school_id = ?)", *f.SchoolID)
	}
	q = a.ScopeSubmissionStatus(q).OrderExpr("lower(p.name), p.id, asg.due_on, asg.id")
	return fetchPage(ctx, q, &rows, f.Page, func(r *SubmissionStatusRow) int { return r.TotalCount })
}
