package frameworkio

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// ReadCSV parses a CSV framework file. Every bad row is reported in one
// *ParseError.
func ReadCSV(r io.Reader) (*Document, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if !utf8.Valid(data) {
		return nil, fileError("CSV", "not_utf8", "Het bestand is geen UTF-8-tekst. Sla het op als 'CSV UTF-8'.")
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = detectSeparator(data)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	var rows [][]string
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			line := 0
			if errors.As(err, &pe) {
				line = pe.Line
			}
			return nil, &ParseError{Errors: []RowError{{Sheet: "CSV", Row: line, Reason: "unreadable",
				Message: "Deze regel is geen geldige CSV (controleer de aanhalingstekens)."}}}
		}
		rows = append(rows, rec)
		if len(rows) > MaxRows+1 {
			return nil, fileError("CSV", "too_many_rows", "Het bestand heeft te veel rijen (hoogstens "+strconv.Itoa(MaxRows)+").")
		}
	}
	b := newBuilder()
	b.table("CSV", rows, KindAspect, true)
	return b.finish("CSV", "CSV")
}

// detectSeparator picks ';' (what Dutch spreadsheet programs write) unless the
// header line has only commas.
func detectSeparator(data []byte) rune {
	line, _, _ := bytes.Cut(data, []byte("\n"))
	if bytes.Count(line, []byte(",")) > bytes.Count(line, []byte(";")) {
		return ','
	}
	return ';'
}

// ReadXLSX parses an XLSX framework file: sheet "Kader" (or the first sheet)
// and the optional sheet "Schaal".
func ReadXLSX(r io.Reader) (*Document, error) {
	f, err := excelize.OpenReader(r)
	if err != nil {
		return nil, fileError("XLSX", "unreadable", "Dit is geen leesbaar XLSX-bestand.")
	}
	defer func() { _ = f.Close() }()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, fileError("XLSX", "empty", "Het bestand heeft geen werkbladen.")
	}
	frameworkSheet, scaleSheet := sheets[0], ""
	for _, s := range sheets {
		switch strings.ToLower(strings.TrimSpace(s)) {
		case strings.ToLower(SheetFramework):
			frameworkSheet = s
		case strings.ToLower(SheetScale):
			scaleSheet = s
		}
	}
	b := newBuilder()
	for _, s := range []struct {
		name, kind string
	}{{frameworkSheet, KindAspect}, {scaleSheet, KindScale}} {
		if s.name == "" || (s.kind == KindAspect && s.name == scaleSheet) {
			continue
		}
		rows, err := f.GetRows(s.name)
		if err != nil {
			return nil, fileError(s.name, "unreadable", "Dit werkblad is niet leesbaar.")
		}
		if len(rows) > MaxRows+1 {
			return nil, fileError(s.name, "too_many_rows", "Het werkblad heeft te veel rijen (hoogstens "+strconv.Itoa(MaxRows)+").")
		}
		b.table(s.name, rows, s.kind, s.kind == KindAspect)
	}
	return b.finish(frameworkSheet, SheetScale)
}

func fileError(sheet, reason, message string) *ParseError {
	return &ParseError{Errors: []RowError{{Sheet: sheet, Reason: reason, Message: message}}}
}

// builder turns rows into a Document, collecting every problem on the way.
type builder struct {
	doc        Document
	errs       []RowError
	byName     map[string]int // lower-cased competency name -> index
	descRow    map[int]int    // competency index -> row that gave its description
	aspectSeen map[[2]string]int
	scaleSeen  map[int]int
	sawContent bool
}

func newBuilder() *builder {
	return &builder{byName: map[string]int{}, descRow: map[int]int{}, aspectSeen: map[[2]string]int{}, scaleSeen: map[int]int{}}
}

func (b *builder) add(sheet string, row int, reason, message string) {
	b.errs = append(b.errs, RowError{Sheet: sheet, Row: row, Reason: reason, Message: message})
}

