// Package demo loads the demo world that `make run` shows: Academie De
// Wegwijzer, the school board Stichting Zuidoost Samen with 7 schools in
// Amsterdam Zuidoost, and Samenwerkingsverband Twentekant with its
// schoolcoaches. Every name in it is invented.
//
// The content is fixed: loading twice gives the same organisations, schools
// and people. The only date that depends on the day of loading is the IB start
// date of the two starters, which is the start of the current school year.
package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Password is the password of every demo account (documented in the README).
const Password = "Leergang-demo-2026"

// The demo logins, one per role or situation in the story.
const (
	// BeheerderEmail is Sanne de Vries, the academy's beheerder.
	BeheerderEmail = "sanne.devries@dewegwijzer.nl"
	// OpleiderEmail is Marit Jansen, opleider of both programmes.
	OpleiderEmail = "marit.jansen@dewegwijzer.nl"
	// DeelnemerEmail is Marloes Wolters, schoolcoach of Twentekant in year 2 of the programme.
	DeelnemerEmail = "marloes.wolters@swvtwentekant.nl"
	// StarterEmail is Lotte van Dijk, a starting IB'er at De Regenboog.
	StarterEmail = "lotte.vandijk@zuidoostsamen.nl"
	// MentorEmail is Marjolein de Graaf, experienced IB'er at Het Kompas and the starter's maatje.
	MentorEmail = "marjolein.degraaf@zuidoostsamen.nl"
	// DirectieRegenboogEmail is Jeroen van der Linden, directeur of De Regenboog.
	DirectieRegenboogEmail = "jeroen.vanderlinden@zuidoostsamen.nl"
	// DirectieKompasEmail is Gloria Asante, directeur of Het Kompas.
	DirectieKompasEmail = "gloria.asante@zuidoostsamen.nl"
	// BestuurEmail is Priya Ramdin, policy officer of Stichting Zuidoost Samen.
	BestuurEmail = "priya.ramdin@zuidoostsamen.nl"
	// BestuurSWVEmail is Annelies Brinkman, team leader of SWV Twentekant's expertise team.
	BestuurSWVEmail = "annelies.brinkman@swvtwentekant.nl"
	// InvitedEmail is Tim Groenewoud, a KC'er at Kindcentrum Ganzenhoef who is
	// invited but has not chosen a password yet (status INVITED).
	InvitedEmail = "tim.groenewoud@zuidoostsamen.nl"
)

// The organisations, by name.
const (
	AcademieName   = "Academie De Wegwijzer"
	ZuidoostName   = "Stichting Zuidoost Samen"
	TwentekantName = "Samenwerkingsverband Twentekant"
)

// BRIN codes of the schools the story names. All BRIN codes are invented.
const (
	BRINRegenboog = "21RG"
	BRINKompas    = "21KP"
)

// advisoryLockKey serialises LoadIfEmpty between servers that start together
// ("LGDEMO" in ASCII).
const advisoryLockKey int64 = 0x4c4744454d4f

// LoadIfEmpty loads the demo world in one transaction when the database has no people yet; it reports whether it did.
func LoadIfEmpty(ctx context.Context, bdb *bun.DB, baseURL string) (bool, error) {
	loaded := false
	err := bdb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(?)", advisoryLockKey); err != nil {
			return fmt.Errorf("lock demo loading: %w", err)
		}
		var people int
		if err := tx.NewRaw("SELECT count(*) FROM people").Scan(ctx, &people); err != nil {
			return fmt.Errorf("count people: %w", err)
		}
		if people > 0 {
			return nil
		}
		if err := load(ctx, tx, time.Now(), baseURL); err != nil {
			return err
		}
		loaded = true
		return nil
	})
	if err != nil {
		return false, err
	}
	return loaded, nil
}

// DefaultBaseURL is the site address in the demo invitation mail when Load is used.
const DefaultBaseURL = "http://localhost:8080"

// Load loads the demo world into an empty database (used by tests too). It
// runs in a transaction of its own, or in a savepoint when idb is one.
func Load(ctx context.Context, idb bun.IDB) error {
	return idb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		return load(ctx, tx, time.Now(), DefaultBaseURL)
	})
}

// world is what has been loaded so far, so that later steps can refer to it.
type world struct {
	now     time.Time
	baseURL string               // for links in the demo mail
	orgs    map[string]uuid.UUID // by organisation key (orgAcademie, ...)
	schools map[string]uuid.UUID // by BRIN
	people  map[string]uuid.UUID // by e-mail address
}

// load runs every step of the demo world in order, as of the day now.
func load(ctx context.Context, idb bun.IDB, now time.Time, baseURL string) error {
	w := &world{now: now, baseURL: baseURL, orgs: map[string]uuid.UUID{}, schools: map[string]uuid.UUID{}, people: map[string]uuid.UUID{}}
	steps := []struct {
		name string
		run  func(context.Context, bun.IDB, *world) error
	}{
		{"organisations", loadOrganisations},
		{"schools", loadSchools},
		{"people", loadPeople},
		{"invitations", loadInvitations},
		{"planning", loadPlanning},
		{"praktijkopdrachten", loadPraktijk},
		{"growth", loadGrowth},
		{"onboarding", loadOnboarding},
		{"mentoring", loadMentoring},
		{"certificates", loadCertificates},
	}
	for _, s := range steps {
		if err := s.run(ctx, idb, w); err != nil {
			return fmt.Errorf("demo %s: %w", s.name, err)
		}
	}
	return nil
}

// schoolYearStart returns 1 August of the Dutch school year that now falls in.
func schoolYearStart(now time.Time) time.Time {
	year := now.Year()
	if now.Month() < time.August {
		year--
	}
	return time.Date(year, time.August, 1, 0, 0, 0, 0, time.UTC)
}
