package db

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
	qrcode "github.com/skip2/go-qrcode"
)

// WriteCertificatePDF renders the bewijs van deelname: who, which leergang
// and leerjaar, the attended sessions with their hours, the total, and a QR
// code with the URL of the public check page (also printed, and a link).
func WriteCertificatePDF(w io.Writer, doc *CertificateDocument, verifyURL string) error {
	c := doc.Certificate
	qr, err := qrcode.Encode(verifyURL, qrcode.Medium, 512)
	if err != nil {
		return err
	}
	pdf := fpdf.New("P", "mm", "A4", "")
	tr := pdf.UnicodeTranslatorFromDescriptor("") // cp1252: names with accents
	pdf.SetTitle(tr("Bewijs van deelname – "+c.PersonName), false)
	pdf.SetSubject(verifyURL, false)
	pdf.SetCreator("Leergang", false)
	pdf.SetMargins(20, 20, 20)
	pdf.SetAutoPageBreak(true, 20)
	pdf.AddPage()

	pdf.SetFont("Helvetica", "B", 24)
	pdf.CellFormat(0, 14, tr("Bewijs van deelname"), "", 1, "L", false, 0, "")
	pdf.Ln(2)
	pdf.SetFont("Helvetica", "", 12)
	pdf.MultiCell(0, 6.5, tr(fmt.Sprintf("Hierbij verklaren wij dat %s heeft deelgenomen aan leerjaar %d van de leergang \u201c%s\u201d.",
		c.PersonName, c.LeerjaarNumber, c.LeergangName)), "", "L", false)
	pdf.Ln(4)

	pdf.SetFont("Helvetica", "B", 11)
	pdf.SetFillColor(235, 240, 245)
	pdf.CellFormat(35, 8, tr("Datum"), "B", 0, "L", true, 0, "")
	pdf.CellFormat(110, 8, tr("Bijeenkomst"), "B", 0, "L", true, 0, "")
	pdf.CellFormat(25, 8, tr("Uren"), "B", 1, "R", true, 0, "")
	pdf.SetFont("Helvetica", "", 11)
	if len(doc.Sessions) == 0 {
		pdf.CellFormat(170, 8, tr("Nog geen bijgewoonde bijeenkomsten in dit leerjaar."), "", 1, "L", false, 0, "")
	}
	for _, s := range doc.Sessions {
		pdf.CellFormat(35, 7, tr(DutchDate(s.Date)), "", 0, "L", false, 0, "")
		pdf.CellFormat(110, 7, tr(truncateRunes(s.Title, 60)), "", 0, "L", false, 0, "")
		pdf.CellFormat(25, 7, DutchNumber(s.Hours), "", 1, "R", false, 0, "")
	}
	if doc.OtherHours > 0 {
		pdf.CellFormat(145, 7, tr("Andere activiteiten (goedgekeurd door de opleider)"), "", 0, "L", false, 0, "")
		pdf.CellFormat(25, 7, DutchNumber(doc.OtherHours), "", 1, "R", false, 0, "")
	}
	pdf.SetFont("Helvetica", "B", 11)
	pdf.CellFormat(145, 8, tr("Totaal aantal uren"), "T", 0, "L", false, 0, "")
	pdf.CellFormat(25, 8, DutchNumber(c.Hours), "T", 1, "R", false, 0, "")
	pdf.Ln(8)

	pdf.SetFont("Helvetica", "", 10)
	pdf.CellFormat(0, 6, tr("Uitgegeven op "+DutchDate(c.IssuedAt)), "", 1, "L", false, 0, "")
	pdf.CellFormat(0, 6, tr("Code: "+c.Code), "", 1, "L", false, 0, "")
	pdf.Ln(2)
	y := pdf.GetY()
	if y > 230 {
		pdf.AddPage()
		y = pdf.GetY()
	}
	pdf.RegisterImageOptionsReader("qr", fpdf.ImageOptions{ImageType: "PNG"}, bytes.NewReader(qr))
	pdf.ImageOptions("qr", 20, y, 38, 38, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, verifyURL)
	pdf.SetXY(64, y+8)
	pdf.MultiCell(126, 5.5, tr("Scan de QR-code of ga naar het adres hieronder om te controleren dat dit bewijs echt is:"), "", "L", false)
	pdf.SetX(64)
	pdf.SetTextColor(20, 70, 160)
	pdf.CellFormat(126, 6, verifyURL, "", 1, "L", false, 0, verifyURL)
	if err := pdf.Error(); err != nil {
		return err
	}
	return pdf.Output(w)
}

// DutchDate formats a date as "12 maart 2027" in Amsterdam time.
func DutchDate(t time.Time) string {
	t = t.In(amsterdam)
	return fmt.Sprintf("%d %s %d", t.Day(), dutchMonths[t.Month()-1], t.Year())
}

// DutchNumber formats hours with a decimal comma and at most two decimals: 2,5.
func DutchNumber(v float64) string {
	s := strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", roundTo(v, 2)), "0"), ".")
	return strings.Replace(s, ".", ",", 1)
}

func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
