package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
)

// IntervisieGroupName is the demo's intervisie group of starting IB'ers.
const IntervisieGroupName = "Intervisie startende IB'ers Zuidoost"

// The demo's log of Lotte van Dijk and her maatje Marjolein de Graaf: three
// meetings since the start of the school year.
var demoLog = []struct {
	byStarter                     bool
	topics, agreements, nextSteps string
	fraction                      float64 // where the meeting falls between the start of the pairing and today
	nextMeetingInDays             int     // 0: none agreed
}{
	{false, "Eerste kennismaking: hoe de eerste weken als IB'er gaan, wat er op de school ligt en wat Lotte van een maatje verwacht.",
		"We spreken elkaar om de drie à vier weken, afwisselend op De Regenboog en Het Kompas.",
		"Lotte zet de vragen op papier die ze in de eerste groepsbesprekingen tegenkwam.", 0.15, 0},
	{true, "Zorgroute doorlopen: van signaal van de leerkracht tot aanmelding bij het samenwerkingsverband, met de sociale kaart erbij.",
		"Marjolein deelt het stroomschema van Het Kompas; Lotte vergelijkt het met het zorgplan van De Regenboog.",
		"Lotte bespreekt de verschillen met Jeroen (directie) en legt vast wie wanneer contact opneemt met ouders.", 0.5, 0},
	{false, "Voorbereiding groepsbespreking groep 3: welke gegevens erbij horen, hoe je de leerkracht laat beginnen en hoe je afspraken vastlegt.",
		"Lotte leidt de volgende groepsbespreking zelf en gebruikt de vragen uit het HGW-formulier.",
		"Na de groepsbespreking evalueren we samen: wat ging goed, wat doe je de volgende keer anders?", 0.85, 14},
}

// loadMentoring adds maatje pairings with their log, and intervisie groups.
func loadMentoring(ctx context.Context, idb bun.IDB, w *world) error {
	if err := loadPairing(ctx, idb, w); err != nil {
		return fmt.Errorf("pairing: %w", err)
	}
	if err := loadIntervisie(ctx, idb, w); err != nil {
		return fmt.Errorf("intervisie: %w", err)
	}
	return nil
}

func loadPairing(ctx context.Context, idb bun.IDB, w *world) error {
	starter, maatje := w.people[StarterEmail], w.people[MentorEmail]
	start := schoolYearStart(w.now)
	var pairingID uuid.UUID
	err := idb.NewRaw(`INSERT INTO mentor_pairings (starter_id, maatje_id, starts_on, ends_on, reason, created_by, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		starter, maatje, start, start.AddDate(1, 0, -1), "Zelfde bestuur · Ook onderbouw · 0 van 2 plekken bezet",
		w.people[BestuurEmail], start).Scan(ctx, &pairingID)
	if err != nil {
		return err
	}
	today := w.now.Truncate(24 * time.Hour)
	span := today.Sub(start)
	for _, e := range demoLog {
		metOn := start.Add(time.Duration(float64(span) * e.fraction)).Truncate(24 * time.Hour)
		author := maatje
		if e.byStarter {
			author = starter
		}
		var next *time.Time
		if e.nextMeetingInDays > 0 {
			d := today.AddDate(0, 0, e.nextMeetingInDays)
			next = &d
		}
		_, err := idb.NewRaw(`INSERT INTO mentor_log_entries (pairing_id, met_on, topics, agreements, next_steps, next_meeting_on, author_id)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, pairingID, metOn, e.topics, e.agreements, e.nextSteps, next, author).Exec(ctx)
		if err != nil {
			return err
		}
	}
	return nil
}

func loadIntervisie(ctx context.Context, idb bun.IDB, w *world) error {
	admin, err := db.ActorFor(ctx, idb, w.people[BeheerderEmail])
	if err != nil {
		return err
	}
	var leergangID uuid.UUID
	if err := idb.NewRaw("SELECT id FROM leergangen WHERE name = ?", ZuidoostLeergangName).Scan(ctx, &leergangID); err != nil {
		return err
	}
	org := w.orgs[orgZuidoost]
	facilitator := w.people[emailFor("Yasmina El Idrissi", "dewegwijzer.nl")]
	lotte := w.people[StarterEmail]
	members := []uuid.UUID{lotte, w.people[emailFor("Dewi Soekhoe", "zuidoostsamen.nl")],
		w.people[emailFor("Nadia Bouzid", "zuidoostsamen.nl")], w.people[emailFor("Femke Bos", "zuidoostsamen.nl")]}
	g, err := db.CreateIntervisieGroup(ctx, idb, admin, db.IntervisieGroupInput{OrganisationID: &org, Name: IntervisieGroupName,
		Description:   "Twee startende en twee ervaren IB'ers brengen om de zes weken een casus uit hun praktijk in.",
		FacilitatorID: &facilitator, LeergangID: &leergangID, MemberIDs: members})
	if err != nil {
		return err
	}
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		return err
	}
	at := func(days int) time.Time {
		d := w.now.In(ams).AddDate(0, 0, days)
		return time.Date(d.Year(), d.Month(), d.Day(), 15, 30, 0, 0, ams)
	}
	past, err := db.PlanIntervisieMeeting(ctx, idb, admin, g.ID, db.MeetingInput{StartsAt: at(-20), EndsAt: at(-20).Add(2 * time.Hour),
		Location: "Het Kompas, teamkamer", Method: "incidentmethode",
		Summary: "Lotte bracht een casus in over een leerkracht die de afspraken uit de groepsbespreking niet nakwam. " +
			"Met de incidentmethode kwamen we tot twee adviezen: de afspraken samen met de leerkracht formuleren en na twee weken kort terugkijken."})
	if err != nil {
		return err
	}
	partly := 75
	_, err = db.RegisterIntervisieAttendance(ctx, idb, admin, past.ID, []db.IntervisieAttendanceInput{
		{PersonID: members[0], Status: db.AttendanceAanwezig},
		{PersonID: members[1], Status: db.AttendanceAanwezig},
		{PersonID: members[2], Status: db.AttendanceGedeeltelijk, Minutes: &partly},
		{PersonID: members[3], Status: db.AttendanceAfwezigMetBericht},
	}, w.now)
	if err != nil {
		return err
	}
	_, err = db.PlanIntervisieMeeting(ctx, idb, admin, g.ID, db.MeetingInput{StartsAt: at(22), EndsAt: at(22).Add(2 * time.Hour),
		Location: "De Regenboog, teamkamer", Method: "roddelmethode"})
	return err
}
