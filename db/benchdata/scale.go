// Package benchdata fills a migrated database with a deterministic world for
// `make bench`: boards with schools, IB'ers (deelnemers), directies, besturen,
// opleiders, leergangen with weekly sessions, attendance, praktijkopdrachten
// with submissions, and competence scans with ratings.
//
// Every row is made by set-based INSERT ... SELECT over generate_series, and
// every id is md5(kind:index)::uuid, so two runs at the same scale give the
// same rows (dates are relative to the load day, like the demo world).
package benchdata

import (
	"fmt"
	"strings"
)

// Scale sets the size of the generated world. Derived counts (schools,
// deelnemers, sessions, ...) are methods so that the generator, the load
// generator and the tests agree on them.
type Scale struct {
	Name string
	// Boards are bestuur organisations; each has SchoolsPerBoard schools, each
	// school IBPerSchool deelnemers and one directie.
	Boards, SchoolsPerBoard, IBPerSchool int
	// LeergangenPerBoard leergangen per board share its deelnemers; each
	// leergang has three groups.
	LeergangenPerBoard int
	// SessionsPerLeergang weekly sessions; each is for two of the three groups.
	SessionsPerLeergang int
	// PastWeeks of those sessions lie before the current week and have attendance.
	PastWeeks int
	// Opleiders give the sessions; one opleider per leergang.
	Opleiders int
	// AssignmentsPerLeergang praktijkopdrachten; each deelnemer has a
	// submission for about half of them.
	AssignmentsPerLeergang int
}

// Board is one bestuur like the demo's: 20 schools, 40 IB'ers, 2 leergangen
// with an opleider each.
func Board() Scale {
	return Scale{Name: "board", Boards: 1, SchoolsPerBoard: 20, IBPerSchool: 2, LeergangenPerBoard: 2,
		SessionsPerLeergang: 100, PastWeeks: 50, Opleiders: 2, AssignmentsPerLeergang: 5}
}

// National is the whole country: 6,000 schools, 12,000 IB'ers, 200
// leergangen, 20,000 sessions, 400,000 attendance rows, 30,000 submissions.
func National() Scale {
	return Scale{Name: "national", Boards: 200, SchoolsPerBoard: 30, IBPerSchool: 2, LeergangenPerBoard: 1,
		SessionsPerLeergang: 100, PastWeeks: 50, Opleiders: 50, AssignmentsPerLeergang: 5}
}

// ByName returns the scale called name.
func ByName(name string) (Scale, error) {
	switch strings.ToLower(name) {
	case "board":
		return Board(), nil
	case "national":
		return National(), nil
	}
	return Scale{}, fmt.Errorf("unknown scale %q: use board or national", name)
}

// Groups per leergang; a session is for two of them.
const groupsPerLeergang = 3

// slotsPerOpleider is how many leergangen one opleider can give without a
// double booking: a weekday (5) times a dagdeel (3).
const slotsPerOpleider = 15

func (s Scale) Schools() int    { return s.Boards * s.SchoolsPerBoard }
func (s Scale) Deelnemers() int { return s.Schools() * s.IBPerSchool }
func (s Scale) Leergangen() int { return s.Boards * s.LeergangenPerBoard }
func (s Scale) Sessions() int   { return s.Leergangen() * s.SessionsPerLeergang }

// DeelnemersPerLeergang is the size of each leergang (the board's IB'ers split evenly).
func (s Scale) DeelnemersPerLeergang() int {
	return s.SchoolsPerBoard * s.IBPerSchool / s.LeergangenPerBoard
}

// Validate refuses scales the generator cannot lay out without conflicts.
func (s Scale) Validate() error {
	switch {
	case s.Boards < 1 || s.SchoolsPerBoard < 1 || s.IBPerSchool < 1 || s.LeergangenPerBoard < 1 || s.Opleiders < 1:
		return fmt.Errorf("scale %s: every count must be at least 1", s.Name)
	case s.Schools() > 9*26*26:
		return fmt.Errorf("scale %s: at most %d schools fit the BRIN numbering", s.Name, 9*26*26)
	case s.SchoolsPerBoard*s.IBPerSchool%s.LeergangenPerBoard != 0:
		return fmt.Errorf("scale %s: a board's IB'ers must split evenly over its leergangen", s.Name)
	case s.DeelnemersPerLeergang() < groupsPerLeergang:
		return fmt.Errorf("scale %s: a leergang needs at least %d deelnemers", s.Name, groupsPerLeergang)
	case s.Opleiders > s.Leergangen():
		return fmt.Errorf("scale %s: more opleiders than leergangen leaves some without sessions", s.Name)
	case s.Leergangen() > slotsPerOpleider*s.Opleiders:
		return fmt.Errorf("scale %s: %d opleiders cannot give %d leergangen without double bookings", s.Name, s.Opleiders, s.Leergangen())
	case s.PastWeeks > s.SessionsPerLeergang || s.SessionsPerLeergang < 3:
		return fmt.Errorf("scale %s: need at least 3 sessions and no more past weeks than sessions", s.Name)
	}
	return nil
}

// Emails of the generated people; the password of all is Password.
func DeelnemerEmail(i int) string { return fmt.Sprintf("deelnemer-%05d@bench.leergang.test", i) }
func DirectieEmail(i int) string  { return fmt.Sprintf("directie-%05d@bench.leergang.test", i) }
func OpleiderEmail(i int) string  { return fmt.Sprintf("opleider-%03d@bench.leergang.test", i) }
func BestuurEmail(i int) string   { return fmt.Sprintf("bestuur-%03d@bench.leergang.test", i) }

// Password of every generated person.
const Password = "Bench-leergang-2026"
