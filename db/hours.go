package db

import (
	"context"
	"math"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// The hours ledger: per deelnemer per leerjaar, the hours credited by attended
// sessions plus the self-declared hours an opleider approved, against the
// leerjaar's norm. Ledgers exist for every leerjaar of every leergang a person
// is a group member of. A ledger is visible when both its person (ScopePeople)
// and its leergang (ScopeLeergangen) are: the person themselves, the opleiders
// of the leergang, the beheerder, the person's directie and bestuur.

// DeclarationInput is what a deelnemer declares.
type DeclarationInput struct {
	LeerjaarID  uuid.UUID
	Kind        DeclarationKind
	Hours       float64
	Description string
	DoneOn      time.Time
}

const (
	maxDeclarationHours       = 100
	maxDeclarationDescription = 2000
	maxReviewNote             = 1000
)

// DeclareHours records hours a deelnemer spent outside the sessions, for a
// leerjaar of a leergang they are a group member of. It waits for review.
func DeclareHours(ctx context.Context, idb bun.IDB, a *Actor, in DeclarationInput) (*HourDeclaration, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	var lj Leerjaar
	if err := idb.NewSelect().Model(&lj).Where("lj.id = ?", in.LeerjaarID).Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Leerjaar")
	}
	member, err := idb.NewSelect().TableExpr("group_members AS gm").Join("JOIN leergang_groups AS g ON g.id = gm.group_id").
		Where("g.leergang_id = ? AND gm.person_id = ?", lj.LeergangID, a.PersonID).Exists(ctx)
	if err != nil {
		return nil, err
	}
	if !member {
		return nil, &ForbiddenError{Message: "Je kunt alleen uren opgeven voor een leergang waaraan je deelneemt."}
	}
	in.Description = strings.TrimSpace(in.Description)
	var v Validator
	if !in.Kind.Valid() {
		v.Add("kind", "required", "Kies het soort activiteit.")
	}
	hours := math.Round(in.Hours*100) / 100
	if math.IsNaN(in.Hours) || hours <= 0 || in.Hours > maxDeclarationHours {
		v.Add("hours", "out_of_range", "Vul een aantal uren in van meer dan 0 tot en met 100, bijvoorbeeld 2,5.")
	}
	requireText(&v, "description", in.Description, maxDeclarationDescription)
	if in.DoneOn.IsZero() {
		v.Add("doneOn", "required", "Vul de datum in waarop je dit hebt gedaan.")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	d := &HourDeclaration{PersonID: a.PersonID, LeerjaarID: lj.ID, Kind: in.Kind, Hours: hours,
		Description: in.Description, DoneOn: in.DoneOn, Status: DeclarationIngediend}
	if _, err := idb.NewInsert().Model(d).Returning("*").Exec(ctx); err != nil {
		return nil, err
	}
	return d, nil
}

// ReviewDeclaration approves or rejects a declaration that waits for review,
// by someone who may manage its leergang, with an optional note.
func ReviewDeclaration(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID, approve bool, note string) (*HourDeclaration, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	var cur struct {
		Status     DeclarationStatus
		LeergangID uuid.UUID
	}
	err := idb.NewSelect().TableExpr("hour_declarations AS hd").Join("JOIN leerjaren AS lj ON lj.id = hd.leerjaar_id").
		ColumnExpr("hd.status, lj.leergang_id").Where("hd.id = ?", id).For("UPDATE OF hd").Scan(ctx, &cur)
	if err != nil {
		return nil, notFoundOr(err, "Urendeclaratie")
	}
	if err := requireManage(ctx, idb, a, cur.LeergangID, "Alleen een opleider van deze leergang beoordeelt opgegeven uren."); err != nil {
		return nil, err
	}
	note = strings.TrimSpace(note)
	var v Validator
	maxText(&v, "note", note, maxReviewNote)
	if err := v.Err(); err != nil {
		return nil, err
	}
	if cur.Status != DeclarationIngediend {
		return nil, &ConflictError{Message: "Deze declaratie is al beoordeeld."}
	}
	status := DeclarationAfgewezen
	if approve {
		status = DeclarationGoedgekeurd
	}
	d := new(HourDeclaration)
	_, err = idb.NewUpdate().Model(d).
		Set("status = ?", status).Set("review_note = ?", note).
		Set("reviewed_by = ?", a.PersonID).Set("reviewed_at = now()").
		Where("hd.id = ?", id).Returning("*").Exec(ctx)
	if err != nil {
		return nil, err
	}
	return d, nil
}

// PendingDeclarations returns the declarations that wait for review in the
// leergangen the actor may manage, oldest first.
func PendingDeclarations(ctx context.Context, idb bun.IDB, a *Actor) ([]*HourDeclaration, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	var candidates []uuid.UUID
	q := idb.NewSelect().TableExpr("leergangen AS l").Column("l.id").
		Where(`EXISTS (SELECT 1 FROM hour_declarations hd JOIN leerjaren lj ON lj.id = hd.leerjaar_id
			WHERE lj.leergang_id = l.id AND hd.status = ?)`, DeclarationIngediend)
	if err := a.ScopeLeergangen(q).Scan(ctx, &candidates); err != nil && !isNoRows(err) {
		return nil, err
	}
	managed, err := a.ManagedLeergangen(ctx, idb, candidates)
	if err != nil {
		return nil, err
	}
	ids := make([]uuid.UUID, 0, len(managed))
	for _, id := range candidates {
		if managed[id] {
			ids = append(ids, id)
		}
	}
	out := []*HourDeclaration{}
	if len(ids) == 0 {
		return out, nil
	}
	err = idb.NewSelect().Model(&out).
		Where("hd.status = ? AND hd.leerjaar_id IN (SELECT id FROM leerjaren WHERE leergang_id IN (?))", DeclarationIngediend, bun.In(ids)).
		OrderExpr("hd.created_at, hd.id").Scan(ctx)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	return out, nil
}

// HoursLedgers returns the ledgers of one person, one per leerjaar of each
// leergang they are a group member of, that the actor may see. A person the
// actor may not see at all answers ForbiddenError (NotFoundError when there is
// no such person).
func HoursLedgers(ctx context.Context, idb bun.IDB, a *Actor, personID uuid.UUID) ([]*HoursLedger, error) {
	set, err := HoursLedgerSet(ctx, idb, a, personID, AllLedgerParts)
	if err != nil {
		return nil, err
	}
	return set.Ledgers, nil
}

// HoursLedgerSet is HoursLedgers reading only the parts asked for.
func HoursLedgerSet(ctx context.Context, idb bun.IDB, a *Actor, personID uuid.UUID, parts LedgerParts) (*LedgerSet, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	err := a.ScopePeople(idb.NewSelect().TableExpr("people AS p").Column("p.id").Where("p.id = ?", personID)).Limit(1).Scan(ctx, new(uuid.UUID))
	if err != nil {
		return nil, visibleOr(ctx, idb, err, "people", personID, "Persoon", "Je hebt geen toegang tot de uren van deze persoon.")
	}
	return ledgerSet(ctx, idb, a, parts, func(q *bun.SelectQuery) *bun.SelectQuery { return q.Where("gm.person_id = ?", personID) })
}

// HoursOverview returns the ledgers of everyone the actor may see at once,
// optionally of one leergang and/or of the staff of one school: for an
// opleider the deelnemers of the leergangen they teach, for a directie their
// school's staff, for a bestuur their organisation's. It costs the same few
// statements whatever the number of people.
func HoursOverview(ctx context.Context, idb bun.IDB, a *Actor, leergangID, schoolID *uuid.UUID) ([]*HoursLedger, error) {
	set, err := HoursOverviewSet(ctx, idb, a, leergangID, schoolID, AllLedgerParts)
	if err != nil {
		return nil, err
	}
	return set.Ledgers, nil
}

// HoursOverviewSet is HoursOverview reading only the parts asked for: with
// no lists and the related rows, one statement besides the check of the
// leergang or school asked for.
func HoursOverviewSet(ctx context.Context, idb bun.IDB, a *Actor, leergangID, schoolID *uuid.UUID, parts LedgerParts) (*LedgerSet, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	if leergangID != nil {
		if _, err := GetLeergang(ctx, idb, a, *leergangID); err != nil {
			return nil, err
		}
	}
	if schoolID != nil {
		if _, err := GetSchool(ctx, idb, a, *schoolID); err != nil {
			return nil, err
		}
	}
	return ledgerSet(ctx, idb, a, parts, func(q *bun.SelectQuery) *bun.SelectQuery {
		if leergangID != nil {
			q = q.Where("l.id = ?", *leergangID)
		}
		if schoolID != nil {
			q = q.Where("EXISTS (SELECT 1 FROM person_schools ps WHERE ps.person_id = p.id AND ps.school_id = ?)", *schoolID)
		}
		return q
	})
}

// ledgerRow is one (person, leerjaar) pair with its totals, aggregated in SQL.
type ledgerRow struct {
	PersonID          uuid.UUID
	LeergangID        uuid.UUID
	LeerjaarID        uuid.UUID
	Norm              float64
	AttendanceMinutes int64
	IntervisieMinutes int64
	Approved          float64
	Pending           float64

	// The rows the ledger refers to, when LedgerParts asks for them
	// (hours_related.go).
	Person   Person   `bun:"embed:rp_"`
	Leergang Leergang `bun:"embed:rl_"`
	Leerjaar Leerjaar `bun:"embed:rlj_"`
}

type personLeerjaar struct{ person, leerjaar uuid.UUID }

// ledgers computes the ledgers of the (person, leerjaar) pairs that filter
// keeps, with every list (AllLedgerParts).
func ledgers(ctx context.Context, idb bun.IDB, a *Actor, filter func(*bun.SelectQuery) *bun.SelectQuery) ([]*HoursLedger, error) {
	set, err := ledgerSet(ctx, idb, a, AllLedgerParts, filter)
	if err != nil {
		return nil, err
	}
	return set.Ledgers, nil
}

// ledgerSet computes the ledgers of the (person, leerjaar) pairs that filter
// keeps: the totals (grouped in SQL, with the related rows parts asks for) in
// one statement, and one more for each list parts asks for (the entries, the
// intervisie entries, the declarations). The pairs are scoped by
// ScopeLeergangen (l) and ScopePeople (p).
func ledgerSet(ctx context.Context, idb bun.IDB, a *Actor, parts LedgerParts, filter func(*bun.SelectQuery) *bun.SelectQuery) (*LedgerSet, error) {
	pairs := idb.NewSelect().TableExpr("group_members AS gm").
		Join("JOIN leergang_groups AS g ON g.id = gm.group_id").
		Join("JOIN leergangen AS l ON l.id = g.leergang_id").
		Join("JOIN leerjaren AS lj ON lj.leergang_id = l.id").
		Join("JOIN people AS p ON p.id = gm.person_id").
		ColumnExpr("DISTINCT gm.person_id, l.id AS leergang_id, lj.id AS leerjaar_id, lj.hours_norm::float8 AS norm").
		ColumnExpr("lower(p.name) AS person_sort, lower(l.name) AS leergang_sort, lj.number AS leerjaar_number")
	pairs = a.ScopePeople(a.ScopeLeergangen(filter(pairs)))

	att := idb.NewSelect().TableExpr("attendance AS at").
		Join("JOIN sessions AS se ON se.id = at.session_id").
		ColumnExpr("at.person_id, se.leerjaar_id").
		ColumnExpr(`sum(CASE at.status WHEN ? THEN se.credit_minutes WHEN ? THEN LEAST(at.minutes, se.credit_minutes) ELSE 0 END) AS minutes`,
			AttendanceAanwezig, AttendanceGedeeltelijk).
		Where("se.cancelled_at IS NULL").
		Where("(at.person_id, se.leerjaar_id) IN (SELECT person_id, leerjaar_id FROM pairs)").
		GroupExpr("at.person_id, se.leerjaar_id")
	decl := idb.NewSelect().TableExpr("hour_declarations AS hd").
		ColumnExpr("hd.person_id, hd.leerjaar_id").
		ColumnExpr("sum(hd.hours) FILTER (WHERE hd.status = ?) AS approved", DeclarationGoedgekeurd).
		ColumnExpr("sum(hd.hours) FILTER (WHERE hd.status = ?) AS pending", DeclarationIngediend).
		Where("(hd.person_id, hd.leerjaar_id) IN (SELECT person_id, leerjaar_id FROM pairs)").
		GroupExpr("hd.person_id, hd.leerjaar_id")

	iv := intervisieCredits(idb).
		ColumnExpr("ia.person_id, lj.id AS leerjaar_id, sum(" + intervisieMinutesSQL + ") AS minutes").
		Where("(ia.person_id, lj.id) IN (SELECT person_id, leerjaar_id FROM pairs)").
		GroupExpr("ia.person_id, lj.id")

	var rows []ledgerRow
	q := idb.NewSelect().With("pairs", pairs).With("att", att).With("decl", decl).With("iv", iv).
		TableExpr("pairs").
		Join("LEFT JOIN att USING (person_id, leerjaar_id)").
		Join("LEFT JOIN decl USING (person_id, leerjaar_id)").
		Join("LEFT JOIN iv USING (person_id, leerjaar_id)").
		ColumnExpr("pairs.person_id, pairs.leergang_id, pairs.leerjaar_id, pairs.norm").
		ColumnExpr("coalesce(att.minutes, 0) AS attendance_minutes, coalesce(iv.minutes, 0) AS intervisie_minutes").
		ColumnExpr("coalesce(decl.approved, 0)::float8 AS approved, coalesce(decl.pending, 0)::float8 AS pending").
		OrderExpr("pairs.person_sort, pairs.person_id, pairs.leergang_sort, pairs.leergang_id, pairs.leerjaar_number")
	err := withRelated(idb, q, parts).Scan(ctx, &rows)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	set := newLedgerSet(parts, len(rows))
	if len(rows) == 0 {
		return set, nil
	}
	byPair := make(map[personLeerjaar]*HoursLedger, len(rows))
	var personIDs, leerjaarIDs []uuid.UUID
	for i := range rows {
		r := &rows[i]
		l := &HoursLedger{PersonID: r.PersonID, LeergangID: r.LeergangID, LeerjaarID: r.LeerjaarID, Norm: r.Norm,
			AttendanceHours: float64(r.AttendanceMinutes) / 60, ApprovedHours: r.Approved, PendingHours: r.Pending,
			IntervisieHours: float64(r.IntervisieMinutes) / 60,
			Entries:         []LedgerEntry{}, Declarations: []*HourDeclaration{}, IntervisieEntries: []IntervisieLedgerEntry{}}
		set.Ledgers = append(set.Ledgers, l)
		set.addRelated(r)
		byPair[personLeerjaar{r.PersonID, r.LeerjaarID}] = l
		personIDs = append(personIDs, r.PersonID)
		leerjaarIDs = append(leerjaarIDs, r.LeerjaarID)
	}
	personIDs, leerjaarIDs = compactIDs(personIDs), compactIDs(leerjaarIDs)
	if parts.Entries {
		if err := addEntries(ctx, idb, a, byPair, personIDs, leerjaarIDs); err != nil {
			return nil, err
		}
	}
	if parts.IntervisieEntries {
		if err := addIntervisieEntries(ctx, idb, byPair, personIDs, leerjaarIDs); err != nil {
			return nil, err
		}
	}
	if parts.Declarations {
		if err := addDeclarations(ctx, idb, byPair, personIDs, leerjaarIDs); err != nil {
			return nil, err
		}
	}
	return set, nil
}

// addEntries lists the sessions that credited hours in the ledgers, newest
// first, in one statement.
func addEntries(ctx context.Context, idb bun.IDB, a *Actor, byPair map[personLeerjaar]*HoursLedger, personIDs, leerjaarIDs []uuid.UUID) error {
	var entries []struct {
		PersonID   uuid.UUID
		LeerjaarID uuid.UUID
		SessionID  uuid.UUID
		Status     AttendanceStatus
		Minutes    int
	}
	// The entries list the sessions the actor may see (the totals count every
	// session), so that each entry's session resolves for the viewer.
	eq := idb.NewSelect().TableExpr("attendance AS at").
		Join("JOIN sessions AS se ON se.id = at.session_id").
		ColumnExpr("at.person_id, se.leerjaar_id, at.session_id, at.status").
		ColumnExpr(`CASE at.status WHEN ? THEN se.credit_minutes WHEN ? THEN LEAST(at.minutes, se.credit_minutes) ELSE 0 END AS minutes`,
			AttendanceAanwezig, AttendanceGedeeltelijk).
		Where("se.cancelled_at IS NULL AND at.person_id IN (?) AND se.leerjaar_id IN (?)", bun.In(personIDs), bun.In(leerjaarIDs))
	err := a.ScopeSessions(eq).OrderExpr("se.starts_at DESC, se.id").Scan(ctx, &entries)
	if err != nil && !isNoRows(err) {
		return err
	}
	for _, e := range entries {
		if l := byPair[personLeerjaar{e.PersonID, e.LeerjaarID}]; l != nil {
			l.Entries = append(l.Entries, LedgerEntry{SessionID: e.SessionID, Hours: float64(e.Minutes) / 60, Status: e.Status})
		}
	}
	return nil
}

// addDeclarations lists the ledgers' declarations, newest first, in one
// statement.
func addDeclarations(ctx context.Context, idb bun.IDB, byPair map[personLeerjaar]*HoursLedger, personIDs, leerjaarIDs []uuid.UUID) error {
	var decls []*HourDeclaration
	err := idb.NewSelect().Model(&decls).
		Where("hd.person_id IN (?) AND hd.leerjaar_id IN (?)", bun.In(personIDs), bun.In(leerjaarIDs)).
		OrderExpr("hd.done_on DESC, hd.created_at DESC, hd.id").
		Scan(ctx)
	if err != nil && !isNoRows(err) {
		return err
	}
	for _, d := range decls {
		if l := byPair[personLeerjaar{d.PersonID, d.LeerjaarID}]; l != nil {
			l.Declarations = append(l.Declarations, d)
		}
	}
	return nil
}

// intervisieMinutesSQL is what one intervisie attendance row credits: the
// meeting's length when present, the minutes registered when partly present.
const intervisieMinutesSQL = `CASE ia.status WHEN 'aanwezig' THEN (extract(epoch FROM imt.ends_at - imt.starts_at) / 60)::int
	WHEN 'gedeeltelijk' THEN LEAST(ia.minutes, (extract(epoch FROM imt.ends_at - imt.starts_at) / 60)::int) ELSE 0 END`

// intervisieCredits joins intervisie attendance to the leerjaar of the group's
// leergang whose dates contain the meeting's (Amsterdam) date; meetings that
// were cancelled, or of groups without a leergang, credit nothing.
func intervisieCredits(idb bun.IDB) *bun.SelectQuery {
	return idb.NewSelect().TableExpr("intervisie_attendance AS ia").
		Join("JOIN intervisie_meetings AS imt ON imt.id = ia.meeting_id AND imt.cancelled_at IS NULL").
		Join("JOIN intervisie_groups AS ig ON ig.id = imt.group_id").
		Join(`JOIN leerjaren AS lj ON lj.leergang_id = ig.leergang_id
			AND (imt.starts_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN lj.starts_on AND lj.ends_on`)
}

// addIntervisieEntries lists the intervisie meetings that credited hours in
// the ledgers, newest first, in one statement.
func addIntervisieEntries(ctx context.Context, idb bun.IDB, byPair map[personLeerjaar]*HoursLedger, personIDs, leerjaarIDs []uuid.UUID) error {
	var rows []struct {
		PersonID   uuid.UUID
		LeerjaarID uuid.UUID
		MeetingID  uuid.UUID
		GroupName  string
		StartsAt   time.Time
		Status     AttendanceStatus
		Minutes    int
	}
	err := intervisieCredits(idb).
		ColumnExpr("ia.person_id, lj.id AS leerjaar_id, ia.meeting_id, ig.name AS group_name, imt.starts_at, ia.status").
		ColumnExpr(intervisieMinutesSQL+" AS minutes").
		Where("ia.person_id IN (?) AND lj.id IN (?)", bun.In(personIDs), bun.In(leerjaarIDs)).
		OrderExpr("imt.starts_at DESC, imt.id").Scan(ctx, &rows)
	if err != nil && !isNoRows(err) {
		return err
	}
	for _, r := range rows {
		if l := byPair[personLeerjaar{r.PersonID, r.LeerjaarID}]; l != nil {
			l.IntervisieEntries = append(l.IntervisieEntries, IntervisieLedgerEntry{MeetingID: r.MeetingID, GroupName: r.GroupName,
				StartsAt: r.StartsAt, Hours: float64(r.Minutes) / 60, Status: r.Status})
		}
	}
	return nil
}
