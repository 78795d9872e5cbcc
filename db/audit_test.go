package db_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"leergang/db"
	"leergang/db/dbtest"
)

func TestAuditLogFiltersAndScope(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newWorld(t, ctx, bdb)
	beheerder := actorOf(t, ctx, bdb, w.beheerder)
	write := func(e db.AuditEntry, at string) {
		t.Helper()
		if err := db.WriteAudit(ctx, bdb, e); err != nil {
			t.Fatal(err)
		}
		// Move the newest entry to the given moment.
		if _, err := bdb.NewRaw(`UPDATE audit_log SET at = ? WHERE id = (SELECT max(id) FROM audit_log)`, at).Exec(ctx); err != nil {
			t.Fatal(err)
		}
	}
	// 23:30 UTC on 1 March is 00:30 on 2 March in the Netherlands.
	write(db.AuditEntry{ActorID: &w.opleider.ID, Action: db.AuditRecordingViewed, ObjectType: "file", ObjectID: "video-1",
		SubjectID: &w.ibA.ID, RequestID: "r1"}, "2026-03-01T23:30:00Z")
	write(db.AuditEntry{Action: db.AuditLoginFailed, ObjectType: "person", Detail: map[string]string{"email": "iemand@example.nl"}},
		"2026-03-01T10:00:00Z")
	write(db.AuditEntry{ActorID: &w.beheerder.ID, Action: db.AuditRolesChanged, ObjectType: "person", ObjectID: w.ibB.ID.String(),
		SubjectID: &w.ibB.ID, Detail: map[string]string{"old_roles": "deelnemer", "new_roles": "deelnemer,directie"}}, "2026-03-05T09:00:00Z")

	list := func(f db.AuditFilter) []string {
		t.Helper()
		f.Page = db.PageRequest{Limit: 100}
		page, err := db.ListAudit(ctx, bdb, beheerder, f)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range page.Items {
			got = append(got, string(r.Action))
		}
		return got
	}
	day := func(s string) *time.Time { d, _ := time.Parse(time.DateOnly, s); return &d }
	failed := db.AuditLoginFailed
	cases := []struct {
		name string
		f    db.AuditFilter
		want string
	}{
		{"newest first", db.AuditFilter{}, "[roles_changed recording_viewed login_failed]"},
		{"by action", db.AuditFilter{Action: &failed}, "[login_failed]"},
		{"by subject", db.AuditFilter{PersonID: &w.ibA.ID}, "[recording_viewed]"},
		{"by actor", db.AuditFilter{PersonID: &w.beheerder.ID}, "[roles_changed]"},
		{"days in Dutch time", db.AuditFilter{From: day("2026-03-02"), To: day("2026-03-02")}, "[recording_viewed]"},
		{"to is inclusive", db.AuditFilter{To: day("2026-03-01")}, "[login_failed]"},
		{"free text in details", db.AuditFilter{Object: "IEMAND@"}, "[login_failed]"},
		{"free text in the object", db.AuditFilter{Object: "video-1"}, "[recording_viewed]"},
	}
	for _, c := range cases {
		if got := fmt.Sprint(list(c.f)); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}

	// A page with the actors' and subjects' names costs one statement.
	counter := &db.QueryCounter{}
	bdb.AddQueryHook(counter)
	page, err := db.ListAudit(ctx, bdb, beheerder, db.AuditFilter{Page: db.PageRequest{Limit: 100}})
	if err != nil {
		t.Fatal(err)
	}
	if n := counter.Reset(); n != 1 {
		t.Errorf("a page of the audit log took %d statements, want 1", n)
	}
	if r := page.Items[0]; r.ActorName == nil || *r.ActorName != "Beheerder" || r.SubjectName == nil || *r.SubjectName != "IB B" ||
		r.Detail["new_roles"] != "deelnemer,directie" {
		t.Errorf("newest entry = %+v", r)
	}

	var inv *db.InvalidError
	if _, err := db.ListAudit(ctx, bdb, beheerder, db.AuditFilter{From: day("2026-03-05"), To: day("2026-03-01")}); !errors.As(err, &inv) {
		t.Errorf("to before from: %v", err)
	}
	for _, who := range []*db.Person{w.opleider, w.directieA, w.bestuur, w.ibA} {
		var fb *db.ForbiddenError
		if _, err := db.ListAudit(ctx, bdb, actorOf(t, ctx, bdb, who), db.AuditFilter{}); !errors.As(err, &fb) {
			t.Errorf("%s reads the audit log: %v", who.Name, err)
		}
	}
	if _, err := db.ListAudit(ctx, bdb, nil, db.AuditFilter{}); err == nil {
		t.Error("anonymous reads the audit log")
	}
}
