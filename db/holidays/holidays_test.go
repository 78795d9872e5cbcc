package holidays

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"leergang/db"
)

// at is a wall-clock time in Amsterdam.
func at(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, amsterdam)
}

// dagdeel is a morning session on that day.
func dagdeel(y int, m time.Month, d int) (time.Time, time.Time) {
	return at(y, m, d, 9, 0), at(y, m, d, 12, 30)
}

func names(ws []Warning) []string {
	var out []string
	for _, w := range ws {
		out = append(out, string(w.Region)+":"+w.Name)
	}
	return out
}

func TestCheckPerRegion(t *testing.T) {
	noord, midden, zuid := db.RegionNoord, db.RegionMidden, db.RegionZuid
	tests := []struct {
		name    string
		region  db.Region
		y       int
		m       time.Month
		d       int
		want    string // "" for no warning
		message string
	}{
		// 2027-2028 (official): herfstvakantie noord/midden 16–24 Oct, zuid 23–31 Oct 2027.
		{"noord herfst first day", noord, 2027, time.October, 16, "herfstvakantie", "Valt in de herfstvakantie van regio noord (16 t/m 24 oktober 2027)."},
		{"noord herfst inside", noord, 2027, time.October, 20, "herfstvakantie", ""},
		{"noord herfst last day", noord, 2027, time.October, 24, "herfstvakantie", ""},
		{"noord day before herfst", noord, 2027, time.October, 15, "", ""},
		{"noord day after herfst", noord, 2027, time.October, 25, "", ""},
		{"zuid a week later", zuid, 2027, time.October, 25, "herfstvakantie", "Valt in de herfstvakantie van regio zuid (23 t/m 31 oktober 2027)."},
		{"zuid last day", zuid, 2027, time.October, 31, "herfstvakantie", ""},
		{"zuid day after", zuid, 2027, time.November, 1, "", ""},
		{"zuid not yet", zuid, 2027, time.October, 20, "", ""},
		// voorjaarsvakantie 2028: noord 19–27 Feb, midden and zuid 26 Feb – 5 Mar.
		{"noord voorjaars last day", noord, 2028, time.February, 27, "voorjaarsvakantie", "Valt in de voorjaarsvakantie van regio noord (19 t/m 27 februari 2028)."},
		{"noord after voorjaars", noord, 2028, time.February, 28, "", ""},
		{"midden voorjaars across months", midden, 2028, time.March, 2, "voorjaarsvakantie", "Valt in de voorjaarsvakantie van regio midden (26 februari t/m 5 maart 2028)."},
		{"midden day before voorjaars", midden, 2028, time.February, 25, "", ""},
		{"midden voorjaars last day", midden, 2028, time.March, 5, "voorjaarsvakantie", ""},
		{"midden after voorjaars", midden, 2028, time.March, 6, "", ""},
		// kerstvakantie 2027/28 runs into the next year, the same for every region.
		{"zuid kerst across years", zuid, 2028, time.January, 3, "kerstvakantie", "Valt in de kerstvakantie van regio zuid (25 december 2027 t/m 9 januari 2028)."},
		{"midden kerst first day", midden, 2027, time.December, 25, "kerstvakantie", ""},
		{"midden day before kerst", midden, 2027, time.December, 24, "", ""},
		{"noord after kerst", noord, 2028, time.January, 10, "", ""},
		// zomervakantie 2028: midden first (8 Jul – 20 Aug), noord 15 Jul – 27 Aug, zuid 22 Jul – 3 Sep.
		{"midden zomer first day", midden, 2028, time.July, 8, "zomervakantie", "Valt in de zomervakantie van regio midden (8 juli t/m 20 augustus 2028)."},
		{"noord not yet zomer", noord, 2028, time.July, 14, "", ""},
		{"noord zomer first day", noord, 2028, time.July, 15, "zomervakantie", ""},
		{"zuid zomer into september", zuid, 2028, time.September, 3, "zomervakantie", "Valt in de zomervakantie van regio zuid (22 juli t/m 3 september 2028)."},
		{"zuid after zomer", zuid, 2028, time.September, 4, "", ""},
		// meivakantie 2028: 29 Apr – 7 May everywhere.
		{"midden meivakantie", midden, 2028, time.May, 1, "meivakantie", "Valt in de meivakantie van regio midden (29 april t/m 7 mei 2028)."},
		{"midden before meivakantie", midden, 2028, time.April, 28, "", ""},
		// 2026-2027 (unverified data): herfstvakantie noord 10–18 Oct, midden/zuid 17–25 Oct 2026.
		{"noord herfst 2026", noord, 2026, time.October, 12, "herfstvakantie", "Valt in de herfstvakantie van regio noord (10 t/m 18 oktober 2026)."},
		{"midden herfst 2026 first day", midden, 2026, time.October, 17, "herfstvakantie", "Valt in de herfstvakantie van regio midden (17 t/m 25 oktober 2026)."},
		{"midden day before herfst 2026", midden, 2026, time.October, 16, "", ""},
		{"zuid herfst 2026 last day", zuid, 2026, time.October, 25, "herfstvakantie", ""},
		{"noord after herfst 2026", noord, 2026, time.October, 19, "", ""},
		// 2025-2026 (unverified data): zomervakantie noord 4 Jul – 16 Aug 2026.
		{"noord zomer 2026 last day", noord, 2026, time.August, 16, "zomervakantie", "Valt in de zomervakantie van regio noord (4 juli t/m 16 augustus 2026)."},
		{"noord after zomer 2026", noord, 2026, time.August, 17, "", ""},
		{"midden still zomer 2026", midden, 2026, time.August, 17, "zomervakantie", ""},
		// An ordinary school week.
		{"november", midden, 2026, time.November, 24, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from, to := dagdeel(tt.y, tt.m, tt.d)
			ws := Check([]db.Region{tt.region}, from, to)
			if tt.want == "" {
				if len(ws) != 0 {
					t.Fatalf("want no warning, got %v", names(ws))
				}
				return
			}
			if len(ws) != 1 || ws[0].Name != tt.want || ws[0].Region != tt.region {
				t.Fatalf("want one %s of %s, got %v", tt.want, tt.region, names(ws))
			}
			if tt.message != "" && ws[0].Message != tt.message {
				t.Errorf("message\n got %q\nwant %q", ws[0].Message, tt.message)
			}
			day := time.Date(tt.y, tt.m, tt.d, 0, 0, 0, 0, time.UTC)
			if day.Before(ws[0].StartsOn) || day.After(ws[0].EndsOn) {
				t.Errorf("day %s not within StartsOn %s – EndsOn %s", day.Format(time.DateOnly),
					ws[0].StartsOn.Format(time.DateOnly), ws[0].EndsOn.Format(time.DateOnly))
			}
			if ws[0].StartsOn.Location() != time.UTC || ws[0].StartsOn.Hour() != 0 {
				t.Errorf("StartsOn %v is not midnight UTC", ws[0].StartsOn)
			}
		})
	}
}

