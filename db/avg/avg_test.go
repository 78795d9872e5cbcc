package avg

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/blob"
	"leergang/db/dbtest"
	"leergang/db/demo"
)

type demoWorld struct {
	db    *bun.DB
	store blob.Store
}

func newDemo(t *testing.T) (context.Context, demoWorld) {
	t.Helper()
	ctx := context.Background()
	bdb := dbtest.New(t)
	if err := demo.Load(ctx, bdb); err != nil {
		t.Fatal(err)
	}
	store, err := blob.NewFolder(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.StoreFiles(ctx, bdb, store); err != nil {
		t.Fatal(err)
	}
	return ctx, demoWorld{db: bdb, store: store}
}

func (w demoWorld) person(t *testing.T, ctx context.Context, email string) uuid.UUID {
	t.Helper()
	var id uuid.UUID
	if err := w.db.NewRaw(`SELECT id FROM people WHERE email = ?`, email).Scan(ctx, &id); err != nil {
		t.Fatalf("%s: %v", email, err)
	}
	return id
}

func (w demoWorld) actor(t *testing.T, ctx context.Context, email string) *db.Actor {
	t.Helper()
	a, err := db.ActorFor(ctx, w.db, w.person(t, ctx, email))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func (w demoWorld) count(t *testing.T, ctx context.Context, query string, args ...any) int {
	t.Helper()
	var n int
	if err := w.db.NewRaw(query, args...).Scan(ctx, &n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

const (
	beheerderEmail = "sanne.devries@dewegwijzer.nl"
	marloesEmail   = "marloes.wolters@swvtwentekant.nl"
)

func TestExportHoldsEverythingAboutThePerson(t *testing.T) {
	ctx, w := newDemo(t)
	marloes := w.person(t, ctx, marloesEmail)
	if _, err := PrepareExport(ctx, w.db, w.actor(t, ctx, marloesEmail), marloes); !isForbidden(err) {
		t.Fatalf("a deelnemer exporting: err = %v, want forbidden", err)
	}
	exp, err := PrepareExport(ctx, w.db, w.actor(t, ctx, beheerderEmail), marloes)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := exp.WriteZip(ctx, w.db, w.store, &buf, time.Now()); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	entries := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		entries[f.Name], _ = io.ReadAll(rc)
		_ = rc.Close()
	}
	for _, f := range exportFiles {
		content, ok := entries["gegevens/"+f.Name]
		if !ok {
			t.Errorf("%s missing from the zip", f.Name)
			continue
		}
		if !json.Valid(content) {
			t.Errorf("%s is not valid JSON", f.Name)
		}
	}
	profile := string(entries["gegevens/profiel.json"])
	if !strings.Contains(profile, marloesEmail) || strings.Contains(profile, "password_hash") || !strings.Contains(profile, "deelnemer") {
		t.Errorf("profiel.json = %s", profile)
	}
	if strings.Contains(string(entries["gegevens/sessies.json"]), "token_hash") {
		t.Error("sessies.json holds token hashes")
	}
	for _, name := range []string{"aanwezigheid.json", "inleveringen.json", "groepen.json"} {
		var rows []map[string]any
		if err := json.Unmarshal(entries["gegevens/"+name], &rows); err != nil || len(rows) == 0 {
			t.Errorf("%s: %d rows (%v); the demo's Marloes has some", name, len(rows), err)
		}
	}
	if !strings.Contains(string(entries["gegevens/inleveringen.json"]), "versies") {
		t.Error("inleveringen.json has no versions")
	}
	// The demo video's bytes, as stored.
	video := entries["bestanden/"+demo.DemoVideoID.String()+"/"]
	for name, b := range entries {
		if strings.HasPrefix(name, "bestanden/"+demo.DemoVideoID.String()+"/") {
			video = b
		}
	}
	obj, err := w.store.Open(ctx, demo.DemoVideoID.String())
	if err != nil {
		t.Fatal(err)
	}
	want, _ := io.ReadAll(obj)
	_ = obj.Close()
	if len(want) == 0 || !bytes.Equal(video, want) {
		t.Errorf("the recording in the zip has %d bytes, want the stored %d", len(video), len(want))
	}
}

func isForbidden(err error) bool {
	var fb *db.ForbiddenError
	return errors.As(err, &fb)
}

func isInvalid(err error, reason string) bool {
	var inv *db.InvalidError
	return errors.As(err, &inv) && inv.Fields[0].Reason == reason
}

func erase(ctx context.Context, w demoWorld, a *db.Actor, id uuid.UUID, name string) (*Erasure, error) {
	var res *Erasure
	err := w.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) (err error) {
		res, err = ErasePerson(ctx, tx, a, id, name)
		return err
	})
	return res, err
}

func TestErasureRemovesThePersonAndKeepsWhatOthersNeed(t *testing.T) {
	ctx, w := newDemo(t)
	beheerder := w.actor(t, ctx, beheerderEmail)
	marloes := w.person(t, ctx, marloesEmail)

	if _, err := erase(ctx, w, w.actor(t, ctx, "marit.jansen@dewegwijzer.nl"), marloes, "Marloes Wolters"); !isForbidden(err) {
		t.Fatalf("an opleider erasing: err = %v, want forbidden", err)
	}
	if _, err := erase(ctx, w, beheerder, beheerder.PersonID, "Sanne de Vries"); !isForbidden(err) {
		t.Fatalf("erasing oneself: err = %v, want forbidden", err)
	}
	if _, err := erase(ctx, w, beheerder, marloes, "Marloes"); !isInvalid(err, "name_mismatch") {
		t.Fatalf("wrong confirmation: err = %v, want name_mismatch", err)
	}

	attended := w.count(t, ctx, `SELECT count(*) FROM attendance WHERE person_id = ?`, marloes)
	files := w.count(t, ctx, `SELECT count(*) FROM files WHERE owner_id = ?`, marloes)
	if attended == 0 || files == 0 {
		t.Fatalf("the demo's Marloes should have attendance (%d) and files (%d)", attended, files)
	}
	if _, err := w.db.NewRaw(`INSERT INTO login_failures (email, ip) VALUES (?, '10.0.0.1')`, marloesEmail).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	res, err := erase(ctx, w, beheerder, marloes, "  marloes   wolters ")
	if err != nil {
		t.Fatal(err)
	}
	if res.AttendanceKept != attended || res.FilesMarked != files {
		t.Errorf("erasure = %+v, want %d attendance kept and %d files marked", res, attended, files)
	}
	// Nothing in the database refers to her any more.
	for _, c := range personColumns(t, ctx, w.db) {
		if n := w.count(t, ctx, `SELECT count(*) FROM `+c.Table+` WHERE `+c.Column+` = ?`, marloes); n != 0 {
			t.Errorf("%s still has %d rows of the erased person", c.key(), n)
		}
	}
	if n := w.count(t, ctx, `SELECT count(*) FROM people WHERE id = ? OR email = ?`, marloes, marloesEmail); n != 0 {
		t.Error("the person row is still there")
	}
	if n := w.count(t, ctx, `SELECT count(*) FROM login_failures WHERE email = ?`, marloesEmail); n != 0 {
		t.Error("login failures of her address are still there")
	}
	if n := w.count(t, ctx, `SELECT count(*) FROM erased_attendance`); n != attended {
		t.Errorf("erased_attendance has %d rows, want %d", n, attended)
	}
	// Her files wait for the file job, owned by the placeholder.
	if n := w.count(t, ctx, `SELECT count(*) FROM files WHERE owner_id = ? AND status = 'deleting'`, PlaceholderID); n != files {
		t.Errorf("%d files marked deleting, want %d", n, files)
	}
	// The audit entry keeps her id, not her name.
	var detail string
	if err := w.db.NewRaw(`SELECT detail::text FROM audit_log WHERE action = 'erasure' AND subject_id = ? AND actor_id = ?`,
		marloes, beheerder.PersonID).Scan(ctx, &detail); err != nil {
		t.Fatalf("no erasure audit entry: %v", err)
	}
	if strings.Contains(strings.ToLower(detail), "marloes") {
		t.Errorf("the audit entry names her: %s", detail)
	}
	// Erased again: she is gone.
	var nf *db.NotFoundError
	if _, err := erase(ctx, w, beheerder, marloes, "Marloes Wolters"); !errors.As(err, &nf) {
		t.Errorf("erasing twice: err = %v, want not found", err)
	}
}

func TestErasingAnOpleiderKeepsTheirFeedbackAnonymised(t *testing.T) {
	ctx, w := newDemo(t)
	var fb struct {
		VersionID uuid.UUID
		AuthorID  uuid.UUID
		Name      string
	}
	if err := w.db.NewRaw(`SELECT f.version_id, f.author_id, p.name FROM feedback f JOIN people p ON p.id = f.author_id
		JOIN submission_versions v ON v.id = f.version_id JOIN submissions s ON s.id = v.submission_id
		WHERE s.person_id <> f.author_id LIMIT 1`).Scan(ctx, &fb); err != nil {
		t.Fatalf("the demo has feedback of an opleider: %v", err)
	}
	registered := w.count(t, ctx, `SELECT count(*) FROM attendance WHERE registered_by = ?`, fb.AuthorID)
	if _, err := erase(ctx, w, w.actor(t, ctx, beheerderEmail), fb.AuthorID, fb.Name); err != nil {
		t.Fatal(err)
	}
	if n := w.count(t, ctx, `SELECT count(*) FROM feedback WHERE version_id = ? AND author_id IS NULL AND feedback <> ''`, fb.VersionID); n != 1 {
		t.Error("the feedback on another person's work is gone; it should stay without author")
	}
	if n := w.count(t, ctx, `SELECT count(*) FROM attendance WHERE registered_by IS NULL`); n < registered {
		t.Errorf("attendance registered by the opleider: %d kept, want %d", n, registered)
	}
}

func TestErasingAMaatjeKeepsTheStartersLog(t *testing.T) {
	ctx, w := newDemo(t)
	maatje := w.person(t, ctx, "marjolein.degraaf@zuidoostsamen.nl")
	starter := w.person(t, ctx, "lotte.vandijk@zuidoostsamen.nl")
	entries := w.count(t, ctx, `SELECT count(*) FROM mentor_log_entries e JOIN mentor_pairings p ON p.id = e.pairing_id
		WHERE p.starter_id = ? AND p.maatje_id = ?`, starter, maatje)
	if entries == 0 {
		t.Skip("the demo world has no maatje log yet")
	}
	if _, err := erase(ctx, w, w.actor(t, ctx, beheerderEmail), maatje, "Marjolein de Graaf"); err != nil {
		t.Fatal(err)
	}
	kept := w.count(t, ctx, `SELECT count(*) FROM mentor_log_entries e JOIN mentor_pairings p ON p.id = e.pairing_id
		WHERE p.starter_id = ? AND p.maatje_id = ? AND p.closed_at IS NOT NULL`, starter, PlaceholderID)
	if kept != entries {
		t.Errorf("the starter's log: %d entries kept under the placeholder, want %d", kept, entries)
	}
	var name string
	if err := w.db.NewRaw(`SELECT name FROM people WHERE id = ? AND disabled_at IS NOT NULL AND password_hash IS NULL`, PlaceholderID).Scan(ctx, &name); err != nil || name != placeholderName {
		t.Errorf("placeholder = %q (%v)", name, err)
	}
}

// A board's document file (uploaded by a bestuur user) belongs to the board:
// erasing the uploader keeps the document and its file, handed to the
// placeholder; their own praktijk files would still go.
func TestErasingTheUploaderKeepsTheBoardsDocumentFile(t *testing.T) {
	ctx, w := newDemo(t)
	priya := w.person(t, ctx, demo.BestuurEmail)
	var fileID, docID uuid.UUID
	if err := w.db.NewRaw(`INSERT INTO files (id, owner_id, kind, name, size, content_type, status, ready_at)
		VALUES (gen_random_uuid(), ?, 'document', 'zorgbeleid.pdf', 3, 'application/pdf', 'ready', now()) RETURNING id`, priya).Scan(ctx, &fileID); err != nil {
		t.Fatal(err)
	}
	if err := w.db.NewRaw(`INSERT INTO documents (organisation_id, title, file_id, created_by)
		SELECT organisation_id, 'Zorgbeleid', ?, ? FROM people WHERE id = ? RETURNING id`, fileID, priya, priya).Scan(ctx, &docID); err != nil {
		t.Fatal(err)
	}
	if _, err := erase(ctx, w, w.actor(t, ctx, beheerderEmail), priya, "Priya Ramdin"); err != nil {
		t.Fatal(err)
	}
	if n := w.count(t, ctx, `SELECT count(*) FROM documents WHERE id = ? AND file_id = ? AND created_by IS NULL`, docID, fileID); n != 1 {
		t.Error("the board's document lost its file or its uploader was kept")
	}
	if n := w.count(t, ctx, `SELECT count(*) FROM files WHERE id = ? AND owner_id = ? AND status = 'ready' AND name = 'zorgbeleid.pdf'`,
		fileID, PlaceholderID); n != 1 {
		t.Error("the document's file was not kept under the placeholder")
	}
}
