package demo

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
)

// personSpec is one demo person. The e-mail address follows from the name and
// the employer's domain (see emailFor).
type personSpec struct {
	name     string
	org      string // employer (organisation key)
	roles    []db.Role
	schools  []string // BRIN codes of the schools they work at or lead
	function db.DeelnemerFunction
	wtf      float64 // werktijdfactor; 0 means not set
	bouw     db.Bouw
	ibStart  string // IB start date (YYYY-MM-DD), fixed and long enough ago not to count as a starter
	starter  bool   // started as IB'er at the start of the current school year
	invited  bool   // invited, has not chosen a password yet
}

func staff(name, org string, role db.Role) personSpec {
	return personSpec{name: name, org: org, roles: []db.Role{role}}
}

func directie(name, brin string) personSpec {
	return personSpec{name: name, org: orgZuidoost, roles: []db.Role{db.RoleDirectie}, schools: []string{brin}}
}

// ib is an experienced IB'er or KC'er of Zuidoost Samen.
func ib(name, brin string, fn db.DeelnemerFunction, wtf float64, bouw db.Bouw, ibStart string) personSpec {
	return personSpec{name: name, org: orgZuidoost, roles: []db.Role{db.RoleDeelnemer}, schools: []string{brin},
		function: fn, wtf: wtf, bouw: bouw, ibStart: ibStart}
}

// starter is an IB'er of Zuidoost Samen in their first school year in the role.
func starter(name, brin string, wtf float64, bouw db.Bouw) personSpec {
	p := ib(name, brin, db.FunctionIB, wtf, bouw, "")
	p.starter = true
	return p
}

// coach is a schoolcoach of SWV Twentekant.
func coach(name string, wtf float64, brins ...string) personSpec {
	return personSpec{name: name, org: orgTwentekant, roles: []db.Role{db.RoleDeelnemer}, schools: brins,
		function: db.FunctionSchoolcoach, wtf: wtf}
}

func invited(p personSpec) personSpec {
	p.invited = true
	return p
}

const (
	ibF = db.FunctionIB
	kcF = db.FunctionKC
	ob  = db.BouwOnderbouw
	bb  = db.BouwBovenbouw
	bei = db.BouwBeide
)

var people = []personSpec{
	// Academie De Wegwijzer.
	staff("Sanne de Vries", orgAcademie, db.RoleBeheerder),
	staff("Marit Jansen", orgAcademie, db.RoleOpleider),
	staff("Erik Bakker", orgAcademie, db.RoleOpleider),
	staff("Yasmina El Idrissi", orgAcademie, db.RoleOpleider),

	// Stichting Zuidoost Samen: the policy officer and a directeur per school.
	staff("Priya Ramdin", orgZuidoost, db.RoleBestuur),
	directie("Jeroen van der Linden", BRINRegenboog),
	directie("Gloria Asante", BRINKompas),
	directie("Ricardo Martina", brinBijlmerhof),
	directie("Ingrid Hoekstra", brinGaasperparel),
	directie("Mohamed Amrani", brinVenserpad),
	directie("Astrid Sedney", brinHolendrecht),
	directie("Wouter ten Brink", brinGanzenhoef),

	// The IB'ers and KC'ers of Zuidoost Samen, three per school.
	ib("Fatima Ouali", BRINRegenboog, ibF, 0.8, bei, "2016-08-01"),
	ib("Kevin Pinas", BRINRegenboog, kcF, 0.6, bb, "2019-08-01"),
	starter("Lotte van Dijk", BRINRegenboog, 0.5, ob),

	ib("Marjolein de Graaf", BRINKompas, ibF, 0.8, ob, "2009-08-01"),
	ib("Kwame Owusu", BRINKompas, ibF, 0.6, bb, "2018-08-01"),
	ib("Shanti Jagessar", BRINKompas, kcF, 1.0, bei, "2014-01-01"),

	ib("Nadia Bouzid", brinBijlmerhof, ibF, 0.8, bei, "2015-08-01"),
	ib("Bas van Leeuwen", brinBijlmerhof, ibF, 0.4, bb, "2020-08-01"),
	ib("Esther Doorson", brinBijlmerhof, kcF, 0.6, ob, "2012-08-01"),

	ib("Anouk Verhoeven", brinGaasperparel, ibF, 0.6, ob, "2017-08-01"),
	starter("Dewi Soekhoe", brinGaasperparel, 0.6, bb),
	ib("Emre Yıldız", brinGaasperparel, kcF, 0.8, bei, "2013-08-01"),

	ib("Patricia Tjon A Fong", brinVenserpad, kcF, 0.9, bei, "2008-08-01"),
	ib("Youssef El Khatib", brinVenserpad, ibF, 0.8, bb, "2016-01-01"),
	ib("Joyce Mensah", brinVenserpad, ibF, 0.6, ob, "2019-08-01"),

	ib("Femke Bos", brinHolendrecht, ibF, 0.7, bei, "2011-08-01"),
	ib("Rachid Benali", brinHolendrecht, kcF, 0.5, bb, "2020-08-01"),
	ib("Ama Boateng", brinHolendrecht, ibF, 0.4, ob, "2018-08-01"),

	ib("Marieke van 't Hof", brinGanzenhoef, kcF, 0.8, bei, "2010-08-01"),
	ib("Sevda Aydın", brinGanzenhoef, ibF, 0.6, ob, "2017-08-01"),
	// Came from another board this autumn and has not accepted the invitation yet.
	invited(ib("Tim Groenewoud", brinGanzenhoef, kcF, 0.5, bb, "2015-08-01")),

	// Samenwerkingsverband Twentekant: the team leader and the expertise team.
	staff("Annelies Brinkman", orgTwentekant, db.RoleBestuur),
	coach("Marloes Wolters", 0.8, brinEsrand, brinBornseBeek),
	coach("Gert-Jan Nijhuis", 1.0, brinVlinder),
	coach("Hatice Kaya", 0.6, brinVlinder, brinKlokhuis),
	coach("Bram Oude Egbrink", 0.8, brinBornseBeek),
	coach("Chloé Mulder", 0.6, brinKlokhuis),
	coach("Dennis ter Horst", 1.0, brinEsrand),
	coach("Ilse Lammertink", 0.7, brinEsrand, brinVlinder),
	coach("René Kamphuis", 0.9, brinKlokhuis, brinBornseBeek),
}

