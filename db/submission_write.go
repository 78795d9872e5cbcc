package db

import (
	"context"
	"strconv"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// A deelnemer's work on a submission: saving the draft, handing it in, and
// deleting it. Only the deelnemer themselves writes their draft.

// DraftInput is the whole draft as the form holds it; saving replaces it.
type DraftInput struct {
	AssignmentID      uuid.UUID
	Reflection        string
	WrittenText       string
	VideoFileID       *uuid.UUID
	DocumentFileID    *uuid.UUID
	AttachmentFileIDs []uuid.UUID
	ShowsPupils       bool
	// ConfirmConsent records, for a video that shows pupils, that the deelnemer
	// confirms the consent the AVG requires is in place.
	ConfirmConsent bool
}

const (
	maxReflection  = 20000
	maxWrittenText = 50000
	maxAttachments = 10
)

// SaveDraft creates the actor's submission for the assignment (status
// CONCEPT) or changes its draft version. After a hand-in the draft can only
// change again once an opleider asked for a herkansing.
func SaveDraft(ctx context.Context, idb bun.IDB, a *Actor, in DraftInput) (*Submission, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	as, err := GetAssignment(ctx, idb, a, in.AssignmentID)
	if err != nil {
		return nil, err
	}
	if err := a.RequireSubmitTo(ctx, idb, as); err != nil {
		return nil, err
	}
	sub, err := lockOwnSubmission(ctx, idb, a, as.ID, true)
	if err != nil {
		return nil, err
	}
	if !sub.Status.Editable() {
		return nil, &ConflictError{Message: "Je hebt deze praktijkopdracht ingeleverd. Je kunt hem pas weer wijzigen als je opleider om een herkansing vraagt."}
	}
	draft, err := draftVersion(ctx, idb, sub.ID)
	if err != nil {
		return nil, err
	}
	in.Reflection, in.WrittenText = strings.TrimSpace(in.Reflection), strings.TrimSpace(in.WrittenText)
	var v Validator
	maxText(&v, "reflection", in.Reflection, maxReflection)
	maxText(&v, "text", in.WrittenText, maxWrittenText)
	links, err := draftFiles(ctx, idb, a, as.ID, &in, &v)
	if err != nil {
		return nil, err
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	// The consent is about the recording: a different video, or one that no
	// longer shows pupils, needs the statement again.
	consentBy, consentAt := draft.ConsentConfirmedBy, draft.ConsentConfirmedAt
	if !in.ShowsPupils || !sameID(draft.VideoFileID, in.VideoFileID) {
		consentBy, consentAt = nil, nil
	}
	q := idb.NewUpdate().Model((*SubmissionVersion)(nil)).Where("id = ?", draft.ID).
		Set("reflection = ?", in.Reflection).Set("written_text = ?", in.WrittenText).Set("shows_pupils = ?", in.ShowsPupils).
		Set("updated_at = now()")
	if in.ShowsPupils && in.ConfirmConsent {
		q = q.Set("consent_confirmed_by = ?", a.PersonID).Set("consent_confirmed_at = now()")
	} else {
		q = q.Set("consent_confirmed_by = ?", consentBy).Set("consent_confirmed_at = ?", consentAt)
	}
	if _, err := q.Exec(ctx); err != nil {
		return nil, err
	}
	if _, err := idb.NewRaw("DELETE FROM version_files WHERE version_id = ?", draft.ID).Exec(ctx); err != nil {
		return nil, err
	}
	for i, l := range links {
		if _, err := idb.NewRaw("INSERT INTO version_files (version_id, file_id, role, position) VALUES (?, ?, ?, ?)",
			draft.ID, l.id, l.role, i).Exec(ctx); err != nil {
			return nil, err
		}
	}
	if _, err := idb.NewRaw("UPDATE submissions SET updated_at = now() WHERE id = ?", sub.ID).Exec(ctx); err != nil {
		return nil, err
	}
	return GetSubmission(ctx, idb, a, sub.ID)
}

func sameID(a, b *uuid.UUID) bool {
	return (a == nil && b == nil) || (a != nil && b != nil && *a == *b)
}

type fileLink struct {
	id   uuid.UUID
	role string
}

// draftFiles checks the files a draft refers to: the actor's own, uploaded for
// this assignment, ready, and of the kind the role needs.
func draftFiles(ctx context.Context, idb bun.IDB, a *Actor, assignmentID uuid.UUID, in *DraftInput, v *Validator) ([]fileLink, error) {
	in.AttachmentFileIDs = compactIDs(in.AttachmentFileIDs)
	if len(in.AttachmentFileIDs) > maxAttachments {
		v.Add("attachmentFileIds", "too_many", "Voeg hoogstens "+strconv.Itoa(maxAttachments)+" bijlagen toe.")
		return nil, nil
	}
	var links []fileLink
	ids := append([]uuid.UUID{}, in.AttachmentFileIDs...)
	if in.VideoFileID != nil {
		links = append(links, fileLink{*in.VideoFileID, "video"})
		ids = append(ids, *in.VideoFileID)
	}
	if in.DocumentFileID != nil {
		links = append(links, fileLink{*in.DocumentFileID, "document"})
		ids = append(ids, *in.DocumentFileID)
	}
	for _, id := range in.AttachmentFileIDs {
		links = append(links, fileLink{id, "attachment"})
	}
	if len(ids) == 0 {
		return links, nil
	}
	var files []*StoredFile
	if err := idb.NewSelect().Model(&files).Where("f.id IN (?) AND f.owner_id = ?", bun.In(ids), a.PersonID).Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	byID := map[uuid.UUID]*StoredFile{}
	for _, f := range files {
		byID[f.ID] = f
	}
	field := map[string]string{"video": "videoFileId", "document": "documentFileId", "attachment": "attachmentFileIds"}
	for _, l := range links {
		f, name := byID[l.id], field[l.role]
		switch {
		case v.Has(name):
		case f == nil || f.AssignmentID == nil || *f.AssignmentID != assignmentID:
			v.Add(name, "not_found", "Dit bestand is niet gevonden bij je uploads voor deze praktijkopdracht.")
		case f.Status == FileUploading:
			v.Add(name, "not_ready", "Dit bestand is nog niet helemaal geüpload.")
		case f.Status != FileReady:
			v.Add(name, "not_ready", "Dit bestand is geweigerd of verwijderd. Upload het opnieuw.")
		case l.role == "video" && f.Kind != FileVideo:
			v.Add(name, "wrong_kind", "Kies hier een video (mp4, mov of webm).")
		case l.role == "document" && f.Kind != FileDocument:
			v.Add(name, "wrong_kind", "Kies hier een document (pdf of docx).")
		case l.role == "attachment" && f.Kind == FileVideo:
			v.Add(name, "wrong_kind", "Een bijlage is een afbeelding of document; de video hoort bij de video.")
		}
	}
	return links, nil
}

// lockOwnSubmission returns the actor's submission for the assignment locked
// for update, creating it (status CONCEPT, one draft version) when create is set.
func lockOwnSubmission(ctx context.Context, idb bun.IDB, a *Actor, assignmentID uuid.UUID, create bool) (*Submission, error) {
	if create {
		res, err := idb.NewRaw(`INSERT INTO submissions (assignment_id, person_id) VALUES (?, ?)
			ON CONFLICT (assignment_id, person_id) DO NOTHING`, assignmentID, a.PersonID).Exec(ctx)
		if err != nil {
			return nil, err
		}
		if n, _ := res.RowsAffected(); n == 1 {
			if _, err := idb.NewRaw(`INSERT INTO submission_versions (submission_id, number)
				SELECT id, 1 FROM submissions WHERE assignment_id = ? AND person_id = ?`, assignmentID, a.PersonID).Exec(ctx); err != nil {
				return nil, err
			}
		}
	}
	sub := new(Submission)
	err := idb.NewSelect().Model(sub).Where("sub.assignment_id = ? AND sub.person_id = ?", assignmentID, a.PersonID).For("UPDATE").Scan(ctx)
	return sub, notFoundOr(err, "Inzending")
}

// draftVersion returns the submission's draft, the one version not handed in.
func draftVersion(ctx context.Context, idb bun.IDB, submissionID uuid.UUID) (*SubmissionVersion, error) {
	v := new(SubmissionVersion)
	err := selectVersions(idb, v).Where("sv.submission_id = ? AND sv.submitted_at IS NULL", submissionID).Scan(ctx)
	if isNoRows(err) {
		return nil, &ConflictError{Message: "Er is geen concept om te wijzigen of in te leveren."}
	}
	return v, err
}

// HandIn hands in the draft as a new version. Every part the assignment asks
// for must be there, and a video that shows pupils needs the consent statement.
func HandIn(ctx context.Context, idb bun.IDB, a *Actor, submissionID uuid.UUID) (*Submission, error) {
	sub, err := GetSubmission(ctx, idb, a, submissionID)
	if err != nil {
		return nil, err
	}
	if sub.PersonID != a.PersonID {
		return nil, &ForbiddenError{Message: "Alleen de deelnemer zelf levert een praktijkopdracht in."}
	}
	as, err := GetAssignment(ctx, idb, a, sub.AssignmentID)
	if err != nil {
		return nil, err
	}
	if sub, err = lockOwnSubmission(ctx, idb, a, as.ID, false); err != nil {
		return nil, err
	}
	if !sub.Status.Editable() {
		return nil, &ConflictError{Message: "Deze praktijkopdracht is al ingeleverd. Je kunt opnieuw inleveren als je opleider om een herkansing vraagt."}
	}
	draft, err := draftVersion(ctx, idb, sub.ID)
	if err != nil {
		return nil, err
	}
	var v Validator
	if draft.Reflection == "" {
		v.Add("reflection", "required", "Schrijf je reflectie voordat je inlevert.")
	}
	for _, p := range as.Parts {
		switch {
		case p == PartVideo && draft.VideoFileID == nil:
			v.Add("videoFileId", "required", "Deze praktijkopdracht vraagt om een video.")
		case p == PartDocument && draft.DocumentFileID == nil:
			v.Add("documentFileId", "required", "Deze praktijkopdracht vraagt om een reflectieverslag (pdf of docx).")
		case p == PartText && draft.WrittenText == "":
			v.Add("text", "required", "Deze praktijkopdracht vraagt om een geschreven tekst.")
		}
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	if draft.ShowsPupils && draft.ConsentConfirmedAt == nil {
		return nil, &ConflictError{Message: "Je video laat leerlingen zien. Bevestig eerst dat de toestemming die de AVG vraagt in orde is."}
	}
	if _, err := idb.NewRaw("UPDATE submission_versions SET submitted_at = now(), updated_at = now() WHERE id = ?", draft.ID).Exec(ctx); err != nil {
		return nil, err
	}
	if _, err := idb.NewRaw(`UPDATE submissions SET status = ?, handed_in_at = now(), feedback_given_at = NULL, updated_at = now()
		WHERE id = ?`, SubmissionIngeleverd, sub.ID).Exec(ctx); err != nil {
		return nil, err
	}
	return GetSubmission(ctx, idb, a, sub.ID)
}

// DeleteSubmission deletes a submission with its versions, feedback and
// comments, and marks its files for deletion from the blob store (done after
// the transaction commits, by PurgeFiles). The deelnemer may delete their own
// submission while it was never handed in; the leergang's opleiders and the
// beheerder at any time (for example on a request under the AVG).
func DeleteSubmission(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) error {
	sub, err := GetSubmission(ctx, idb, a, id)
	if err != nil {
		return err
	}
	as := new(Assignment)
	if err := idb.NewSelect().Model(as).Where("asg.id = ?", sub.AssignmentID).Scan(ctx); err != nil {
		return err
	}
	manage, err := a.CanManageLeergang(ctx, idb, as.LeergangID)
	if err != nil {
		return err
	}
	if !manage {
		if sub.PersonID != a.PersonID {
			return &ForbiddenError{Message: "Je kunt deze inzending niet verwijderen."}
		}
		if sub.HandedInAt != nil || sub.Status != SubmissionConcept {
			return &ConflictError{Message: "Een ingeleverde praktijkopdracht kun je niet zelf verwijderen. Vraag het je opleider."}
		}
	}
	if err := markSubmissionFilesDeleting(ctx, idb, []uuid.UUID{id}); err != nil {
		return err
	}
	_, err = idb.NewDelete().Model((*Submission)(nil)).Where("id = ?", id).Exec(ctx)
	return err
}

// markSubmissionFilesDeleting marks every file of the submissions' versions,
// and every upload made for them, for deletion from the blob store.
func markSubmissionFilesDeleting(ctx context.Context, idb bun.IDB, submissionIDs []uuid.UUID) error {
	_, err := idb.NewRaw(`UPDATE files SET status = 'deleting'
		WHERE status IN ('uploading', 'ready', 'rejected') AND (
			id IN (SELECT vf.file_id FROM version_files vf JOIN submission_versions sv ON sv.id = vf.version_id WHERE sv.submission_id IN (?0))
			OR (owner_id, assignment_id) IN (SELECT person_id, assignment_id FROM submissions WHERE id IN (?0)))`,
		bun.In(submissionIDs)).Exec(ctx)
	return err
}
