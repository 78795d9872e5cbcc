package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"strings"

	"github.com/google/uuid"
	tusd "github.com/tus/tusd/v2/pkg/handler"
	"github.com/uptrace/bun"
	expslog "golang.org/x/exp/slog"

	"leergang/db"
	"leergang/db/blob"
	"leergang/db/filecheck"
	"leergang/graph"
	"leergang/graph/auth"
)

// Resumable uploads with the tus protocol (https://tus.io), served by tusd at
// /uploads/ behind the cookie session and cross-origin protection:
//
//	POST  /uploads/        create; Upload-Length and Upload-Metadata
//	                       (kind, filename, and assignmentId — or for a
//	                       starter document documentOrganisationId or
//	                       documentSchoolId) are required
//	HEAD  /uploads/{id}    the offset to resume from
//	PATCH /uploads/{id}    append bytes at Upload-Offset
//	DELETE /uploads/{id}   cancel an upload that no submission uses
//
// Only the person who created an upload can touch it. GET is not served:
// files are read through /files/{id}, which asks the policy first.

type uploadService struct {
	db     *bun.DB
	store  blob.Store
	log    *slog.Logger
	limits db.UploadLimits
	tus    *tusd.Handler
}

func newUploadService(cfg *Config, bdb *bun.DB, store blob.Store, log *slog.Logger) (*uploadService, error) {
	u := &uploadService{db: bdb, store: store, log: log, limits: db.UploadLimits{Video: cfg.MaxVideoSize, Other: cfg.MaxFileSize}}
	composer := tusd.NewStoreComposer()
	store.UseIn(composer)
	if _, folder := store.(*blob.Folder); !folder {
		// S3 brings an in-process locker; lock in PostgreSQL instead, so
		// every server on this database shares the locks (tuslock_pg.go).
		// The folder keeps tusd's lock files in the shared folder.
		locker, err := newPGLocker(bdb.DB, cfg.DBMaxConns, log)
		if err != nil {
			return nil, err
		}
		locker.wrapErr = u.tusError
		locker.UseIn(composer)
	}
	composer.UseCore(recordingStore{DataStore: composer.Core, record: u.recordUploadID})
	level := expslog.LevelWarn
	if cfg.LogLevel <= slog.LevelDebug {
		level = expslog.LevelDebug
	}
	var tusLog expslog.Handler = expslog.NewTextHandler(os.Stderr, &expslog.HandlerOptions{Level: level})
	if cfg.LogFormat == "json" {
		tusLog = expslog.NewJSONHandler(os.Stderr, &expslog.HandlerOptions{Level: level})
	}
	h, err := tusd.NewHandler(tusd.Config{
		StoreComposer: composer,
		BasePath:      "/uploads/",
		MaxSize:       max(u.limits.Video, u.limits.Other),
		// Downloads go through /files/{id}; concatenation could combine
		// other people's partial uploads.
		DisableDownload:      true,
		DisableConcatenation: true,
		// The SPA is same-origin; CORS and cross-origin protection are done
		// by the server's own middleware around this handler.
		Cors: &tusd.CorsConfig{Disable: true},
		// Location must match the scheme and host the browser used, also
		// behind a TLS-terminating proxy.
		RespectForwardedHeaders:    true,
		PreUploadCreateCallback:    u.preCreate,
		PreFinishResponseCallback:  u.preFinish,
		PreUploadTerminateCallback: u.preTerminate,
		Logger:                     expslog.New(tusLog),
	})
	if err != nil {
		return nil, err
	}
	u.tus = h
	return u, nil
}

