package db

import (
	"context"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Writes of maatje pairings: pairing a starter, the shared log, closing with
// an evaluation, and the organisation's maximum of starters per maatje.

const (
	maxLogText           = 4000
	maxPairingEvaluation = 2000
	// MaxPairingMonths is the longest period a pairing may be given at once.
	MaxPairingMonths = 36
)

type PairingInput struct {
	StarterID uuid.UUID
	MaatjeID  uuid.UUID
	StartsOn  time.Time
	EndsOn    time.Time
}

// CreatePairing pairs a starter with a maatje for a period. The reason stored
// with it is the suggestion's reasons for this maatje as they are now.
func CreatePairing(ctx context.Context, idb bun.IDB, a *Actor, in PairingInput) (*Pairing, error) {
	if err := a.RequireManagePairing(ctx, idb, in.StarterID); err != nil {
		return nil, err
	}
	var v Validator
	isStarter, err := idb.NewSelect().TableExpr("people AS p").Where("p.id = ? AND p.disabled_at IS NULL", in.StarterID).
		Where(starterSQL("p")).Exists(ctx)
	if err != nil {
		return nil, err
	}
	if !isStarter {
		v.Add("starterId", "not_a_starter", "Kies een startende IB'er.")
	}
	candidates, err := scoreCandidates(ctx, idb, a, in.StarterID, &in.MaatjeID, 1)
	if err != nil {
		return nil, err
	}
	var chosen *MaatjeSuggestion
	switch {
	case len(candidates) == 0:
		v.Add("maatjeId", "not_a_candidate", "Kies een ervaren IB'er die zelf geen starter is.")
	default:
		chosen = candidates[0].suggestion()
		if chosen.Full {
			v.Add("maatjeId", "maatje_full", "Dit maatje begeleidt al het maximum aantal starters.")
		}
	}
	validatePeriod(&v, in.StartsOn, in.EndsOn)
	if err := v.Err(); err != nil {
		return nil, err
	}
	open, err := idb.NewSelect().TableExpr("mentor_pairings").Where("starter_id = ? AND closed_at IS NULL", in.StarterID).Exists(ctx)
	if err != nil {
		return nil, err
	}
	if open {
		return nil, Invalid("starterId", "already_paired", "Deze starter heeft al een maatje. Sluit eerst die koppeling af.")
	}
	p := &Pairing{StarterID: in.StarterID, MaatjeID: in.MaatjeID, StartsOn: in.StartsOn, EndsOn: in.EndsOn,
		Reason: chosen.ReasonText(), CreatedBy: &a.PersonID}
	_, err = idb.NewInsert().Model(p).Column("starter_id", "maatje_id", "starts_on", "ends_on", "reason", "created_by").
		Returning("id").Exec(ctx)
	if err != nil {
		return nil, uniqueAsInvalid(err, "mentor_pairings_one_open", "starterId", "already_paired",
			"Deze starter heeft al een maatje. Sluit eerst die koppeling af.")
	}
	return GetPairing(ctx, idb, a, p.ID)
}

func validatePeriod(v *Validator, startsOn, endsOn time.Time) {
	if startsOn.IsZero() {
		v.Add("startsOn", "required", "Vul de begindatum in.")
	}
	switch {
	case endsOn.IsZero():
		v.Add("endsOn", "required", "Vul de einddatum in.")
	case !startsOn.IsZero() && endsOn.Before(startsOn):
		v.Add("endsOn", "before_start", "De einddatum ligt voor de begindatum.")
	case !startsOn.IsZero() && endsOn.After(startsOn.AddDate(0, MaxPairingMonths, 0)):
		v.Add("endsOn", "too_long", "Een koppeling duurt hoogstens drie jaar.")
	}
}

// pairingForWrite reads the pairing's parties and state with a row lock.
func pairingForWrite(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*Pairing, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	p := new(Pairing)
	err := idb.NewSelect().Model(p).Column("mp.id", "mp.starter_id", "mp.maatje_id", "mp.closed_at").
		Where("mp.id = ?", id).For("UPDATE").Scan(ctx)
	if err != nil {
		return nil, notFoundOr(err, "Koppeling")
	}
	return p, nil
}

type LogEntryInput struct {
	MetOn         time.Time
	Topics        string
	Agreements    string
	NextSteps     string
	NextMeetingOn *time.Time
}

func (in *LogEntryInput) validate() error {
	in.Topics, in.Agreements, in.NextSteps = strings.TrimSpace(in.Topics), strings.TrimSpace(in.Agreements), strings.TrimSpace(in.NextSteps)
	var v Validator
	if in.MetOn.IsZero() {
		v.Add("metOn", "required", "Vul de datum van het gesprek in.")
	}
	requireText(&v, "topics", in.Topics, maxLogText)
	maxText(&v, "agreements", in.Agreements, maxLogText)
	maxText(&v, "nextSteps", in.NextSteps, maxLogText)
	if in.NextMeetingOn != nil && !in.MetOn.IsZero() && in.NextMeetingOn.Before(in.MetOn) {
		v.Add("nextMeetingOn", "before_meeting", "De volgende afspraak ligt voor dit gesprek.")
	}
	return v.Err()
}

// AddLogEntry adds a meeting to the shared log; the starter or the maatje writes it.
func AddLogEntry(ctx context.Context, idb bun.IDB, a *Actor, pairingID uuid.UUID, in LogEntryInput) (*MentorLogEntry, error) {
	p, err := pairingForWrite(ctx, idb, a, pairingID)
	if err != nil {
		return nil, err
	}
	if err := a.RequirePairingParty(p); err != nil {
		return nil, err
	}
	if err := in.validate(); err != nil {
		return nil, err
	}
	e := &MentorLogEntry{PairingID: p.ID, MetOn: in.MetOn, Topics: in.Topics, Agreements: in.Agreements,
		NextSteps: in.NextSteps, NextMeetingOn: in.NextMeetingOn, AuthorID: &a.PersonID}
	if _, err := idb.NewInsert().Model(e).Returning("*").Exec(ctx); err != nil {
		return nil, err
	}
	return logEntry(ctx, idb, e.ID)
}

// UpdateLogEntry changes a log entry; only its author may.
func UpdateLogEntry(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID, in LogEntryInput) (*MentorLogEntry, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	cur := new(MentorLogEntry)
	if err := idb.NewSelect().Model(cur).Where("le.id = ?", id).For("UPDATE").Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Logboekregel")
	}
	if cur.AuthorID == nil || *cur.AuthorID != a.PersonID {
		return nil, &ForbiddenError{Message: "Alleen wie deze regel schreef, kan hem wijzigen."}
	}
	if err := in.validate(); err != nil {
		return nil, err
	}
	_, err := idb.NewUpdate().Model(cur).
		Set("met_on = ?", in.MetOn).Set("topics = ?", in.Topics).Set("agreements = ?", in.Agreements).
		Set("next_steps = ?", in.NextSteps).Set("next_meeting_on = ?", in.NextMeetingOn).Set("updated_at = now()").
		Where("le.id = ?", id).Exec(ctx)
	if err != nil {
		return nil, err
	}
	return logEntry(ctx, idb, id)
}

