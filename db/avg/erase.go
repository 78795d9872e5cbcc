package avg

import (
	"context"
	"strconv"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
)

// PlaceholderID is the one shared person that takes over what others still
// need of an erased person but must point at someone: the files awaiting
// removal from the blob store, and the maatje side of a starter's pairing. It
// is created at the first erasure: disabled, without password, roles or schools.
var PlaceholderID = db.ErasedPersonID

const (
	placeholderName  = "Verwijderde gebruiker"
	placeholderEmail = "verwijderde-gebruiker@leergang.invalid"
)

// Erasure says what an erasure did.
type Erasure struct {
	PersonID uuid.UUID
	// FilesMarked files await removal from the blob store (run the purge after commit).
	FilesMarked int
	// AttendanceKept attendance rows were kept without the person (erased_attendance).
	AttendanceKept int
}

// ErasePerson erases a person in the caller's transaction: their rows go,
// what others need stays anonymised (see Covered), their files are marked for
// removal, their sessions and unfinished uploads end. The audit entry keeps
// the person's id only. confirmName must be the person's name, as the
// beheerder's confirmation.
func ErasePerson(ctx context.Context, tx bun.IDB, a *db.Actor, personID uuid.UUID, confirmName string) (*Erasure, error) {
	if err := a.RequireErasePerson(personID); err != nil {
		return nil, err
	}
	p, err := db.GetPerson(ctx, tx, a, personID)
	if err != nil {
		return nil, err
	}
	if personID == PlaceholderID {
		return nil, db.Invalid("id", "placeholder", "Dit is de plaatsvervanger van al gewiste mensen; die kun je niet wissen.")
	}
	if !strings.EqualFold(strings.Join(strings.Fields(confirmName), " "), strings.Join(strings.Fields(p.Name), " ")) {
		return nil, db.Invalid("confirmName", "name_mismatch", "Typ de naam precies zoals hij er staat om het wissen te bevestigen.")
	}
	if _, err := tx.NewRaw(`SELECT id FROM people WHERE id = ? FOR UPDATE`, personID).Exec(ctx); err != nil {
		return nil, err
	}
	res := &Erasure{PersonID: personID}
	if res.AttendanceKept, err = keepAttendanceAnonymously(ctx, tx, personID); err != nil {
		return nil, err
	}
	if err := ensurePlaceholder(ctx, tx); err != nil {
		return nil, err
	}
	if err := handOverPairings(ctx, tx, personID); err != nil {
		return nil, err
	}
	if res.FilesMarked, err = markFiles(ctx, tx, personID); err != nil {
		return nil, err
	}
	// Data keyed by e-mail address rather than by id: throttling records and
	// the mails sent to them (invitation texts name the person).
	if _, err := tx.NewRaw(`DELETE FROM login_failures WHERE email = ?`, p.Email).Exec(ctx); err != nil {
		return nil, err
	}
	if _, err := tx.NewRaw(`DELETE FROM outbox_messages WHERE recipient = ?`, p.Email).Exec(ctx); err != nil {
		return nil, err
	}
	// Everything else follows the foreign keys: CASCADE for their own rows
	// (sessions, roles, submissions, scans, ...), SET NULL for their part in
	// other people's records (feedback given, ratings, registrations).
	if _, err := tx.NewRaw(`DELETE FROM people WHERE id = ?`, personID).Exec(ctx); err != nil {
		return nil, err
	}
	err = db.WriteAudit(ctx, tx, db.AuditEntry{ActorID: &a.PersonID, Action: db.AuditErasure, ObjectType: "person",
		ObjectID: personID.String(), SubjectID: &personID, Detail: map[string]string{
			"files": strconv.Itoa(res.FilesMarked), "attendance_kept_anonymously": strconv.Itoa(res.AttendanceKept)}})
	return res, err
}

// keepAttendanceAnonymously copies the statuses of the person's attendance
// (sessions and intervisie meetings) into erased_attendance, without them.
func keepAttendanceAnonymously(ctx context.Context, tx bun.IDB, personID uuid.UUID) (int, error) {
	var n int
	err := tx.NewRaw(`WITH s AS (
			INSERT INTO erased_attendance (session_id, status, minutes)
			SELECT session_id, status, minutes FROM attendance WHERE person_id = ?0 RETURNING 1),
		m AS (
			INSERT INTO erased_attendance (meeting_id, status, minutes)
			SELECT meeting_id, status, minutes FROM intervisie_attendance WHERE person_id = ?0 RETURNING 1)
		SELECT (SELECT count(*) FROM s) + (SELECT count(*) FROM m)`, personID).Scan(ctx, &n)
	return n, err
}

func ensurePlaceholder(ctx context.Context, tx bun.IDB) error {
	_, err := tx.NewRaw(`INSERT INTO people (id, name, email, disabled_at) VALUES (?, ?, ?, now())
		ON CONFLICT (id) DO NOTHING`, PlaceholderID, placeholderName, placeholderEmail).Exec(ctx)
	return err
}

// handOverPairings keeps a starter's pairing and log when their maatje is
// erased: the placeholder becomes the maatje and an open pairing closes.
func handOverPairings(ctx context.Context, tx bun.IDB, personID uuid.UUID) error {
	_, err := tx.NewRaw(`UPDATE mentor_pairings SET maatje_id = ?, closed_at = coalesce(closed_at, now())
		WHERE maatje_id = ?`, PlaceholderID, personID).Exec(ctx)
	return err
}

// markFiles hands the person's files to the placeholder, marked for deletion,
// so the file job removes their bytes after commit and retries on failure
// (the rows must outlive the person for that). Unfinished uploads are among
// them. Links from other records to these files go. A file that is a
// document of an organisation or school (a board's zorgbeleid, say) is the
// organisation's, not the uploader's: it stays, handed to the placeholder.
func markFiles(ctx context.Context, tx bun.IDB, personID uuid.UUID) (int, error) {
	const theirs = `SELECT id FROM files WHERE owner_id = ?0`
	steps := []string{
		`UPDATE files SET owner_id = ?1 WHERE owner_id = ?0 AND status = 'ready'
			AND id IN (SELECT file_id FROM documents WHERE file_id IS NOT NULL)`,
		`DELETE FROM documents WHERE url = '' AND file_id IN (` + theirs + `)`,
		`UPDATE documents SET file_id = NULL WHERE file_id IN (` + theirs + `)`,
		`DELETE FROM version_files WHERE file_id IN (` + theirs + `)`,
		// Bytes already gone: only the row is left to remove.
		`DELETE FROM files WHERE owner_id = ?0 AND status = 'deleted'`,
	}
	for _, q := range steps {
		if _, err := tx.NewRaw(q, personID, PlaceholderID).Exec(ctx); err != nil {
			return 0, err
		}
	}
	res, err := tx.NewRaw(`UPDATE files SET owner_id = ?1, assignment_id = NULL, name = 'verwijderd', status = 'deleting'
		WHERE owner_id = ?0`, personID, PlaceholderID).Exec(ctx)
	if err != nil {
		return 0, err
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}
