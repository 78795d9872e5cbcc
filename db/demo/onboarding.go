package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
)

// BoardChecklistItem is the item Zuidoost Samen added to its own template.
const BoardChecklistItem = "Kennismaken met de orthopedagoog van het bestuur"

// ZorgbeleidDocument is the organisation document the template links.
const ZorgbeleidDocument = "Zorgbeleid Zuidoost Samen"

// loadOnboarding adds the starters' checklists and the documents they need:
// Zuidoost Samen made its own template from the academy's default (one board
// item, the zorgbeleid linked), keeps documents at board and school level;
// Lotte van Dijk (De Regenboog) has done about half of her checklist, ticked
// by herself, her maatje and her directie; Dewi Soekhoe (De Gaasperparel)
// started hers before the board added its item, so her list offers that change.
func loadOnboarding(ctx context.Context, idb bun.IDB, w *world) error {
	priya, err := db.ActorFor(ctx, idb, w.people[BestuurEmail])
	if err != nil {
		return err
	}
	zuidoost := w.orgs[orgZuidoost]
	docs := []db.DocumentInput{
		{OrganisationID: &zuidoost, Title: ZorgbeleidDocument, Description: "Het ondersteuningsbeleid en de zorgroute van de stichting.",
			URL: "https://www.zuidoostsamen.nl/documenten/zorgbeleid"},
		{OrganisationID: &zuidoost, Title: "Sociale kaart Amsterdam-Zuidoost", Description: "Wie je waarvoor belt: jeugdarts, GGD, leerplicht, wijkteam en het samenwerkingsverband.",
			URL: "https://www.zuidoostsamen.nl/documenten/sociale-kaart"},
		{OrganisationID: &zuidoost, Title: "Functieomschrijving IB'er/KC'er", URL: "https://www.zuidoostsamen.nl/documenten/functieomschrijving-ib"},
		schoolDoc(w, BRINRegenboog, "Jaarplanning IB De Regenboog", "https://www.obsderegenboog.nl/ib/jaarplanning"),
		schoolDoc(w, BRINRegenboog, "Zorgstructuur De Regenboog", "https://www.obsderegenboog.nl/ib/zorgstructuur"),
		schoolDoc(w, BRINKompas, "Jaarplanning IB Het Kompas", "https://www.hetkompas-zuidoost.nl/ib/jaarplanning"),
		schoolDoc(w, brinGaasperparel, "Jaarplanning IB De Gaasperparel", "https://www.degaasperparel.nl/ib/jaarplanning"),
	}
	var zorgbeleid uuid.UUID
	for _, in := range docs {
		d, err := db.CreateDocument(ctx, idb, priya, in)
		if err != nil {
			return fmt.Errorf("document %s: %w", in.Title, err)
		}
		if d.Title == ZorgbeleidDocument {
			zorgbeleid = d.ID
		}
	}

	own, err := db.CreateOwnTemplate(ctx, idb, priya, zuidoost)
	if err != nil {
		return err
	}
	if err := linkZorgbeleid(ctx, idb, priya, own.ID, zorgbeleid); err != nil {
		return err
	}
	sanne, err := db.ActorFor(ctx, idb, w.people[BeheerderEmail])
	if err != nil {
		return err
	}
	dewi := w.people[emailFor("Dewi Soekhoe", "zuidoostsamen.nl")]
	if err := startDemoChecklist(ctx, idb, sanne, dewi, w, []tick{
		{item: 1, by: dewi, daysAgo: 40}, {item: 4, by: dewi, daysAgo: 33, note: "Taakomschrijving besproken met de directeur."},
		{item: 8, by: dewi, daysAgo: 12},
	}); err != nil {
		return err
	}
	if err := addBoardItem(ctx, idb, priya, own.ID); err != nil {
		return err
	}
	lotte, marjolein, jeroen := w.people[StarterEmail], w.people[MentorEmail], w.people[DirectieRegenboogEmail]
	return startDemoChecklist(ctx, idb, sanne, lotte, w, []tick{
		{item: 1, by: lotte, daysAgo: 80, note: "Inlog ParnasSys gekregen van de administratie."},
		{item: 2, by: jeroen, daysAgo: 78},
		{item: 3, by: jeroen, daysAgo: 75, note: "Twee dagen per week IB-tijd afgesproken."},
		{item: 4, by: lotte, daysAgo: 70},
		{item: 5, by: lotte, daysAgo: 64, note: "Onderbouw bij mij, bovenbouw bij Kevin."},
		{item: 8, by: marjolein, daysAgo: 50, note: "Samen het zorgbeleid doorgelopen."},
		{item: 9, by: lotte, daysAgo: 41},
		{item: 12, by: marjolein, daysAgo: 30},
		{item: 17, by: lotte, daysAgo: 14, note: "Aangemeld voor de intervisiegroep."},
		{item: 18, by: jeroen, daysAgo: 9},
		{item: 19, by: lotte, daysAgo: 60, notApplicable: true, note: "De vorige IB'er is met pensioen; er was geen overdrachtsgesprek mogelijk."},
	})
}

