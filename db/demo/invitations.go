package demo

import (
	"context"

	"github.com/uptrace/bun"

	"leergang/db"
)

// loadInvitations sends the invited demo person a real invitation from the
// beheerder, so the outbox page shows a working link.
func loadInvitations(ctx context.Context, idb bun.IDB, w *world) error {
	id := w.people[InvitedEmail]
	_, err := db.QueueInvitation(ctx, idb, w.people[BeheerderEmail], id, "Tim Groenewoud", InvitedEmail, w.baseURL)
	return err
}
