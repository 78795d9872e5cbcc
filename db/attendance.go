package db

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Attendance of sessions: the register an opleider fills in, the absences a
// deelnemer reports in advance, and the grid of a whole leergang. Every read
// is scoped by the policy (ScopeSessions, ScopeLeergangen, ScopePeople) and
// every write asks RequireManageLeergang.

// AttendanceInput is one line of a session's register as the opleider saves it.
type AttendanceInput struct {
	PersonID uuid.UUID
	Status   AttendanceStatus
	Minutes  *int // only for AttendanceGedeeltelijk
	Note     string
}

// RegisterRow is a deelnemer in a session's register with what is known about them.
type RegisterRow struct {
	Person        *Person
	Attendance    *Attendance
	AbsenceReport *AbsenceReport
}

// SessionRegister is the register of one session, rows by name.
type SessionRegister struct {
	Session *TrainingSession
	Rows    []*RegisterRow
	// The schools of the rows' people that the actor may see, read with the
	// rows so that the schools column needs no loader round trip; a school
	// of a row's person missing here is one the actor may not see.
	VisibleSchools map[uuid.UUID]*School
}

// AttendanceGrid is a leergang's sessions × deelnemers.
type AttendanceGrid struct {
	Sessions   []*TrainingSession
	Deelnemers []*Person
	Cells      []*AttendanceCell
}

// AttendanceCell is what is known of one deelnemer at one session. Cells exist
// for the deelnemers a session expects and for anyone with a registration.
type AttendanceCell struct {
	SessionID       uuid.UUID
	PersonID        uuid.UUID
	Status          *AttendanceStatus
	Minutes         *int
	AbsenceReported bool
}

const (
	maxAttendanceNote    = 1000
	maxAttendanceEntries = 500
	maxAbsenceReason     = 1000
)

// partialLimit is the most minutes a deelnemer can be partly present: the
// session's credited length (for a tweedaagse its two days, not the night),
// or its wall-clock length when it credits nothing.
func partialLimit(s *TrainingSession) int {
	if s.CreditMinutes > 0 {
		return s.CreditMinutes
	}
	return int(s.EndsAt.Sub(s.StartsAt).Minutes())
}

