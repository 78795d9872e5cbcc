package db

import (
	"context"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// The periodic clean-up of files. Deciding what goes is done here, in SQL, by
// marking file rows 'deleting'; the server then removes their bytes from the
// blob store and records that with FilesPurged. A crash in between leaves the
// rows marked, so the next run finishes the job.

// ExpireSubmissionFiles marks the files of afgeronde submissions whose
// retention period has passed, and records the date on the submission (the
// deelnemer sees it). It returns the number of submissions.
func ExpireSubmissionFiles(ctx context.Context, idb bun.IDB, now time.Time) (int, error) {
	var ids []uuid.UUID
	err := idb.NewRaw(`UPDATE submissions SET files_deleted_at = ?, updated_at = now()
		WHERE files_expire_at <= ? AND files_deleted_at IS NULL RETURNING id`, now, now).Scan(ctx, &ids)
	if err != nil && !isNoRows(err) {
		return 0, err
	}
	if len(ids) == 0 {
		return 0, nil
	}
	return len(ids), markSubmissionFilesDeleting(ctx, idb, ids)
}

// ExpireUploads marks uploads that were started before unfinishedBefore and
// never finished, rejected uploads, and finished files that no version uses
// and no document uses and that were uploaded before unattachedBefore. It
// returns how many.
func ExpireUploads(ctx context.Context, idb bun.IDB, unfinishedBefore, unattachedBefore time.Time) (int, error) {
	res, err := idb.NewRaw(`UPDATE files SET status = 'deleting'
		WHERE (status IN ('uploading', 'rejected') AND created_at < ?)
			OR (status = 'ready' AND created_at < ? AND NOT EXISTS (SELECT 1 FROM version_files vf WHERE vf.file_id = files.id)
				AND NOT EXISTS (SELECT 1 FROM documents dd WHERE dd.file_id = files.id))`,
		unfinishedBefore, unattachedBefore).Exec(ctx)
	if err != nil {
		return 0, err
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// FilesToPurge returns up to limit files whose bytes must be removed.
func FilesToPurge(ctx context.Context, idb bun.IDB, limit int) ([]*StoredFile, error) {
	var rows []*StoredFile
	err := idb.NewSelect().Model(&rows).Where("f.status = ?", FileDeleting).OrderExpr("f.created_at, f.id").Limit(int64(limit)).Scan(ctx)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	return rows, nil
}

// FilesPurged records that the files' bytes are gone. A file a version still
// refers to stays as a row marked deleted (the version shows that it was);
// any other row goes.
func FilesPurged(ctx context.Context, idb bun.IDB, ids []uuid.UUID) error {
	if len(ids) == 0 {
		return nil
	}
	if _, err := idb.NewRaw(`DELETE FROM files WHERE id IN (?) AND status = 'deleting'
		AND NOT EXISTS (SELECT 1 FROM version_files vf WHERE vf.file_id = files.id)`, bun.In(ids)).Exec(ctx); err != nil {
		return err
	}
	_, err := idb.NewRaw(`UPDATE files SET status = 'deleted', deleted_at = now() WHERE id IN (?) AND status = 'deleting'`, bun.In(ids)).Exec(ctx)
	return err
}