func schoolDoc(w *world, brin, title, url string) db.DocumentInput {
	school := w.schools[brin]
	return db.DocumentInput{SchoolID: &school, Title: title, URL: url}
}

// linkZorgbeleid links the board's zorgbeleid to the template's zorgbeleid item.
func linkZorgbeleid(ctx context.Context, idb bun.IDB, a *db.Actor, templateID, document uuid.UUID) error {
	var item db.ChecklistTemplateItem
	err := idb.NewSelect().Model(&item).Join("JOIN checklist_template_parts AS p ON p.id = cti.part_id").
		Where("p.template_id = ? AND cti.text LIKE 'Inzicht in het zorgbeleid%'", templateID).Scan(ctx)
	if err != nil {
		return err
	}
	_, err = db.UpdateTemplateItem(ctx, idb, a, item.ID, db.ChecklistItemInput{Text: item.Text, DocumentID: &document})
	return err
}

// addBoardItem adds the board's own item to the part on kwaliteitszorg en zorgbeleid.
func addBoardItem(ctx context.Context, idb bun.IDB, a *db.Actor, templateID uuid.UUID) error {
	var part uuid.UUID
	if err := idb.NewSelect().Table("checklist_template_parts").Column("id").
		Where("template_id = ? AND title = 'Kwaliteitszorg en zorgbeleid'", templateID).Scan(ctx, &part); err != nil {
		return err
	}
	_, err := db.AddTemplateItem(ctx, idb, a, part, db.ChecklistItemInput{Text: BoardChecklistItem})
	return err
}

// tick marks the item-th item (1-based, in list order) of a demo checklist.
type tick struct {
	item          int
	by            uuid.UUID
	daysAgo       int
	note          string
	notApplicable bool
}

// startDemoChecklist starts a checklist as of the start of the school year
// and records its ticks as the people named did them, on days in the past
// (never before the school year began).
func startDemoChecklist(ctx context.Context, idb bun.IDB, a *db.Actor, starter uuid.UUID, w *world, ticks []tick) error {
	list, err := db.StartChecklist(ctx, idb, a, starter, w.now)
	if err != nil {
		return err
	}
	start := schoolYearStart(w.now)
	if _, err := idb.NewUpdate().Table("checklists").Set("created_at = ?", start).Where("id = ?", list.ID).Exec(ctx); err != nil {
		return err
	}
	items, err := db.ItemsByChecklist(ctx, idb, []uuid.UUID{list.ID})
	if err != nil {
		return err
	}
	for _, t := range ticks {
		it := items[list.ID][t.item-1]
		day := w.now.AddDate(0, 0, -t.daysAgo)
		if day.Before(start) {
			day = start
		}
		status := db.ItemGedaan
		if t.notApplicable {
			status = db.ItemNietVanToepassing
		}
		if _, err := idb.NewUpdate().Table("checklist_items").Set("status = ?", status).
			Set("done_on = ?", day.Format(time.DateOnly)).Set("done_by = ?", t.by).Set("note = ?", t.note).
			Where("id = ?", it.ID).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}