func logEntry(ctx context.Context, idb bun.IDB, id uuid.UUID) (*MentorLogEntry, error) {
	e := new(MentorLogEntry)
	err := idb.NewSelect().Model(e).Column("le.*").ColumnExpr("coalesce(au.name, '') AS author_name").
		Join("LEFT JOIN people AS au ON au.id = le.author_id").Where("le.id = ?", id).Scan(ctx)
	return e, notFoundOr(err, "Logboekregel")
}

type EvaluationInput struct {
	Rating     int
	Evaluation string
}

func (in *EvaluationInput) validate(v *Validator) {
	in.Evaluation = strings.TrimSpace(in.Evaluation)
	if in.Rating < 1 || in.Rating > 5 {
		v.Add("rating", "out_of_range", "Kies een cijfer van 1 tot en met 5.")
	}
	requireText(v, "evaluation", in.Evaluation, maxPairingEvaluation)
}

// ClosePairing ends a pairing. A party closes it with their evaluation; the
// beheerder or bestuur may close it without one. Closing a closed pairing is
// a conflict; the other party then uses EvaluatePairing.
func ClosePairing(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID, eval *EvaluationInput) (*Pairing, error) {
	p, err := pairingForWrite(ctx, idb, a, id)
	if err != nil {
		return nil, err
	}
	party := a.IsPairingParty(p)
	if !party {
		if err := a.RequireManagePairing(ctx, idb, p.StarterID); err != nil {
			return nil, err
		}
	}
	if p.ClosedAt != nil {
		return nil, &ConflictError{Message: "Deze koppeling is al afgesloten."}
	}
	if party {
		if eval == nil {
			eval = &EvaluationInput{}
		}
		var v Validator
		eval.validate(&v)
		if err := v.Err(); err != nil {
			return nil, err
		}
	}
	if _, err := idb.NewUpdate().Table("mentor_pairings").Set("closed_at = now()").Where("id = ?", id).Exec(ctx); err != nil {
		return nil, err
	}
	if party {
		if err := insertEvaluation(ctx, idb, a, id, *eval); err != nil {
			return nil, err
		}
	}
	return GetPairing(ctx, idb, a, id)
}

