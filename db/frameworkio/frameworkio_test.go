package frameworkio

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// sampleDocument is the size the issue names: 4 competencies with 93 aspects
// over all, plus a 4-level scale.
func sampleDocument() *Document {
	d := &Document{Scale: []ScaleLevel{
		{1, "Nog niet zichtbaar", ""}, {2, "In ontwikkeling", "Soms, met hulp"}, {3, "Zichtbaar", ""}, {4, "Voorbeeld voor anderen", "Inspireert; \"collega's\""},
	}}
	names := []string{"Doelgericht communiceren", "Zorgbesprekingen leiden", "Leerkrachten adviseren", "Leerkrachten coachen"}
	sizes := []int{24, 23, 23, 23}
	for i, n := range names {
		c := Competency{Name: n, Description: "Omschrijving van " + strings.ToLower(n) + "; met puntkomma"}
		for j := 1; j <= sizes[i]; j++ {
			c.Aspects = append(c.Aspects, Aspect{Title: fmt.Sprintf("%s aspect %d", n, j), Description: fmt.Sprintf("Gedrag %d.%d", i+1, j)})
		}
		d.Competencies = append(d.Competencies, c)
	}
	return d
}

func TestRoundTrip93Aspects(t *testing.T) {
	want := sampleDocument()
	if want.AspectCount() != 93 {
		t.Fatalf("sample has %d aspects", want.AspectCount())
	}
	for _, f := range []struct {
		name  string
		write func(*bytes.Buffer, *Document) error
		read  func(*bytes.Buffer) (*Document, error)
	}{
		{"csv", func(b *bytes.Buffer, d *Document) error { return WriteCSV(b, d) }, func(b *bytes.Buffer) (*Document, error) { return ReadCSV(b) }},
		{"xlsx", func(b *bytes.Buffer, d *Document) error { return WriteXLSX(b, d) }, func(b *bytes.Buffer) (*Document, error) { return ReadXLSX(b) }},
	} {
		t.Run(f.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := f.write(&buf, want); err != nil {
				t.Fatal(err)
			}
			got, err := f.read(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("round trip changed the document:\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestCompetencyWithoutAspectsSurvivesRoundTrip(t *testing.T) {
	want := &Document{Competencies: []Competency{{Name: "Leeg", Description: "Nog zonder aspecten"}, {Name: "Vol", Aspects: []Aspect{{Title: "Een"}}}}}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, want); err != nil {
		t.Fatal(err)
	}
	got, err := ReadCSV(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %+v", got)
	}
}

func TestReadCSVWithCommasAndWithoutKindColumn(t *testing.T) {
	in := "competentie,competentie_omschrijving,aspect,aspect_omschrijving\n" +
		"Coach,Coacht leerkrachten,Stelt open vragen,\n" +
		"Coach,,Geeft feedback,Concreet en tijdig\n" +
		"\n" +
		"Verbinder,Verbindt,Betrekt ouders,\n"
	d, err := ReadCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Competencies) != 2 || len(d.Competencies[0].Aspects) != 2 || d.Competencies[0].Description != "Coacht leerkrachten" {
		t.Fatalf("got %+v", d)
	}
	if d.Scale != nil {
		t.Fatalf("a file without scale rows has no scale, got %+v", d.Scale)
	}
}

func TestReadCSVReportsEveryBadRow(t *testing.T) {
	in := strings.Join([]string{
		strings.Join(CSVHeader, ";"),
		"schaal;;;;;1;Nog niet;",                      // 2 ok
		"schaal;;;;;een;Twee;",                        // 3 bad value
		"schaal;;;;;1;Dubbel;",                        // 4 duplicate value
		"aspect;Coach;Coacht;Vraagt door;",            // 5 ok
		"aspect;;;Zonder competentie;",                // 6 no competency
		"aspect;Coach;Iets anders;Luistert;",          // 7 description differs
		"aspect;Coach;;Vraagt door;",                  // 8 duplicate aspect
		"onzin;Coach;;X;",                             // 9 unknown kind
		"aspect;Coach;;;Omschrijving zonder aspect",   // 10 description without aspect
		"aspect;" + strings.Repeat("x", 201) + ";;A;", // 11 too long
		"schaal;;;;;2;;",                              // 12 label missing
	}, "\n")
	_, err := ReadCSV(strings.NewReader(in))
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("want a ParseError, got %v", err)
	}
	got := map[int]string{}
	for _, e := range pe.Errors {
		if e.Message == "" || e.Sheet != "CSV" {
			t.Errorf("error without message or sheet: %+v", e)
		}
		got[e.Row] = e.Reason
	}
	want := map[int]string{3: "value_out_of_range", 4: "duplicate_value", 6: "competency_required", 7: "competency_description_differs",
		8: "duplicate_aspect", 9: "unknown_kind", 10: "aspect_required", 11: "too_long", 12: "label_required"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("row errors\n got %v\nwant %v", got, want)
	}
}

func TestReadBadHeaderAndEmptyFiles(t *testing.T) {
	for name, in := range map[string]string{
		"bad header":  "naam;omschrijving\nCoach;Iets\n",
		"empty":       "\n\n",
		"only header": strings.Join(CSVHeader, ";") + "\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ReadCSV(strings.NewReader(in))
			var pe *ParseError
			if !errors.As(err, &pe) || len(pe.Errors) != 1 {
				t.Fatalf("want one error, got %v", err)
			}
		})
	}
	_, err := ReadXLSX(strings.NewReader("not a zip"))
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Errors[0].Reason != "unreadable" {
		t.Fatalf("want unreadable, got %v", err)
	}
}

