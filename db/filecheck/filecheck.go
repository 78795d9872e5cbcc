// Package filecheck decides what an uploaded file really is, from its bytes
// (magic numbers and container structure), never from its name or the
// client's content type, and refuses what the product does not accept.
package filecheck

import (
	"bytes"
	"errors"
	"io"
)

// Kind is what the uploader said the file is.
type Kind string

const (
	Video    Kind = "video"
	Document Kind = "document"
	Image    Kind = "image"
)

// Rejection says why a file is refused, in Dutch for the uploader; Reason is
// a stable key.
type Rejection struct {
	Reason  string
	Message string
}

func (r *Rejection) Error() string { return r.Message }

var errUnknown = &Rejection{Reason: "unsupported_type",
	Message: "Dit bestandstype wordt niet geaccepteerd. Gebruik mp4, mov of webm voor video, pdf of docx voor documenten, jpg of png voor afbeeldingen."}

// Check reads the start (and for a docx the zip directory) of the file and
// returns its content type, or a *Rejection. The file must also be of the
// declared kind. Other errors are read errors.
func Check(r io.ReaderAt, size int64, declared Kind) (string, error) {
	head := make([]byte, min(size, 4096))
	if _, err := r.ReadAt(head, 0); err != nil && !errors.Is(err, io.EOF) {
		return "", err
	}
	ct, kind := sniff(head)
	if ct == "" {
		return "", errUnknown
	}
	if ct == docxType {
		if err := checkOOXML(r, size); err != nil {
			return "", err
		}
	}
	if kind != declared {
		return "", &Rejection{Reason: "wrong_kind", Message: "Dit bestand is geen " + dutch[declared] + "."}
	}
	return ct, nil
}

var dutch = map[Kind]string{Video: "video", Document: "document", Image: "afbeelding"}

const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

// Brands of the ISO base media file format (MP4, QuickTime) that phones,
// cameras and screen recorders write for video.
var mp4Brands = map[string]string{
	"isom": "video/mp4", "iso2": "video/mp4", "iso3": "video/mp4", "iso4": "video/mp4", "iso5": "video/mp4",
	"iso6": "video/mp4", "mp41": "video/mp4", "mp42": "video/mp4", "mp71": "video/mp4", "avc1": "video/mp4",
	"M4V ": "video/mp4", "M4VH": "video/mp4", "M4VP": "video/mp4", "MSNV": "video/mp4", "dash": "video/mp4",
	"3gp4": "video/mp4", "3gp5": "video/mp4", "3gp6": "video/mp4", "3g2a": "video/mp4",
	"qt  ": "video/quicktime",
}

// sniff recognises the accepted types by their first bytes.
func sniff(b []byte) (string, Kind) {
	switch {
	case len(b) >= 12 && string(b[4:8]) == "ftyp":
		if ct, ok := mp4Brands[string(b[8:12])]; ok {
			return ct, Video
		}
	case len(b) >= 4 && bytes.Equal(b[:4], []byte{0x1a, 0x45, 0xdf, 0xa3}):
		// EBML: WebM only when its DocType says so (not any Matroska file).
		if i := bytes.Index(b, []byte{0x42, 0x82}); i >= 0 && i+3 < len(b) {
			n := int(b[i+2] &^ 0x80)
			if b[i+2]&0x80 != 0 && i+3+n <= len(b) && string(b[i+3:i+3+n]) == "webm" {
				return "video/webm", Video
			}
		}
	case bytes.HasPrefix(b, []byte("%PDF-")):
		return "application/pdf", Document
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		return docxType, Document // confirmed by checkOOXML
	case bytes.HasPrefix(b, []byte{0xff, 0xd8, 0xff}):
		return "image/jpeg", Image
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return "image/png", Image
	}
	return "", ""
}
