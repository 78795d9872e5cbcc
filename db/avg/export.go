package avg

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/blob"
)

// Export is a prepared export of one person: the checks are done, nothing
// has been written yet (so a refusal can still be a proper HTTP error).
type Export struct {
	Person *db.Person
	actor  *db.Actor
}

// PrepareExport checks that the actor may export the person's data and that
// the person exists.
func PrepareExport(ctx context.Context, idb bun.IDB, a *db.Actor, personID uuid.UUID) (*Export, error) {
	if err := a.RequireExportPerson(); err != nil {
		return nil, err
	}
	p, err := db.GetPerson(ctx, idb, a, personID)
	if err != nil {
		return nil, err
	}
	return &Export{Person: p, actor: a}, nil
}

// FileName is the name the zip is downloaded under.
func (e *Export) FileName(now time.Time) string {
	return fmt.Sprintf("avg-export-%s-%s.zip", e.Person.ID, now.Format("20060102"))
}

// exportedFile is a file whose bytes go into the zip.
type exportedFile struct {
	ID   uuid.UUID
	Name string
}

// WriteZip streams the export: one JSON file per part (exportFiles), then the
// bytes of every finished upload of the person, read from the store. Run it
// in one repeatable-read transaction so the parts agree with each other.
func (e *Export) WriteZip(ctx context.Context, idb bun.IDB, store blob.Store, w io.Writer, now time.Time) error {
	zw := zip.NewWriter(w)
	index := map[string]any{"persoon_id": e.Person.ID, "geexporteerd_op": now.UTC(), "bestanden": []string{}}
	var names []string
	for _, f := range exportFiles {
		var content string
		if err := idb.NewRaw(f.SQL, e.Person.ID).Scan(ctx, &content); err != nil {
			return fmt.Errorf("export %s: %w", f.Name, err)
		}
		if err := writeJSON(zw, "gegevens/"+f.Name, []byte(content)); err != nil {
			return err
		}
		names = append(names, "gegevens/"+f.Name)
	}
	var files []exportedFile
	if err := idb.NewRaw(`SELECT id, name FROM files WHERE owner_id = ? AND status = 'ready' ORDER BY created_at, id`,
		e.Person.ID).Scan(ctx, &files); err != nil && !isNoRows(err) {
		return err
	}
	for _, f := range files {
		name := "bestanden/" + f.ID.String() + "/" + safeName(f.Name)
		if err := copyBlob(ctx, zw, store, f.ID.String(), name); err != nil {
			return err
		}
		names = append(names, name)
	}
	index["bestanden"] = names
	content, err := json.Marshal(index)
	if err != nil {
		return err
	}
	if err := writeJSON(zw, "index.json", content); err != nil {
		return err
	}
	return zw.Close()
}

// writeJSON writes content indented, for people who open the files themselves.
func writeJSON(zw *zip.Writer, name string, content []byte) error {
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, content, "", "  "); err != nil {
		return fmt.Errorf("export %s: %w", name, err)
	}
	f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Now()})
	if err != nil {
		return err
	}
	_, err = f.Write(pretty.Bytes())
	return err
}

// copyBlob stores a file's bytes uncompressed: recordings and documents are
// compressed already, and storing keeps the export fast.
func copyBlob(ctx context.Context, zw *zip.Writer, store blob.Store, key, name string) error {
	obj, err := store.Open(ctx, key)
	if err != nil {
		return fmt.Errorf("export file %s: %w", key, err)
	}
	defer obj.Close()
	f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store, Modified: obj.ModTime()})
	if err != nil {
		return err
	}
	_, err = io.Copy(f, obj)
	return err
}

// safeName keeps a stored file name inside its folder of the zip (the same
// replacement as bestanden.json's in_export).
func safeName(name string) string {
	name = strings.NewReplacer("/", "_", `\`, "_").Replace(name)
	if name == "" || name == "." || name == ".." {
		return "bestand"
	}
	return name
}
