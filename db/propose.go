package db

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// YearPattern asks for a leerjaar's sessions: n dagdelen spread over the year
// plus, optionally, a tweedaagse in the middle.
type YearPattern struct {
	LeerjaarID uuid.UUID
	Dagdelen   int
	Dagdeel    Dagdeel
	Tweedaagse bool
	From, To   *time.Time
}

// ProposedSession is a suggestion; nothing is saved.
type ProposedSession struct {
	Kind     SessionKind
	Dagdeel  *Dagdeel
	Title    string
	StartsAt time.Time
	EndsAt   time.Time
}

// ProposeYear spreads the pattern's sessions evenly between the first and last
// day, moving each to the nearest weekday (Tuesday to Thursday for a dagdeel,
// Thursday–Friday for a tweedaagse) that avoid says is free.
func ProposeYear(ctx context.Context, idb bun.IDB, a *Actor, p YearPattern, avoid func(day time.Time) bool) ([]ProposedSession, error) {
	var lj Leerjaar
	if err := idb.NewSelect().Model(&lj).Where("lj.id = ?", p.LeerjaarID).Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Leerjaar")
	}
	if err := a.RequireManageLeergang(ctx, idb, lj.LeergangID); err != nil {
		return nil, err
	}
	from, to := p.From, p.To
	if from == nil {
		from = lj.StartsOn
	}
	if to == nil {
		to = lj.EndsOn
	}
	var v Validator
	if p.Dagdelen < 0 || p.Dagdelen > 20 {
		v.Add("dagdelen", "out_of_range", "Kies 0 tot 20 dagdelen.")
	}
	if !p.Dagdeel.Valid() {
		v.Add("dagdeel", "required", "Kies ochtend, middag of avond.")
	}
	if from == nil || to == nil {
		v.Add("from", "required", "Kies de eerste en laatste dag, of geef het leerjaar een begin- en einddatum.")
	} else if to.Sub(*from) < 14*24*time.Hour {
		v.Add("to", "invalid", "Plan over ten minste twee weken.")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	start := time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, amsterdam)
	end := time.Date(to.Year(), to.Month(), to.Day(), 0, 0, 0, 0, amsterdam)
	span := end.Sub(start)

	var out []ProposedSession
	used := map[string]bool{} // days that already have a proposed session
	dayKey := func(d time.Time) string { return d.Format("2006-01-02") }
	dagdeel := p.Dagdeel
	for i := 0; i < p.Dagdelen; i++ {
		target := start.Add(span * time.Duration(2*i+1) / time.Duration(2*p.Dagdelen))
		free := func(d time.Time) bool { return avoid(d) || used[dayKey(d)] }
		day := nearestDay(target, start, end, free, func(d time.Time) bool {
			wd := d.Weekday()
			return wd >= time.Tuesday && wd <= time.Thursday
		})
		used[dayKey(day)] = true
		s, e := DagdeelTimes(dagdeel, day)
		out = append(out, ProposedSession{Kind: SessionDagdeel, Dagdeel: &dagdeel, Title: fmt.Sprintf("Dagdeel %d", i+1), StartsAt: s, EndsAt: e})
	}
	if p.Tweedaagse {
		day := nearestDay(start.Add(span/2), start, end.AddDate(0, 0, -1), func(d time.Time) bool {
			next := d.AddDate(0, 0, 1)
			return avoid(d) || avoid(next) || used[dayKey(d)] || used[dayKey(next)]
		}, func(d time.Time) bool { return d.Weekday() == time.Thursday })
		s := time.Date(day.Year(), day.Month(), day.Day(), 9, 30, 0, 0, amsterdam)
		e := time.Date(day.Year(), day.Month(), day.Day()+1, 16, 30, 0, 0, amsterdam)
		out = append(out, ProposedSession{Kind: SessionTweedaagse, Title: "Tweedaagse", StartsAt: s, EndsAt: e})
	}
	sortProposals(out)
	return out, nil
}

// nearestDay searches outward from target for a day within [lo, hi] that fits and is not avoided.
func nearestDay(target, lo, hi time.Time, avoid func(time.Time) bool, fits func(time.Time) bool) time.Time {
	for off := 0; off < 120; off++ {
		for _, d := range []time.Time{target.AddDate(0, 0, off), target.AddDate(0, 0, -off)} {
			if !d.Before(lo) && !d.After(hi) && fits(d) && !avoid(d) {
				return d
			}
		}
	}
	return target
}

func sortProposals(ps []ProposedSession) {
	slices.SortFunc(ps, func(a, b ProposedSession) int { return a.StartsAt.Compare(b.StartsAt) })
}
