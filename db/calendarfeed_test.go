package db_test

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/dbtest"
)

func wantNotFound(t *testing.T, err error) {
	t.Helper()
	var nf *db.NotFoundError
	if !errors.As(err, &nf) {
		t.Fatalf("got %v, want NotFoundError", err)
	}
}

func wantUnauthenticated(t *testing.T, err error) {
	t.Helper()
	var ua *db.UnauthenticatedError
	if !errors.As(err, &ua) {
		t.Fatalf("got %v, want UnauthenticatedError", err)
	}
}

func TestCalendarFeedTokenLifecycle(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newWorld(t, ctx, bdb)
	ib := actorOf(t, ctx, bdb, w.ibA)
	other := actorOf(t, ctx, bdb, w.ibB)

	// Anonymous callers get nothing.
	_, _, err := db.RenewCalendarFeed(ctx, bdb, nil)
	wantUnauthenticated(t, err)
	wantUnauthenticated(t, db.RevokeCalendarFeed(ctx, bdb, nil))
	_, _, err = db.CalendarFeedStatus(ctx, bdb, nil)
	wantUnauthenticated(t, err)
	_, err = db.CalendarFeedSessions(ctx, bdb, nil, time.Now())
	wantUnauthenticated(t, err)

	active, since, err := db.CalendarFeedStatus(ctx, bdb, ib)
	if err != nil || active || since != nil {
		t.Fatalf("before renew: active=%v since=%v err=%v", active, since, err)
	}
	_, err = db.PersonForFeedToken(ctx, bdb, "")
	wantNotFound(t, err)

	before := time.Now().Add(-time.Minute)
	first, createdAt, err := db.RenewCalendarFeed(ctx, bdb, ib)
	if err != nil {
		t.Fatal(err)
	}
	if len(first) < 40 || createdAt.Before(before) {
		t.Fatalf("token %q (%d chars), created %v", first, len(first), createdAt)
	}
	if id, err := db.PersonForFeedToken(ctx, bdb, first); err != nil || id != w.ibA.ID {
		t.Fatalf("first token: %v %v, want %v", id, err, w.ibA.ID)
	}
	active, since, err = db.CalendarFeedStatus(ctx, bdb, ib)
	if err != nil || !active || since == nil || !since.Equal(createdAt) {
		t.Fatalf("after renew: active=%v since=%v (want %v) err=%v", active, since, createdAt, err)
	}

	// Only the hash is stored.
	var stored []byte
	if err := bdb.NewRaw("SELECT token_hash FROM calendar_feeds WHERE person_id = ?", w.ibA.ID).Scan(ctx, &stored); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(stored, db.HashToken(first)) || bytes.Contains(stored, []byte(first)) {
		t.Fatal("calendar_feeds must hold the token's SHA-256, not the token")
	}

	// Someone else's feed is their own.
	otherToken, _, err := db.RenewCalendarFeed(ctx, bdb, other)
	if err != nil {
		t.Fatal(err)
	}
	if id, _ := db.PersonForFeedToken(ctx, bdb, otherToken); id != w.ibB.ID {
		t.Fatalf("other token belongs to %v", id)
	}

	// Renewing replaces the token: the old URL stops working.
	second, _, err := db.RenewCalendarFeed(ctx, bdb, ib)
	if err != nil {
		t.Fatal(err)
	}
	if second == first {
		t.Fatal("renew returned the same token")
	}
	_, err = db.PersonForFeedToken(ctx, bdb, first)
	wantNotFound(t, err)
	if id, err := db.PersonForFeedToken(ctx, bdb, second); err != nil || id != w.ibA.ID {
		t.Fatalf("second token: %v %v", id, err)
	}
	if n := cwCount(t, ctx, bdb, "SELECT count(*) FROM calendar_feeds WHERE person_id = ?", w.ibA.ID); n != 1 {
		t.Fatalf("%d feed rows for one person", n)
	}

	// Revoking ends it, and only it; revoking twice is fine.
	if err := db.RevokeCalendarFeed(ctx, bdb, ib); err != nil {
		t.Fatal(err)
	}
	if err := db.RevokeCalendarFeed(ctx, bdb, ib); err != nil {
		t.Fatal(err)
	}
	_, err = db.PersonForFeedToken(ctx, bdb, second)
	wantNotFound(t, err)
	if active, _, _ := db.CalendarFeedStatus(ctx, bdb, ib); active {
		t.Fatal("still active after revoke")
	}
	if id, err := db.PersonForFeedToken(ctx, bdb, otherToken); err != nil || id != w.ibB.ID {
		t.Fatalf("revoking one feed touched another: %v %v", id, err)
	}

	// A disabled person's feed stops too.
	cwExec(t, ctx, bdb, "UPDATE people SET disabled_at = now() WHERE id = ?", w.ibB.ID)
	_, err = db.PersonForFeedToken(ctx, bdb, otherToken)
	wantNotFound(t, err)
}