func TestCheckUsesAmsterdamCalendarDate(t *testing.T) {
	// 23:30 UTC on 15 October 2027 is already 16 October (01:30) in Amsterdam:
	// the first day of noord's herfstvakantie.
	from := time.Date(2027, time.October, 15, 23, 30, 0, 0, time.UTC)
	if ws := Check([]db.Region{db.RegionNoord}, from, from.Add(time.Hour)); len(ws) != 1 {
		t.Fatalf("want the herfstvakantie, got %v", names(ws))
	}
	// An evening session that ends exactly at midnight does not reach the next day.
	s, e := at(2027, time.October, 15, 19, 0), at(2027, time.October, 16, 0, 0)
	if ws := Check([]db.Region{db.RegionNoord}, s, e); len(ws) != 0 {
		t.Fatalf("[19:00, 00:00) on the 15th touches no holiday, got %v", names(ws))
	}
	// A tweedaagse from Friday to Saturday touches the first day.
	s, e = at(2027, time.October, 15, 9, 30), at(2027, time.October, 16, 16, 30)
	if ws := Check([]db.Region{db.RegionNoord}, s, e); len(ws) != 1 {
		t.Fatalf("tweedaagse into the holiday: got %v", names(ws))
	}
	// An empty range is the instant itself.
	if ws := Check([]db.Region{db.RegionNoord}, at(2027, time.October, 16, 9, 0), at(2027, time.October, 16, 9, 0)); len(ws) != 1 {
		t.Fatalf("instant on the first day: got %v", names(ws))
	}
}

