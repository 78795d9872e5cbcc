package db

import (
	"context"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
)

// Writes of intervisie groups: the group with its facilitator and members,
// its meetings (every change raises the iCalendar SEQUENCE) and the
// attendance register.

const (
	maxIntervisieMembers = 30
	maxMeetingHours      = 12
	maxSummary           = 4000
)

type IntervisieGroupInput struct {
	// Required for a beheerder; a bestuur user's own organisation otherwise.
	OrganisationID *uuid.UUID
	Name           string
	Description    string
	FacilitatorID  *uuid.UUID
	LeergangID     *uuid.UUID
	MemberIDs      []uuid.UUID
}

func (in *IntervisieGroupInput) validate(ctx context.Context, idb bun.IDB, orgID uuid.UUID) error {
	in.Name, in.Description = strings.TrimSpace(in.Name), strings.TrimSpace(in.Description)
	in.MemberIDs = compactIDs(in.MemberIDs)
	var v Validator
	requireText(&v, "name", in.Name, 200)
	maxText(&v, "description", in.Description, 2000)
	if in.FacilitatorID != nil {
		ok, err := idb.NewSelect().Table("people").Where("id = ? AND disabled_at IS NULL", *in.FacilitatorID).Exists(ctx)
		if err != nil {
			return err
		}
		if !ok {
			v.Add("facilitatorId", "not_found", "Kies een begeleider uit de lijst.")
		}
	}
	if in.LeergangID != nil {
		ok, err := idb.NewSelect().Table("leergangen").Where("id = ?", *in.LeergangID).Exists(ctx)
		if err != nil {
			return err
		}
		if !ok {
			v.Add("leergangId", "not_found", "Kies een leergang uit de lijst.")
		}
	}
	switch {
	case len(in.MemberIDs) > maxIntervisieMembers:
		v.Add("memberIds", "too_many", "Een intervisiegroep heeft hoogstens 30 deelnemers.")
	case len(in.MemberIDs) > 0:
		// Members are deelnemers of the group's organisation.
		n, err := idb.NewSelect().TableExpr("people AS p").Where("p.id IN (?) AND p.disabled_at IS NULL", bun.In(in.MemberIDs)).
			Where("EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id AND r.role = ?)", RoleDeelnemer).
			Where(personOrgSQL("p")+" = ?", orgID).Count(ctx)
		if err != nil {
			return err
		}
		if int(n) != len(in.MemberIDs) {
			v.Add("memberIds", "not_in_organisation", "Kies deelnemers van de organisatie van deze groep.")
		}
	}
	return v.Err()
}

// CreateIntervisieGroup makes a group for an organisation.
func CreateIntervisieGroup(ctx context.Context, idb bun.IDB, a *Actor, in IntervisieGroupInput) (*IntervisieGroup, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	orgID := in.OrganisationID
	if orgID == nil {
		if org, ok := a.bestuurOrg(); ok {
			orgID = &org
		}
	}
	if orgID == nil {
		if a.Has(RoleBeheerder) {
			return nil, Invalid("organisationId", "required", "Kies de organisatie van de groep.")
		}
		return nil, &ForbiddenError{Message: "Alleen een beheerder of het bestuur maakt een intervisiegroep."}
	}
	if err := a.RequireCreateIntervisieGroup(*orgID); err != nil {
		return nil, err
	}
	if err := in.validate(ctx, idb, *orgID); err != nil {
		return nil, err
	}
	g := &IntervisieGroup{OrganisationID: *orgID, Name: in.Name, Description: in.Description,
		FacilitatorID: in.FacilitatorID, LeergangID: in.LeergangID}
	_, err := idb.NewInsert().Model(g).Column("organisation_id", "name", "description", "facilitator_id", "leergang_id").
		Returning("id").Exec(ctx)
	if err != nil {
		return nil, err
	}
	if err := setMembers(ctx, idb, g.ID, in.MemberIDs); err != nil {
		return nil, err
	}
	return GetIntervisieGroup(ctx, idb, a, g.ID)
}

