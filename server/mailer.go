package main

import (
	"log/slog"

	"leergang/db"
)

// logMailer is the mailer when no mail server is configured: the message stays
// in the outbox (readable by beheerders) and its text goes to the log, so the
// invitation link is at hand on a developer's machine.
type logMailer struct{ log *slog.Logger }

func (m logMailer) Queued(msg *db.OutboxMessage) {
	if msg == nil {
		return
	}
	m.log.Info("mail queued; no mail server configured, read it in the outbox", "to", msg.Recipient,
		"subject", msg.Subject, "body", msg.Body)
}
