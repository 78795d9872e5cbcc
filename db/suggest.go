package db

import (
	"context"
	"fmt"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Maatje suggestions: experienced IB'ers (deelnemers with the IB or KC
// function who are not starters themselves) ranked for one starter by a score
// anyone can follow, each with its reasons in Dutch. All candidates are scored
// in one SQL statement.

// The weights of the score. A full maatje is always ranked after every
// maatje with room, whatever their score.
const (
	scoreSameOrganisation = 40
	scoreSameRegion       = 15
	scoreSameBouw         = 20
	scoreBothBouwen       = 10
	scoreSharedCompetency = 10
	maxSharedCompetencies = 3
	scorePerStarter       = -10
	// MaxSuggestions caps the list a starter gets.
	MaxSuggestions = 25
)

// MaatjeSuggestion is one candidate maatje with the parts of its score.
type MaatjeSuggestion struct {
	Person            PairingParty
	Score             int
	Reasons           []string
	Load              int
	MaxLoad           int
	Full              bool
	SameOrganisation  bool
	SameRegion        bool
	SharedCompetences []string
}

type suggestionRow struct {
	ID          uuid.UUID `bun:"id,type:uuid"`
	Name        string
	Email       string
	Phone       string
	Schools     []string `bun:",array"`
	OrgKind     string
	SameOrg     bool
	SameRegion  bool
	SameBouw    bool
	BothBouwen  bool
	StarterBouw string
	Shared      []string `bun:",array"`
	Load        int
	MaxLoad     int
	Score       int
}

// personOrgSQL is the organisation of the person aliased alias: their
// employer, or else the organisation of their first school.
func personOrgSQL(alias string) string {
	return `coalesce(` + alias + `.organisation_id, (SELECT s.organisation_id FROM person_schools ps JOIN schools s ON s.id = ps.school_id
		WHERE ps.person_id = ` + alias + `.id ORDER BY s.name LIMIT 1))`
}

// personCompetenciesSQL is the array of competencies the leervragen of the
// person aliased alias are about.
func personCompetenciesSQL(alias string) string {
	return `ARRAY(SELECT DISTINCT lc.competency_id FROM leervragen lv JOIN leervraag_competencies lc ON lc.leervraag_id = lv.id
		WHERE lv.person_id = ` + alias + `.id)`
}

// SuggestMaatjes ranks the candidate maatjes for a starter the actor may pair.
func SuggestMaatjes(ctx context.Context, idb bun.IDB, a *Actor, starterID uuid.UUID, limit int) ([]*MaatjeSuggestion, error) {
	if err := a.RequireManagePairing(ctx, idb, starterID); err != nil {
		return nil, err
	}
	if limit <= 0 || limit > MaxSuggestions {
		limit = MaxSuggestions
	}
	rows, err := scoreCandidates(ctx, idb, a, starterID, nil, limit)
	if err != nil {
		return nil, err
	}
	out := make([]*MaatjeSuggestion, 0, len(rows))
	for _, r := range rows {
		out = append(out, r.suggestion())
	}
	return out, nil
}

// scoreCandidates runs the scoring statement; only, when set, limits it to one candidate.
func scoreCandidates(ctx context.Context, idb bun.IDB, a *Actor, starterID uuid.UUID, only *uuid.UUID, limit int) ([]suggestionRow, error) {
	starter := idb.NewSelect().TableExpr("people AS st0").
		ColumnExpr("st0.id, st0.bouw").
		ColumnExpr(personOrgSQL("st0")+" AS org_id").
		ColumnExpr("ARRAY(SELECT DISTINCT s.region FROM person_schools ps JOIN schools s ON s.id = ps.school_id WHERE ps.person_id = st0.id) AS regions").
		ColumnExpr(personCompetenciesSQL("st0")+" AS competencies").
		Where("st0.id = ?", starterID)

	cand := idb.NewSelect().TableExpr("people AS p").Join("CROSS JOIN st").
		ColumnExpr("p.id, p.name, p.email::text AS email, p.phone, p.bouw, st.bouw AS starter_bouw").
		ColumnExpr("ARRAY(SELECT s.name FROM person_schools ps JOIN schools s ON s.id = ps.school_id WHERE ps.person_id = p.id ORDER BY s.name) AS schools").
		ColumnExpr(personOrgSQL("p")+" AS org_id, st.org_id AS starter_org_id").
		ColumnExpr(`EXISTS (SELECT 1 FROM person_schools ps JOIN schools s ON s.id = ps.school_id
			WHERE ps.person_id = p.id AND s.region = ANY (st.regions)) AS same_region`).
		ColumnExpr(`ARRAY(SELECT co.name FROM competencies co WHERE co.id = ANY (st.competencies)
			AND co.id = ANY (`+personCompetenciesSQL("p")+`) ORDER BY co.position, co.name) AS shared`).
		ColumnExpr("(SELECT count(*) FROM mentor_pairings mp WHERE mp.maatje_id = p.id AND mp.closed_at IS NULL)::int AS load").
		Where("p.id <> st.id AND p.disabled_at IS NULL").
		Where("p.function IN ('ib', 'kc')").
		Where("EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id AND r.role = ?)", RoleDeelnemer).
		Where("NOT " + starterSQL("p"))
	if only != nil {
		cand = cand.Where("p.id = ?", *only)
	}
	cand = a.ScopePeople(cand)

	var rows []suggestionRow
	err := idb.NewSelect().With("st", starter).With("cand", cand).TableExpr("cand").
		Join("LEFT JOIN organisations AS o ON o.id = cand.org_id").
		ColumnExpr("cand.id, cand.name, cand.email, cand.phone, cand.schools, cand.shared, cand.load").
		ColumnExpr("coalesce(o.kind, '') AS org_kind, coalesce(o.max_starters_per_maatje, 2) AS max_load").
		ColumnExpr("coalesce(cand.org_id = cand.starter_org_id, false) AS same_org, cand.same_region").
		ColumnExpr("coalesce(cand.bouw = cand.starter_bouw, false) AS same_bouw").
		ColumnExpr("coalesce(cand.bouw = 'beide' AND cand.starter_bouw IN ('onderbouw', 'bovenbouw'), false) AS both_bouwen").
		ColumnExpr("coalesce(cand.starter_bouw, '') AS starter_bouw").
		ColumnExpr(`(CASE WHEN coalesce(cand.org_id = cand.starter_org_id, false) THEN ? WHEN cand.same_region THEN ? ELSE 0 END
			+ CASE WHEN cand.bouw = cand.starter_bouw THEN ? WHEN cand.bouw = 'beide' AND cand.starter_bouw IN ('onderbouw', 'bovenbouw') THEN ? ELSE 0 END
			+ ? * LEAST(cardinality(cand.shared), ?)
			+ ? * cand.load) AS score`,
			scoreSameOrganisation, scoreSameRegion, scoreSameBouw, scoreBothBouwen,
			scoreSharedCompetency, maxSharedCompetencies, scorePerStarter).
		OrderExpr("cand.load >= coalesce(o.max_starters_per_maatje, 2), score DESC, lower(cand.name), cand.id").
		Limit(int64(limit)).Scan(ctx, &rows)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	return rows, nil
}

var organisationWords = map[string]string{
	string(OrganisationBestuur):              "Zelfde bestuur",
	string(OrganisationSamenwerkingsverband): "Zelfde samenwerkingsverband",
}

func (r suggestionRow) suggestion() *MaatjeSuggestion {
	s := &MaatjeSuggestion{
		Person: contactParty(r.ID, r.Name, r.Email, r.Phone, r.Schools),
		Score:  r.Score, Load: r.Load, MaxLoad: r.MaxLoad, Full: r.Load >= r.MaxLoad,
		SameOrganisation: r.SameOrg, SameRegion: r.SameRegion, SharedCompetences: r.Shared,
	}
	switch {
	case r.SameOrg:
		word := organisationWords[r.OrgKind]
		if word == "" {
			word = "Zelfde organisatie"
		}
		s.Reasons = append(s.Reasons, word)
	case r.SameRegion:
		s.Reasons = append(s.Reasons, "Zelfde regio")
	}
	switch {
	case r.SameBouw && r.StarterBouw == string(BouwBeide):
		s.Reasons = append(s.Reasons, "Ook onder- en bovenbouw")
	case r.SameBouw:
		s.Reasons = append(s.Reasons, "Ook "+r.StarterBouw)
	case r.BothBouwen:
		s.Reasons = append(s.Reasons, "Kent ook de "+r.StarterBouw)
	}
	for i, c := range r.Shared {
		if i == maxSharedCompetencies {
			break
		}
		s.Reasons = append(s.Reasons, "Deelt leervraag over "+strings.ToLower(c))
	}
	load := fmt.Sprintf("%d van %d plekken bezet", r.Load, r.MaxLoad)
	if s.Full {
		load = "Vol: " + load
	}
	s.Reasons = append(s.Reasons, load)
	return s
}

// ReasonText is how a suggestion's reasons are stored with a pairing.
func (s *MaatjeSuggestion) ReasonText() string { return strings.Join(s.Reasons, " · ") }
