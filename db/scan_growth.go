package db

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// A deelnemer's growth in a leergang: the scan moments with the scans the
// reader may see, the average per competency per moment and rater role, and
// self next to opleider per aspect. Averages count finished scans only.

type Growth struct {
	LeergangID   uuid.UUID
	SubjectID    uuid.UUID
	Person       *Person // the deelnemer, readable once RequireSeeGrowth allowed it
	LeergangName string
	Outline      *ScanOutline // nil while the leergang has no framework
	Moments      []*GrowthMoment
	Competencies []*CompetencyGrowth
	Comparisons  []*AspectComparison
}

type GrowthMoment struct {
	Moment *ScanMoment
	// Scans the reader may see: finished ones and the reader's own.
	Scans []*Scan
	// MyScan is the reader's own scan of the deelnemer at this moment.
	MyScan *Scan
	// MyRole is the capacity in which the reader may rate at this moment ("" when not).
	MyRole RaterRole
}

type CompetencyGrowth struct {
	Competency *Competency
	Points     []*GrowthPoint
}

// GrowthPoint is the average of one rater role's current ratings of a
// competency's aspects at one moment.
type GrowthPoint struct {
	MomentID uuid.UUID
	Role     RaterRole
	Average  float64
	Count    int
}

// AspectComparison puts the self-rating next to the opleider's for one
// aspect at one moment (an average when several opleiders rated).
type AspectComparison struct {
	MomentID   uuid.UUID
	Competency *Competency
	Aspect     *Aspect
	Self       *float64
	Opleider   *float64
}

// GetGrowth returns the growth of a deelnemer (the actor when subjectID is nil).
func GetGrowth(ctx context.Context, idb bun.IDB, a *Actor, leergangID uuid.UUID, subjectID *uuid.UUID) (*Growth, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	subject := a.PersonID
	if subjectID != nil {
		subject = *subjectID
	}
	if err := a.RequireSeeGrowth(ctx, idb, leergangID, subject); err != nil {
		return nil, err
	}
	person, err := growthSubject(ctx, idb, subject)
	if err != nil {
		return nil, err
	}
	var leergangName string
	if err := idb.NewSelect().Table("leergangen").Column("name").Where("id = ?", leergangID).Scan(ctx, &leergangName); err != nil {
		return nil, err
	}
	moments, err := scanMomentsOf(ctx, idb, leergangID)
	if err != nil {
		return nil, err
	}
	outline, err := scanOutlineOf(ctx, idb, leergangID)
	if err != nil {
		return nil, err
	}
	scans, err := scansAbout(ctx, idb, a, leergangID, []uuid.UUID{subject})
	if err != nil {
		return nil, err
	}
	caps, err := a.scanCapacities(ctx, idb, leergangID, subject)
	if err != nil {
		return nil, err
	}
	g := &Growth{LeergangID: leergangID, SubjectID: subject, Person: person, LeergangName: leergangName, Outline: outline, Competencies: []*CompetencyGrowth{}, Comparisons: []*AspectComparison{}}
	byMoment := map[uuid.UUID]*GrowthMoment{}
	for _, m := range moments {
		gm := &GrowthMoment{Moment: m, Scans: []*Scan{}, MyRole: caps.roleAt(m)}
		byMoment[m.ID] = gm
		g.Moments = append(g.Moments, gm)
	}
	for _, s := range scans {
		gm := byMoment[s.MomentID]
		if gm == nil {
			continue
		}
		s.Moment = gm.Moment
		gm.Scans = append(gm.Scans, s)
		if s.RaterID != nil && *s.RaterID == a.PersonID {
			gm.MyScan = s
		}
	}
	if g.Moments == nil {
		g.Moments = []*GrowthMoment{}
	}
	if outline != nil {
		g.Competencies = competencyAverages(outline, g.Moments)
		g.Comparisons = aspectComparisons(outline, g.Moments)
	}
	return g, nil
}

// growthSubject reads the deelnemer whose growth the actor may follow
// (RequireSeeGrowth decided that; ScopePeople would hide a starter from their maatje).
func growthSubject(ctx context.Context, idb bun.IDB, id uuid.UUID) (*Person, error) {
	p := new(Person)
	if err := selectPeople(idb, p).Where("p.id = ?", id).Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Persoon")
	}
	return p, nil
}

// mean collects values and reports their average.
type mean struct {
	sum float64
	n   int
}

func (m *mean) add(v int) { m.sum += float64(v); m.n++ }

func (m *mean) value() *float64 {
	if m == nil || m.n == 0 {
		return nil
	}
	v := m.sum / float64(m.n)
	return &v
}

func finished(s *Scan) bool { return s.Status == ScanAfgerond }

func competencyAverages(o *ScanOutline, moments []*GrowthMoment) []*CompetencyGrowth {
	competencyOf := map[uuid.UUID]uuid.UUID{}
	for _, asp := range o.Aspects {
		competencyOf[asp.ID] = asp.CompetencyID
	}
	out := make([]*CompetencyGrowth, len(o.Competencies))
	for i, c := range o.Competencies {
		out[i] = &CompetencyGrowth{Competency: c, Points: []*GrowthPoint{}}
	}
	for _, gm := range moments {
		for _, role := range []RaterRole{RaterZelf, RaterOpleider, RaterMaatje, RaterDirectie} {
			sums := map[uuid.UUID]*mean{}
			for _, s := range gm.Scans {
				if !finished(s) || s.RaterRole != role {
					continue
				}
				for _, r := range s.Ratings {
					c := competencyOf[r.AspectID]
					if sums[c] == nil {
						sums[c] = &mean{}
					}
					sums[c].add(r.Value)
				}
			}
			for _, cg := range out {
				if avg := sums[cg.Competency.ID].value(); avg != nil {
					cg.Points = append(cg.Points, &GrowthPoint{MomentID: gm.Moment.ID, Role: role, Average: *avg, Count: sums[cg.Competency.ID].n})
				}
			}
		}
	}
	return out
}

func aspectComparisons(o *ScanOutline, moments []*GrowthMoment) []*AspectComparison {
	competency := map[uuid.UUID]*Competency{}
	for _, c := range o.Competencies {
		competency[c.ID] = c
	}
	var out []*AspectComparison
	for _, gm := range moments {
		self, opleider := map[uuid.UUID]*mean{}, map[uuid.UUID]*mean{}
		for _, s := range gm.Scans {
			target := map[RaterRole]map[uuid.UUID]*mean{RaterZelf: self, RaterOpleider: opleider}[s.RaterRole]
			if !finished(s) || target == nil {
				continue
			}
			for _, r := range s.Ratings {
				if target[r.AspectID] == nil {
					target[r.AspectID] = &mean{}
				}
				target[r.AspectID].add(r.Value)
			}
		}
		if len(self) == 0 && len(opleider) == 0 {
			continue
		}
		for _, asp := range o.Aspects {
			out = append(out, &AspectComparison{MomentID: gm.Moment.ID, Competency: competency[asp.CompetencyID], Aspect: asp,
				Self: self[asp.ID].value(), Opleider: opleider[asp.ID].value()})
		}
	}
	if out == nil {
		out = []*AspectComparison{}
	}
	return out
}