// UpdateIntervisieGroup changes a group's details, facilitator and members.
func UpdateIntervisieGroup(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID, in IntervisieGroupInput) (*IntervisieGroup, error) {
	g, err := groupForWrite(ctx, idb, a, id)
	if err != nil {
		return nil, err
	}
	if err := in.validate(ctx, idb, g.OrganisationID); err != nil {
		return nil, err
	}
	_, err = idb.NewUpdate().Table("intervisie_groups").Set("name = ?", in.Name).Set("description = ?", in.Description).
		Set("facilitator_id = ?", in.FacilitatorID).Set("leergang_id = ?", in.LeergangID).Set("updated_at = now()").
		Where("id = ?", id).Exec(ctx)
	if err != nil {
		return nil, err
	}
	if err := setMembers(ctx, idb, id, in.MemberIDs); err != nil {
		return nil, err
	}
	return GetIntervisieGroup(ctx, idb, a, id)
}

func setMembers(ctx context.Context, idb bun.IDB, groupID uuid.UUID, memberIDs []uuid.UUID) error {
	q := idb.NewDelete().Table("intervisie_members").Where("group_id = ?", groupID)
	if len(memberIDs) > 0 {
		q = q.Where("person_id NOT IN (?)", bun.In(memberIDs))
	}
	if _, err := q.Exec(ctx); err != nil {
		return err
	}
	if len(memberIDs) == 0 {
		return nil
	}
	_, err := idb.NewRaw(`INSERT INTO intervisie_members (group_id, person_id) SELECT ?, unnest(?::uuid[]) ON CONFLICT DO NOTHING`,
		groupID, pgdialect.Array(memberIDs)).Exec(ctx)
	return err
}

// groupForWrite reads the group with a row lock and checks the actor may manage it.
func groupForWrite(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*IntervisieGroup, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	g := new(IntervisieGroup)
	if err := idb.NewSelect().Model(g).Where("ig.id = ?", id).For("UPDATE").Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Intervisiegroep")
	}
	if err := a.RequireManageIntervisieGroup(g); err != nil {
		return nil, err
	}
	return g, nil
}

type MeetingInput struct {
	StartsAt  time.Time
	EndsAt    time.Time
	Location  string
	OnlineURL string
	Method    string
	Summary   string
}

func (in *MeetingInput) validate() error {
	in.Location, in.OnlineURL = strings.TrimSpace(in.Location), strings.TrimSpace(in.OnlineURL)
	in.Method, in.Summary = strings.TrimSpace(in.Method), strings.TrimSpace(in.Summary)
	var v Validator
	switch {
	case in.StartsAt.IsZero():
		v.Add("startsAt", "required", "Vul de datum en het begintijdstip in.")
	case !in.EndsAt.After(in.StartsAt):
		v.Add("endsAt", "invalid", "De bijeenkomst eindigt na het begin.")
	case in.EndsAt.Sub(in.StartsAt) > maxMeetingHours*time.Hour:
		v.Add("endsAt", "too_long", "Een intervisiebijeenkomst duurt hoogstens 12 uur.")
	}
	maxText(&v, "location", in.Location, 300)
	if in.OnlineURL != "" && !validURL(in.OnlineURL) {
		v.Add("onlineUrl", "invalid_url", "Vul een volledige link in, die begint met https://.")
	}
	if in.Location == "" && in.OnlineURL == "" {
		v.Add("location", "required", "Vul een adres in, of een link voor een online bijeenkomst.")
	}
	maxText(&v, "method", in.Method, 100)
	maxText(&v, "summary", in.Summary, maxSummary)
	return v.Err()
}

