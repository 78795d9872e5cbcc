package db

import (
	"context"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Intervisie groups: a small group of IB'ers with a facilitator, optionally
// linked to a leergang, meeting a few times a year. The reads here scope with
// ScopeIntervisieGroups and load members, meetings and attendance per batch of
// groups, so a list costs a constant number of statements.

type IntervisieGroup struct {
	bun.BaseModel `bun:"table:intervisie_groups,alias:ig"`

	ID             uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID  `bun:"type:uuid,notnull"`
	Name           string     `bun:",notnull"`
	Description    string     `bun:",notnull"`
	FacilitatorID  *uuid.UUID `bun:"type:uuid"`
	LeergangID     *uuid.UUID `bun:"type:uuid"`
	CreatedAt      time.Time  `bun:",nullzero,notnull,default:current_timestamp"`
	UpdatedAt      time.Time  `bun:",nullzero,notnull,default:current_timestamp"`

	OrganisationName string `bun:",scanonly"`
	LeergangName     string `bun:",scanonly"`
	FacilitatorName  string `bun:",scanonly"`
	FacilitatorEmail string `bun:",scanonly"`

	CanManage bool `bun:"-"`
}

type IntervisieMeeting struct {
	bun.BaseModel `bun:"table:intervisie_meetings,alias:imt"`

	ID           uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	GroupID      uuid.UUID  `bun:"type:uuid,notnull"`
	StartsAt     time.Time  `bun:",notnull"`
	EndsAt       time.Time  `bun:",notnull"`
	Location     string     `bun:",notnull"`
	OnlineURL    string     `bun:"online_url,notnull"`
	Method       string     `bun:",notnull"`
	Summary      string     `bun:",notnull"`
	CancelledAt  *time.Time `bun:"cancelled_at"`
	CancelReason string     `bun:",notnull"`
	Sequence     int        `bun:",notnull"`
	CreatedAt    time.Time  `bun:",nullzero,notnull,default:current_timestamp"`
	UpdatedAt    time.Time  `bun:",nullzero,notnull,default:current_timestamp"`

	GroupName string `bun:",scanonly"`
	// Loaded with the meetings of a list of groups (WithAttendance), so a
	// nested list does not cost a statement per group; nil when not loaded.
	Attendance []*IntervisieAttendance `bun:"-"`
}

// IntervisieMember is a member of a group as the group page shows them.
type IntervisieMember struct {
	GroupID  uuid.UUID `bun:"group_id,type:uuid"`
	PersonID uuid.UUID `bun:"person_id,type:uuid"`
	Name     string
	Email    string
	Schools  []string `bun:",array"`
	// Opleiders can facilitate but are not members.
	IsDeelnemer bool
}

type IntervisieAttendance struct {
	bun.BaseModel `bun:"table:intervisie_attendance,alias:ia"`

	MeetingID    uuid.UUID        `bun:",pk,type:uuid"`
	PersonID     uuid.UUID        `bun:",pk,type:uuid"`
	Status       AttendanceStatus `bun:",notnull"`
	Minutes      *int             `bun:"minutes"`
	RegisteredBy *uuid.UUID       `bun:"type:uuid"`
	RegisteredAt time.Time        `bun:",nullzero,notnull,default:current_timestamp"`

	PersonName string `bun:",scanonly"`
}

func selectIntervisieGroups(idb bun.IDB, a *Actor, rows any) *bun.SelectQuery {
	q := idb.NewSelect().Model(rows).Column("ig.*").
		ColumnExpr("o.name AS organisation_name, coalesce(l.name, '') AS leergang_name").
		ColumnExpr("coalesce(f.name, '') AS facilitator_name, coalesce(f.email::text, '') AS facilitator_email").
		Join("JOIN organisations AS o ON o.id = ig.organisation_id").
		Join("LEFT JOIN leergangen AS l ON l.id = ig.leergang_id").
		Join("LEFT JOIN people AS f ON f.id = ig.facilitator_id")
	return a.ScopeIntervisieGroups(q)
}

// ListIntervisieGroups returns the groups the actor may see, by name, in one statement.
func ListIntervisieGroups(ctx context.Context, idb bun.IDB, a *Actor) ([]*IntervisieGroup, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	out := []*IntervisieGroup{}
	if err := selectIntervisieGroups(idb, a, &out).OrderExpr("lower(ig.name), ig.id").Limit(MaxPageSize).Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	for _, g := range out {
		g.CanManage = a.CanManageIntervisieGroup(g)
	}
	return out, nil
}

// GetIntervisieGroup returns one group the actor may see.
func GetIntervisieGroup(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*IntervisieGroup, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	g := new(IntervisieGroup)
	if err := selectIntervisieGroups(idb, a, g).Where("ig.id = ?", id).Scan(ctx); err != nil {
		return nil, visibleOr(ctx, idb, err, "intervisie_groups", id, "Intervisiegroep", "Je hebt geen toegang tot deze intervisiegroep.")
	}
	g.CanManage = a.CanManageIntervisieGroup(g)
	return g, nil
}

// IntervisieMembersByGroup returns the members of the given (visible) groups, by name.
func IntervisieMembersByGroup(ctx context.Context, idb bun.IDB, groupIDs []uuid.UUID) (map[uuid.UUID][]*IntervisieMember, error) {
	out := map[uuid.UUID][]*IntervisieMember{}
	if len(groupIDs) == 0 {
		return out, nil
	}
	var rows []*IntervisieMember
	err := idb.NewSelect().TableExpr("intervisie_members AS im").Join("JOIN people AS p ON p.id = im.person_id").
		ColumnExpr("im.group_id, im.person_id, p.name, p.email::text AS email, true AS is_deelnemer").
		ColumnExpr("ARRAY(SELECT s.name FROM person_schools ps JOIN schools s ON s.id = ps.school_id WHERE ps.person_id = p.id ORDER BY s.name) AS schools").
		Where("im.group_id IN (?)", bun.In(groupIDs)).OrderExpr("lower(p.name), p.id").Scan(ctx, &rows)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	for _, m := range rows {
		out[m.GroupID] = append(out[m.GroupID], m)
	}
	return out, nil
}

// IntervisieMeetingsByGroup returns the meetings of the given (visible) groups, by start.
func IntervisieMeetingsByGroup(ctx context.Context, idb bun.IDB, groupIDs []uuid.UUID) (map[uuid.UUID][]*IntervisieMeeting, error) {
	out := map[uuid.UUID][]*IntervisieMeeting{}
	if len(groupIDs) == 0 {
		return out, nil
	}
	var rows []*IntervisieMeeting
	err := selectMeetings(idb, &rows).Where("imt.group_id IN (?)", bun.In(groupIDs)).
		OrderExpr("imt.starts_at, imt.id").Scan(ctx)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	for _, m := range rows {
		out[m.GroupID] = append(out[m.GroupID], m)
	}
	return out, nil
}

func selectMeetings(idb bun.IDB, rows any) *bun.SelectQuery {
	return idb.NewSelect().Model(rows).Column("imt.*").ColumnExpr("ig.name AS group_name").
		Join("JOIN intervisie_groups AS ig ON ig.id = imt.group_id")
}

// AttendanceByMeeting returns the attendance of the given meetings: all of it
// for a meeting of a group the actor manages, otherwise only the actor's own.
func AttendanceByMeeting(ctx context.Context, idb bun.IDB, a *Actor, meetingIDs []uuid.UUID) (map[uuid.UUID][]*IntervisieAttendance, error) {
	out := map[uuid.UUID][]*IntervisieAttendance{}
	if len(meetingIDs) == 0 || a == nil {
		return out, nil
	}
	var rows []*IntervisieAttendance
	q := idb.NewSelect().Model(&rows).Column("ia.*").ColumnExpr("p.name AS person_name").
		Join("JOIN people AS p ON p.id = ia.person_id").
		Join("JOIN intervisie_meetings AS imt ON imt.id = ia.meeting_id").
		Join("JOIN intervisie_groups AS ig ON ig.id = imt.group_id").
		Where("ia.meeting_id IN (?)", bun.In(meetingIDs))
	q = a.ScopeIntervisieRegister(q)
	if err := q.OrderExpr("lower(p.name), p.id").Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	for _, r := range rows {
		out[r.MeetingID] = append(out[r.MeetingID], r)
	}
	return out, nil
}

// WithAttendance loads the attendance the actor may read of the meetings in
// one statement and attaches it to each meeting.
func WithAttendance(ctx context.Context, idb bun.IDB, a *Actor, meetings []*IntervisieMeeting) error {
	ids := make([]uuid.UUID, len(meetings))
	for i, m := range meetings {
		ids[i] = m.ID
	}
	byMeeting, err := AttendanceByMeeting(ctx, idb, a, ids)
	if err != nil {
		return err
	}
	for _, m := range meetings {
		m.Attendance = byMeeting[m.ID]
		if m.Attendance == nil {
			m.Attendance = []*IntervisieAttendance{}
		}
	}
	return nil
}

// MyIntervisieMeetings returns the meetings of the groups the actor is a
// member or the facilitator of that overlap [from, to), cancelled ones
// included, by start: the actor's intervisie calendar.
func MyIntervisieMeetings(ctx context.Context, idb bun.IDB, a *Actor, from, to time.Time) ([]*IntervisieMeeting, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	if !to.After(from) || to.Sub(from) > MaxCalendarWindow {
		return nil, Invalid("to", "out_of_range", "Kies een periode van hoogstens 100 dagen.")
	}
	return myMeetings(ctx, idb, a, from, to)
}

// CalendarFeedIntervisieMeetings returns the meetings of a person's feed, over
// the same period as their sessions (FeedPast to FeedAhead around now).
func CalendarFeedIntervisieMeetings(ctx context.Context, idb bun.IDB, a *Actor, now time.Time) ([]*IntervisieMeeting, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	return myMeetings(ctx, idb, a, now.Add(-FeedPast), now.Add(FeedAhead))
}

func myMeetings(ctx context.Context, idb bun.IDB, a *Actor, from, to time.Time) ([]*IntervisieMeeting, error) {
	out := []*IntervisieMeeting{}
	err := selectMeetings(idb, &out).
		Where(`(ig.facilitator_id = ? OR EXISTS (SELECT 1 FROM intervisie_members im WHERE im.group_id = ig.id AND im.person_id = ?))`,
			a.PersonID, a.PersonID).
		Where("imt.starts_at < ? AND imt.ends_at > ?", to, from).
		OrderExpr("imt.starts_at, imt.id").Scan(ctx)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	return out, nil
}
