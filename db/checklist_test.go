package db_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/dbtest"
)

// onboardingWorld is the fixture world with IB A as a starter of school A
// and IB B (school B) as her maatje.
func onboardingWorld(t *testing.T, ctx context.Context, idb bun.IDB) *world {
	t.Helper()
	w := newWorld(t, ctx, idb)
	if _, err := idb.NewRaw("UPDATE people SET ib_start_date = current_date - 90 WHERE id = ?", w.ibA.ID).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := idb.NewRaw(`INSERT INTO mentor_pairings (starter_id, maatje_id, starts_on, ends_on)
		VALUES (?, ?, current_date - 30, current_date + 300)`, w.ibA.ID, w.ibB.ID).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	return w
}

func itemTexts(t *testing.T, ctx context.Context, idb bun.IDB, checklistID uuid.UUID) []string {
	t.Helper()
	items, err := db.ItemsByChecklist(ctx, idb, []uuid.UUID{checklistID})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, it := range items[checklistID] {
		out = append(out, it.Text)
	}
	return out
}

func wantCode(t *testing.T, err error, target any) {
	t.Helper()
	switch target.(type) {
	case *db.ForbiddenError:
		var e *db.ForbiddenError
		if !errors.As(err, &e) {
			t.Fatalf("want forbidden, got %v", err)
		}
	case *db.InvalidError:
		var e *db.InvalidError
		if !errors.As(err, &e) {
			t.Fatalf("want invalid, got %v", err)
		}
	case *db.ConflictError:
		var e *db.ConflictError
		if !errors.As(err, &e) {
			t.Fatalf("want conflict, got %v", err)
		}
	}
}

