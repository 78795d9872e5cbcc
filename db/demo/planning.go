package demo

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
)

// The two programmes of the story. Their dates follow the day of loading, so a
// visitor always finds the moments of the story: sessions this month, history
// in the months before, and plans ahead.
const (
	ZuidoostLeergangName   = "Opbrengstgericht intern begeleiden"
	TwentekantLeergangName = "Resultaatgericht coachen en adviseren"
	// CancelledReason is the reason of the session cancelled this month.
	CancelledReason = "Marit Jansen is ziek. De nieuwe datum volgt zo snel mogelijk."
	// DeelnemerHours is what the demo schoolcoach has in year 2 against the norm of 40.
	DeelnemerHours = 26
)

const (
	locHengelo    = "Hotel Hengelo, zaal Twickel, Bornsestraat 400, Hengelo"
	locHoltweijde = "Landgoed De Holtweijde, Spiekweg 7, Lattrop"
	locZuidoost   = "Bestuursbureau Zuidoost Samen, Bijlmerdreef 101, Amsterdam"
)

// planner creates sessions as the beheerder, through the same checks as the app.
type planner struct {
	ctx      context.Context
	idb      bun.IDB
	admin    *db.Actor
	leergang uuid.UUID
	groups   []uuid.UUID
	opleider []uuid.UUID
	sessions []*db.TrainingSession
}

func (p *planner) add(leerjaar uuid.UUID, kind db.SessionKind, dd db.Dagdeel, title, theme, loc string, start, end time.Time, published bool) (*db.TrainingSession, error) {
	in := &db.SessionInput{LeerjaarID: leerjaar, Kind: kind, Title: title, Theme: theme, StartsAt: start, EndsAt: end,
		Location: loc, GroupIDs: p.groups, OpleiderIDs: p.opleider, Published: published, Overnight: kind == db.SessionTweedaagse,
		Materials: []db.Material{{Label: "Reader " + theme, URL: "https://www.dewegwijzer.nl/materiaal/" + slug(theme)}}}
	if kind == db.SessionDagdeel {
		in.Dagdeel = &dd
	}
	s, err := db.CreateSession(p.ctx, p.idb, p.admin, p.leergang, in)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", title, err)
	}
	p.sessions = append(p.sessions, s)
	return s, nil
}

func (p *planner) dagdeel(leerjaar uuid.UUID, dd db.Dagdeel, title, theme, loc string, day time.Time, published bool) (*db.TrainingSession, error) {
	start, end := db.DagdeelTimes(dd, day)
	return p.add(leerjaar, db.SessionDagdeel, dd, title, theme, loc, start, end, published)
}

func (p *planner) tweedaagse(leerjaar uuid.UUID, title, theme string, day time.Time, published bool) (*db.TrainingSession, error) {
	start := time.Date(day.Year(), day.Month(), day.Day(), 9, 30, 0, 0, db.Amsterdam())
	return p.add(leerjaar, db.SessionTweedaagse, "", title, theme, locHoltweijde, start, start.Add(31*time.Hour), published)
}

// nthWeekday is the n-th (1-based) given weekday of the month that t falls in, shifted by months.
func nthWeekday(t time.Time, months, n int, wd time.Weekday) time.Time {
	first := time.Date(t.Year(), t.Month()+time.Month(months), 1, 0, 0, 0, 0, db.Amsterdam())
	for first.Weekday() != wd {
		first = first.AddDate(0, 0, 1)
	}
	return first.AddDate(0, 0, 7*(n-1))
}

func loadPlanning(ctx context.Context, idb bun.IDB, w *world) error {
	admin, err := db.ActorFor(ctx, idb, w.people[BeheerderEmail])
	if err != nil {
		return err
	}
	if err := loadTwentekant(ctx, idb, w, admin); err != nil {
		return fmt.Errorf("%s: %w", TwentekantLeergangName, err)
	}
	if err := loadZuidoost(ctx, idb, w, admin); err != nil {
		return fmt.Errorf("%s: %w", ZuidoostLeergangName, err)
	}
	return nil
}

