package demo

import (
	"context"

	"github.com/uptrace/bun"

	"leergang/db"
)

// Organisation keys, used by the data tables to refer to an organisation.
const (
	orgAcademie   = "academie"
	orgZuidoost   = "zuidoost"
	orgTwentekant = "twentekant"
)

type orgSpec struct {
	key    string
	name   string
	kind   db.OrganisationKind
	plaats string
	domain string // e-mail domain of its staff
}

var organisations = []orgSpec{
	{orgAcademie, AcademieName, db.OrganisationAcademie, "Utrecht", "dewegwijzer.nl"},
	{orgZuidoost, ZuidoostName, db.OrganisationBestuur, "Amsterdam", "zuidoostsamen.nl"},
	{orgTwentekant, TwentekantName, db.OrganisationSamenwerkingsverband, "Hengelo", "swvtwentekant.nl"},
}

// The Twente schools the schoolcoaches work at.
const (
	brinEsrand     = "06ER"
	brinVlinder    = "06VB"
	brinBornseBeek = "06BB"
	brinKlokhuis   = "06KH"
)

// The other Zuidoost schools.
const (
	brinBijlmerhof   = "21BH"
	brinGaasperparel = "21GP"
	brinVenserpad    = "21VP"
	brinHolendrecht  = "21HD"
	brinGanzenhoef   = "21GH"
)

type schoolSpec struct {
	org    string
	brin   string
	name   string
	plaats string
}

// schools lists every demo school. Amsterdam (Noord-Holland) and Twente
// (Overijssel) both lie in holiday region noord.
var schools = []schoolSpec{
	{orgZuidoost, BRINRegenboog, "De Regenboog", "Amsterdam-Zuidoost"},
	{orgZuidoost, BRINKompas, "Het Kompas", "Amsterdam-Zuidoost"},
	{orgZuidoost, brinBijlmerhof, "De Bijlmerhof", "Amsterdam-Zuidoost"},
	{orgZuidoost, brinGaasperparel, "De Gaasperparel", "Amsterdam-Zuidoost"},
	{orgZuidoost, brinVenserpad, "Het Venserpad", "Amsterdam-Zuidoost"},
	{orgZuidoost, brinHolendrecht, "De Holendrecht", "Amsterdam-Zuidoost"},
	{orgZuidoost, brinGanzenhoef, "Kindcentrum Ganzenhoef", "Amsterdam-Zuidoost"},
	{orgTwentekant, brinEsrand, "OBS De Esrand", "Hengelo"},
	{orgTwentekant, brinVlinder, "CBS De Vlinderboom", "Enschede"},
	{orgTwentekant, brinBornseBeek, "Basisschool De Bornse Beek", "Borne"},
	{orgTwentekant, brinKlokhuis, "IKC Het Klokhuis", "Almelo"},
}

func loadOrganisations(ctx context.Context, idb bun.IDB, w *world) error {
	for _, spec := range organisations {
		o := &db.Organisation{Name: spec.name, Kind: spec.kind, Plaats: spec.plaats}
		if _, err := idb.NewInsert().Model(o).Returning("id").Exec(ctx); err != nil {
			return err
		}
		w.orgs[spec.key] = o.ID
	}
	return nil
}

func loadSchools(ctx context.Context, idb bun.IDB, w *world) error {
	for _, spec := range schools {
		s := &db.School{OrganisationID: w.orgs[spec.org], Name: spec.name, BRIN: spec.brin, Plaats: spec.plaats, Region: db.RegionNoord}
		if _, err := idb.NewInsert().Model(s).Returning("id").Exec(ctx); err != nil {
			return err
		}
		w.schools[spec.brin] = s.ID
	}
	return nil
}

// domainOf returns the e-mail domain of an organisation's staff.
func domainOf(orgKey string) string {
	for _, o := range organisations {
		if o.key == orgKey {
			return o.domain
		}
	}
	panic("demo: unknown organisation " + orgKey)
}