// EvaluatePairing adds a party's evaluation to a closed pairing, once.
func EvaluatePairing(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID, eval EvaluationInput) (*Pairing, error) {
	p, err := pairingForWrite(ctx, idb, a, id)
	if err != nil {
		return nil, err
	}
	if err := a.RequirePairingParty(p); err != nil {
		return nil, err
	}
	if p.ClosedAt == nil {
		return nil, &ConflictError{Message: "Sluit de koppeling af om een evaluatie te geven."}
	}
	var v Validator
	eval.validate(&v)
	if err := v.Err(); err != nil {
		return nil, err
	}
	if err := insertEvaluation(ctx, idb, a, id, eval); err != nil {
		return nil, err
	}
	return GetPairing(ctx, idb, a, id)
}

func insertEvaluation(ctx context.Context, idb bun.IDB, a *Actor, pairingID uuid.UUID, eval EvaluationInput) error {
	res, err := idb.NewInsert().Model(&MentorEvaluation{PairingID: pairingID, PersonID: a.PersonID, Rating: eval.Rating, Evaluation: eval.Evaluation}).
		Column("pairing_id", "person_id", "rating", "evaluation").On("CONFLICT DO NOTHING").Exec(ctx)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return &ConflictError{Message: "Je hebt deze koppeling al geëvalueerd."}
	}
	return nil
}

// SetMaatjeLimit sets how many starters one maatje of the organisation may have at a time.
func SetMaatjeLimit(ctx context.Context, idb bun.IDB, a *Actor, orgID uuid.UUID, max int) (int, error) {
	if err := a.RequireSetMaatjeLimit(orgID); err != nil {
		return 0, err
	}
	if max < 1 || max > 20 {
		return 0, Invalid("maxStartersPerMaatje", "out_of_range", "Kies een aantal van 1 tot en met 20.")
	}
	res, err := idb.NewUpdate().Table("organisations").Set("max_starters_per_maatje = ?", max).Set("updated_at = now()").
		Where("id = ?", orgID).Exec(ctx)
	if err != nil {
		return 0, err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return 0, &NotFoundError{What: "Organisatie"}
	}
	return max, nil
}

// MaatjeLimit reads the organisation's maximum of starters per maatje.
func MaatjeLimit(ctx context.Context, idb bun.IDB, a *Actor, orgID uuid.UUID) (int, error) {
	if err := a.RequireSetMaatjeLimit(orgID); err != nil {
		return 0, err
	}
	var max int
	err := idb.NewSelect().Table("organisations").Column("max_starters_per_maatje").Where("id = ?", orgID).Scan(ctx, &max)
	return max, notFoundOr(err, "Organisatie")
}

// StarterOption is a starter the actor may pair, for the pairing form.
type StarterOption struct {
	PersonID       uuid.UUID `bun:"id,type:uuid"`
	Name           string
	Schools        []string   `bun:",array"`
	OrganisationID *uuid.UUID `bun:"org_id,type:uuid"`
	Paired         bool
}

// PairableStarters lists the starters the actor may pair, with whether they
// have an open pairing, by name, in one statement.
func PairableStarters(ctx context.Context, idb bun.IDB, a *Actor) ([]*StarterOption, error) {
	if err := a.RequirePairStarters(); err != nil {
		return nil, err
	}
	q := idb.NewSelect().TableExpr("people AS p").
		ColumnExpr("p.id, p.name").
		ColumnExpr("ARRAY(SELECT s.name FROM person_schools ps JOIN schools s ON s.id = ps.school_id WHERE ps.person_id = p.id ORDER BY s.name) AS schools").
		ColumnExpr(personOrgSQL("p") + " AS org_id").
		ColumnExpr("EXISTS (SELECT 1 FROM mentor_pairings mp WHERE mp.starter_id = p.id AND mp.closed_at IS NULL) AS paired").
		Where("p.disabled_at IS NULL").Where(starterSQL("p")).
		OrderExpr("lower(p.name), p.id").Limit(MaxPageSize)
	out := []*StarterOption{}
	if err := a.ScopePeople(q).Scan(ctx, &out); err != nil && !isNoRows(err) {
		return nil, err
	}
	return out, nil
}