func peopleOf(w *world, keep func(personSpec) bool) []uuid.UUID {
	var ids []uuid.UUID
	for _, spec := range people {
		if keep(spec) {
			ids = append(ids, w.people[emailFor(spec.name, domainOf(spec.org))])
		}
	}
	return ids
}

func leerjaarIDs(ctx context.Context, idb bun.IDB, leergang uuid.UUID) ([]uuid.UUID, error) {
	var ids []uuid.UUID
	err := idb.NewRaw(`SELECT id FROM leerjaren WHERE leergang_id = ? ORDER BY number`, leergang).Scan(ctx, &ids)
	return ids, err
}

func groupIDs(ctx context.Context, idb bun.IDB, leergang uuid.UUID) ([]uuid.UUID, error) {
	var ids []uuid.UUID
	err := idb.NewRaw(`SELECT id FROM leergang_groups WHERE leergang_id = ? ORDER BY name`, leergang).Scan(ctx, &ids)
	return ids, err
}

func date(t time.Time) *time.Time {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return &d
}

// loadTwentekant: three years for the schoolcoaches; year 1 done, year 2 running, year 3 planned.
func loadTwentekant(ctx context.Context, idb bun.IDB, w *world, admin *db.Actor) error {
	coaches := peopleOf(w, func(s personSpec) bool { return s.function == db.FunctionSchoolcoach })
	sy := schoolYearStart(w.now)
	var leerjaren []db.LeerjaarInput
	for i := range 3 {
		start := sy.AddDate(i-1, 0, 0)
		leerjaren = append(leerjaren, db.LeerjaarInput{Number: i + 1, StartsOn: date(start), EndsOn: date(start.AddDate(1, 0, -1))})
	}
	l, err := db.CreateLeergang(ctx, idb, admin, db.LeergangInput{
		Name: TwentekantLeergangName, Status: db.LeergangLopend, ClientOrganisationID: w.orgs[orgTwentekant],
		Description: "Driejarige leergang voor het expertiseteam: van ambulant begeleider naar schoolcoach. " +
			"Per jaar vier dagdelen en een tweedaagse; een opgenomen coachgesprek sluit elk jaar af.",
		Leerjaren:     leerjaren,
		Groups:        []db.GroupInput{{Name: "Expertiseteam", MemberIDs: coaches}},
		OpleiderIDs:   []uuid.UUID{w.people[OpleiderEmail], w.people[emailFor("Erik Bakker", "dewegwijzer.nl")]},
		StuurgroepIDs: []uuid.UUID{w.people[BestuurSWVEmail]},
	})
	if err != nil {
		return err
	}
	lj, err := leerjaarIDs(ctx, idb, l.ID)
	if err != nil {
		return err
	}
	groups, err := groupIDs(ctx, idb, l.ID)
	if err != nil {
		return err
	}
	p := &planner{ctx: ctx, idb: idb, admin: admin, leergang: l.ID, groups: groups, opleider: []uuid.UUID{w.people[OpleiderEmail], w.people[emailFor("Erik Bakker", "dewegwijzer.nl")]}}
	themes := []string{"De zes fasen van het coachgesprek", "Doelgericht communiceren", "Adviseren met impact", "Reflecteren op je rol"}

	// Year 1, the school year before this one: done.
	prev := sy.AddDate(-1, 0, 0)
	for i, m := range []int{1, 3, 7, 9} {
		if _, err := p.dagdeel(lj[0], db.DagdeelMiddag, fmt.Sprintf("Jaar 1, dagdeel %d", i+1), themes[i], locHengelo, nthWeekday(prev, m, 2, time.Tuesday), true); err != nil {
			return err
		}
	}
	if _, err := p.tweedaagse(lj[0], "Jaar 1, tweedaagse", "Coachen in de praktijk", nthWeekday(prev, 5, 2, time.Thursday), true); err != nil {
		return err
	}
	// Year 2, this school year: two dagdelen behind us, a tweedaagse and a dagdeel this month, one ahead.
	year2 := []struct {
		kind   db.SessionKind
		months int
		n      int
		theme  string
	}{
		{db.SessionDagdeel, -2, 2, themes[0]},
		{db.SessionDagdeel, -1, 2, themes[1]},
		{db.SessionTweedaagse, 0, 1, "Coachen op resultaat"},
		{db.SessionDagdeel, 0, 4, themes[2]},
		{db.SessionDagdeel, 2, 2, themes[3]},
	}
	dagdeelNr := 0
	for _, s := range year2 {
		if s.kind == db.SessionTweedaagse {
			if _, err := p.tweedaagse(lj[1], "Jaar 2, tweedaagse", s.theme, nthWeekday(w.now, s.months, s.n, time.Thursday), true); err != nil {
				return err
			}
			continue
		}
		dagdeelNr++
		if _, err := p.dagdeel(lj[1], db.DagdeelMiddag, fmt.Sprintf("Jaar 2, dagdeel %d", dagdeelNr), s.theme, locHengelo, nthWeekday(w.now, s.months, s.n, time.Tuesday), true); err != nil {
			return err
		}
	}
	// Year 3, next school year: planned, not yet published.
	next := sy.AddDate(1, 0, 0)
	for i, m := range []int{1, 3, 7, 9} {
		if _, err := p.dagdeel(lj[2], db.DagdeelMiddag, fmt.Sprintf("Jaar 3, dagdeel %d", i+1), themes[i], locHengelo, nthWeekday(next, m, 3, time.Tuesday), false); err != nil {
			return err
		}
	}
	if _, err := p.tweedaagse(lj[2], "Jaar 3, tweedaagse", "Het team als lerende organisatie", nthWeekday(next, 5, 3, time.Thursday), false); err != nil {
		return err
	}

	deelnemer := w.people[DeelnemerEmail]
	if err := registerPast(ctx, idb, w, p.sessions, coaches, map[string]absence{
		"Jaar 2, dagdeel 2|" + deelnemer.String():  {status: db.AttendanceGedeeltelijk, minutes: 120, note: "Eerder weg voor een leerlingbespreking"},
		"Jaar 2, dagdeel 1|" + coaches[1].String(): {status: db.AttendanceAfwezigMetBericht, note: "Ziek gemeld"},
		"Jaar 1, dagdeel 3|" + coaches[2].String(): {status: db.AttendanceAfwezigZonderBericht},
	}); err != nil {
		return err
	}
	return loadTwentekantHours(ctx, idb, w, p.sessions, lj[1], deelnemer, coaches)
}