// Handler checks who asks before tusd sees the request: a signed-in person
// for everything, the upload's owner for anything on /uploads/{id}.
func (u *uploadService) Handler() http.Handler {
	// tusd routes on the path below its base path.
	tus := http.StripPrefix("/uploads/", u.tus)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		if r.Method == http.MethodOptions {
			tus.ServeHTTP(w, r) // protocol discovery, no data
			return
		}
		a := auth.Actor(r.Context())
		if a == nil {
			http.Error(w, "Log eerst in.", http.StatusUnauthorized)
			return
		}
		rest := strings.TrimPrefix(r.URL.Path, "/uploads/")
		if rest != "" {
			method := r.Method
			if o := r.Header.Get("X-HTTP-Method-Override"); method == http.MethodPost && o != "" {
				method = o
			}
			if method == http.MethodGet {
				w.Header().Set("Allow", "HEAD, PATCH, DELETE")
				http.Error(w, "Download een bestand via /files/{id}.", http.StatusMethodNotAllowed)
				return
			}
			id, ok := fileIDOf(rest)
			if !ok {
				http.Error(w, "Upload niet gevonden.", http.StatusNotFound)
				return
			}
			if err := a.RequireUploadOwner(r.Context(), u.db, id); err != nil {
				if graph.IsUnavailable(err) {
					writeUnavailable(w)
					return
				}
				writeDBError(w, err, u.log, r)
				return
			}
			if method == http.MethodHead {
				if err := u.finishInterrupted(r.Context(), id, rest); err != nil {
					writeUploadError(w, err, u.log, r)
					return
				}
			}
		}
		tus.ServeHTTP(w, r)
	})
}

// fileIDOf reads the file id from a tus upload id ("ID" or, on S3, "ID+multipart").
func fileIDOf(uploadID string) (uuid.UUID, bool) {
	if strings.Contains(uploadID, "/") {
		return uuid.Nil, false
	}
	s, _, _ := strings.Cut(uploadID, "+")
	id, err := uuid.Parse(s)
	return id, err == nil && len(s) == 36
}

// preCreate records the upload (owner, assignment, declared kind and size)
// before tusd creates it, under an id the server generates. A file over the
// kind's limit is refused here, before its bytes are sent.
func (u *uploadService) preCreate(hook tusd.HookEvent) (tusd.HTTPResponse, tusd.FileInfoChanges, error) {
	ctx, info := hook.Context, hook.Upload
	if info.SizeIsDeferred {
		return tusd.HTTPResponse{}, tusd.FileInfoChanges{}, tusd.NewError("ERR_LENGTH_REQUIRED", "Geef de grootte van het bestand op (Upload-Length).", http.StatusBadRequest)
	}
	if doc, ok, err := documentUploadOwner(info.MetaData); ok || err != nil {
		if err != nil {
			return tusd.HTTPResponse{}, tusd.FileInfoChanges{}, err
		}
		return u.preCreateDocument(ctx, info, doc)
	}
	assignmentID, err := uuid.Parse(info.MetaData["assignmentId"])
	if err != nil {
		return tusd.HTTPResponse{}, tusd.FileInfoChanges{}, tusd.NewError("ERR_METADATA", "Geef in de metadata aan bij welke praktijkopdracht (assignmentId) dit bestand hoort.", http.StatusBadRequest)
	}
	id := uuid.New()
	f, err := db.CreateUpload(ctx, u.db, auth.Actor(ctx), db.NewUpload{ID: id, AssignmentID: assignmentID,
		Kind: db.FileKind(info.MetaData["kind"]), Name: info.MetaData["filename"], Size: info.Size}, u.limits)
	if err != nil {
		return tusd.HTTPResponse{}, tusd.FileInfoChanges{}, u.tusError(ctx, err)
	}
	return tusd.HTTPResponse{Header: tusd.HTTPHeader{"Leergang-File-Id": id.String()}},
		tusd.FileInfoChanges{ID: id.String(), MetaData: tusd.MetaData{"kind": string(f.Kind), "filename": f.Name, "assignmentId": assignmentID.String()}},
		nil
}

// documentUploadOwner reads the organisation or school of a starter
// document's upload from the metadata; ok is false for any other upload.
func documentUploadOwner(meta tusd.MetaData) (owner db.NewDocumentUpload, ok bool, err error) {
	for key, field := range map[string]**uuid.UUID{"documentOrganisationId": &owner.OrganisationID, "documentSchoolId": &owner.SchoolID} {
		v, set := meta[key]
		if !set {
			continue
		}
		id, perr := uuid.Parse(v)
		if perr != nil {
			return owner, true, tusd.NewError("ERR_METADATA", "Geef in de metadata een geldige organisatie of school van het document op.", http.StatusBadRequest)
		}
		*field, ok = &id, true
	}
	return owner, ok, nil
}

