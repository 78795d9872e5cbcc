package filecheck

import (
	"archive/zip"
	"bytes"
	"io"
)

// Limits of a docx, far above any real document and far below what hurts:
// the zip's declared uncompressed size and compression ratio (a zip bomb
// declares gigabytes in a few kilobytes), and the number of entries.
const (
	maxUncompressed = 512 << 20
	maxRatio        = 100
	maxEntries      = 5000
	// Entries this small are not judged by their ratio: XML of a few bytes
	// compresses oddly without harm.
	ratioFloor = 1 << 20
)

var errNotDocx = &Rejection{Reason: "not_docx", Message: "Dit is geen geldig Word-document (docx)."}
var errBomb = &Rejection{Reason: "zip_bomb", Message: "Dit document pakt uit tot een onredelijk grote omvang en wordt daarom geweigerd."}

// checkOOXML accepts a zip only when it is a WordprocessingML package within
// the limits. It reads the central directory and at most 1 MB of
// [Content_Types].xml, never the other entries, so a bomb is not unpacked.
func checkOOXML(r io.ReaderAt, size int64) error {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return errNotDocx
	}
	if len(zr.File) > maxEntries {
		return errBomb
	}
	var total, compressed uint64
	var types, document *zip.File
	for _, f := range zr.File {
		total += f.UncompressedSize64
		compressed += f.CompressedSize64
		if f.UncompressedSize64 > ratioFloor && f.UncompressedSize64 > maxRatio*max(f.CompressedSize64, 1) {
			return errBomb
		}
		switch f.Name {
		case "[Content_Types].xml":
			types = f
		case "word/document.xml":
			document = f
		}
	}
	if total > maxUncompressed || (total > ratioFloor && total > maxRatio*max(compressed, 1)) {
		return errBomb
	}
	if types == nil || document == nil || types.UncompressedSize64 > 1<<20 {
		return errNotDocx
	}
	rc, err := types.Open()
	if err != nil {
		return errNotDocx
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, 1<<20))
	if err != nil || !bytes.Contains(b, []byte("wordprocessingml.document.main+xml")) {
		return errNotDocx
	}
	return nil
}