// absence is an attendance other than a plain "aanwezig".
type absence struct {
	status  db.AttendanceStatus
	minutes int
	note    string
}

// registerPast writes attendance for every published session that has ended:
// everyone present except the given exceptions (keyed "title|person id").
func registerPast(ctx context.Context, idb bun.IDB, w *world, sessions []*db.TrainingSession, members []uuid.UUID, except map[string]absence) error {
	opleider := w.people[OpleiderEmail]
	for _, s := range sessions {
		if !s.Published || s.CancelledAt != nil || s.EndsAt.After(w.now) {
			continue
		}
		for _, m := range members {
			a := absence{status: db.AttendanceAanwezig}
			if x, ok := except[s.Title+"|"+m.String()]; ok {
				a = x
			}
			var minutes *int
			if a.status == db.AttendanceGedeeltelijk {
				minutes = &a.minutes
			}
			if _, err := idb.NewRaw(`INSERT INTO attendance (session_id, person_id, status, minutes, note, registered_by, registered_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)`, s.ID, m, a.status, minutes, a.note, opleider, s.EndsAt).Exec(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}

// loadTwentekantHours gives the demo schoolcoach exactly DeelnemerHours in year 2:
// what attendance credits, topped up with approved self-declared hours.
func loadTwentekantHours(ctx context.Context, idb bun.IDB, w *world, sessions []*db.TrainingSession, year2, deelnemer uuid.UUID, coaches []uuid.UUID) error {
	var credited float64
	if err := idb.NewRaw(`SELECT coalesce(sum(CASE a.status WHEN 'aanwezig' THEN se.credit_minutes WHEN 'gedeeltelijk' THEN a.minutes ELSE 0 END), 0) / 60.0
		FROM attendance a JOIN sessions se ON se.id = a.session_id WHERE a.person_id = ? AND se.leerjaar_id = ?`, deelnemer, year2).Scan(ctx, &credited); err != nil {
		return err
	}
	opleider := w.people[OpleiderEmail]
	topUp := DeelnemerHours - credited
	lit := min(topUp, 4.0)
	decls := []struct {
		person      uuid.UUID
		kind        db.DeclarationKind
		hours       float64
		description string
		daysAgo     int
		status      db.DeclarationStatus
	}{
		{deelnemer, db.DeclarationLiteratuur, lit, "Gelezen: ‘Oplossingsgericht coachen’, hoofdstuk 1–5, met aantekeningen voor het team", 40, db.DeclarationGoedgekeurd},
		{deelnemer, db.DeclarationPraktijkopdracht, topUp - lit, "Voorbereiding en opname coachgesprek met een leerkracht groep 6", 20, db.DeclarationGoedgekeurd},
		{deelnemer, db.DeclarationIntervisie, 1.5, "Intervisie expertiseteam, incidentmethode", 3, db.DeclarationIngediend},
		{coaches[1], db.DeclarationLiteratuur, 3, "Artikelen over feedforward in teamcoaching", 6, db.DeclarationIngediend},
	}
	for _, d := range decls {
		if d.hours <= 0 {
			continue
		}
		done := w.now.AddDate(0, 0, -d.daysAgo)
		var reviewedBy any
		var reviewedAt any
		if d.status == db.DeclarationGoedgekeurd {
			reviewedBy, reviewedAt = opleider, done.AddDate(0, 0, 2)
		}
		if _, err := idb.NewRaw(`INSERT INTO hour_declarations (person_id, leerjaar_id, kind, hours, description, done_on, status, reviewed_by, reviewed_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, d.person, year2, d.kind, d.hours, d.description, date(done), d.status, reviewedBy, reviewedAt).Exec(ctx); err != nil {
			return err
		}
	}
	// Evaluations of the first dagdelen of year 2.
	evals := []struct {
		rating     int
		tops, tips string
	}{
		{5, "De oefening met de zes fasen maakte het heel concreet.", "Meer tijd voor de nabespreking."},
		{4, "Fijn om met echte casussen uit onze scholen te werken.", "De reader eerder sturen."},
		{4, "Goede balans tussen theorie en oefenen.", ""},
	}
	for _, s := range sessions {
		if s.Title != "Jaar 2, dagdeel 1" || s.EndsAt.After(w.now) {
			continue
		}
		for i, e := range evals {
			if _, err := idb.NewRaw(`INSERT INTO session_evaluations (session_id, person_id, rating, tops, tips) VALUES (?, ?, ?, ?, ?)`,
				s.ID, coaches[i+1], e.rating, e.tops, e.tips).Exec(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}

// loadZuidoost: one year, two groups, the directies involved; one session this month is cancelled.
func loadZuidoost(ctx context.Context, idb bun.IDB, w *world, admin *db.Actor) error {
	group1Schools := []string{BRINRegenboog, BRINKompas, brinBijlmerhof, brinGaasperparel}
	inGroup := func(first bool) []uuid.UUID {
		return peopleOf(w, func(s personSpec) bool {
			return s.org == orgZuidoost && slices.Contains(s.roles, db.RoleDeelnemer) && !s.invited &&
				len(s.schools) > 0 && slices.Contains(group1Schools, s.schools[0]) == first
		})
	}
	sy := schoolYearStart(w.now)
	yasmina := w.people[emailFor("Yasmina El Idrissi", "dewegwijzer.nl")]
	l, err := db.CreateLeergang(ctx, idb, admin, db.LeergangInput{
		Name: ZuidoostLeergangName, Status: db.LeergangLopend, ClientOrganisationID: w.orgs[orgZuidoost],
		Description: "Eenjarige leergang voor de IB'ers en KC'ers van Zuidoost Samen, met een uitgebreide intake, " +
			"leervragen en de directies betrokken van begin tot eind.",
		Leerjaren:     []db.LeerjaarInput{{Number: 1, StartsOn: date(sy), EndsOn: date(sy.AddDate(1, 0, -1))}},
		Groups:        []db.GroupInput{{Name: "Groep 1", MemberIDs: inGroup(true)}, {Name: "Groep 2", MemberIDs: inGroup(false)}},
		OpleiderIDs:   []uuid.UUID{w.people[OpleiderEmail], yasmina},
		StuurgroepIDs: []uuid.UUID{w.people[BestuurEmail], w.people[DirectieRegenboogEmail]},
	})
	if err != nil {
		return err
	}
	lj, err := leerjaarIDs(ctx, idb, l.ID)
	if err != nil {
		return err
	}
	groups, err := groupIDs(ctx, idb, l.ID)
	if err != nil {
		return err
	}
	both := &planner{ctx: ctx, idb: idb, admin: admin, leergang: l.ID, groups: groups, opleider: []uuid.UUID{w.people[OpleiderEmail], yasmina}}
	if _, err := both.dagdeel(lj[0], db.DagdeelOchtend, "Intake en leervragen", "Intake", locZuidoost, nthWeekday(w.now, -2, 2, time.Wednesday), true); err != nil {
		return err
	}
	var all []*db.TrainingSession
	all = append(all, both.sessions...)
	themes := []string{"Opbrengstgericht werken met de groepsplannen", "Data-analyse en de zorgroute", "De IB'er als coach van leerkrachten", "Samen met de directie: de kwaliteitscyclus"}
	for gi, g := range groups {
		p := &planner{ctx: ctx, idb: idb, admin: admin, leergang: l.ID, groups: []uuid.UUID{g}, opleider: []uuid.UUID{w.people[OpleiderEmail], yasmina}}
		dd := []db.Dagdeel{db.DagdeelOchtend, db.DagdeelMiddag}[gi]
		for i, months := range []int{-1, 0, 1, 2} {
			title := fmt.Sprintf("Groep %d, bijeenkomst %d", gi+1, i+1)
			if _, err := p.dagdeel(lj[0], dd, title, themes[i], locZuidoost, nthWeekday(w.now, months, 3, time.Wednesday), true); err != nil {
				return err
			}
		}
		all = append(all, p.sessions...)
	}
	// Group 2's session of this month is cancelled.
	for _, s := range all {
		if s.Title == "Groep 2, bijeenkomst 2" {
			if _, err := db.CancelSession(ctx, idb, admin, s.ID, CancelledReason); err != nil {
				return err
			}
			cancelled := time.Now()
			s.CancelledAt = &cancelled
		}
	}
	members := append(inGroup(true), inGroup(false)...)
	if err := registerPast(ctx, idb, w, both.sessions, members, nil); err != nil {
		return err
	}
	for gi, g := range [][]uuid.UUID{inGroup(true), inGroup(false)} {
		var mine []*db.TrainingSession
		for _, s := range all[1:] {
			if len(s.GroupIDs) == 1 && s.GroupIDs[0] == groups[gi] {
				mine = append(mine, s)
			}
		}
		if err := registerPast(ctx, idb, w, mine, g, nil); err != nil {
			return err
		}
	}
	return nil
}

func slug(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			out = append(out, r)
		case r >= 'A' && r <= 'Z':
			out = append(out, r+'a'-'A')
		case len(out) > 0 && out[len(out)-1] != '-':
			out = append(out, '-')
		}
	}
	return string(out)
}
