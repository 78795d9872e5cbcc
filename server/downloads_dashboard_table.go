package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/xuri/excelize/v2"

	"leergang/db"
)

// The dashboard tables as export rows: Dutch column headers, and a writer
// per format that takes one row at a time.

var staffColumns = []string{"Naam", "School", "Leergang", "Leerjaar", "Aanwezigheid (%)", "Afwezig (bijeenkomsten)",
	"Uren", "Norm (uren)", "Uren op schema", "Praktijkopdrachten ingeleverd", "Praktijkopdrachten afgerond",
	"Praktijkopdrachten totaal", "Leervragen", "Leervragen beantwoord", "Checklist gedaan", "Checklist totaal",
	"Zelfscan (laatste gemiddelde en verschil)"}

var schoolColumns = []string{"School", "BRIN", "Deelnemers", "Inschrijvingen", "Gemiddelde aanwezigheid (%)",
	"Uren op schema", "Praktijkopdrachten ingeleverd", "Praktijkopdrachten totaal", "Checklist gedaan",
	"Checklist totaal", "Starters"}

// A cell is a string, an int, a float64 or nil (empty).
func staffCells(p *db.ProgressRow) []any {
	schools := make([]string, len(p.Schools))
	for i, s := range p.Schools {
		schools[i] = s.Name
	}
	var leerjaar, checkDone, checkTotal any
	if p.LeerjaarNumber != nil {
		leerjaar = *p.LeerjaarNumber
	}
	if p.Checklist != nil {
		checkDone, checkTotal = p.Checklist.Done, p.Checklist.Total
	}
	onTrack := "nee"
	if p.Hours.OnTrack() {
		onTrack = "ja"
	}
	var scans []string
	for _, c := range p.Competencies {
		if c.Latest == nil {
			continue
		}
		s := c.Name + " " + db.DutchNumber(*c.Latest)
		if d := c.Delta(); d != nil {
			s += fmt.Sprintf(" (%s%s)", map[bool]string{true: "+", false: ""}[*d >= 0], db.DutchNumber(*d))
		}
		scans = append(scans, s)
	}
	return []any{p.PersonName, strings.Join(schools, ", "), p.LeergangName, leerjaar, optionalFloat(p.Attendance.Percent()),
		p.Attendance.Absences, p.Hours.Hours, p.Hours.Norm, onTrack, p.Assignments.Submitted(), p.Assignments.Completed,
		p.Assignments.Total, p.Leervragen.Total, p.Leervragen.Beantwoord, checkDone, checkTotal, strings.Join(scans, "; ")}
}

func schoolCells(s *db.SchoolProgress) []any {
	return []any{s.SchoolName, s.BRIN, s.People, s.Enrolments, optionalFloat(s.AttendancePct), s.HoursOnTrack,
		s.AssignmentsDone, s.AssignmentsTotal, s.ChecklistDone, s.ChecklistTotal, s.Starters}
}

func optionalFloat(v *float64) any {
	if v == nil {
		return nil
	}
	return *v
}

type tableWriter interface {
	Header(cols []string) error
	Row(cells []any) error
	Close() error
}

// csvTable writes Excel-friendly CSV: a UTF-8 byte order mark, ';' between
// fields and decimal commas, as Dutch Excel expects.
type csvTable struct {
	buf  *bufio.Writer
	w    *csv.Writer
	rows int
}

func newCSVTable(w io.Writer) (*csvTable, error) {
	buf := bufio.NewWriter(w)
	if _, err := buf.WriteString("\ufeff"); err != nil {
		return nil, err
	}
	cw := csv.NewWriter(buf)
	cw.Comma = ';'
	return &csvTable{buf: buf, w: cw}, nil
}

func (t *csvTable) Header(cols []string) error { return t.w.Write(cols) }

func (t *csvTable) Row(cells []any) error {
	rec := make([]string, len(cells))
	for i, c := range cells {
		switch v := c.(type) {
		case nil:
		case string:
			rec[i] = neutraliseFormula(v)
		case float64:
			rec[i] = db.DutchNumber(v)
		default:
			rec[i] = fmt.Sprint(v)
		}
	}
	if err := t.w.Write(rec); err != nil {
		return err
	}
	// Hand the rows to the client as they come, a few hundred at a time.
	if t.rows++; t.rows%200 == 0 {
		t.w.Flush()
		return t.buf.Flush()
	}
	return nil
}

func (t *csvTable) Close() error {
	t.w.Flush()
	if err := t.w.Error(); err != nil {
		return err
	}
	return t.buf.Flush()
}

// neutraliseFormula keeps a name that starts like a formula from running in
// a spreadsheet (CSV injection).
func neutraliseFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// xlsxTable writes a worksheet with excelize's StreamWriter, which keeps the
// rows out of the in-memory workbook.
type xlsxTable struct {
	out  io.Writer
	file *excelize.File
	sw   *excelize.StreamWriter
	row  int
}

func newXLSXTable(w io.Writer, sheet string) (*xlsxTable, error) {
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return nil, err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	return &xlsxTable{out: w, file: f, sw: sw}, nil
}

func (t *xlsxTable) Header(cols []string) error {
	style, err := t.file.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	cells := make([]any, len(cols))
	for i, c := range cols {
		cells[i] = excelize.Cell{StyleID: style, Value: c}
	}
	if err := t.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return t.Row(cells)
}

func (t *xlsxTable) Row(cells []any) error {
	t.row++
	cell, err := excelize.CoordinatesToCellName(1, t.row)
	if err != nil {
		return err
	}
	return t.sw.SetRow(cell, cells)
}

func (t *xlsxTable) Close() error {
	if err := t.sw.Flush(); err != nil {
		return err
	}
	defer t.file.Close()
	return t.file.Write(t.out)
}

var unsafeNameChars = regexp.MustCompile(`[^\p{L}\p{N}]+`)

// fileSlug makes a safe part of a download name: "Marloes Wolters" -> "marloes-wolters".
func fileSlug(name string) string {
	slug := strings.Trim(unsafeNameChars.ReplaceAllString(strings.ToLower(name), "-"), "-")
	if r := []rune(slug); len(r) > 60 {
		slug = string(r[:60])
	}
	return slug
}