// preCreateDocument records the upload of a starter document's file (see
// preCreate; db.CreateDocumentUpload asks the policy).
func (u *uploadService) preCreateDocument(ctx context.Context, info tusd.FileInfo, in db.NewDocumentUpload) (tusd.HTTPResponse, tusd.FileInfoChanges, error) {
	in.ID, in.Kind, in.Name, in.Size = uuid.New(), db.FileKind(info.MetaData["kind"]), info.MetaData["filename"], info.Size
	f, err := db.CreateDocumentUpload(ctx, u.db, auth.Actor(ctx), in, u.limits)
	if err != nil {
		return tusd.HTTPResponse{}, tusd.FileInfoChanges{}, u.tusError(ctx, err)
	}
	meta := tusd.MetaData{"kind": string(f.Kind), "filename": f.Name}
	if in.OrganisationID != nil {
		meta["documentOrganisationId"] = in.OrganisationID.String()
	} else {
		meta["documentSchoolId"] = in.SchoolID.String()
	}
	return tusd.HTTPResponse{Header: tusd.HTTPHeader{"Leergang-File-Id": f.ID.String()}}, tusd.FileInfoChanges{ID: f.ID.String(), MetaData: meta}, nil
}

// preFinish looks at the finished upload's bytes: an accepted type is marked
// ready, anything else is marked rejected and its bytes are deleted at once.
func (u *uploadService) preFinish(hook tusd.HookEvent) (tusd.HTTPResponse, error) {
	id, _ := fileIDOf(hook.Upload.ID)
	return u.finish(hook.Context, id, hook.Upload.ID)
}

// finish checks a complete upload's content and marks its file ready or
// rejected (see preFinish).
func (u *uploadService) finish(ctx context.Context, id uuid.UUID, uploadID string) (tusd.HTTPResponse, error) {
	f, err := db.UploadedFile(ctx, u.db, id)
	if err != nil {
		return tusd.HTTPResponse{}, u.tusError(ctx, err)
	}
	obj, err := u.store.Open(ctx, f.Key())
	if err != nil {
		return tusd.HTTPResponse{}, u.tusError(ctx, err)
	}
	size := obj.Size()
	contentType, err := filecheck.Check(obj, size, filecheck.Kind(f.Kind))
	_ = obj.Close()
	var rejected *filecheck.Rejection
	if errors.As(err, &rejected) {
		if err := db.MarkFileRejected(ctx, u.db, id, rejected.Message); err != nil {
			return tusd.HTTPResponse{}, u.tusError(ctx, err)
		}
		if err := u.store.Delete(ctx, f.Key(), uploadID); err != nil {
			// The clean-up job deletes rejected uploads too.
			u.log.WarnContext(ctx, "deleting a rejected upload", "request_id", requestIDFrom(ctx), "file", id, "err", err)
		}
		status := http.StatusUnsupportedMediaType
		if rejected.Reason == "zip_bomb" {
			status = http.StatusUnprocessableEntity
		}
		return tusd.HTTPResponse{}, tusd.NewError("ERR_"+strings.ToUpper(rejected.Reason), rejected.Message, status)
	}
	if err != nil {
		return tusd.HTTPResponse{}, u.tusError(ctx, err)
	}
	ready := tusd.HTTPResponse{Header: tusd.HTTPHeader{"Leergang-File-Id": id.String(), "Leergang-File-Status": "ready"}}
	if err := db.MarkFileReady(ctx, u.db, id, contentType, size); err != nil {
		// A resuming client's HEAD (finishInterrupted) and the last PATCH
		// may both finish the same upload: the second one finds it done.
		if again, err2 := db.UploadedFile(ctx, u.db, id); err2 == nil && again.Status == db.FileReady {
			return ready, nil
		}
		return tusd.HTTPResponse{}, u.tusError(ctx, err)
	}
	return ready, nil
}

