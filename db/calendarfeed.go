package db

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// A private calendar feed is a secret URL per person that calendar apps poll
// without a cookie: the token in the URL is the credential. Only its SHA-256 is
// stored, so the URL can be shown once (right after renewing) and never again.

// The feed shows the sessions from FeedPast ago to FeedAhead from now.
const (
	FeedPast  = 60 * 24 * time.Hour
	FeedAhead = 400 * 24 * time.Hour
)

// RenewCalendarFeed creates the actor's feed, or gives it a new token; the old
// URL stops working at once. The token is returned only here.
func RenewCalendarFeed(ctx context.Context, idb bun.IDB, a *Actor) (token string, createdAt time.Time, err error) {
	if err := a.RequireSignedIn(); err != nil {
		return "", time.Time{}, err
	}
	token, hash := NewToken()
	err = idb.NewRaw(`INSERT INTO calendar_feeds (person_id, token_hash, created_at) VALUES (?, ?, now())
		ON CONFLICT (person_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at
		RETURNING created_at`, a.PersonID, hash).Scan(ctx, &createdAt)
	if err != nil {
		return "", time.Time{}, err
	}
	return token, createdAt, nil
}

// RevokeCalendarFeed ends the actor's feed; revoking a feed that does not exist is no error.
func RevokeCalendarFeed(ctx context.Context, idb bun.IDB, a *Actor) error {
	if err := a.RequireSignedIn(); err != nil {
		return err
	}
	_, err := idb.NewDelete().Table("calendar_feeds").Where("person_id = ?", a.PersonID).Exec(ctx)
	return err
}

// CalendarFeedStatus says whether the actor has a feed, and since when its current URL exists.
func CalendarFeedStatus(ctx context.Context, idb bun.IDB, a *Actor) (active bool, createdAt *time.Time, err error) {
	if err := a.RequireSignedIn(); err != nil {
		return false, nil, err
	}
	var t time.Time
	err = idb.NewSelect().Table("calendar_feeds").Column("created_at").Where("person_id = ?", a.PersonID).Scan(ctx, &t)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil, nil
	}
	if err != nil {
		return false, nil, err
	}
	return true, &t, nil
}

// PersonForFeedToken resolves a feed token to its person; an unknown or
// revoked token, or one of a disabled person, is a NotFoundError.
func PersonForFeedToken(ctx context.Context, idb bun.IDB, token string) (personID uuid.UUID, err error) {
	if token == "" {
		return uuid.Nil, &NotFoundError{What: "Agenda"}
	}
	err = idb.NewRaw(`SELECT cf.person_id FROM calendar_feeds cf JOIN people p ON p.id = cf.person_id
		WHERE cf.token_hash = ? AND p.disabled_at IS NULL`, HashToken(token)).Scan(ctx, &personID)
	if errors.Is(err, sql.ErrNoRows) {
		return uuid.Nil, &NotFoundError{What: "Agenda"}
	}
	return personID, err
}

// CalendarFeedSessions returns the sessions of a person's feed: those they give
// or take part in (cancelled ones included, so calendar apps learn of the
// cancellation) from FeedPast before now to FeedAhead after, by start. The actor
// is the feed's owner, so the usual visibility applies.
func CalendarFeedSessions(ctx context.Context, idb bun.IDB, a *Actor, now time.Time) ([]*TrainingSession, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	from, end := now.Add(-FeedPast), now.Add(FeedAhead)
	seen := map[uuid.UUID]bool{}
	var out []*TrainingSession
	// ListSessions answers at most MaxCalendarWindow at a time.
	for from.Before(end) {
		to := from.Add(MaxCalendarWindow)
		if to.After(end) {
			to = end
		}
		rows, err := ListSessions(ctx, idb, a, SessionFilter{From: from, To: to, Mine: true})
		if err != nil {
			return nil, err
		}
		for _, s := range rows {
			if !seen[s.ID] { // a session across a window boundary comes twice
				seen[s.ID] = true
				out = append(out, s)
			}
		}
		from = to
	}
	slices.SortStableFunc(out, func(x, y *TrainingSession) int {
		if c := x.StartsAt.Compare(y.StartsAt); c != 0 {
			return c
		}
		return slices.Compare(x.ID[:], y.ID[:])
	})
	return out, nil
}