// PlanIntervisieMeeting adds a meeting to a group.
func PlanIntervisieMeeting(ctx context.Context, idb bun.IDB, a *Actor, groupID uuid.UUID, in MeetingInput) (*IntervisieMeeting, error) {
	if _, err := groupForWrite(ctx, idb, a, groupID); err != nil {
		return nil, err
	}
	if err := in.validate(); err != nil {
		return nil, err
	}
	m := &IntervisieMeeting{GroupID: groupID, StartsAt: in.StartsAt, EndsAt: in.EndsAt, Location: in.Location,
		OnlineURL: in.OnlineURL, Method: in.Method, Summary: in.Summary}
	_, err := idb.NewInsert().Model(m).Column("group_id", "starts_at", "ends_at", "location", "online_url", "method", "summary").
		Returning("id").Exec(ctx)
	if err != nil {
		return nil, err
	}
	return meeting(ctx, idb, m.ID)
}

// meetingForWrite reads a meeting with a row lock and checks the actor may manage its group.
func meetingForWrite(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*IntervisieMeeting, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	m := new(IntervisieMeeting)
	if err := idb.NewSelect().Model(m).Where("imt.id = ?", id).For("UPDATE").Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Intervisiebijeenkomst")
	}
	if _, err := groupForWrite(ctx, idb, a, m.GroupID); err != nil {
		return nil, err
	}
	return m, nil
}

// UpdateIntervisieMeeting changes a meeting, including its method and summary.
func UpdateIntervisieMeeting(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID, in MeetingInput) (*IntervisieMeeting, error) {
	if _, err := meetingForWrite(ctx, idb, a, id); err != nil {
		return nil, err
	}
	if err := in.validate(); err != nil {
		return nil, err
	}
	_, err := idb.NewUpdate().Table("intervisie_meetings").Set("starts_at = ?", in.StartsAt).Set("ends_at = ?", in.EndsAt).
		Set("location = ?", in.Location).Set("online_url = ?", in.OnlineURL).Set("method = ?", in.Method).
		Set("summary = ?", in.Summary).Set("sequence = sequence + 1").Set("updated_at = now()").
		Where("id = ?", id).Exec(ctx)
	if err != nil {
		return nil, err
	}
	return meeting(ctx, idb, id)
}

// CancelIntervisieMeeting cancels a meeting with a reason; calendars show it cancelled.
func CancelIntervisieMeeting(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID, reason string) (*IntervisieMeeting, error) {
	m, err := meetingForWrite(ctx, idb, a, id)
	if err != nil {
		return nil, err
	}
	reason = strings.TrimSpace(reason)
	var v Validator
	requireText(&v, "reason", reason, 500)
	if err := v.Err(); err != nil {
		return nil, err
	}
	if m.CancelledAt != nil {
		return nil, &ConflictError{Message: "Deze bijeenkomst is al geannuleerd."}
	}
	_, err = idb.NewUpdate().Table("intervisie_meetings").Set("cancelled_at = now()").Set("cancel_reason = ?", reason).
		Set("sequence = sequence + 1").Set("updated_at = now()").Where("id = ?", id).Exec(ctx)
	if err != nil {
		return nil, err
	}
	return meeting(ctx, idb, id)
}

func meeting(ctx context.Context, idb bun.IDB, id uuid.UUID) (*IntervisieMeeting, error) {
	m := new(IntervisieMeeting)
	err := selectMeetings(idb, m).Where("imt.id = ?", id).Scan(ctx)
	return m, notFoundOr(err, "Intervisiebijeenkomst")
}

// GetIntervisieMeeting returns one meeting of a group the actor may see.
func GetIntervisieMeeting(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*IntervisieMeeting, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	m := new(IntervisieMeeting)
	err := a.ScopeIntervisieGroups(selectMeetings(idb, m).Where("imt.id = ?", id)).Scan(ctx)
	if err != nil {
		return nil, visibleOr(ctx, idb, err, "intervisie_meetings", id, "Intervisiebijeenkomst", "Je hebt geen toegang tot deze bijeenkomst.")
	}
	return m, nil
}

type IntervisieAttendanceInput struct {
	PersonID uuid.UUID
	Status   AttendanceStatus
	Minutes  *int
}

