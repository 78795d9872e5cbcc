// Package holidays knows the Dutch school holidays per region, shipped as data
// in the repository, and warns when a date range falls in one.
//
// The data is schoolvakanties.json (see README.md for its sources). Dates are
// compared on the Europe/Amsterdam calendar, whatever the zone of the times
// passed in.
package holidays

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"leergang/db"
)

// Warning says that a session falls in a school holiday of a region.
type Warning struct {
	Region db.Region
	Name   string // herfstvakantie, kerstvakantie, voorjaarsvakantie, meivakantie or zomervakantie
	// StartsOn and EndsOn are the first and last day (inclusive), as midnight UTC.
	StartsOn time.Time
	EndsOn   time.Time
	Message  string
}

// holiday is one vacation of one region.
type holiday struct {
	SchoolYear string // "2026-2027"
	Region     db.Region
	Name       string
	First      date // inclusive
	Last       date // inclusive
}

// yearInfo is one school year of the data.
type yearInfo struct {
	Name     string
	Start    date // 1 August
	End      date // 31 July
	Verified bool
}

//go:embed schoolvakanties.json
var rawData []byte

var (
	all   []holiday
	years []yearInfo
)

var amsterdam = mustLoad("Europe/Amsterdam")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(fmt.Sprintf("holidays: time zone %s: %v (import time/tzdata if the system has no zoneinfo)", name, err))
	}
	return loc
}

func init() {
	var err error
	all, years, err = parse(rawData)
	if err != nil {
		panic("holidays: schoolvakanties.json: " + err.Error())
	}
}

// date is a calendar day, comparable with < on its fields' order.
type date struct {
	Y int
	M time.Month
	D int
}

func dateOf(t time.Time) date {
	y, m, d := t.In(amsterdam).Date()
	return date{y, m, d}
}

func (d date) before(o date) bool {
	if d.Y != o.Y {
		return d.Y < o.Y
	}
	if d.M != o.M {
		return d.M < o.M
	}
	return d.D < o.D
}

func (d date) utcMidnight() time.Time { return time.Date(d.Y, d.M, d.D, 0, 0, 0, 0, time.UTC) }

func parseDate(s string) (date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return date{}, err
	}
	return date{t.Year(), t.Month(), t.Day()}, nil
}

type fileData struct {
	Source      string `json:"source"`
	SchoolYears []struct {
		SchoolYear string `json:"schoolYear"`
		Status     string `json:"status"`
		Source     string `json:"source"`
		Retrieved  string `json:"retrieved"`
		Vacations  []struct {
			Name    string `json:"name"`
			Regions map[db.Region]struct {
				First string `json:"first"`
				Last  string `json:"last"`
			} `json:"regions"`
		} `json:"vacations"`
	} `json:"schoolYears"`
}

var vacationNames = []string{"herfstvakantie", "kerstvakantie", "voorjaarsvakantie", "meivakantie", "zomervakantie"}
var regionOrder = []db.Region{db.RegionNoord, db.RegionMidden, db.RegionZuid}

