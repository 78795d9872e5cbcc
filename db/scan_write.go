package db

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Filling in a scan: a rater starts their scan of a deelnemer at a moment,
// saves ratings as often as they like (each change is a new scan_ratings row;
// nothing is overwritten) and finishes it, which locks it.

type RatingInput struct {
	AspectID uuid.UUID
	Value    int
	Note     string
}

const maxRatingNote = 2000

func scanMoment(ctx context.Context, idb bun.IDB, id uuid.UUID) (*ScanMoment, error) {
	m := new(ScanMoment)
	if err := idb.NewSelect().Model(m).Where("sm.id = ?", id).Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Scanmoment")
	}
	return m, nil
}

// Today is the calendar day in the Netherlands, as a date at UTC midnight
// (how dates are read from PostgreSQL).
func Today() time.Time {
	n := time.Now().In(Amsterdam())
	return time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.UTC)
}

// StartScan returns the actor's scan of the subject at the moment, creating a
// concept the first time. The actor's capacity (zelf, opleider, maatje,
// directie) follows from the policy. Without a subject it is the self-scan.
func StartScan(ctx context.Context, idb bun.IDB, a *Actor, momentID uuid.UUID, subject *uuid.UUID) (*Scan, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	subjectID := a.PersonID
	if subject != nil {
		subjectID = *subject
	}
	m, err := scanMoment(ctx, idb, momentID)
	if err != nil {
		return nil, err
	}
	role, err := a.ScanRoleFor(ctx, idb, m, subjectID)
	if err != nil {
		return nil, err
	}
	if !m.IsOpen(Today()) {
		return nil, &ConflictError{Message: fmt.Sprintf("Dit scanmoment opent op %s.", m.OpensOn.Format("2-1-2006"))}
	}
	outline, err := scanOutlineOf(ctx, idb, m.LeergangID)
	if err != nil {
		return nil, err
	}
	if outline == nil || len(outline.Aspects) == 0 {
		return nil, noFramework
	}
	by := a.PersonID
	s := &Scan{MomentID: m.ID, SubjectID: subjectID, RaterID: &by, RaterRole: role, Status: ScanConcept}
	if _, err := idb.NewInsert().Model(s).On("CONFLICT (moment_id, subject_id, rater_id) WHERE rater_id IS NOT NULL DO NOTHING").Exec(ctx); err != nil {
		return nil, err
	}
	var id uuid.UUID
	if err := idb.NewSelect().Table("scans").Column("id").
		Where("moment_id = ? AND subject_id = ? AND rater_id = ?", m.ID, subjectID, by).Scan(ctx, &id); err != nil {
		return nil, err
	}
	return GetScan(ctx, idb, a, id)
}

// ownScanForUpdate locks the actor's own scan; someone else's is refused.
func ownScanForUpdate(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*Scan, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	s := new(Scan)
	if err := idb.NewSelect().Model(s).Where("sc.id = ?", id).For("UPDATE").Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Scan")
	}
	if s.RaterID == nil || *s.RaterID != a.PersonID {
		if _, err := GetScan(ctx, idb, a, id); err != nil {
			return nil, err
		}
		return nil, &ForbiddenError{Message: "Alleen wie deze scan invult, kan hem wijzigen."}
	}
	if s.Status == ScanAfgerond {
		return nil, &ConflictError{Message: "Deze scan is afgerond en staat vast; je kunt geen scores meer wijzigen."}
	}
	return s, nil
}

// SaveScanRatings appends the ratings that changed to the actor's concept
// scan. Half-finished scans are fine: unrated aspects stay open.
func SaveScanRatings(ctx context.Context, idb bun.IDB, a *Actor, scanID uuid.UUID, ratings []RatingInput) (*Scan, error) {
	s, err := ownScanForUpdate(ctx, idb, a, scanID)
	if err != nil {
		return nil, err
	}
	m, err := scanMoment(ctx, idb, s.MomentID)
	if err != nil {
		return nil, err
	}
	outline, err := scanOutlineOf(ctx, idb, m.LeergangID)
	if err != nil {
		return nil, err
	}
	if outline == nil {
		return nil, noFramework
	}
	if err := validateRatings(outline, ratings); err != nil {
		return nil, err
	}
	cur := []*Scan{{ID: s.ID, NotesVisible: true}}
	if err := withCurrentRatings(ctx, idb, cur); err != nil {
		return nil, err
	}
	current := map[uuid.UUID]*ScanRating{}
	for _, r := range cur[0].Ratings {
		current[r.AspectID] = r
	}
	by := a.PersonID
	var add []*ScanRating
	for _, in := range ratings {
		note := strings.TrimSpace(in.Note)
		if c := current[in.AspectID]; c != nil && c.Value == in.Value && c.Note == note {
			continue
		}
		add = append(add, &ScanRating{ScanID: s.ID, AspectID: in.AspectID, Value: in.Value, Note: note, AuthorID: &by})
	}
	if len(add) > 0 {
		if _, err := idb.NewInsert().Model(&add).Exec(ctx); err != nil {
			return nil, err
		}
		if _, err := idb.NewRaw("UPDATE scans SET updated_at = now() WHERE id = ?", s.ID).Exec(ctx); err != nil {
			return nil, err
		}
	}
	return GetScan(ctx, idb, a, s.ID)
}

