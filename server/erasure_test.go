package main

import (
	"context"
	"errors"
	"testing"

	"leergang/db/blob"
	"leergang/db/demo"
)

// TestErasureEndsSessionsAndRemovesFiles erases the demo schoolcoach through
// the real handler: her open session ends at once, her recording's bytes
// leave the store right after the commit, and the file rows follow.
func TestErasureEndsSessionsAndRemovesFiles(t *testing.T) {
	ts := newTestServer(t)
	ts.storeDemoFiles(t)
	ctx := context.Background()
	store := ts.store(t)
	if _, err := store.Open(ctx, demo.DemoVideoID.String()); err != nil {
		t.Fatalf("the demo video is not in the store: %v", err)
	}
	marloes := ts.loginAs(t, demo.DeelnemerEmail)
	marloesID := personIDByEmail(t, ts, demo.DeelnemerEmail)
	beheerder := ts.loginAs(t, demo.BeheerderEmail)

	wrong := beheerder.do(`mutation($i: ErasePersonInput!) { erasePerson(input: $i) { erasedId } }`,
		map[string]any{"i": map[string]any{"id": marloesID.String(), "confirmName": "Marloes"}})
	if wrong.code() != "BAD_USER_INPUT" || wrong.Errors[0].Extensions["field"] != "confirmName" {
		t.Fatalf("a wrong name: %+v", wrong.Errors)
	}
	var out struct {
		ErasePerson struct {
			ErasedID                  string
			FilesRemoved              int
			AttendanceKeptAnonymously int
		} `json:"erasePerson"`
	}
	beheerder.do(`mutation($i: ErasePersonInput!) { erasePerson(input: $i) { erasedId filesRemoved attendanceKeptAnonymously } }`,
		map[string]any{"i": map[string]any{"id": marloesID.String(), "confirmName": "Marloes Wolters"}}).decode(t, &out)
	if out.ErasePerson.ErasedID != marloesID.String() || out.ErasePerson.FilesRemoved == 0 || out.ErasePerson.AttendanceKeptAnonymously == 0 {
		t.Errorf("erasePerson = %+v", out.ErasePerson)
	}
	if _, err := store.Open(ctx, demo.DemoVideoID.String()); !errors.Is(err, blob.ErrNotFound) {
		t.Errorf("the recording's bytes are still in the store: %v", err)
	}
	var files int
	if err := ts.DB.NewRaw(`SELECT count(*) FROM files WHERE id = ?`, demo.DemoVideoID).Scan(ctx, &files); err != nil || files != 0 {
		t.Errorf("file rows left: %d (%v)", files, err)
	}
	if res := marloes.do(`{ viewer { person { id } } }`, nil); string(res.Data) != `{"viewer":null}` {
		t.Errorf("her session still works: %s %+v", res.Data, res.Errors)
	}
	if res := beheerder.do(`query($id: ID!) { person(id: $id) { id } }`, map[string]any{"id": marloesID.String()}); res.code() != "NOT_FOUND" {
		t.Errorf("the erased person is still found: %+v", res)
	}
}
