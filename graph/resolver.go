// Package graph holds the GraphQL resolvers: thin functions that read the
// request context and call db or a loader.
package graph

import (
	"log/slog"

	"github.com/uptrace/bun"

	"leergang/db"
)

// Resolver is the dependency injection point for every resolver.
type Resolver struct {
	DB       *bun.DB
	Log      *slog.Logger
	BaseURL  string
	Sessions db.SessionLimits
	Mailer   Mailer
	Praktijk Praktijk
}

// Mailer is told about each queued mail after its transaction commits.
type Mailer interface {
	Queued(msg *db.OutboxMessage)
}
