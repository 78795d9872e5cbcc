package db

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
)

// Default times of the dagdelen, local time.
var dagdeelTimes = map[Dagdeel][2]string{
	DagdeelOchtend: {"09:00", "12:30"},
	DagdeelMiddag:  {"13:00", "16:30"},
	DagdeelAvond:   {"18:30", "21:30"},
}

// DagdeelTimes returns the default start and end of a dagdeel on a day.
func DagdeelTimes(d Dagdeel, day time.Time) (time.Time, time.Time) {
	t := dagdeelTimes[d]
	at := func(hm string) time.Time {
		h, m := int(hm[0]-'0')*10+int(hm[1]-'0'), int(hm[3]-'0')*10+int(hm[4]-'0')
		y, mo, dd := day.In(amsterdam).Date()
		return time.Date(y, mo, dd, h, m, 0, 0, amsterdam)
	}
	return at(t[0]), at(t[1])
}

type SessionInput struct {
	LeerjaarID       uuid.UUID
	Kind             SessionKind
	Dagdeel          *Dagdeel
	Title            string
	Theme            string
	StartsAt         time.Time
	EndsAt           time.Time
	Location         string
	OnlineURL        string
	Capacity         *int
	Description      string
	Materials        []Material
	Overnight        bool
	GroupIDs         []uuid.UUID
	OpleiderIDs      []uuid.UUID
	PraktijkPersonID *uuid.UUID
	Published        bool
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.In(amsterdam).Date()
	by, bm, bd := b.In(amsterdam).Date()
	return ay == by && am == bm && ad == bd
}

// creditMinutes: a session's length, except that a tweedaagse counts its two
// days (each from the start time to the end time), not the night in between.
func creditMinutes(kind SessionKind, start, end time.Time) int {
	if kind == SessionTweedaagse {
		s, e := start.In(amsterdam), end.In(amsterdam)
		perDay := (e.Hour()*60 + e.Minute()) - (s.Hour()*60 + s.Minute())
		if perDay > 0 {
			return 2 * perDay
		}
	}
	return int(end.Sub(start).Minutes())
}

func validURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

