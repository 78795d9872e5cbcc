package db

import (
	"context"

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

// AuditEntry is one line of the audit log: who did what to which object, in
// which request. It never carries a password or a token.
type AuditEntry struct {
	ActorID    *uuid.UUID
	Action     AuditAction
	ObjectType string // e.g. "file", "person", "dashboard"
	ObjectID   string
	// The person the object is about, when there is one (for the AVG export).
	SubjectID *uuid.UUID
	RequestID string
	// Short free details (e.g. the export format); values are stored as text.
	Detail map[string]string
}

// WriteAudit appends an entry to the audit log. Callers inside a transaction
// pass the transaction, so the entry lands with the change it records.
func WriteAudit(ctx context.Context, idb bun.IDB, e AuditEntry) error {
	// Filled in by the audit log work (Measurement issue); until then a no-op
	// so that callers can already record their actions.
	_, _, _ = ctx, idb, e
	return nil
}