// table reads one sheet: a header row, then data rows. defaultKind applies
// when the sheet has no soort column; needsAspects marks the sheet whose
// header must name the competency and aspect columns.
func (b *builder) table(sheet string, rows [][]string, defaultKind string, needsAspects bool) {
	header, first := -1, 0
	for i, r := range rows {
		if !blank(r) {
			header, first = i, i+1
			break
		}
	}
	if header < 0 {
		if needsAspects {
			b.add(sheet, 0, "empty", "Het bestand is leeg: er staat geen kopregel en geen aspect in.")
		}
		return
	}
	cols := map[string]int{}
	for i, h := range rows[header] {
		cols[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	_, hasCompetency := cols[ColCompetency]
	_, hasValue := cols[ColValue]
	if (defaultKind == KindAspect && !hasCompetency) || (defaultKind == KindScale && !hasValue) {
		want := "competentie, competentie_omschrijving, aspect, aspect_omschrijving"
		if defaultKind == KindScale {
			want = "waarde, label, omschrijving"
		}
		b.add(sheet, header+1, "bad_header", "De kopregel klopt niet: verwacht zijn de kolommen "+want+".")
		return
	}
	for i := first; i < len(rows); i++ {
		r := rows[i]
		if blank(r) {
			continue
		}
		cell := func(name string) string {
			if c, ok := cols[name]; ok && c < len(r) {
				return strings.TrimSpace(r[c])
			}
			return ""
		}
		kind := strings.ToLower(cell(ColKind))
		if kind == "" {
			kind = defaultKind
		}
		switch kind {
		case KindAspect:
			b.aspectRow(sheet, i+1, cell)
		case KindScale:
			b.scaleRow(sheet, i+1, cell)
		default:
			b.add(sheet, i+1, "unknown_kind", "Onbekende soort '"+kind+"': gebruik 'aspect' of 'schaal'.")
		}
	}
}

func blank(r []string) bool {
	for _, c := range r {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func (b *builder) tooLong(sheet string, row int, value string, max int, what string) bool {
	if utf8.RuneCountInString(value) > max {
		b.add(sheet, row, "too_long", what+" is te lang (hoogstens "+strconv.Itoa(max)+" tekens).")
		return true
	}
	return false
}

func (b *builder) aspectRow(sheet string, row int, cell func(string) string) {
	name, desc := cell(ColCompetency), cell(ColCompetencyDescription)
	title, adesc := cell(ColAspect), cell(ColAspectDescription)
	if name == "" {
		b.add(sheet, row, "competency_required", "De kolom competentie is leeg.")
		return
	}
	bad := b.tooLong(sheet, row, name, MaxNameLength, "De naam van de competentie")
	bad = b.tooLong(sheet, row, desc, MaxTextLength, "De omschrijving van de competentie") || bad
	bad = b.tooLong(sheet, row, title, MaxTitleLength, "Het aspect") || bad
	bad = b.tooLong(sheet, row, adesc, MaxTextLength, "De omschrijving van het aspect") || bad
	if title == "" && adesc != "" {
		b.add(sheet, row, "aspect_required", "Er staat een omschrijving zonder aspect: vul de kolom aspect in.")
		bad = true
	}
	if bad {
		return
	}
	b.sawContent = true
	key := strings.ToLower(name)
	ci, ok := b.byName[key]
	if !ok {
		if len(b.doc.Competencies) == MaxCompetencies {
			b.add(sheet, row, "too_many_competencies", "Te veel competenties (hoogstens "+strconv.Itoa(MaxCompetencies)+").")
			return
		}
		ci = len(b.doc.Competencies)
		b.byName[key] = ci
		b.doc.Competencies = append(b.doc.Competencies, Competency{Name: name})
	}
	c := &b.doc.Competencies[ci]
	if desc != "" {
		if prev, ok := b.descRow[ci]; ok && c.Description != desc {
			b.add(sheet, row, "competency_description_differs",
				"De omschrijving van competentie '"+name+"' verschilt van die in rij "+strconv.Itoa(prev)+".")
		} else if !ok {
			c.Description, b.descRow[ci] = desc, row
		}
	}
	if title == "" {
		return
	}
	akey := [2]string{key, strings.ToLower(title)}
	if prev, ok := b.aspectSeen[akey]; ok {
		b.add(sheet, row, "duplicate_aspect", "Dit aspect staat al bij deze competentie (rij "+strconv.Itoa(prev)+").")
		return
	}
	b.aspectSeen[akey] = row
	if b.doc.AspectCount() == MaxAspects {
		b.add(sheet, row, "too_many_aspects", "Te veel aspecten (hoogstens "+strconv.Itoa(MaxAspects)+").")
		return
	}
	c.Aspects = append(c.Aspects, Aspect{Title: title, Description: adesc})
}

func (b *builder) scaleRow(sheet string, row int, cell func(string) string) {
	raw, label, desc := cell(ColValue), cell(ColLabel), cell(ColDescription)
	v, err := strconv.Atoi(raw)
	bad := false
	switch {
	case raw == "":
		b.add(sheet, row, "value_required", "De kolom waarde is leeg.")
		bad = true
	case err != nil || v < MinScaleValue || v > MaxScaleValue:
		b.add(sheet, row, "value_out_of_range", "De waarde moet een heel getal van 0 tot en met 10 zijn.")
		bad = true
	}
	if label == "" {
		b.add(sheet, row, "label_required", "De kolom label is leeg.")
		bad = true
	}
	bad = b.tooLong(sheet, row, label, MaxScaleLabelSize, "Het label") || bad
	bad = b.tooLong(sheet, row, desc, MaxTextLength, "De omschrijving") || bad
	if bad {
		return
	}
	if prev, ok := b.scaleSeen[v]; ok {
		b.add(sheet, row, "duplicate_value", "Waarde "+raw+" staat al in rij "+strconv.Itoa(prev)+".")
		return
	}
	b.scaleSeen[v] = row
	b.doc.Scale = append(b.doc.Scale, ScaleLevel{Value: v, Label: label, Description: desc})
}

// finish checks the file as a whole; those checks only run when every row
// was fine, so they do not repeat what a row error already says.
func (b *builder) finish(sheet, scaleSheet string) (*Document, error) {
	switch {
	case len(b.errs) > 0:
	case !b.sawContent:
		b.add(sheet, 0, "no_competencies", "Het bestand bevat geen enkele competentie.")
	case len(b.doc.Scale) == 1:
		b.add(scaleSheet, 0, "scale_too_short", "Een schaal heeft ten minste twee waarden.")
	}
	if len(b.errs) > 0 {
		return nil, &ParseError{Errors: b.errs}
	}
	slices.SortFunc(b.doc.Scale, func(x, y ScaleLevel) int { return x.Value - y.Value })
	return &b.doc, nil
}