func (in *SessionInput) validate(ctx context.Context, idb bun.IDB, leergangID uuid.UUID) error {
	in.Title, in.Theme = strings.TrimSpace(in.Title), strings.TrimSpace(in.Theme)
	in.Location, in.OnlineURL = strings.TrimSpace(in.Location), strings.TrimSpace(in.OnlineURL)
	in.Description = strings.TrimSpace(in.Description)
	in.GroupIDs, in.OpleiderIDs = compactIDs(in.GroupIDs), compactIDs(in.OpleiderIDs)
	var v Validator
	requireText(&v, "title", in.Title, 200)
	maxText(&v, "theme", in.Theme, 200)
	maxText(&v, "location", in.Location, 300)
	maxText(&v, "description", in.Description, 10000)
	if !in.Kind.Valid() {
		v.Add("kind", "required", "Kies het soort bijeenkomst.")
	}
	if in.Kind == SessionDagdeel && (in.Dagdeel == nil || !in.Dagdeel.Valid()) {
		v.Add("dagdeel", "required", "Kies ochtend, middag of avond.")
	}
	if in.Kind != SessionDagdeel {
		in.Dagdeel = nil
	}
	switch {
	case !in.EndsAt.After(in.StartsAt):
		v.Add("endsAt", "invalid", "De bijeenkomst eindigt na het begin.")
	case in.Kind == SessionTweedaagse && !sameDay(in.StartsAt.In(amsterdam).AddDate(0, 0, 1), in.EndsAt):
		v.Add("endsAt", "invalid", "Een tweedaagse duurt twee opeenvolgende dagen: hij eindigt de dag na de start.")
	case in.Kind != SessionTweedaagse && !sameDay(in.StartsAt, in.EndsAt):
		v.Add("endsAt", "invalid", "Deze bijeenkomst begint en eindigt op dezelfde dag.")
	}
	if in.Kind != SessionTweedaagse {
		in.Overnight = false
	}
	if in.OnlineURL != "" && !validURL(in.OnlineURL) {
		v.Add("onlineUrl", "invalid_url", "Vul een volledige link in, die begint met https://.")
	}
	if in.Location == "" && in.OnlineURL == "" && in.Kind != SessionPraktijkbegeleiding {
		v.Add("location", "required", "Vul een adres in, of een link voor een online bijeenkomst.")
	}
	if in.Capacity != nil && (*in.Capacity < 1 || *in.Capacity > 1000) {
		v.Add("capacity", "out_of_range", "Het aantal plaatsen ligt tussen 1 en 1000.")
	}
	for i := range in.Materials {
		m := &in.Materials[i]
		m.Label, m.URL = strings.TrimSpace(m.Label), strings.TrimSpace(m.URL)
		if m.Label == "" || !validURL(m.URL) {
			v.Add("materials", "invalid_url", "Geef elk materiaal een naam en een volledige link (https://…).")
			break
		}
	}
	if in.Materials == nil {
		in.Materials = []Material{}
	}

	var leerjaarOf uuid.UUID
	if err := idb.NewSelect().Table("leerjaren").Column("leergang_id").Where("id = ?", in.LeerjaarID).Scan(ctx, &leerjaarOf); err != nil && !isNoRows(err) {
		return err
	}
	if leerjaarOf != leergangID {
		v.Add("leerjaarId", "required", "Kies een leerjaar van deze leergang.")
	}
	if len(in.GroupIDs) > 0 {
		n, err := idb.NewSelect().Table("leergang_groups").Where("id IN (?) AND leergang_id = ?", bun.In(in.GroupIDs), leergangID).Count(ctx)
		if err != nil {
			return err
		}
		if int(n) != len(in.GroupIDs) {
			v.Add("groupIds", "not_found", "Kies groepen van deze leergang.")
		}
	}
	if in.Kind == SessionPraktijkbegeleiding {
		in.GroupIDs = nil
		if in.PraktijkPersonID == nil {
			v.Add("praktijkPersonId", "required", "Kies de deelnemer bij wie de praktijkbegeleiding is.")
		} else {
			member, err := idb.NewSelect().TableExpr("group_members gm").Join("JOIN leergang_groups g ON g.id = gm.group_id").
				Where("g.leergang_id = ? AND gm.person_id = ?", leergangID, *in.PraktijkPersonID).Exists(ctx)
			if err != nil {
				return err
			}
			if !member {
				v.Add("praktijkPersonId", "not_member", "Deze persoon is geen deelnemer van de leergang.")
			}
		}
	} else {
		in.PraktijkPersonID = nil
		if len(in.GroupIDs) == 0 && !v.Has("groupIds") {
			v.Add("groupIds", "required", "Kies de groep of groepen die komen.")
		}
	}
	if len(in.OpleiderIDs) == 0 && in.Kind != SessionIntervisie {
		v.Add("opleiderIds", "required", "Kies ten minste één opleider.")
	} else if n, err := countWithRole(ctx, idb, in.OpleiderIDs, RoleOpleider); err != nil {
		return err
	} else if n != len(in.OpleiderIDs) {
		v.Add("opleiderIds", "not_opleider", "Alleen opleiders kunnen een bijeenkomst geven.")
	}
	return v.Err()
}

// Check describes the session as saved, for the conflict checks.
func (in *SessionInput) Check(id *uuid.UUID) ConflictCheck {
	return ConflictCheck{SessionID: id, Start: in.StartsAt, End: in.EndsAt, Location: in.Location,
		GroupIDs: in.GroupIDs, OpleiderIDs: in.OpleiderIDs, PraktijkPersonID: in.PraktijkPersonID}
}

// refuseConflicts runs the same check the UI shows before saving.
func refuseConflicts(ctx context.Context, idb bun.IDB, c ConflictCheck) error {
	cs, err := FindConflicts(ctx, idb, c)
	if err != nil {
		return err
	}
	if len(cs) > 0 {
		return conflictError(cs)
	}
	return nil
}

