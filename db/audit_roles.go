package db

import (
	"context"
	"slices"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// auditRoleChange records a change of a person's roles, with the old and the
// new roles, in the transaction that makes it. Nothing is written when the
// roles stay the same.
func auditRoleChange(ctx context.Context, idb bun.IDB, a *Actor, personID uuid.UUID, before, after []Role) error {
	oldRoles, newRoles := sortedRoles(before), sortedRoles(after)
	if slices.Equal(oldRoles, newRoles) {
		return nil
	}
	return WriteAudit(ctx, idb, AuditEntry{ActorID: &a.PersonID, Action: AuditRolesChanged, ObjectType: "person",
		ObjectID: personID.String(), SubjectID: &personID,
		Detail: map[string]string{"old_roles": strings.Join(oldRoles, ","), "new_roles": strings.Join(newRoles, ",")}})
}

func sortedRoles(roles []Role) []string {
	out := make([]string, 0, len(roles))
	for _, r := range roles {
		if !slices.Contains(out, string(r)) {
			out = append(out, string(r))
		}
	}
	slices.Sort(out)
	return out
}