// RegisterAttendance saves the given lines of a session's register in one
// statement (a line for someone already registered replaces it) and returns
// the register. Only an opleider who may manage the leergang registers, only
// for the session's expected deelnemers, and never for a cancelled session.
// It validates every line before it writes any, and writes them in one
// statement, so it saves every line or none.
func RegisterAttendance(ctx context.Context, idb bun.IDB, a *Actor, sessionID uuid.UUID, entries []AttendanceInput) (*SessionRegister, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	s, err := GetSession(ctx, idb, a, sessionID)
	if err != nil {
		return nil, err
	}
	if err := requireManage(ctx, idb, a, s.LeergangID, "Alleen een opleider van deze leergang registreert de aanwezigheid."); err != nil {
		return nil, err
	}
	if s.CancelledAt != nil {
		return nil, &ConflictError{Message: "Deze bijeenkomst is geannuleerd; je kunt er geen aanwezigheid voor registreren."}
	}
	if len(entries) == 0 {
		return sessionRegister(ctx, idb, a, s, true)
	}
	if len(entries) > maxAttendanceEntries {
		return nil, Invalid("entries", "too_many", "Registreer hoogstens "+strconv.Itoa(maxAttendanceEntries)+" deelnemers tegelijk.")
	}
	participants, err := SessionParticipants(ctx, idb, []uuid.UUID{s.ID})
	if err != nil {
		return nil, err
	}
	expected := participants[s.ID]
	names, err := personNames(ctx, idb, a, entryPersonIDs(entries))
	if err != nil {
		return nil, err
	}
	limit := partialLimit(s)
	var v Validator
	seen := map[uuid.UUID]bool{}
	rows := make([]*Attendance, 0, len(entries))
	for _, e := range entries {
		who := names[e.PersonID]
		if who == "" {
			who = "Onbekende persoon"
		}
		note := strings.TrimSpace(e.Note)
		switch {
		case !slices.Contains(expected, e.PersonID):
			if !v.Has("personId") {
				v.Add("personId", "not_participant", who+" neemt niet deel aan deze bijeenkomst.")
			}
			continue
		case seen[e.PersonID]:
			if !v.Has("personId") {
				v.Add("personId", "duplicate", who+" staat twee keer in de lijst.")
			}
			continue
		}
		seen[e.PersonID] = true
		if !e.Status.Valid() {
			if !v.Has("status") {
				v.Add("status", "required", who+": kies aanwezig, afwezig of gedeeltelijk aanwezig.")
			}
			continue
		}
		if e.Status == AttendanceGedeeltelijk {
			if e.Minutes == nil || *e.Minutes < 1 || *e.Minutes > limit {
				if !v.Has("minutes") {
					v.Add("minutes", "out_of_range", who+": vul bij gedeeltelijk aanwezig het aantal minuten in, van 1 tot en met "+strconv.Itoa(limit)+".")
				}
				continue
			}
		} else if e.Minutes != nil {
			if !v.Has("minutes") {
				v.Add("minutes", "not_allowed", who+": minuten vul je alleen in bij gedeeltelijk aanwezig.")
			}
			continue
		}
		if len([]rune(note)) > maxAttendanceNote {
			if !v.Has("note") {
				v.Add("note", "too_long", who+": de opmerking is te lang (hoogstens "+strconv.Itoa(maxAttendanceNote)+" tekens).")
			}
			continue
		}
		by := a.PersonID
		rows = append(rows, &Attendance{SessionID: s.ID, PersonID: e.PersonID, Status: e.Status, Minutes: e.Minutes, Note: note, RegisteredBy: &by})
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	_, err = idb.NewInsert().Model(&rows).
		On("CONFLICT (session_id, person_id) DO UPDATE").
		Set("status = EXCLUDED.status").
		Set("minutes = EXCLUDED.minutes").
		Set("note = EXCLUDED.note").
		Set("registered_by = EXCLUDED.registered_by").
		Set("registered_at = now()").
		Exec(ctx)
	if err != nil {
		return nil, err
	}
	return sessionRegister(ctx, idb, a, s, true)
}

func entryPersonIDs(entries []AttendanceInput) []uuid.UUID {
	ids := make([]uuid.UUID, len(entries))
	for i, e := range entries {
		ids[i] = e.PersonID
	}
	return compactIDs(ids)
}

// personNames looks up the names of the people the actor may see, for error messages.
func personNames(ctx context.Context, idb bun.IDB, a *Actor, ids []uuid.UUID) (map[uuid.UUID]string, error) {
	out := map[uuid.UUID]string{}
	if len(ids) == 0 {
		return out, nil
	}
	var rows []struct {
		ID   uuid.UUID
		Name string
	}
	q := idb.NewSelect().TableExpr("people AS p").Column("p.id", "p.name").Where("p.id IN (?)", bun.In(ids))
	if err := a.ScopePeople(q).Scan(ctx, &rows); err != nil && !isNoRows(err) {
		return nil, err
	}
	for _, r := range rows {
		out[r.ID] = r.Name
	}
	return out, nil
}

// ReportAbsence lets a deelnemer say in advance that they cannot come, with a
// reason; reporting again replaces the reason. Only for a session they are
// expected at that has not started and is not cancelled.
func ReportAbsence(ctx context.Context, idb bun.IDB, a *Actor, sessionID uuid.UUID, reason string) (*TrainingSession, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	s, err := GetSession(ctx, idb, a, sessionID)
	if err != nil {
		return nil, err
	}
	if err := requireParticipant(ctx, idb, a, s); err != nil {
		return nil, err
	}
	reason = strings.TrimSpace(reason)
	var v Validator
	if reason == "" {
		v.Add("reason", "required", "Geef een reden op voor je afwezigheid.")
	} else {
		maxText(&v, "reason", reason, maxAbsenceReason)
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	switch {
	case s.CancelledAt != nil:
		return nil, &ConflictError{Message: "Deze bijeenkomst is geannuleerd; je hoeft je niet af te melden."}
	case !time.Now().Before(s.StartsAt):
		return nil, &ConflictError{Message: "Deze bijeenkomst is al begonnen; je kunt je niet meer vooraf afmelden. Neem contact op met je opleider."}
	}
	r := &AbsenceReport{SessionID: s.ID, PersonID: a.PersonID, Reason: reason}
	_, err = idb.NewInsert().Model(r).
		On("CONFLICT (session_id, person_id) DO UPDATE").
		Set("reason = EXCLUDED.reason").
		Set("reported_at = now()").
		Exec(ctx)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// requireManage asks the policy whether the actor may manage the leergang and
// refuses with a message that says what they tried to do.
func requireManage(ctx context.Context, idb bun.IDB, a *Actor, leergangID uuid.UUID, forbidden string) error {
	if err := a.RequireSignedIn(); err != nil {
		return err
	}
	ok, err := a.CanManageLeergang(ctx, idb, leergangID)
	if err != nil {
		return err
	}
	if !ok {
		return &ForbiddenError{Message: forbidden}
	}
	return nil
}

// requireParticipant refuses an actor the session does not expect.
func requireParticipant(ctx context.Context, idb bun.IDB, a *Actor, s *TrainingSession) error {
	participants, err := SessionParticipants(ctx, idb, []uuid.UUID{s.ID})
	if err != nil {
		return err
	}
	if !slices.Contains(participants[s.ID], a.PersonID) {
		return &ForbiddenError{Message: "Je neemt niet deel aan deze bijeenkomst."}
	}
	return nil
}

// MyAttendance returns the actor's own attendance per session, in one statement.
func MyAttendance(ctx context.Context, idb bun.IDB, a *Actor, sessionIDs []uuid.UUID) (map[uuid.UUID]*Attendance, error) {
	out := map[uuid.UUID]*Attendance{}
	if a == nil || len(sessionIDs) == 0 {
		return out, nil
	}
	var rows []*Attendance
	if err := idb.NewSelect().Model(&rows).Where("at.person_id = ? AND at.session_id IN (?)", a.PersonID, bun.In(sessionIDs)).Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	for _, r := range rows {
		out[r.SessionID] = r
	}
	return out, nil
}

// MyAbsenceReports returns the actor's own absence reports per session, in one statement.
func MyAbsenceReports(ctx context.Context, idb bun.IDB, a *Actor, sessionIDs []uuid.UUID) (map[uuid.UUID]*AbsenceReport, error) {
	out := map[uuid.UUID]*AbsenceReport{}
	if a == nil || len(sessionIDs) == 0 {
		return out, nil
	}
	var rows []*AbsenceReport
	if err := idb.NewSelect().Model(&rows).Where("ar.person_id = ? AND ar.session_id IN (?)", a.PersonID, bun.In(sessionIDs)).Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	for _, r := range rows {
		out[r.SessionID] = r
	}
	return out, nil
}

// GetAttendanceGrid returns a leergang's attendance grid: its sessions that
// are not cancelled (optionally of one leerjaar) by start, its deelnemers
// (group members) by name, and a cell per expected or registered pair. It
// costs the same few statements whatever the size. The leergang must be
// visible; the sessions are those ScopeSessions shows, the deelnemers those
// ScopePeople shows (all of them for an opleider or beheerder, a directie's
// own school's staff, a bestuur's own organisation's, a deelnemer themselves).
func GetAttendanceGrid(ctx context.Context, idb bun.IDB, a *Actor, leergangID uuid.UUID, leerjaarID *uuid.UUID) (*AttendanceGrid, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	if _, err := GetLeergang(ctx, idb, a, leergangID); err != nil {
		return nil, err
	}
	grid := &AttendanceGrid{Sessions: []*TrainingSession{}, Deelnemers: []*Person{}, Cells: []*AttendanceCell{}}

	sq := selectSessions(idb, &grid.Sessions).Where("se.leergang_id = ? AND se.cancelled_at IS NULL", leergangID)
	if leerjaarID != nil {
		sq = sq.Where("se.leerjaar_id = ?", *leerjaarID)
	}
	if err := a.ScopeSessions(sq).OrderExpr("se.starts_at, se.id").Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	pq := selectPeople(idb, &grid.Deelnemers).
		Where("EXISTS (SELECT 1 FROM group_members gm JOIN leergang_groups g ON g.id = gm.group_id WHERE gm.person_id = p.id AND g.leergang_id = ?)", leergangID)
	if err := a.ScopePeople(pq).OrderExpr("lower(p.name), p.id").Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	if len(grid.Sessions) == 0 || len(grid.Deelnemers) == 0 {
		return grid, nil
	}
	sessionIDs := make([]uuid.UUID, len(grid.Sessions))
	for i, s := range grid.Sessions {
		sessionIDs[i] = s.ID
	}
	personIDs := make([]uuid.UUID, len(grid.Deelnemers))
	for i, p := range grid.Deelnemers {
		personIDs[i] = p.ID
	}
	participants, err := SessionParticipants(ctx, idb, sessionIDs)
	if err != nil {
		return nil, err
	}
	// Attendance and absence reports of the grid in one statement.
	var marks []struct {
		SessionID       uuid.UUID
		PersonID        uuid.UUID
		Status          *AttendanceStatus
		Minutes         *int
		AbsenceReported bool
	}
	err = idb.NewRaw(`
		SELECT coalesce(at.session_id, ar.session_id) AS session_id, coalesce(at.person_id, ar.person_id) AS person_id,
			at.status, at.minutes, ar.session_id IS NOT NULL AS absence_reported
		FROM (SELECT * FROM attendance WHERE session_id IN (?0) AND person_id IN (?1)) at
		FULL JOIN (SELECT * FROM absence_reports WHERE session_id IN (?0) AND person_id IN (?1)) ar
			ON ar.session_id = at.session_id AND ar.person_id = at.person_id`,
		bun.In(sessionIDs), bun.In(personIDs)).Scan(ctx, &marks)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	type key struct{ s, p uuid.UUID }
	cells := map[key]*AttendanceCell{}
	for _, m := range marks {
		cells[key{m.SessionID, m.PersonID}] = &AttendanceCell{SessionID: m.SessionID, PersonID: m.PersonID,
			Status: m.Status, Minutes: m.Minutes, AbsenceReported: m.AbsenceReported}
	}
	expected := map[key]bool{}
	for sid, ids := range participants {
		for _, pid := range ids {
			expected[key{sid, pid}] = true
		}
	}
	for _, s := range grid.Sessions {
		for _, p := range grid.Deelnemers {
			c := cells[key{s.ID, p.ID}]
			if c == nil && !expected[key{s.ID, p.ID}] {
				continue
			}
			if c == nil {
				c = &AttendanceCell{SessionID: s.ID, PersonID: p.ID}
			}
			grid.Cells = append(grid.Cells, c)
		}
	}
	return grid, nil
}