// errLostRace marks a save that PostgreSQL's exclusion constraints refused
// because a concurrent request booked the same opleider or location first.
var errLostRace = errors.New("session overlaps a concurrent booking")

func sessionWriteError(ctx context.Context, idb bun.IDB, err error) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23P01" {
		return errLostRace
	}
	return err
}

// NameLostRace turns errLostRace, after its transaction has rolled back, into
// the CONFLICT that names the session that won.
func NameLostRace(ctx context.Context, idb bun.IDB, err error, c ConflictCheck) error {
	if !errors.Is(err, errLostRace) {
		return err
	}
	cs, cerr := FindConflicts(ctx, idb, c)
	if cerr != nil || len(cs) == 0 {
		return &ConflictError{Message: "Dit botst met een bijeenkomst die iemand anders net heeft ingepland. Laad de agenda opnieuw."}
	}
	return conflictError(cs)
}

func writeSessionLinks(ctx context.Context, idb bun.IDB, s *TrainingSession, groupIDs, opleiderIDs []uuid.UUID) error {
	if _, err := idb.NewRaw(`DELETE FROM session_groups WHERE session_id = ?`, s.ID).Exec(ctx); err != nil {
		return err
	}
	if len(groupIDs) > 0 {
		if _, err := idb.NewRaw(`INSERT INTO session_groups (session_id, group_id) SELECT ?, unnest(?::uuid[])`, s.ID, pgdialect.Array(groupIDs)).Exec(ctx); err != nil {
			return err
		}
	}
	if _, err := idb.NewRaw(`DELETE FROM session_opleiders WHERE session_id = ?`, s.ID).Exec(ctx); err != nil {
		return err
	}
	if len(opleiderIDs) > 0 {
		if _, err := idb.NewRaw(`INSERT INTO session_opleiders (session_id, person_id, during, active)
			SELECT se.id, unnest(?::uuid[]), se.during, se.cancelled_at IS NULL FROM sessions se WHERE se.id = ?`,
			pgdialect.Array(opleiderIDs), s.ID).Exec(ctx); err != nil {
			return sessionWriteError(ctx, idb, err)
		}
	}
	return nil
}

// CreateSession plans a session. Run it in a transaction and pass errors
// through NameLostRace after the rollback.
func CreateSession(ctx context.Context, idb bun.IDB, a *Actor, leergangID uuid.UUID, in *SessionInput) (*TrainingSession, error) {
	if err := a.RequireManageLeergang(ctx, idb, leergangID); err != nil {
		return nil, err
	}
	if err := in.validate(ctx, idb, leergangID); err != nil {
		return nil, err
	}
	if err := refuseConflicts(ctx, idb, in.Check(nil)); err != nil {
		return nil, err
	}
	s := &TrainingSession{LeergangID: leergangID, LeerjaarID: in.LeerjaarID, Kind: in.Kind, Dagdeel: in.Dagdeel, Title: in.Title,
		Theme: in.Theme, StartsAt: in.StartsAt, EndsAt: in.EndsAt, CreditMinutes: creditMinutes(in.Kind, in.StartsAt, in.EndsAt),
		Location: in.Location, OnlineURL: in.OnlineURL, Capacity: in.Capacity, Description: in.Description, Materials: in.Materials,
		Overnight: in.Overnight, PraktijkPersonID: in.PraktijkPersonID, Published: in.Published}
	if _, err := idb.NewInsert().Model(s).Returning("id").Exec(ctx); err != nil {
		return nil, sessionWriteError(ctx, idb, err)
	}
	if err := writeSessionLinks(ctx, idb, s, in.GroupIDs, in.OpleiderIDs); err != nil {
		return nil, err
	}
	return GetSession(ctx, idb, a, s.ID)
}