func TestCheckSeveralRegions(t *testing.T) {
	// 25 October 2027: noord and midden are back at school, zuid is on holiday.
	from, to := dagdeel(2027, time.October, 22)
	ws := Check([]db.Region{db.RegionZuid, db.RegionNoord, db.RegionMidden, db.RegionNoord}, from, to)
	if got := strings.Join(names(ws), ","); got != "noord:herfstvakantie,midden:herfstvakantie" {
		t.Fatalf("22 Oct 2027: got %s", got)
	}
	// A range over three weeks touches all three herfstvakanties, ordered by first day then region.
	ws = Check([]db.Region{db.RegionZuid, db.RegionMidden, db.RegionNoord}, at(2027, time.October, 10, 0, 0), at(2027, time.November, 1, 0, 0))
	if got := strings.Join(names(ws), ","); got != "noord:herfstvakantie,midden:herfstvakantie,zuid:herfstvakantie" {
		t.Fatalf("October 2027: got %s", got)
	}
	if ws := Check(nil, from, to); len(ws) != 0 {
		t.Fatalf("no regions: got %v", names(ws))
	}
	if ws := Check([]db.Region{"oost"}, from, to); len(ws) != 0 {
		t.Fatalf("unknown region: got %v", names(ws))
	}
}

func TestCovered(t *testing.T) {
	tests := []struct {
		t    time.Time
		want bool
	}{
		{at(2025, time.July, 31, 12, 0), false}, // school year 2024-2025
		{at(2025, time.August, 1, 0, 0), true},
		{at(2026, time.November, 23, 12, 0), true},
		{at(2028, time.July, 31, 23, 59), true},
		{at(2028, time.August, 1, 0, 0), false},                         // school year 2028-2029
		{time.Date(2028, time.July, 31, 22, 30, 0, 0, time.UTC), false}, // 00:30 on 1 August in Amsterdam
	}
	for _, tt := range tests {
		if got := Covered(tt.t); got != tt.want {
			t.Errorf("Covered(%s) = %v, want %v", tt.t.In(amsterdam).Format(time.RFC3339), got, tt.want)
		}
	}
	if !Verified(at(2027, time.October, 1, 0, 0)) || Verified(at(2026, time.October, 1, 0, 0)) || Verified(at(2030, time.October, 1, 0, 0)) {
		t.Error("only 2027-2028 is verified against the official page")
	}
}