func loadPeople(ctx context.Context, idb bun.IDB, w *world) error {
	starterStart := schoolYearStart(w.now)
	var withPassword []uuid.UUID
	for _, spec := range people {
		in := db.PersonInput{Name: spec.name, Email: emailFor(spec.name, domainOf(spec.org)), Roles: spec.roles}
		org := w.orgs[spec.org]
		in.OrganisationID = &org
		for _, brin := range spec.schools {
			in.SchoolIDs = append(in.SchoolIDs, w.schools[brin])
		}
		if spec.function != "" {
			in.Function = &spec.function
		}
		if spec.wtf > 0 {
			in.Werktijdfactor = &spec.wtf
		}
		if spec.bouw != "" {
			in.Bouw = &spec.bouw
		}
		switch {
		case spec.starter:
			in.IBStartDate = &starterStart
		case spec.ibStart != "":
			d, err := time.Parse(time.DateOnly, spec.ibStart)
			if err != nil {
				return fmt.Errorf("%s: %w", spec.name, err)
			}
			in.IBStartDate = &d
		}
		p, err := db.CreatePerson(ctx, idb, in)
		if err != nil {
			return fmt.Errorf("%s: %w", spec.name, err)
		}
		w.people[p.Email] = p.ID
		if !spec.invited {
			withPassword = append(withPassword, p.ID)
		}
	}
	// One hash for everyone: Argon2id is deliberately slow.
	hash, err := db.HashPassword(Password)
	if err != nil {
		return err
	}
	_, err = idb.NewRaw("UPDATE people SET password_hash = ? WHERE id IN (?)", hash, bun.In(withPassword)).Exec(ctx)
	return err
}

// emailFor makes "firstname.lastname@domain" in lower-case ASCII: accents are
// dropped and the parts of the last name are joined ("Marieke van 't Hof" →
// "marieke.vanthof", "Gert-Jan Nijhuis" → "gertjan.nijhuis").
func emailFor(name, domain string) string {
	first, last, _ := strings.Cut(name, " ")
	return asciiLetters(first) + "." + asciiLetters(last) + "@" + domain
}

// asciiFold maps the accented letters the demo names use to plain ones.
var asciiFold = map[rune]rune{
	'á': 'a', 'à': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a',
	'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i', 'ı': 'i',
	'ó': 'o', 'ò': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o',
	'ú': 'u', 'ù': 'u', 'û': 'u', 'ü': 'u',
	'ç': 'c', 'ş': 's', 'ğ': 'g', 'ñ': 'n', 'ÿ': 'y',
}

// asciiLetters lower-cases s, folds accents and keeps only a–z.
func asciiLetters(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if f, ok := asciiFold[r]; ok {
			r = f
		}
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
