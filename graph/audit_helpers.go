package graph

import (
	"context"
	"slices"
	"strings"

	"github.com/google/uuid"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"leergang/db"
	"leergang/graph/auth"
	"leergang/graph/model"
)

// auditDenial records a FORBIDDEN answer: who was refused which field.
func auditDenial(ctx context.Context, out *gqlerror.Error) {
	var actorID *uuid.UUID
	if a := auth.Actor(ctx); a != nil {
		actorID = &a.PersonID
	}
	db.AuditDenial(ctx, actorID, "graphql", out.Path.String(), out.Message)
}

// auditDetails lists an entry's details sorted by key, for a stable display.
func auditDetails(detail map[string]string) []*model.AuditDetail {
	out := make([]*model.AuditDetail, 0, len(detail))
	for k, v := range detail {
		out = append(out, &model.AuditDetail{Key: k, Value: v})
	}
	slices.SortFunc(out, func(a, b *model.AuditDetail) int { return strings.Compare(a.Key, b.Key) })
	return out
}

func auditFilter(f *model.AuditFilter, page db.PageRequest) db.AuditFilter {
	out := db.AuditFilter{Page: page}
	if f != nil {
		out.Action, out.PersonID, out.From, out.To, out.Object = f.Action, f.PersonID, f.From, f.To, deref(f.Object)
	}
	return out
}
