package main

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/blob"
)

// openFileStore opens the blob store the configuration names: an
// S3-compatible bucket, or the folder LEERGANG_DATA_DIR/files.
func openFileStore(cfg *Config) (blob.Store, error) {
	if cfg.S3Bucket != "" {
		return blob.NewS3(blob.S3Config{Endpoint: cfg.S3Endpoint, Region: cfg.S3Region, Bucket: cfg.S3Bucket,
			Prefix: cfg.S3Prefix, AccessKeyID: cfg.S3AccessKeyID, SecretAccessKey: cfg.S3SecretKey}), nil
	}
	return blob.NewFolder(filepath.Join(cfg.DataDir, "files"))
}

// fileJobs deletes files whose time is up: those of submissions past their
// retention, unfinished and rejected uploads, uploads nobody used, and
// everything marked for deletion by a deleted submission or a cancelled upload.
type fileJobs struct {
	db     *bun.DB
	store  blob.Store
	log    *slog.Logger
	expiry time.Duration // of unfinished uploads
}

const (
	fileJobInterval = 15 * time.Minute
	purgeBatch      = 100
)

// expire marks what is due at now for deletion.
func (j *fileJobs) expire(ctx context.Context, now time.Time) error {
	subs, err := db.ExpireSubmissionFiles(ctx, j.db, now)
	if err != nil {
		return fmt.Errorf("expire submission files: %w", err)
	}
	uploads, err := db.ExpireUploads(ctx, j.db, now.Add(-j.expiry), now.Add(-uploadExpiryUnattached))
	if err != nil {
		return fmt.Errorf("expire uploads: %w", err)
	}
	if subs > 0 || uploads > 0 {
		j.log.Info("files expired", "submissions", subs, "uploads", uploads)
	}
	return nil
}

// purge removes the bytes of every file marked for deletion and records it.
// A file whose bytes cannot be removed now stays marked for the next run.
func (j *fileJobs) purge(ctx context.Context) (int, error) {
	total := 0
	for {
		files, err := db.FilesToPurge(ctx, j.db, purgeBatch)
		if err != nil {
			return total, err
		}
		var done []uuid.UUID
		for _, f := range files {
			if err := j.store.Delete(ctx, f.Key(), f.UploadID); err != nil {
				j.log.Warn("deleting file bytes", "file", f.ID, "err", err)
				continue
			}
			done = append(done, f.ID)
		}
		if err := db.FilesPurged(ctx, j.db, done); err != nil {
			return total, err
		}
		total += len(done)
		if len(files) < purgeBatch || len(done) == 0 {
			return total, nil
		}
	}
}

// purgeNow runs right after a mutation marked files, so they go at once.
func (j *fileJobs) purgeNow(ctx context.Context) {
	if _, err := j.purge(ctx); err != nil {
		j.log.Warn("purging files; the periodic job retries", "err", err)
	}
}

// loop runs the job at start and then every fileJobInterval.
func (j *fileJobs) loop(ctx context.Context) {
	t := time.NewTicker(fileJobInterval)
	defer t.Stop()
	for {
		if err := j.expire(ctx, time.Now()); err != nil && ctx.Err() == nil {
			j.log.Warn("file clean-up", "err", err)
		}
		if _, err := j.purge(ctx); err != nil && ctx.Err() == nil {
			j.log.Warn("file clean-up", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// mustFileServices builds the blob store, the tus upload service and the
// file jobs for the HTTP handler. serve opens the store before it builds the
// handler, so a store that cannot open has stopped the server already.
func mustFileServices(cfg *Config, bdb *bun.DB, log *slog.Logger) (blob.Store, *uploadService, *fileJobs) {
	store, err := openFileStore(cfg)
	if err != nil {
		panic(err)
	}
	uploads, err := newUploadService(cfg, bdb, store, log)
	if err != nil {
		panic(fmt.Errorf("tus handler: %w", err))
	}
	return store, uploads, &fileJobs{db: bdb, store: store, log: log, expiry: cfg.UploadExpiry}
}