func TestDefaultChecklistTemplateHasTheGuidesSixParts(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newWorld(t, ctx, bdb)
	templates, err := db.ListChecklistTemplates(ctx, bdb, actorOf(t, ctx, bdb, w.bestuur))
	if err != nil || len(templates) != 1 || !templates[0].IsDefault() {
		t.Fatalf("bestuur without own template sees %v (%v)", templates, err)
	}
	parts, err := db.TemplatePartsByTemplate(ctx, bdb, []uuid.UUID{templates[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	items := 0
	for _, p := range parts[templates[0].ID] {
		titles = append(titles, p.Title)
		items += len(p.Items)
	}
	want := []string{"Facilitering en ondersteuning", "Taakomschrijving en rollen", "Kwaliteitszorg en zorgbeleid",
		"Werkprocessen en structuur", "Opleiding en professionalisering", "Overdracht en inwerken"}
	if !slices.Equal(titles, want) || items != 20 {
		t.Fatalf("parts %v with %d items; want the guide's six parts with 20 items", titles, items)
	}
}

// A checklist is a copy: template changes reach it only when taken in, and
// then without losing ticks or items the template dropped.
func TestChecklistCopyAndTemplateChanges(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := onboardingWorld(t, ctx, bdb)
	bestuur, starter, directieA := actorOf(t, ctx, bdb, w.bestuur), actorOf(t, ctx, bdb, w.ibA), actorOf(t, ctx, bdb, w.directieA)
	now := time.Now()

	own, err := db.CreateOwnTemplate(ctx, bdb, bestuur, w.org.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateOwnTemplate(ctx, bdb, bestuur, w.org.ID); err == nil {
		t.Fatal("a second own template was made")
	}
	var copied int
	if err := bdb.NewRaw(`SELECT count(*) FROM checklist_template_items i JOIN checklist_template_parts p ON p.id = i.part_id
		WHERE p.template_id = ? AND i.copied_from_id IS NOT NULL`, own.ID).Scan(ctx, &copied); err != nil || copied != 20 {
		t.Fatalf("own template has %d copied items (%v), want 20", copied, err)
	}
	_, err = db.CreateOwnTemplate(ctx, bdb, actorOf(t, ctx, bdb, w.bestuur), w.otherOrg.ID)
	wantCode(t, err, &db.ForbiddenError{})

	parts, _ := db.TemplatePartsByTemplate(ctx, bdb, []uuid.UUID{own.ID})
	first := parts[own.ID][0]
	own, err = db.AddTemplateItem(ctx, bdb, bestuur, first.ID, db.ChecklistItemInput{Text: "Kennismaken met de orthopedagoog"})
	if err != nil || own.Version != 2 {
		t.Fatalf("add item: version %d, %v", own.Version, err)
	}

	list, err := db.StartChecklist(ctx, bdb, starter, w.ibA.ID, now)
	if err != nil {
		t.Fatal(err)
	}
	if list.TemplateVersion != 2 || list.Behind() {
		t.Fatalf("new list at version %d, behind %v", list.TemplateVersion, list.Behind())
	}
	texts := itemTexts(t, ctx, bdb, list.ID)
	if len(texts) != 21 || !slices.Contains(texts, "Kennismaken met de orthopedagoog") {
		t.Fatalf("checklist copied %d items: %v", len(texts), texts)
	}
	_, err = db.StartChecklist(ctx, bdb, directieA, w.ibA.ID, now)
	wantCode(t, err, &db.ConflictError{})

	// Tick the first item, then change the template: reword it, add one, remove another.
	items, _ := db.ItemsByChecklist(ctx, bdb, []uuid.UUID{list.ID})
	firstItem := items[list.ID][0]
	if _, err := db.SetItemStatus(ctx, bdb, starter, db.ItemStatusInput{ItemID: firstItem.ID, Status: db.ItemGedaan}, now); err != nil {
		t.Fatal(err)
	}
	templateFirst := first.Items[0]
	removed := first.Items[1]
	if _, err := db.UpdateTemplateItem(ctx, bdb, bestuur, templateFirst.ID, db.ChecklistItemInput{Text: "Toegang tot ParnasSys en de dossiers"}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddTemplateItem(ctx, bdb, bestuur, first.ID, db.ChecklistItemInput{Text: "Sleutel en pasje", LinkURL: "https://example.nl/pas"}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.RemoveTemplateItem(ctx, bdb, bestuur, removed.ID); err != nil {
		t.Fatal(err)
	}
	if got := itemTexts(t, ctx, bdb, list.ID); !slices.Equal(got, texts) {
		t.Fatalf("the template change reached the checklist before it was taken in:\n%v", got)
	}
	lists, _ := db.ChecklistsByID(ctx, bdb, starter, []uuid.UUID{list.ID})
	list = lists[list.ID]
	if !list.Behind() {
		t.Fatal("the checklist does not know its template changed")
	}
	items, _ = db.ItemsByChecklist(ctx, bdb, []uuid.UUID{list.ID})
	changes, err := db.TemplateChanges(ctx, bdb, []*db.Checklist{list}, items)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, c := range changes[list.ID] {
		kinds = append(kinds, string(c.Kind)+":"+c.Text)
	}
	if !slices.Equal(kinds, []string{"changed:Toegang tot ParnasSys en de dossiers", "new:Sleutel en pasje"}) {
		t.Fatalf("changes %v", kinds)
	}

	// The maatje may tick but not decide on template changes.
	_, err = db.TakeInTemplateChanges(ctx, bdb, actorOf(t, ctx, bdb, w.ibB), list.ID)
	wantCode(t, err, &db.ForbiddenError{})
	list, err = db.TakeInTemplateChanges(ctx, bdb, directieA, list.ID)
	if err != nil {
		t.Fatal(err)
	}
	if list.Behind() {
		t.Fatal("still behind after taking the changes in")
	}
	items, _ = db.ItemsByChecklist(ctx, bdb, []uuid.UUID{list.ID})
	got := map[string]*db.ChecklistItem{}
	for _, it := range items[list.ID] {
		got[it.Text] = it
	}
	if len(items[list.ID]) != 22 {
		t.Fatalf("after taking in: %d items, want 22 (21 + 1 new, the removed one kept)", len(items[list.ID]))
	}
	if it := got["Toegang tot ParnasSys en de dossiers"]; it == nil || it.Status != db.ItemGedaan || it.ID != firstItem.ID {
		t.Fatalf("the reworded item lost its tick: %+v", it)
	}
	if it := got["Sleutel en pasje"]; it == nil || it.Status != db.ItemOpen || it.LinkURL != "https://example.nl/pas" {
		t.Fatalf("new item: %+v", it)
	}
	if it := got[removed.Text]; it == nil || it.InTemplate() {
		t.Fatalf("the item removed from the template: %+v", it)
	}
}

func TestWhoMayTickAndSeeAChecklist(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := onboardingWorld(t, ctx, bdb)
	now := time.Now()
	list, err := db.StartChecklist(ctx, bdb, actorOf(t, ctx, bdb, w.directieA), w.ibA.ID, now)
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.StartChecklist(ctx, bdb, actorOf(t, ctx, bdb, w.directieB), w.ibB.ID, now)
	if err != nil {
		t.Fatalf("directie B starts a checklist for her own IB'er: %v", err)
	}
	_, err = db.StartChecklist(ctx, bdb, actorOf(t, ctx, bdb, w.directieA), w.ibC.ID, now)
	wantCode(t, err, &db.ForbiddenError{})

	items, _ := db.ItemsByChecklist(ctx, bdb, []uuid.UUID{list.ID})
	item := items[list.ID][0].ID
	yesterday := now.AddDate(0, 0, -1)
	note := "Besproken met de directeur"
	tick := func(p *db.Person, in db.ItemStatusInput) error {
		in.ItemID = item
		_, err := db.SetItemStatus(ctx, bdb, actorOf(t, ctx, bdb, p), in, now)
		return err
	}
	for _, p := range []*db.Person{w.ibA, w.ibB, w.directieA} {
		if err := tick(p, db.ItemStatusInput{Status: db.ItemGedaan, DoneOn: &yesterday, Note: &note}); err != nil {
			t.Fatalf("%s may tick: %v", p.Name, err)
		}
	}
	for _, p := range []*db.Person{w.directieB, w.bestuur, w.opleider, w.ibC} {
		wantCode(t, tick(p, db.ItemStatusInput{Status: db.ItemGedaan}), &db.ForbiddenError{})
	}
	tomorrow := now.AddDate(0, 0, 1)
	wantCode(t, tick(w.ibA, db.ItemStatusInput{Status: db.ItemGedaan, DoneOn: &tomorrow}), &db.InvalidError{})

	items, _ = db.ItemsByChecklist(ctx, bdb, []uuid.UUID{list.ID})
	it := items[list.ID][0]
	if it.DoneBy == nil || *it.DoneBy != w.directieA.ID || it.Note != note || it.DoneOn == nil || it.DoneOn.Format(time.DateOnly) != yesterday.Format(time.DateOnly) {
		t.Fatalf("ticked item: %+v", it)
	}
	if p := db.ProgressOf(items[list.ID]); p.Done != 1 || p.Total != 20 || p.Parts[0].Done != 1 || p.Percent() != 5 {
		t.Fatalf("progress %+v", p)
	}
	if err := tick(w.ibA, db.ItemStatusInput{Status: db.ItemOpen}); err != nil {
		t.Fatal(err)
	}

	names := func(p *db.Person) []string {
		rows, err := db.ListStarters(ctx, bdb, actorOf(t, ctx, bdb, p), db.StarterFilter{})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range rows {
			out = append(out, r.Name)
		}
		return out
	}
	cases := map[*db.Person][]string{
		w.beheerder: {"IB A", "IB B"}, w.bestuur: {"IB A", "IB B"}, w.directieA: {"IB A"}, w.directieB: {"IB B"},
		w.ibB: {"IB A", "IB B"}, w.ibA: {"IB A"}, w.opleider: nil, w.ibC: nil,
	}
	for p, want := range cases {
		if got := names(p); !slices.Equal(got, want) {
			t.Errorf("%s sees starters %v, want %v", p.Name, got, want)
		}
	}
	if _, err := db.ChecklistOf(ctx, bdb, actorOf(t, ctx, bdb, w.directieB), w.ibA.ID); err == nil {
		t.Fatal("directie B sees the checklist of school A's starter")
	}
}

func TestTemplateEditing(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := newWorld(t, ctx, bdb)
	bestuur := actorOf(t, ctx, bdb, w.bestuur)
	own, err := db.CreateOwnTemplate(ctx, bdb, bestuur, w.org.ID)
	if err != nil {
		t.Fatal(err)
	}
	parts, _ := db.TemplatePartsByTemplate(ctx, bdb, []uuid.UUID{own.ID})
	p1 := parts[own.ID][0]
	if _, err := db.MoveTemplateItem(ctx, bdb, bestuur, p1.Items[0].ID, db.MoveDown); err != nil {
		t.Fatal(err)
	}
	if _, err := db.MoveTemplatePart(ctx, bdb, bestuur, parts[own.ID][5].ID, db.MoveUp); err != nil {
		t.Fatal(err)
	}
	_, err = db.AddTemplateItem(ctx, bdb, bestuur, p1.ID, db.ChecklistItemInput{Text: "  ", LinkURL: "ftp://x"})
	var inv *db.InvalidError
	if !errors.As(err, &inv) || len(inv.Fields) != 2 {
		t.Fatalf("empty text and a bad link: %v", err)
	}
	// Only the own organisation's template, never the default, for a bestuur user.
	var def uuid.UUID
	if err := bdb.NewRaw("SELECT id FROM checklist_templates WHERE organisation_id IS NULL").Scan(ctx, &def); err != nil {
		t.Fatal(err)
	}
	_, err = db.AddTemplatePart(ctx, bdb, bestuur, def, "Eigen onderdeel")
	wantCode(t, err, &db.ForbiddenError{})
	if _, err := db.AddTemplatePart(ctx, bdb, actorOf(t, ctx, bdb, w.beheerder), def, "Eigen onderdeel"); err != nil {
		t.Fatalf("beheerder edits the default: %v", err)
	}
	parts, _ = db.TemplatePartsByTemplate(ctx, bdb, []uuid.UUID{own.ID})
	got := parts[own.ID]
	if got[0].Items[0].Text != p1.Items[1].Text || got[4].Title != "Overdracht en inwerken" {
		t.Fatalf("after moving: first item %q, fifth part %q", got[0].Items[0].Text, got[4].Title)
	}
	var version int
	_ = bdb.NewRaw("SELECT version FROM checklist_templates WHERE id = ?", own.ID).Scan(ctx, &version)
	if version != 3 {
		t.Fatalf("version %d after two changes, want 3", version)
	}
}

// A checklist made from the default follows the board's own template once
// the board makes one: the copied items count as the same items.
func TestChecklistFollowsTheBoardsNewOwnTemplate(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	w := onboardingWorld(t, ctx, bdb)
	starter, bestuur := actorOf(t, ctx, bdb, w.ibA), actorOf(t, ctx, bdb, w.bestuur)
	list, err := db.StartChecklist(ctx, bdb, starter, w.ibA.ID, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	own, err := db.CreateOwnTemplate(ctx, bdb, bestuur, w.org.ID)
	if err != nil {
		t.Fatal(err)
	}
	parts, _ := db.TemplatePartsByTemplate(ctx, bdb, []uuid.UUID{own.ID})
	if _, err := db.AddTemplateItem(ctx, bdb, bestuur, parts[own.ID][2].ID, db.ChecklistItemInput{Text: "Kennismaken met de orthopedagoog"}); err != nil {
		t.Fatal(err)
	}
	lists, _ := db.ChecklistsByID(ctx, bdb, starter, []uuid.UUID{list.ID})
	items, _ := db.ItemsByChecklist(ctx, bdb, []uuid.UUID{list.ID})
	changes, err := db.TemplateChanges(ctx, bdb, []*db.Checklist{lists[list.ID]}, items)
	if err != nil {
		t.Fatal(err)
	}
	if got := changes[list.ID]; len(got) != 1 || got[0].Kind != db.ChangeNew || got[0].PartTitle != "Kwaliteitszorg en zorgbeleid" {
		t.Fatalf("changes after the board's own template: %+v", got)
	}
	list, err = db.TakeInTemplateChanges(ctx, bdb, starter, list.ID)
	if err != nil {
		t.Fatal(err)
	}
	if list.Behind() || list.TemplateID == nil || *list.TemplateID != own.ID {
		t.Fatalf("the list follows template %v, behind %v", list.TemplateID, list.Behind())
	}
	if n := len(itemTexts(t, ctx, bdb, list.ID)); n != 21 {
		t.Fatalf("%d items after taking in, want 21 (no duplicates of the copied items)", n)
	}
}
