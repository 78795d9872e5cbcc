// Package frameworkio reads and writes competency frameworks as CSV and XLSX
// files, so an academy can keep a framework of 4 competencies and 93 aspects
// in a spreadsheet and load it in one go.
//
// The layout (also explained in the SPA's import dialog):
//
// XLSX: sheet "Kader" (or else the first sheet) has one row per aspect under
// the header
//
//	competentie | competentie_omschrijving | aspect | aspect_omschrijving
//
// Rows of one competency need not be adjacent; the competency's description
// may be repeated on each row or given once. A row without an aspect adds a
// competency without aspects. Sheet "Schaal" (optional) holds the rating
// scale under the header waarde | label | omschrijving.
//
// CSV: one file, separated by ';' (or ','), UTF-8, with the header
//
//	soort;competentie;competentie_omschrijving;aspect;aspect_omschrijving;waarde;label;omschrijving
//
// where soort is "aspect" (or empty) for a row of the Kader sheet and
// "schaal" for a row of the Schaal sheet.
//
// Row numbers in errors are the spreadsheet's own: the header is row 1.
package frameworkio

import (
	"fmt"
	"strings"
)

// Document is the content of a framework file.
type Document struct {
	// Scale is nil when the file has no scale rows.
	Scale        []ScaleLevel
	Competencies []Competency
}

type ScaleLevel struct {
	Value       int
	Label       string
	Description string
}

type Competency struct {
	Name        string
	Description string
	Aspects     []Aspect
}

type Aspect struct {
	Title       string
	Description string
}

// AspectCount is the number of aspects over all competencies.
func (d *Document) AspectCount() int {
	n := 0
	for _, c := range d.Competencies {
		n += len(c.Aspects)
	}
	return n
}

// Sheet names and column headers of the layout.
const (
	SheetFramework = "Kader"
	SheetScale     = "Schaal"

	ColKind                  = "soort"
	ColCompetency            = "competentie"
	ColCompetencyDescription = "competentie_omschrijving"
	ColAspect                = "aspect"
	ColAspectDescription     = "aspect_omschrijving"
	ColValue                 = "waarde"
	ColLabel                 = "label"
	ColDescription           = "omschrijving"

	KindAspect = "aspect"
	KindScale  = "schaal"
)

// CSVHeader is the header row of a CSV framework file.
var CSVHeader = []string{ColKind, ColCompetency, ColCompetencyDescription, ColAspect, ColAspectDescription, ColValue, ColLabel, ColDescription}

// Limits that keep one file within what an editor and a scan can handle.
const (
	MaxRows           = 5000
	MaxCompetencies   = 50
	MaxAspects        = 1000
	MaxNameLength     = 200
	MaxTitleLength    = 500
	MaxTextLength     = 4000
	MinScaleValue     = 0
	MaxScaleValue     = 10
	MaxScaleLabelSize = 100
)

// RowError is one problem in one row of the file, with a stable reason code
// and a Dutch message for the person who made the file.
type RowError struct {
	Sheet   string
	Row     int
	Reason  string
	Message string
}

func (e RowError) String() string {
	if e.Row > 0 {
		return fmt.Sprintf("%s rij %d: %s", e.Sheet, e.Row, e.Message)
	}
	return e.Sheet + ": " + e.Message
}

// ParseError lists every problem found in the file; nothing of it is imported.
type ParseError struct{ Errors []RowError }

func (e *ParseError) Error() string {
	parts := make([]string, len(e.Errors))
	for i, r := range e.Errors {
		parts[i] = r.String()
	}
	return "ongeldig kaderbestand: " + strings.Join(parts, "; ")
}