func TestCalendarFeedSessions(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	now := time.Now().Truncate(time.Minute)
	day := 24 * time.Hour
	at := func(title string, offset time.Duration, groups ...uuid.UUID) *db.TrainingSession {
		return cwSession(t, ctx, bdb, cw.jaar1, title, now.Add(offset), 210, groups...)
	}
	at("te oud", -61*day, cw.group.ID)
	past := at("verleden", -30*day, cw.group.ID)
	cancelled := at("geannuleerd", 10*day, cw.group.ID)
	cwExec(t, ctx, bdb, "UPDATE sessions SET cancelled_at = now(), cancel_reason = 'ziek' WHERE id = ?", cancelled.ID)
	// ListSessions answers 100 days at a time, the first window ending 40 days
	// from now: this one lies across that boundary and must come once.
	boundary := at("over de grens", 40*day-time.Hour, cw.group.ID)
	later := at("later", 150*day, cw.group.ID)
	last := at("laatste", 399*day, cw.group.ID)
	at("te ver", 401*day, cw.group.ID)
	otherGroup := cwGroup(t, ctx, bdb, cw.leergang.ID, "Groep 2", cw.ibC.ID)
	notMine := at("andere groep", 20*day, otherGroup.ID)
	draft := at("concept", 25*day, cw.group.ID)
	cwExec(t, ctx, bdb, "UPDATE sessions SET published = false WHERE id = ?", draft.ID)
	given := at("gegeven door opleider", 30*day, otherGroup.ID)
	cwExec(t, ctx, bdb, "INSERT INTO session_opleiders (session_id, person_id, during) VALUES (?, ?, tstzrange(?, ?, '[)'))",
		given.ID, cw.opleider.ID, given.StartsAt, given.EndsAt)

	titles := func(a *db.Actor) []string {
		t.Helper()
		ss, err := db.CalendarFeedSessions(ctx, bdb, a, now)
		if err != nil {
			t.Fatal(err)
		}
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = s.Title
		}
		return out
	}
	same := func(got []string, want ...string) bool {
		if len(got) != len(want) {
			return false
		}
		for i := range got {
			if got[i] != want[i] {
				return false
			}
		}
		return true
	}

	// The deelnemer: their group's published sessions in the window, cancelled included, by start, once each.
	if got := titles(cw.actor(t, ctx, bdb, cw.ibA)); !same(got, past.Title, cancelled.Title, boundary.Title, later.Title, last.Title) {
		t.Fatalf("deelnemer's feed: %q", got)
	}
	// The opleider: only what they give, though they teach the whole leergang (and see its drafts).
	if got := titles(cw.actor(t, ctx, bdb, cw.opleider)); !same(got, given.Title) {
		t.Fatalf("opleider's feed: %q", got)
	}
	// The directie of IB A's school sees those sessions but takes part in none.
	dir := cw.actor(t, ctx, bdb, cw.directieA)
	visible, err := db.ListSessions(ctx, bdb, dir, db.SessionFilter{From: now, To: now.Add(20 * day)})
	if err != nil || len(visible) == 0 {
		t.Fatalf("directie should see the school's sessions (%d, %v)", len(visible), err)
	}
	if got := titles(dir); len(got) != 0 {
		t.Fatalf("directie's feed: %q", got)
	}
	// IB C, in the other group, gets that group's session and not the draft or IB A's.
	if got := titles(cw.actor(t, ctx, bdb, cw.ibC)); !same(got, notMine.Title, given.Title) {
		t.Fatalf("IB C's feed: %q", got)
	}
}