// finishInterrupted completes an upload whose bytes all arrived but whose
// finish step never ran: the server died between writing the last chunk and
// preFinish. tusd answers a HEAD for it with Upload-Offset = Upload-Length,
// and a tus client then takes the upload as done and sends no PATCH that
// could run preFinish, so the file would stay "uploading" until the clean-up
// job deleted it. A HEAD therefore finishes such an upload first.
func (u *uploadService) finishInterrupted(ctx context.Context, id uuid.UUID, uploadID string) error {
	f, err := db.UploadedFile(ctx, u.db, id)
	if err != nil || f.Status != db.FileUploading {
		return err
	}
	obj, err := u.store.Open(ctx, f.Key())
	if errors.Is(err, blob.ErrNotFound) {
		return nil // nothing received yet
	}
	if err != nil {
		return err
	}
	complete := obj.Size() >= f.Size
	_ = obj.Close()
	if !complete {
		return nil
	}
	u.log.InfoContext(ctx, "finishing an upload whose finish step was interrupted", "request_id", requestIDFrom(ctx), "file", id)
	_, err = u.finish(ctx, id, uploadID)
	return err
}

// preTerminate lets the owner cancel an upload that no submission uses.
func (u *uploadService) preTerminate(hook tusd.HookEvent) (tusd.HTTPResponse, error) {
	id, _ := fileIDOf(hook.Upload.ID)
	if err := db.CancelUpload(hook.Context, u.db, auth.Actor(hook.Context), id); err != nil {
		return tusd.HTTPResponse{}, u.tusError(hook.Context, err)
	}
	return tusd.HTTPResponse{}, nil
}

func (u *uploadService) recordUploadID(ctx context.Context, uploadID string) error {
	id, ok := fileIDOf(uploadID)
	if !ok {
		return errors.New("upload id without a file id: " + uploadID)
	}
	return db.SetUploadID(ctx, u.db, id, uploadID)
}

// tusError turns a typed db error into a tus error response with a Dutch
// message; anything else is logged and answered without detail.
func (u *uploadService) tusError(ctx context.Context, err error) error {
	if graph.IsUnavailable(err) {
		// The client keeps its offset and resumes with HEAD once the database is back.
		u.log.WarnContext(ctx, "upload: database unavailable", "request_id", requestIDFrom(ctx), "err", err)
		return tusd.NewError("ERR_"+graph.CodeUnavailable, graph.UnavailableMessage, http.StatusServiceUnavailable)
	}
	status, code, msg := httpStatusOf(err)
	if status == http.StatusInternalServerError {
		u.log.ErrorContext(ctx, "upload failed", "request_id", requestIDFrom(ctx), "err", err)
	}
	return tusd.NewError("ERR_"+code, msg, status)
}

// recordingStore records the tus id of each new upload with its file row
// (on S3 the id names the multipart upload, needed to abort it later).
type recordingStore struct {
	tusd.DataStore
	record func(ctx context.Context, uploadID string) error
}

func (s recordingStore) NewUpload(ctx context.Context, info tusd.FileInfo) (tusd.Upload, error) {
	up, err := s.DataStore.NewUpload(ctx, info)
	if err != nil {
		return nil, err
	}
	got, err := up.GetInfo(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.record(ctx, got.ID); err != nil {
		return nil, err
	}
	return up, nil
}

// writeUploadError answers an error from the upload service outside tusd:
// its own tus errors keep their status and Dutch message.
func writeUploadError(w http.ResponseWriter, err error, log *slog.Logger, r *http.Request) {
	var tusErr tusd.Error
	switch {
	case errors.As(err, &tusErr):
		http.Error(w, tusErr.Message, tusErr.HTTPResponse.StatusCode)
	case graph.IsUnavailable(err):
		writeUnavailable(w)
	default:
		writeDBError(w, err, log, r)
	}
}