// RegisterIntervisieAttendance records the attendance of members at a meeting
// that has started and is not cancelled; a later registration replaces one.
func RegisterIntervisieAttendance(ctx context.Context, idb bun.IDB, a *Actor, meetingID uuid.UUID, entries []IntervisieAttendanceInput, now time.Time) ([]*IntervisieAttendance, error) {
	m, err := meetingForWrite(ctx, idb, a, meetingID)
	if err != nil {
		return nil, err
	}
	if m.CancelledAt != nil {
		return nil, &ConflictError{Message: "Deze bijeenkomst is geannuleerd."}
	}
	if m.StartsAt.After(now) {
		return nil, Invalid("meetingId", "not_started", "Registreer de aanwezigheid als de bijeenkomst begonnen is.")
	}
	var members []uuid.UUID
	if err := idb.NewSelect().Table("intervisie_members").Column("person_id").Where("group_id = ?", m.GroupID).Scan(ctx, &members); err != nil && !isNoRows(err) {
		return nil, err
	}
	isMember := map[uuid.UUID]bool{}
	for _, id := range members {
		isMember[id] = true
	}
	duration := int(m.EndsAt.Sub(m.StartsAt).Minutes())
	var v Validator
	for _, e := range entries {
		switch {
		case !isMember[e.PersonID]:
			v.Add("entries", "not_a_member", "Registreer alleen deelnemers van deze groep.")
		case !e.Status.Valid():
			v.Add("entries", "invalid_status", "Kies aanwezig, afwezig met bericht, afwezig zonder bericht of gedeeltelijk.")
		case e.Status == AttendanceGedeeltelijk && (e.Minutes == nil || *e.Minutes < 1 || *e.Minutes > duration):
			v.Add("entries", "invalid_minutes", "Vul bij gedeeltelijk aanwezig het aantal minuten in (hoogstens de duur van de bijeenkomst).")
		}
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	for _, e := range entries {
		minutes := e.Minutes
		if e.Status != AttendanceGedeeltelijk {
			minutes = nil
		}
		_, err := idb.NewRaw(`INSERT INTO intervisie_attendance (meeting_id, person_id, status, minutes, registered_by, registered_at)
			VALUES (?, ?, ?, ?, ?, now())
			ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = EXCLUDED.status, minutes = EXCLUDED.minutes,
				registered_by = EXCLUDED.registered_by, registered_at = now()`,
			meetingID, e.PersonID, e.Status, minutes, a.PersonID).Exec(ctx)
		if err != nil {
			return nil, err
		}
	}
	byMeeting, err := AttendanceByMeeting(ctx, idb, a, []uuid.UUID{meetingID})
	if err != nil {
		return nil, err
	}
	return byMeeting[meetingID], nil
}

// IntervisieCandidates lists the deelnemers of an organisation (possible
// members) and the academy's opleiders (possible facilitators), for a user
// who may create groups there.
func IntervisieCandidates(ctx context.Context, idb bun.IDB, a *Actor, orgID uuid.UUID) ([]*IntervisieMember, error) {
	if err := a.RequireCreateIntervisieGroup(orgID); err != nil {
		return nil, err
	}
	out := []*IntervisieMember{}
	err := idb.NewSelect().TableExpr("people AS p").
		ColumnExpr("p.id AS person_id, p.name").
		ColumnExpr("ARRAY(SELECT s.name FROM person_schools ps JOIN schools s ON s.id = ps.school_id WHERE ps.person_id = p.id ORDER BY s.name) AS schools").
		ColumnExpr("EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id AND r.role = 'deelnemer') AS is_deelnemer").
		Where("p.disabled_at IS NULL").
		WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
			return q.Where("EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id AND r.role = 'opleider')").
				WhereOr("EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id AND r.role = 'deelnemer') AND "+personOrgSQL("p")+" = ?", orgID)
		}).
		OrderExpr("lower(p.name), p.id").Limit(200).Scan(ctx, &out)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	return out, nil
}
