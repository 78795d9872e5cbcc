package frameworkio

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// WriteCSV writes d in the CSV layout ReadCSV reads: a UTF-8 byte order mark
// (so spreadsheet programs recognise the encoding), the header, the scale rows
// and one row per aspect. Rows go to w as they are written.
func WriteCSV(w io.Writer, d *Document) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, s := range d.Scale {
		if err := cw.Write([]string{KindScale, "", "", "", "", strconv.Itoa(s.Value), s.Label, s.Description}); err != nil {
			return err
		}
	}
	err := eachAspectRow(d, func(c Competency, a *Aspect) error {
		row := []string{KindAspect, c.Name, c.Description, "", "", "", "", ""}
		if a != nil {
			row[3], row[4] = a.Title, a.Description
		}
		return cw.Write(row)
	})
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// eachAspectRow calls fn per aspect, and once with nil for a competency
// without aspects so that it survives a round trip.
func eachAspectRow(d *Document, fn func(c Competency, a *Aspect) error) error {
	for _, c := range d.Competencies {
		if len(c.Aspects) == 0 {
			if err := fn(c, nil); err != nil {
				return err
			}
		}
		for i := range c.Aspects {
			if err := fn(c, &c.Aspects[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// WriteXLSX writes d as a workbook with the sheets "Kader" and "Schaal",
// through excelize's stream writer so rows are not kept as cell objects.
func WriteXLSX(w io.Writer, d *Document) error {
	f := excelize.NewFile()
	defer func() { _ = f.Close() }()
	if err := f.SetSheetName("Sheet1", SheetFramework); err != nil {
		return err
	}
	if _, err := f.NewSheet(SheetScale); err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	header := func(cols ...string) []any {
		out := make([]any, len(cols))
		for i, c := range cols {
			out[i] = excelize.Cell{StyleID: bold, Value: c}
		}
		return out
	}

	sw, err := f.NewStreamWriter(SheetFramework)
	if err != nil {
		return err
	}
	for col, width := range []float64{30, 50, 50, 60} {
		if err := sw.SetColWidth(col+1, col+1, width); err != nil {
			return err
		}
	}
	if err := sw.SetRow("A1", header(ColCompetency, ColCompetencyDescription, ColAspect, ColAspectDescription)); err != nil {
		return err
	}
	row := 2
	err = eachAspectRow(d, func(c Competency, a *Aspect) error {
		values := []any{c.Name, c.Description, "", ""}
		if a != nil {
			values[2], values[3] = a.Title, a.Description
		}
		cell, _ := excelize.CoordinatesToCellName(1, row)
		row++
		return sw.SetRow(cell, values)
	})
	if err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}

	sw, err = f.NewStreamWriter(SheetScale)
	if err != nil {
		return err
	}
	for col, width := range []float64{10, 30, 60} {
		if err := sw.SetColWidth(col+1, col+1, width); err != nil {
			return err
		}
	}
	if err := sw.SetRow("A1", header(ColValue, ColLabel, ColDescription)); err != nil {
		return err
	}
	for i, s := range d.Scale {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, []any{s.Value, s.Label, s.Description}); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}
