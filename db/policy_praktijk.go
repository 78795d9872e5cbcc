package db

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// The policy for praktijkopdrachten. Like policy.go, every read is scoped in
// SQL here and every write asks a Require function here.
//
//   - An opleider who may manage the leergang (CanManageLeergang) defines its
//     assignments and sees and reviews every submission of it.
//   - A deelnemer sees the assignments of the leergangen they are a group
//     member of, and only their own submissions and files.
//   - A directie or bestuur sees the status and dates of their staff's
//     submissions (ScopeSubmissionStatus, through ScopePeople), never the
//     content, the files or the comments.
//   - Everybody else sees nothing.

// ScopeAssignments limits a query over assignments (alias asg).
func (a *Actor) ScopeAssignments(q *bun.SelectQuery) *bun.SelectQuery {
	if a == nil {
		return q.Where(never)
	}
	if a.Has(RoleBeheerder) {
		return q
	}
	return q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
		q = q.WhereOr(`EXISTS (SELECT 1 FROM leergang_groups g JOIN group_members gm ON gm.group_id = g.id
			WHERE g.leergang_id = asg.leergang_id AND gm.person_id = ?)`, a.PersonID)
		if a.Has(RoleOpleider) {
			q = q.WhereOr("EXISTS (SELECT 1 FROM leergang_opleiders lo WHERE lo.leergang_id = asg.leergang_id AND lo.person_id = ?)", a.PersonID)
		}
		return q
	})
}

// ScopeSubmissions limits a query over submissions (alias sub) to those whose
// content the actor may see: their own, or all of a leergang they manage.
func (a *Actor) ScopeSubmissions(q *bun.SelectQuery) *bun.SelectQuery {
	if a == nil {
		return q.Where(never)
	}
	if a.Has(RoleBeheerder) {
		return q
	}
	return q.WhereGroup(" AND ", a.submissionContentOr)
}

// submissionContentOr adds the conditions under which the actor may see a
// submission's content, each as an OR.
func (a *Actor) submissionContentOr(q *bun.SelectQuery) *bun.SelectQuery {
	q = q.WhereOr("sub.person_id = ?", a.PersonID)
	if a.Has(RoleOpleider) {
		q = q.WhereOr(`EXISTS (SELECT 1 FROM assignments sa JOIN leergang_opleiders lo ON lo.leergang_id = sa.leergang_id
			WHERE sa.id = sub.assignment_id AND lo.person_id = ?)`, a.PersonID)
	}
	return q
}

// ScopeSubmissionStatus limits a query over submissions (alias sub) to those
// whose status the actor may see: every submission whose content they may see,
// and for a directie or bestuur those of the people ScopePeople shows them.
// A query scoped with it must select status columns only (SubmissionStatusRow).
func (a *Actor) ScopeSubmissionStatus(q *bun.SelectQuery) *bun.SelectQuery {
	if a == nil {
		return q.Where(never)
	}
	if a.Has(RoleBeheerder) {
		return q
	}
	return q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
		q = a.submissionContentOr(q)
		if a.Has(RoleDirectie) || a.Has(RoleBestuur) {
			staff := a.ScopePeople(q.DB().NewSelect().TableExpr("people AS p").ColumnExpr("1").Where("p.id = sub.person_id"))
			q = q.WhereOr("EXISTS (?)", staff)
		}
		return q
	})
}

// ScopeFiles limits a query over files (alias f) to those whose bytes the
// actor may read: their own uploads, for an opleider the files of handed-in
// versions of submissions in a leergang they manage, and for everyone the
// file of a document they may see (documentFileVisible, policy_onboarding.go).
// A directie or bestuur never reads a submission file of someone else.
func (a *Actor) ScopeFiles(q *bun.SelectQuery) *bun.SelectQuery {
	if a == nil {
		return q.Where(never)
	}
	if a.Has(RoleBeheerder) {
		return q
	}
	return q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
		q = q.WhereOr("f.owner_id = ?", a.PersonID)
		if a.Has(RoleOpleider) {
			q = q.WhereOr(`EXISTS (SELECT 1 FROM version_files vf
				JOIN submission_versions fv ON fv.id = vf.version_id AND fv.submitted_at IS NOT NULL
				JOIN submissions fs ON fs.id = fv.submission_id
				JOIN assignments sa ON sa.id = fs.assignment_id
				JOIN leergang_opleiders lo ON lo.leergang_id = sa.leergang_id
				WHERE vf.file_id = f.id AND lo.person_id = ?)`, a.PersonID)
		}
		return a.documentFileVisible(q)
	})
}

// RequireManageAssignments refuses anyone who may not define or review the
// praktijkopdrachten of the leergang.
func (a *Actor) RequireManageAssignments(ctx context.Context, idb bun.IDB, leergangID uuid.UUID) error {
	return requireManage(ctx, idb, a, leergangID, "Alleen een opleider van deze leergang beheert en beoordeelt de praktijkopdrachten.")
}

// RequireSubmitTo refuses anyone who is not a deelnemer (group member) of the
// assignment's leergang: only they hand in, and only for themselves.
func (a *Actor) RequireSubmitTo(ctx context.Context, idb bun.IDB, as *Assignment) error {
	if err := a.RequireSignedIn(); err != nil {
		return err
	}
	member, err := idb.NewSelect().TableExpr("group_members AS gm").Join("JOIN leergang_groups AS g ON g.id = gm.group_id").
		Where("g.leergang_id = ? AND gm.person_id = ?", as.LeergangID, a.PersonID).Exists(ctx)
	if err != nil {
		return err
	}
	if !member {
		return &ForbiddenError{Message: "Alleen deelnemers van deze leergang leveren deze praktijkopdracht in."}
	}
	return nil
}

// RequireUploadOwner lets only the person who started an upload continue,
// inspect or cancel it (tus PATCH, HEAD and DELETE).
func (a *Actor) RequireUploadOwner(ctx context.Context, idb bun.IDB, fileID uuid.UUID) error {
	if err := a.RequireSignedIn(); err != nil {
		return err
	}
	var owner uuid.UUID
	if err := idb.NewSelect().Table("files").Column("owner_id").Where("id = ?", fileID).Scan(ctx, &owner); err != nil {
		return notFoundOr(err, "Upload")
	}
	if owner != a.PersonID {
		return &ForbiddenError{Message: "Dit is niet jouw upload."}
	}
	return nil
}
