package db

import (
	"context"
	"log/slog"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// AuditAction names what an audit entry records.
type AuditAction string

const (
	AuditLogin           AuditAction = "login"
	AuditLoginFailed     AuditAction = "login_failed"
	AuditDenied          AuditAction = "denied"
	AuditRecordingViewed AuditAction = "recording_viewed"
	AuditExport          AuditAction = "export"
	AuditErasure         AuditAction = "erasure"
	AuditRolesChanged    AuditAction = "roles_changed"
)

func (a AuditAction) Valid() bool {
	return oneOf(a, AuditLogin, AuditLoginFailed, AuditDenied, AuditRecordingViewed, AuditExport, AuditErasure, AuditRolesChanged)
}

// AuditEntry is one line of the audit log: who did what to which object, in
// which request. It never carries a password or a token.
type AuditEntry struct {
	ActorID    *uuid.UUID
	Action     AuditAction
	ObjectType string // e.g. "file", "person", "dashboard"
	ObjectID   string
	// The person the object is about, when there is one (for the AVG export).
	SubjectID *uuid.UUID
	// Filled from the request (db.RequestInfo) when left empty.
	RequestID string
	IP        string
	// Short free details (e.g. the export format); values are stored as text.
	Detail map[string]string
}

// auditRow is the stored form of an AuditEntry (table audit_log).
type auditRow struct {
	bun.BaseModel `bun:"table:audit_log,alias:al"`

	ID         int64             `bun:",pk,autoincrement"`
	At         time.Time         `bun:",nullzero,notnull,default:current_timestamp"`
	ActorID    *uuid.UUID        `bun:"actor_id,type:uuid"`
	Action     AuditAction       `bun:",notnull"`
	ObjectType string            `bun:",notnull"`
	ObjectID   string            `bun:",notnull"`
	SubjectID  *uuid.UUID        `bun:"subject_id,type:uuid"`
	RequestID  string            `bun:",notnull"`
	IP         string            `bun:"ip,notnull"`
	Detail     map[string]string `bun:"detail,type:jsonb,notnull"`
}

// WriteAudit appends an entry to the audit log. Callers inside a transaction
// pass the transaction, so the entry lands with the change it records. Each
// value is a column of its own, so no input can forge a second entry; the
// optional log line carries them as slog attributes for the same reason.
func WriteAudit(ctx context.Context, idb bun.IDB, e AuditEntry) error {
	info := RequestInfoFrom(ctx)
	if e.RequestID == "" {
		e.RequestID = info.ID
	}
	if e.IP == "" {
		e.IP = info.IP
	}
	if e.Detail == nil {
		e.Detail = map[string]string{}
	}
	row := &auditRow{ActorID: e.ActorID, Action: e.Action, ObjectType: e.ObjectType, ObjectID: e.ObjectID,
		SubjectID: e.SubjectID, RequestID: e.RequestID, IP: e.IP, Detail: e.Detail}
	if _, err := idb.NewInsert().Model(row).Returning("id, at").Exec(ctx); err != nil {
		return err
	}
	if info.Log != nil {
		info.Log.LogAttrs(ctx, slog.LevelInfo, "audit", auditAttrs(row)...)
	}
	return nil
}

func auditAttrs(row *auditRow) []slog.Attr {
	attrs := []slog.Attr{
		slog.Int64("audit_id", row.ID), slog.String("request_id", row.RequestID),
		slog.String("action", string(row.Action)), slog.String("object_type", row.ObjectType),
		slog.String("object_id", row.ObjectID), slog.String("ip", row.IP),
	}
	if row.ActorID != nil {
		attrs = append(attrs, slog.String("actor_id", row.ActorID.String()))
	}
	if row.SubjectID != nil {
		attrs = append(attrs, slog.String("subject_id", row.SubjectID.String()))
	}
	detail := make([]any, 0, len(row.Detail))
	for k, v := range row.Detail {
		detail = append(detail, slog.String(k, v))
	}
	if len(detail) > 0 {
		attrs = append(attrs, slog.Group("detail", detail...))
	}
	return attrs
}

// AuditDenial records that the actor was refused (a FORBIDDEN answer) on the
// request's own connection pool, outside any transaction of the refused work.
// Recording is best effort: a denial is answered even when the log is down.
func AuditDenial(ctx context.Context, actorID *uuid.UUID, objectType, objectID, message string) {
	info := RequestInfoFrom(ctx)
	if info.DB == nil {
		return
	}
	err := WriteAudit(context.WithoutCancel(ctx), info.DB, AuditEntry{ActorID: actorID, Action: AuditDenied,
		ObjectType: objectType, ObjectID: objectID, Detail: map[string]string{"message": message}})
	if err != nil && info.Log != nil {
		info.Log.WarnContext(ctx, "writing the audit entry of a denial", "request_id", info.ID, "err", err)
	}
}