// TestDataFile checks the shipped file beyond what parse enforces: every
// school year names a rijksoverheid.nl page, holidays of one region do not overlap,
// and every vacation starts on a Saturday and ends on a Sunday.
func TestDataFile(t *testing.T) {
	if len(years) != 3 || years[0].Name != "2025-2026" || years[2].Name != "2027-2028" {
		t.Fatalf("school years: %+v", years)
	}
	var f fileData
	if err := json.Unmarshal(rawData, &f); err != nil {
		t.Fatal(err)
	}
	for _, sy := range f.SchoolYears {
		want := "https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar/overzicht-schoolvakanties-" + sy.SchoolYear
		if sy.Source != want {
			t.Errorf("%s: source %q, want %q", sy.SchoolYear, sy.Source, want)
		}
	}
	if len(all) != 3*5*3 {
		t.Fatalf("want 45 holidays, got %d", len(all))
	}
	last := map[db.Region]date{}
	for _, h := range all {
		if prev, ok := last[h.Region]; ok && !prev.before(h.First) {
			t.Errorf("%s %s %s overlaps the holiday before it", h.SchoolYear, h.Region, h.Name)
		}
		last[h.Region] = h.Last
		if wd := h.First.utcMidnight().Weekday(); wd != time.Saturday {
			t.Errorf("%s %s %s starts on a %s", h.SchoolYear, h.Region, h.Name, wd)
		}
		if wd := h.Last.utcMidnight().Weekday(); wd != time.Sunday {
			t.Errorf("%s %s %s ends on a %s", h.SchoolYear, h.Region, h.Name, wd)
		}
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, sy := range f.SchoolYears {
		if !strings.Contains(string(readme), sy.Source) {
			t.Errorf("README.md does not name the source of %s", sy.SchoolYear)
		}
	}
}

func TestParseRefusesBrokenData(t *testing.T) {
	good := func() map[string]any {
		var m map[string]any
		if err := json.Unmarshal(rawData, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	year := func(m map[string]any, i int) map[string]any { return m["schoolYears"].([]any)[i].(map[string]any) }
	vacation := func(m map[string]any, i, j int) map[string]any {
		return year(m, i)["vacations"].([]any)[j].(map[string]any)
	}
	tests := []struct {
		name   string
		change func(m map[string]any)
	}{
		{"no source", func(m map[string]any) { delete(m, "source") }},
		{"year without source", func(m map[string]any) { delete(year(m, 1), "source") }},
		{"unknown status", func(m map[string]any) { year(m, 0)["status"] = "maybe" }},
		{"missing region", func(m map[string]any) { delete(vacation(m, 2, 0)["regions"].(map[string]any), "zuid") }},
		{"missing vacation", func(m map[string]any) {
			y := year(m, 2)
			y["vacations"] = y["vacations"].([]any)[:4]
		}},
		{"date outside its school year", func(m map[string]any) {
			vacation(m, 2, 0)["regions"].(map[string]any)["noord"] = map[string]any{"first": "2026-10-16", "last": "2026-10-24"}
		}},
		{"last before first", func(m map[string]any) {
			vacation(m, 2, 0)["regions"].(map[string]any)["noord"] = map[string]any{"first": "2027-10-24", "last": "2027-10-16"}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := good()
			tt.change(m)
			raw, _ := json.Marshal(m)
			if _, _, err := parse(raw); err == nil {
				t.Fatal("parse accepted broken data")
			}
		})
	}
	raw, _ := json.Marshal(good())
	if _, _, err := parse(raw); err != nil {
		t.Fatalf("the shipped data, re-encoded: %v", err)
	}
}

func TestSpan(t *testing.T) {
	d := func(y int, m time.Month, dd int) date { return date{y, m, dd} }
	for _, tt := range []struct {
		a, b date
		want string
	}{
		{d(2026, 10, 17), d(2026, 10, 25), "17 t/m 25 oktober 2026"},
		{d(2028, 2, 26), d(2028, 3, 5), "26 februari t/m 5 maart 2028"},
		{d(2026, 12, 19), d(2027, 1, 3), "19 december 2026 t/m 3 januari 2027"},
		{d(2026, 5, 5), d(2026, 5, 5), "5 mei 2026"},
	} {
		if got := span(tt.a, tt.b); got != tt.want {
			t.Errorf("span = %q, want %q", got, tt.want)
		}
	}
}

// InAnyRegion is true exactly when some region's holiday overlaps: the
// herfstvakantie of 2026 is two weeks, a week per region; a week in
// November is no holiday anywhere.
func TestInAnyRegion(t *testing.T) {
	for _, c := range []struct {
		from, to time.Time
		want     bool
	}{
		{at(2026, time.October, 13, 9, 0), at(2026, time.October, 13, 12, 0), true},
		{at(2026, time.October, 20, 9, 0), at(2026, time.October, 20, 12, 0), true},
		{at(2026, time.November, 24, 9, 0), at(2026, time.November, 24, 12, 0), false},
	} {
		if got := InAnyRegion(c.from, c.to); got != c.want {
			t.Errorf("%s: InAnyRegion = %v, want %v", c.from.Format("2006-01-02"), got, c.want)
		}
	}
}