func validateRatings(outline *ScanOutline, ratings []RatingInput) error {
	lo, hi := outline.scaleBounds()
	known := make(map[uuid.UUID]bool, len(outline.Aspects))
	for _, asp := range outline.Aspects {
		known[asp.ID] = true
	}
	seen := map[uuid.UUID]bool{}
	var v Validator
	for _, r := range ratings {
		switch {
		case !known[r.AspectID]:
			v.Add("ratings", "unknown_aspect", "Een van de aspecten hoort niet bij het competentiekader van deze leergang.")
		case seen[r.AspectID]:
			v.Add("ratings", "duplicate", "Geef elk aspect één score.")
		case r.Value < lo || r.Value > hi:
			v.Add("ratings", "out_of_scale", fmt.Sprintf("Kies een score van %d tot en met %d.", lo, hi))
		case len([]rune(strings.TrimSpace(r.Note))) > maxRatingNote:
			v.Add("ratings", "note_too_long", fmt.Sprintf("Een toelichting is hoogstens %d tekens.", maxRatingNote))
		}
		if v.Has("ratings") {
			break
		}
		seen[r.AspectID] = true
	}
	return v.Err()
}

// FinishScan locks the actor's scan once every aspect has a rating.
func FinishScan(ctx context.Context, idb bun.IDB, a *Actor, scanID uuid.UUID) (*Scan, error) {
	s, err := ownScanForUpdate(ctx, idb, a, scanID)
	if err != nil {
		return nil, err
	}
	var open int
	err = idb.NewRaw(`SELECT count(*) FROM aspects asp JOIN competencies c ON c.id = asp.competency_id
		JOIN leergangen l ON l.framework_id = c.framework_id JOIN scan_moments m ON m.leergang_id = l.id
		WHERE m.id = ? AND NOT EXISTS (SELECT 1 FROM scan_ratings sr WHERE sr.scan_id = ? AND sr.aspect_id = asp.id)`,
		s.MomentID, s.ID).Scan(ctx, &open)
	if err != nil {
		return nil, err
	}
	if open > 0 {
		return nil, Invalid("ratings", "incomplete", fmt.Sprintf("Geef eerst elk aspect een score; er staan er nog %d open.", open))
	}
	if _, err := idb.NewRaw("UPDATE scans SET status = 'afgerond', finished_at = now(), updated_at = now() WHERE id = ?", s.ID).Exec(ctx); err != nil {
		return nil, err
	}
	return GetScan(ctx, idb, a, s.ID)
}

// SetScanNotesHidden is the deelnemer's choice to hide the notes of their
// self-scan from the directie and bestuur; the ratings stay visible. It can
// change after finishing too: it is about who reads, not what was rated.
func SetScanNotesHidden(ctx context.Context, idb bun.IDB, a *Actor, scanID uuid.UUID, hidden bool) (*Scan, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	s, err := GetScan(ctx, idb, a, scanID)
	if err != nil {
		return nil, err
	}
	if s.RaterRole != RaterZelf || s.SubjectID != a.PersonID {
		return nil, &ForbiddenError{Message: "Alleen de deelnemer kan de toelichtingen bij de eigen zelfscan verbergen."}
	}
	if _, err := idb.NewRaw("UPDATE scans SET notes_hidden_from_directie = ?, updated_at = now() WHERE id = ?", hidden, s.ID).Exec(ctx); err != nil {
		return nil, err
	}
	return GetScan(ctx, idb, a, s.ID)
}