// UpdateSession changes a session; a change calendar clients should see raises its sequence.
func UpdateSession(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID, in *SessionInput) (*TrainingSession, error) {
	cur, err := managedSession(ctx, idb, a, id)
	if err != nil {
		return nil, err
	}
	if err := in.validate(ctx, idb, cur.LeergangID); err != nil {
		return nil, err
	}
	if err := refuseConflicts(ctx, idb, in.Check(&id)); err != nil {
		return nil, err
	}
	_, err = idb.NewUpdate().Model((*TrainingSession)(nil)).Where("id = ?", id).
		Set("leerjaar_id = ?", in.LeerjaarID).Set("kind = ?", in.Kind).Set("dagdeel = ?", in.Dagdeel).
		Set("title = ?", in.Title).Set("theme = ?", in.Theme).Set("starts_at = ?", in.StartsAt).Set("ends_at = ?", in.EndsAt).
		Set("credit_minutes = ?", creditMinutes(in.Kind, in.StartsAt, in.EndsAt)).Set("location = ?", in.Location).
		Set("online_url = ?", in.OnlineURL).Set("capacity = ?", in.Capacity).Set("description = ?", in.Description).
		Set("materials = ?", in.Materials).Set("overnight = ?", in.Overnight).Set("praktijk_person_id = ?", in.PraktijkPersonID).
		Set("published = ?", in.Published).Set("sequence = sequence + 1").Set("updated_at = now()").Exec(ctx)
	if err != nil {
		return nil, sessionWriteError(ctx, idb, err)
	}
	if err := writeSessionLinks(ctx, idb, cur, in.GroupIDs, in.OpleiderIDs); err != nil {
		return nil, err
	}
	return GetSession(ctx, idb, a, id)
}

// MoveSession reschedules (drag and drop) with the same checks as a save.
func MoveSession(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID, start, end time.Time) (*TrainingSession, error) {
	cur, err := managedSession(ctx, idb, a, id)
	if err != nil {
		return nil, err
	}
	in := SessionInput{LeerjaarID: cur.LeerjaarID, Kind: cur.Kind, Dagdeel: cur.Dagdeel, Title: cur.Title, Theme: cur.Theme,
		StartsAt: start, EndsAt: end, Location: cur.Location, OnlineURL: cur.OnlineURL, Capacity: cur.Capacity,
		Description: cur.Description, Materials: cur.Materials, Overnight: cur.Overnight, GroupIDs: cur.GroupIDs,
		OpleiderIDs: cur.OpleiderIDs, PraktijkPersonID: cur.PraktijkPersonID, Published: cur.Published}
	return UpdateSession(ctx, idb, a, id, &in)
}

// CancelSession keeps the session, marked cancelled with a reason its deelnemers see.
func CancelSession(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID, reason string) (*TrainingSession, error) {
	cur, err := managedSession(ctx, idb, a, id)
	if err != nil {
		return nil, err
	}
	reason = strings.TrimSpace(reason)
	var v Validator
	requireText(&v, "reason", reason, 1000)
	if err := v.Err(); err != nil {
		return nil, err
	}
	if cur.CancelledAt != nil {
		return nil, &ConflictError{Message: "Deze bijeenkomst is al geannuleerd."}
	}
	if _, err := idb.NewRaw(`UPDATE sessions SET cancelled_at = now(), cancel_reason = ?, sequence = sequence + 1, updated_at = now() WHERE id = ?`,
		reason, id).Exec(ctx); err != nil {
		return nil, err
	}
	return GetSession(ctx, idb, a, id)
}

// DeleteSession removes a session that nobody attended yet; with attendance it must be cancelled instead.
func DeleteSession(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) error {
	if _, err := managedSession(ctx, idb, a, id); err != nil {
		return err
	}
	used, err := idb.NewSelect().Table("attendance").Where("session_id = ?", id).Exists(ctx)
	if err != nil {
		return err
	}
	if used {
		return &ConflictError{Message: "Bij deze bijeenkomst is al aanwezigheid geregistreerd. Annuleer hem in plaats van hem te verwijderen."}
	}
	_, err = idb.NewDelete().Model((*TrainingSession)(nil)).Where("id = ?", id).Exec(ctx)
	return err
}

func managedSession(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*TrainingSession, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	cur, err := GetSession(ctx, idb, a, id)
	if err != nil {
		return nil, err
	}
	if err := a.RequireManageLeergang(ctx, idb, cur.LeergangID); err != nil {
		return nil, err
	}
	return cur, nil
}