func TestReadXLSXScaleSheetErrorsNameTheSheet(t *testing.T) {
	f := excelize.NewFile()
	_ = f.SetSheetName("Sheet1", "Kader")
	_ = f.SetSheetRow("Kader", "A1", &[]any{"competentie", "competentie_omschrijving", "aspect", "aspect_omschrijving"})
	_ = f.SetSheetRow("Kader", "A2", &[]any{"Coach", "", "Vraagt door", ""})
	_, _ = f.NewSheet("Schaal")
	_ = f.SetSheetRow("Schaal", "A1", &[]any{"waarde", "label", "omschrijving"})
	_ = f.SetSheetRow("Schaal", "A2", &[]any{1, "Nog niet"})
	_ = f.SetSheetRow("Schaal", "A3", &[]any{11, "Te hoog"})
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	_, err := ReadXLSX(&buf)
	var pe *ParseError
	if !errors.As(err, &pe) || len(pe.Errors) != 1 || pe.Errors[0].Sheet != "Schaal" || pe.Errors[0].Row != 3 {
		t.Fatalf("want one error in Schaal row 3, got %v", err)
	}
}

// TestWriteE2EFixtures regenerates the browser test's XLSX files:
// LEERGANG_WRITE_FIXTURES=1 go test ./db/frameworkio -run TestWriteE2EFixtures
func TestWriteE2EFixtures(t *testing.T) {
	if os.Getenv("LEERGANG_WRITE_FIXTURES") == "" {
		t.Skip("set LEERGANG_WRITE_FIXTURES=1 to rewrite frontend/e2e/fixtures")
	}
	dir := filepath.Join("..", "..", "frontend", "e2e", "fixtures")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	d := sampleDocument()
	d.Competencies[0].Name = "Doelgericht communiceren (import)"
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, d); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "kader-93-aspecten.xlsx"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := excelize.NewFile()
	_ = bad.SetSheetName("Sheet1", "Kader")
	for i, r := range [][]any{
		{"competentie", "competentie_omschrijving", "aspect", "aspect_omschrijving"},
		{"Coach", "Coacht leerkrachten", "Vraagt door", ""},
		{"", "", "Aspect zonder competentie", ""},
		{"Coach", "", "Vraagt door", ""},
	} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		_ = bad.SetSheetRow("Kader", cell, &r)
	}
	buf.Reset()
	if _, err := bad.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "kader-fouten.xlsx"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
