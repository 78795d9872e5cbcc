package db

import (
	"regexp"
	"testing"
)

// Codes are 16 base32 characters of 80 random bits: nobody guesses or lists them.
func TestCertificateCodesAreRandomBase32(t *testing.T) {
	seen := map[string]bool{}
	valid := regexp.MustCompile(`^[A-Z2-7]{16}$`)
	for range 200 {
		c, err := newCertificateCode()
		if err != nil {
			t.Fatal(err)
		}
		if !valid.MatchString(c) || seen[c] {
			t.Fatalf("code %q (duplicate: %v)", c, seen[c])
		}
		seen[c] = true
	}
}

func TestNormalizeCertificateCode(t *testing.T) {
	for in, want := range map[string]string{
		"abcd efgh-ijkl 2345": "ABCDEFGHIJKL2345",
		" ABCDEFGHIJKLMNOP ":  "ABCDEFGHIJKLMNOP",
		"ABC":                 "", // too short
		"ABCDEFGHIJKLMNO1":    "", // 1 is not base32
		"ABCDEFGHIJ'; --":     "", // not a code at all
	} {
		if got := NormalizeCertificateCode(in); got != want {
			t.Errorf("NormalizeCertificateCode(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestProgressFigures(t *testing.T) {
	if p := (AttendanceProgress{AttendedMinutes: 450, ExpectedMinutes: 600}).Percent(); p == nil || *p != 75 {
		t.Fatalf("percent %v", p)
	}
	if p := (AttendanceProgress{}).Percent(); p != nil {
		t.Fatalf("no sessions yet gives %v", *p)
	}
	if !(HoursProgress{Hours: 12, ExpectedByNow: 12}).OnTrack() || (HoursProgress{Hours: 11.9, ExpectedByNow: 12}).OnTrack() {
		t.Fatal("on track is hours >= expected by now")
	}
	latest, previous := 3.25, 2.75
	if d := (&CompetencyProgress{Latest: &latest, Previous: &previous}).Delta(); d == nil || *d != 0.5 {
		t.Fatalf("delta %v", d)
	}
	if (&CompetencyProgress{Latest: &latest}).Delta() != nil {
		t.Fatal("a first scan has no delta")
	}
	for v, want := range map[float64]string{26: "26", 2.5: "2,5", 10.333: "10,33", 0: "0"} {
		if got := DutchNumber(v); got != want {
			t.Errorf("DutchNumber(%v) = %q, want %q", v, got, want)
		}
	}
}
