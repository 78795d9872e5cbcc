package db

import (
	"context"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// AuditRecord is a stored audit entry as the beheerder reads it, with the
// names of the actor and the subject as they are now (empty once erased).
type AuditRecord struct {
	bun.BaseModel `bun:"table:audit_log,alias:al"`

	ID          int64             `bun:",pk"`
	At          time.Time         `bun:",notnull"`
	ActorID     *uuid.UUID        `bun:"actor_id,type:uuid"`
	Action      AuditAction       `bun:",notnull"`
	ObjectType  string            `bun:",notnull"`
	ObjectID    string            `bun:",notnull"`
	SubjectID   *uuid.UUID        `bun:"subject_id,type:uuid"`
	RequestID   string            `bun:",notnull"`
	IP          string            `bun:"ip,notnull"`
	Detail      map[string]string `bun:"detail,type:jsonb"`
	ActorName   *string           `bun:",scanonly"`
	SubjectName *string           `bun:",scanonly"`
	TotalCount  int               `bun:",scanonly"`
}

// AuditFilter narrows the audit log. From and To are calendar days in the
// Netherlands (To inclusive); Object matches object type, id or details.
type AuditFilter struct {
	Action   *AuditAction
	PersonID *uuid.UUID // actor or subject
	From, To *time.Time
	Object   string
	Page     PageRequest
}

// ListAudit returns the audit log newest first, one statement per page.
func ListAudit(ctx context.Context, idb bun.IDB, a *Actor, f AuditFilter) (Page[*AuditRecord], error) {
	if err := a.RequireReadAudit(); err != nil {
		return Page[*AuditRecord]{}, err
	}
	if f.From != nil && f.To != nil && f.To.Before(*f.From) {
		return Page[*AuditRecord]{}, Invalid("to", "before_from", "De einddatum ligt vóór de begindatum.")
	}
	var rows []*AuditRecord
	q := idb.NewSelect().Model(&rows).Column("al.*").
		ColumnExpr("(SELECT p.name FROM people p WHERE p.id = al.actor_id) AS actor_name").
		ColumnExpr("(SELECT p.name FROM people p WHERE p.id = al.subject_id) AS subject_name").
		ColumnExpr("count(*) OVER () AS total_count")
	q = a.ScopeAuditLog(q)
	if f.Action != nil {
		q = q.Where("al.action = ?", *f.Action)
	}
	if f.PersonID != nil {
		q = q.Where("(al.actor_id = ? OR al.subject_id = ?)", *f.PersonID, *f.PersonID)
	}
	if f.From != nil {
		q = q.Where("al.at >= (?::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'", f.From.Format(time.DateOnly))
	}
	if f.To != nil {
		q = q.Where("al.at < (?::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'", f.To.Format(time.DateOnly))
	}
	if s := strings.TrimSpace(f.Object); s != "" {
		pat := likePattern(s)
		q = q.Where("(al.object_type ILIKE ? OR al.object_id ILIKE ? OR al.detail::text ILIKE ?)", pat, pat, pat)
	}
	q = q.OrderExpr("al.at DESC, al.id DESC")
	return fetchPage(ctx, q, &rows, f.Page, func(r *AuditRecord) int { return r.TotalCount })
}
