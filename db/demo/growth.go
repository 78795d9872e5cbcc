package demo

import (
	"context"
	"fmt"
	"hash/fnv"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// The frameworks the seed migration ships; the demo leergangen use them.
const (
	frameworkLBBO     = "f0000000-0000-4000-8000-000000000001"
	frameworkCoaching = "f0000000-0000-4000-8000-000000000002"
)

// EndOfYear2MomentTitle is the open scan moment of the Twentekant leergang,
// where the demo schoolcoach has not filled in her self-scan yet.
const EndOfYear2MomentTitle = "Einde leerjaar 2"

// loadGrowth adds the framework of each leergang, scan moments, scans and
// leervragen: Twentekant's schoolcoaches scanned at the start and the end of
// year 1 (the demo schoolcoach shows growth, and her opleider rated her at
// both), the end of year 2 is open; Zuidoost's IB'ers wrote leervragen at
// the intake, with the expectations of the directie of De Regenboog.
func loadGrowth(ctx context.Context, idb bun.IDB, w *world) error {
	if err := loadTwentekantGrowth(ctx, idb, w); err != nil {
		return err
	}
	return loadZuidoostGrowth(ctx, idb, w)
}

type demoMoment struct {
	id               uuid.UUID
	opensOn, closeOn time.Time
}

func leergangByName(ctx context.Context, idb bun.IDB, name, framework string) (uuid.UUID, []uuid.UUID, error) {
	var id uuid.UUID
	if err := idb.NewRaw("UPDATE leergangen SET framework_id = ? WHERE name = ? RETURNING id", framework, name).Scan(ctx, &id); err != nil {
		return id, nil, fmt.Errorf("leergang %s: %w", name, err)
	}
	years, err := leerjaarIDs(ctx, idb, id)
	return id, years, err
}

func addMoment(ctx context.Context, idb bun.IDB, leergang, leerjaar uuid.UUID, kind, title string, opens, closes time.Time) (demoMoment, error) {
	m := demoMoment{opensOn: opens, closeOn: closes}
	err := idb.NewRaw(`INSERT INTO scan_moments (leergang_id, leerjaar_id, kind, title, opens_on, closes_on) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
		leergang, leerjaar, kind, title, *date(opens), *date(closes)).Scan(ctx, &m.id)
	return m, err
}

func leerjaarDates(ctx context.Context, idb bun.IDB, id uuid.UUID) (start, end time.Time, err error) {
	err = idb.NewRaw("SELECT starts_on, ends_on FROM leerjaren WHERE id = ?", id).Scan(ctx, &start, &end)
	return start, end, err
}

// aspectsOf returns the aspect ids of a framework in order, read at load time.
func aspectsOf(ctx context.Context, idb bun.IDB, framework string) ([]uuid.UUID, error) {
	var ids []uuid.UUID
	err := idb.NewRaw(`SELECT a.id FROM aspects a JOIN competencies c ON c.id = a.competency_id
		WHERE c.framework_id = ? ORDER BY c.position, a.position`, framework).Scan(ctx, &ids)
	if err == nil && len(ids) == 0 {
		err = fmt.Errorf("framework %s has no aspects", framework)
	}
	return ids, err
}

// rating gives a fixed pseudo-random score for a person and aspect around
// base (1..4), so the demo looks lived-in and loads the same every time.
func rating(seed string, i, base int) int {
	h := fnv.New32a()
	fmt.Fprintf(h, "%s/%d", seed, i)
	v := base + int(h.Sum32()%3) - 1
	return max(1, min(4, v))
}

type demoScan struct {
	moment   demoMoment
	subject  uuid.UUID
	rater    uuid.UUID
	role     string
	base     int
	seed     string
	notes    map[int]string
	hideNote bool
}

func (s demoScan) insert(ctx context.Context, idb bun.IDB, aspects []uuid.UUID) error {
	finished := s.moment.opensOn.AddDate(0, 0, 10).Add(14 * time.Hour)
	var id uuid.UUID
	err := idb.NewRaw(`INSERT INTO scans (moment_id, subject_id, rater_id, rater_role, status, finished_at, notes_hidden_from_directie, created_at, updated_at)
		VALUES (?, ?, ?, ?, 'afgerond', ?, ?, ?, ?) RETURNING id`, s.moment.id, s.subject, s.rater, s.role, finished, s.hideNote,
		finished.AddDate(0, 0, -3), finished).Scan(ctx, &id)
	if err != nil {
		return err
	}
	for i, asp := range aspects {
		if _, err := idb.NewRaw(`INSERT INTO scan_ratings (scan_id, aspect_id, value, note, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
			id, asp, rating(s.seed, i, s.base), s.notes[i], s.rater, finished.Add(-time.Duration(len(aspects)-i)*time.Minute)).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

func loadTwentekantGrowth(ctx context.Context, idb bun.IDB, w *world) error {
	lg, years, err := leergangByName(ctx, idb, TwentekantLeergangName, frameworkCoaching)
	if err != nil {
		return err
	}
	aspects, err := aspectsOf(ctx, idb, frameworkCoaching)
	if err != nil {
		return err
	}
	y1Start, y1End, err := leerjaarDates(ctx, idb, years[0])
	if err != nil {
		return err
	}
	_, y2End, err := leerjaarDates(ctx, idb, years[1])
	if err != nil {
		return err
	}
	start, err := addMoment(ctx, idb, lg, years[0], "start", "Start van de leergang", y1Start, y1Start.AddDate(0, 0, 42))
	if err != nil {
		return err
	}
	endY1, err := addMoment(ctx, idb, lg, years[0], "eind_leerjaar", "Einde leerjaar 1", y1End.AddDate(0, 0, -42), y1End)
	if err != nil {
		return err
	}
	// Opened early in the demo, so a visitor can fill it in today.
	if _, err := addMoment(ctx, idb, lg, years[1], "eind_leerjaar", EndOfYear2MomentTitle, w.now.AddDate(0, 0, -7), y2End); err != nil {
		return err
	}
	marloes, marit := w.people[DeelnemerEmail], w.people[OpleiderEmail]
	scans := []demoScan{
		{moment: start, subject: marloes, rater: marloes, role: "zelf", base: 2, seed: "marloes-start",
			notes: map[int]string{0: "Ik merk dat ik in gesprekken snel zelf oplossingen aandraag."}},
		{moment: start, subject: marloes, rater: marit, role: "opleider", base: 2, seed: "marit-start"},
		{moment: endY1, subject: marloes, rater: marloes, role: "zelf", base: 3, seed: "marloes-eind1",
			notes: map[int]string{0: "Ik stel nu eerst open vragen en vat samen voordat ik advies geef."}},
		{moment: endY1, subject: marloes, rater: marit, role: "opleider", base: 3, seed: "marit-eind1",
			notes: map[int]string{1: "Zichtbaar gegroeid in het coachgesprek van de praktijkopdracht."}},
	}
	for i, name := range []string{"Gert-Jan Nijhuis", "Hatice Kaya", "Bram Oude Egbrink", "Chloé Mulder", "Dennis ter Horst"} {
		coach := w.people[emailFor(name, domainOf(orgTwentekant))]
		scans = append(scans,
			demoScan{moment: start, subject: coach, rater: coach, role: "zelf", base: 2, seed: name + "-start"},
			demoScan{moment: endY1, subject: coach, rater: coach, role: "zelf", base: 2 + i%2, seed: name + "-eind1"})
	}
	for _, s := range scans {
		if err := s.insert(ctx, idb, aspects); err != nil {
			return err
		}
	}
	return nil
}

// zuidoostLeervragen are the intake questions of the Zuidoost IB'ers; each
// person gets two of them, linked to competencies by position.
var zuidoostLeervragen = []struct {
	question    string
	kind        string
	competences []int
}{
	{"Hoe voer ik een groepsbespreking zo dat de leerkracht zelf met een plan komt?", "persoonlijk", []int{3}},
	{"Hoe zetten we de trendanalyses van de toetsen om in afspraken voor het hele team?", "school", []int{1, 5}},
	{"Hoe bewaak ik mijn tijd nu ik zowel IB'er als leerkracht ben?", "persoonlijk", []int{5}},
	{"Hoe betrekken we ouders eerder bij de ondersteuning van hun kind?", "school", []int{2}},
	{"Hoe breng ik het gesprek met de directie over de zorgstructuur op gang?", "persoonlijk", []int{5, 4}},
}

func loadZuidoostGrowth(ctx context.Context, idb bun.IDB, w *world) error {
	lg, years, err := leergangByName(ctx, idb, ZuidoostLeergangName, frameworkLBBO)
	if err != nil {
		return err
	}
	aspects, err := aspectsOf(ctx, idb, frameworkLBBO)
	if err != nil {
		return err
	}
	var competencies []uuid.UUID
	if err := idb.NewRaw("SELECT id FROM competencies WHERE framework_id = ? ORDER BY position", frameworkLBBO).Scan(ctx, &competencies); err != nil {
		return err
	}
	y1Start, _, err := leerjaarDates(ctx, idb, years[0])
	if err != nil {
		return err
	}
	start, err := addMoment(ctx, idb, lg, years[0], "start", "Intake", y1Start, y1Start.AddDate(0, 0, 56))
	if err != nil {
		return err
	}
	if _, err := idb.NewRaw("UPDATE scan_moments SET ask_directie = true WHERE id = ?", start.id).Exec(ctx); err != nil {
		return err
	}
	var members []struct {
		ID     uuid.UUID `bun:"id"`
		Name   string    `bun:"name"`
		School uuid.UUID `bun:"school_id"`
	}
	err = idb.NewRaw(`SELECT DISTINCT p.id, p.name, (SELECT ps.school_id FROM person_schools ps WHERE ps.person_id = p.id LIMIT 1) AS school_id
		FROM people p JOIN group_members gm ON gm.person_id = p.id JOIN leergang_groups g ON g.id = gm.group_id
		WHERE g.leergang_id = ? ORDER BY p.name`, lg).Scan(ctx, &members)
	if err != nil {
		return err
	}
	lotte, jeroen := w.people[StarterEmail], w.people[DirectieRegenboogEmail]
	for i, m := range members {
		if err := (demoScan{moment: start, subject: m.ID, rater: m.ID, role: "zelf", base: 2 + i%2, seed: m.Name,
			notes: map[int]string{2: "Dit wil ik dit jaar echt verder brengen."}, hideNote: m.ID == lotte}).insert(ctx, idb, aspects); err != nil {
			return err
		}
		schoolContext := "Basisschool met ongeveer 300 leerlingen; veel nieuwe leerkrachten in het team."
		if m.ID == lotte {
			schoolContext = "Ik ben dit schooljaar begonnen als IB'er voor de onderbouw; daarvoor was ik leerkracht in groep 3."
		}
		expectations, by := "", (*uuid.UUID)(nil)
		if m.School == w.schools[BRINRegenboog] {
			expectations, by = "Wij verwachten dat de IB'ers de groepsbesprekingen gaan leiden volgens de HGW-cyclus "+
				"en twee keer per jaar de trendanalyse met het team bespreken.", &jeroen
		}
		if _, err := idb.NewRaw(`INSERT INTO intakes (leergang_id, person_id, school_context, directie_expectations, expectations_by, expectations_at, submitted_at)
			VALUES (?, ?, ?, ?, ?, CASE WHEN ? THEN ?::timestamptz END, ?)`, lg, m.ID, schoolContext, expectations, by, by != nil,
			y1Start.AddDate(0, 0, 20), y1Start.AddDate(0, 0, 14)).Exec(ctx); err != nil {
			return err
		}
		for k := range 2 {
			q := zuidoostLeervragen[(i+k*2)%len(zuidoostLeervragen)]
			var id uuid.UUID
			if err := idb.NewRaw(`INSERT INTO leervragen (leergang_id, person_id, position, question, kind) VALUES (?, ?, ?, ?, ?) RETURNING id`,
				lg, m.ID, k+1, q.question, q.kind).Scan(ctx, &id); err != nil {
				return err
			}
			for _, c := range q.competences {
				if _, err := idb.NewRaw("INSERT INTO leervraag_competencies (leervraag_id, competency_id) VALUES (?, ?)", id, competencies[c-1]).Exec(ctx); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
