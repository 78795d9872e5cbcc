package filecheck

import (
	"archive/zip"
	"bytes"
	"errors"
	"testing"
)

func zipOf(t *testing.T, entries map[string][]byte) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for n, b := range entries {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = w.Write(b)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestCheck(t *testing.T) {
	types := []byte(`<Types><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`)
	cases := []struct {
		name     string
		data     []byte
		declared Kind
		want     string // content type, or the rejection reason
	}{
		{"mp4", append([]byte("\x00\x00\x00\x20ftypisom\x00\x00\x02\x00"), make([]byte, 20)...), Video, "video/mp4"},
		{"mov", []byte("\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00"), Video, "video/quicktime"},
		{"heic is not a video", []byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00"), Video, "unsupported_type"},
		{"html named mp4", []byte("<!DOCTYPE html><p>hoi</p>"), Video, "unsupported_type"},
		{"empty", nil, Video, "unsupported_type"},
		{"pdf as image", []byte("%PDF-1.7\n"), Image, "wrong_kind"},
		{"docx", zipOf(t, map[string][]byte{"[Content_Types].xml": types, "word/document.xml": []byte("<w/>")}), Document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
		{"xlsx is not docx", zipOf(t, map[string][]byte{"[Content_Types].xml": []byte("<Types/>"), "xl/workbook.xml": []byte("<w/>")}), Document, "not_docx"},
		{"docx without content types", zipOf(t, map[string][]byte{"word/document.xml": []byte("<w/>")}), Document, "not_docx"},
		{"zip bomb", zipOf(t, map[string][]byte{"[Content_Types].xml": types, "word/document.xml": bytes.Repeat([]byte("a"), 30<<20)}), Document, "zip_bomb"},
		{"broken zip", []byte("PK\x03\x04 nothing more"), Document, "not_docx"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ct, err := Check(bytes.NewReader(tc.data), int64(len(tc.data)), tc.declared)
			var rej *Rejection
			switch {
			case errors.As(err, &rej):
				if rej.Reason != tc.want || rej.Message == "" {
					t.Fatalf("rejected as %q (%s), want %q", rej.Reason, rej.Message, tc.want)
				}
			case err != nil:
				t.Fatal(err)
			case ct != tc.want:
				t.Fatalf("content type %q, want %q", ct, tc.want)
			}
		})
	}
}