// parse reads and checks the data file: every school year names its source and
// has all five vacations for all three regions, each inside or just after its school year.
func parse(raw []byte) ([]holiday, []yearInfo, error) {
	var f fileData
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, nil, err
	}
	if f.Source == "" {
		return nil, nil, fmt.Errorf("no source named")
	}
	var hs []holiday
	var ys []yearInfo
	for _, sy := range f.SchoolYears {
		var y1, y2 int
		if _, err := fmt.Sscanf(sy.SchoolYear, "%d-%d", &y1, &y2); err != nil || y2 != y1+1 {
			return nil, nil, fmt.Errorf("school year %q is not of the form 2025-2026", sy.SchoolYear)
		}
		if sy.Source == "" || sy.Retrieved == "" {
			return nil, nil, fmt.Errorf("school year %s names no source or retrieval date", sy.SchoolYear)
		}
		if sy.Status != "official" && sy.Status != "unverified" {
			return nil, nil, fmt.Errorf("school year %s: status %q is neither official nor unverified", sy.SchoolYear, sy.Status)
		}
		info := yearInfo{Name: sy.SchoolYear, Start: date{y1, time.August, 1}, End: date{y2, time.July, 31}, Verified: sy.Status == "official"}
		if len(ys) > 0 && ys[len(ys)-1].End.Y != y1 {
			return nil, nil, fmt.Errorf("school year %s does not follow %s", sy.SchoolYear, ys[len(ys)-1].Name)
		}
		ys = append(ys, info)
		seen := map[string]bool{}
		for _, v := range sy.Vacations {
			if !slices.Contains(vacationNames, v.Name) || seen[v.Name] {
				return nil, nil, fmt.Errorf("school year %s: unexpected or repeated vacation %q", sy.SchoolYear, v.Name)
			}
			seen[v.Name] = true
			if len(v.Regions) != len(regionOrder) {
				return nil, nil, fmt.Errorf("school year %s, %s: want the regions noord, midden and zuid", sy.SchoolYear, v.Name)
			}
			for _, r := range regionOrder {
				p, ok := v.Regions[r]
				if !ok {
					return nil, nil, fmt.Errorf("school year %s, %s: region %s missing", sy.SchoolYear, v.Name, r)
				}
				first, err1 := parseDate(p.First)
				last, err2 := parseDate(p.Last)
				if err1 != nil || err2 != nil {
					return nil, nil, fmt.Errorf("school year %s, %s, %s: bad date", sy.SchoolYear, v.Name, r)
				}
				// A vacation lies in its school year; only the zomervakantie may run into September.
				if last.before(first) || first.before(info.Start) || info.End.before(first) ||
					(v.Name != "zomervakantie" && info.End.before(last)) {
					return nil, nil, fmt.Errorf("school year %s, %s, %s: %s..%s is not a period of that school year",
						sy.SchoolYear, v.Name, r, p.First, p.Last)
				}
				hs = append(hs, holiday{SchoolYear: sy.SchoolYear, Region: r, Name: v.Name, First: first, Last: last})
			}
		}
		if len(seen) != len(vacationNames) {
			return nil, nil, fmt.Errorf("school year %s lacks a vacation", sy.SchoolYear)
		}
	}
	if len(ys) == 0 {
		return nil, nil, fmt.Errorf("no school years")
	}
	slices.SortStableFunc(hs, func(a, b holiday) int {
		switch {
		case a.First.before(b.First):
			return -1
		case b.First.before(a.First):
			return 1
		}
		return slices.Index(regionOrder, a.Region) - slices.Index(regionOrder, b.Region)
	})
	return hs, ys, nil
}

// Check returns every holiday of the given regions that overlaps [from, to),
// compared on the Europe/Amsterdam calendar date, ordered by first day and
// region. An empty or inverted range is taken as the instant from. Unknown
// regions and repeats are ignored.
func Check(regions []db.Region, from, to time.Time) []Warning {
	first := dateOf(from)
	last := first
	if to.After(from) {
		last = dateOf(to.Add(-time.Nanosecond))
	}
	var out []Warning
	for _, h := range all {
		if !slices.Contains(regions, h.Region) {
			continue
		}
		if h.Last.before(first) || last.before(h.First) {
			continue
		}
		out = append(out, Warning{
			Region:   h.Region,
			Name:     h.Name,
			StartsOn: h.First.utcMidnight(),
			EndsOn:   h.Last.utcMidnight(),
			Message:  fmt.Sprintf("Valt in de %s van regio %s (%s).", h.Name, h.Region, span(h.First, h.Last)),
		})
	}
	return out
}

// InAnyRegion reports whether any region has a holiday that overlaps
// [from, to). Where none has, a session's regions cannot change its
// warnings, so the planner need not read them (docs/benchmarks.md).
func InAnyRegion(from, to time.Time) bool {
	return len(Check([]db.Region{db.RegionNoord, db.RegionMidden, db.RegionZuid}, from, to)) > 0
}

// Covered reports whether the data holds the school year (1 August to 31 July)
// of t's Europe/Amsterdam date. The zomervakantie that ends a covered year is
// included even where it runs into the next, uncovered year.
func Covered(t time.Time) bool {
	d := dateOf(t)
	for _, y := range years {
		if !d.before(y.Start) && !y.End.before(d) {
			return true
		}
	}
	return false
}

// Verified reports whether t's school year is covered with dates checked
// against the official source (rijksoverheid.nl); false for unverified years.
func Verified(t time.Time) bool {
	d := dateOf(t)
	for _, y := range years {
		if !d.before(y.Start) && !y.End.before(d) {
			return y.Verified
		}
	}
	return false
}

var months = [...]string{"", "januari", "februari", "maart", "april", "mei", "juni", "juli",
	"augustus", "september", "oktober", "november", "december"}

// span writes a period as rijksoverheid.nl does: "17 t/m 25 oktober 2026",
// "26 februari t/m 5 maart 2028", "19 december 2026 t/m 3 januari 2027".
func span(a, b date) string {
	switch {
	case a.Y != b.Y:
		return fmt.Sprintf("%d %s %d t/m %d %s %d", a.D, months[a.M], a.Y, b.D, months[b.M], b.Y)
	case a.M != b.M:
		return fmt.Sprintf("%d %s t/m %d %s %d", a.D, months[a.M], b.D, months[b.M], b.Y)
	case a.D != b.D:
		return fmt.Sprintf("%d t/m %d %s %d", a.D, b.D, months[b.M], b.Y)
	}
	return fmt.Sprintf("%d %s %d", a.D, months[a.M], a.Y)
}
