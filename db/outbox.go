package db

import (
	"context"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// OutboxMessage is a mail written in the same transaction as the change that
// causes it, so no invitation is lost when delivery fails or no server is set up.
type OutboxMessage struct {
	bun.BaseModel `bun:"table:outbox_messages,alias:m"`

	ID        uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	Recipient string     `bun:",notnull"`
	Subject   string     `bun:",notnull"`
	Body      string     `bun:",notnull"`
	CreatedAt time.Time  `bun:",nullzero,notnull,default:current_timestamp"`
	SentAt    *time.Time `bun:"sent_at"`
	Attempts  int        `bun:",notnull"`
	LastError string     `bun:",notnull"`

	TotalCount int `bun:",scanonly"`
}

func EnqueueMail(ctx context.Context, idb bun.IDB, to, subject, body string) (*OutboxMessage, error) {
	m := &OutboxMessage{Recipient: to, Subject: subject, Body: body}
	_, err := idb.NewInsert().Model(m).Returning("id, created_at").Exec(ctx)
	return m, err
}

func ListOutbox(ctx context.Context, idb bun.IDB, a *Actor, search string, p PageRequest) (Page[*OutboxMessage], error) {
	if err := a.RequireReadOutbox(); err != nil {
		return Page[*OutboxMessage]{}, err
	}
	var rows []*OutboxMessage
	q := idb.NewSelect().Model(&rows).Column("m.*").ColumnExpr("count(*) OVER () AS total_count")
	if s := strings.TrimSpace(search); s != "" {
		pat := likePattern(s)
		q = q.Where("(m.recipient ILIKE ? OR m.subject ILIKE ?)", pat, pat)
	}
	q = q.OrderExpr("m.created_at DESC, m.id DESC")
	return fetchPage(ctx, q, &rows, p, func(m *OutboxMessage) int { return m.TotalCount })
}

// UnsentMail returns a batch of messages still to deliver, oldest first, locked
// so that several server copies do not send the same mail.
func UnsentMail(ctx context.Context, tx bun.Tx, limit int) ([]*OutboxMessage, error) {
	var rows []*OutboxMessage
	err := tx.NewSelect().Model(&rows).Where("m.sent_at IS NULL AND m.attempts < 10").
		OrderExpr("m.created_at").Limit(int64(limit)).For("UPDATE SKIP LOCKED").Scan(ctx)
	return rows, err
}

func MarkMailSent(ctx context.Context, idb bun.IDB, id uuid.UUID) error {
	_, err := idb.NewRaw(`UPDATE outbox_messages SET sent_at = now(), attempts = attempts + 1, last_error = '' WHERE id = ?`, id).Exec(ctx)
	return err
}

func MarkMailFailed(ctx context.Context, idb bun.IDB, id uuid.UUID, cause string) error {
	_, err := idb.NewRaw(`UPDATE outbox_messages SET attempts = attempts + 1, last_error = ? WHERE id = ?`, cause, id).Exec(ctx)
	return err
}
