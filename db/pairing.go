package db

import (
	"context"
	"database/sql"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Maatje pairings: a starter paired with an experienced IB'er for a period,
// with a shared meeting log and a closing evaluation by both. The reads here
// return a pairing with everything a list shows in one statement; what a
// viewer may not see is cleared by redactFor before it leaves this package.

type Pairing struct {
	bun.BaseModel `bun:"table:mentor_pairings,alias:mp"`

	ID        uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	StarterID uuid.UUID  `bun:"type:uuid,notnull"`
	MaatjeID  uuid.UUID  `bun:"type:uuid,notnull"`
	StartsOn  time.Time  `bun:"starts_on,type:date,notnull"`
	EndsOn    time.Time  `bun:"ends_on,type:date,notnull"`
	Reason    string     `bun:",notnull"`
	ClosedAt  *time.Time `bun:"closed_at"`
	CreatedBy *uuid.UUID `bun:"type:uuid"`
	CreatedAt time.Time  `bun:",nullzero,notnull,default:current_timestamp"`

	// Read with the pairing (pairingColumns) so a list costs one statement.
	StarterName     string     `bun:"sp_name,scanonly"`
	StarterEmail    string     `bun:"sp_email,scanonly"`
	StarterPhone    string     `bun:"sp_phone,scanonly"`
	StarterSchools  []string   `bun:"sp_schools,array,scanonly"`
	MaatjeName      string     `bun:"mj_name,scanonly"`
	MaatjeEmail     string     `bun:"mj_email,scanonly"`
	MaatjePhone     string     `bun:"mj_phone,scanonly"`
	MaatjeSchools   []string   `bun:"mj_schools,array,scanonly"`
	StarterOrgID    *uuid.UUID `bun:"starter_org_id,type:uuid,scanonly"`
	MeetingCount    int        `bun:",scanonly"`
	LastMeetingOn   *time.Time `bun:"last_meeting_on,type:date,scanonly"`
	NextMeetingOn   *time.Time `bun:"next_meeting_on,type:date,scanonly"`
	EvaluationCount int        `bun:",scanonly"`
	TotalCount      int        `bun:",scanonly"`

	// Both sides and what the viewer may do, set by redactFor.
	Starter   PairingParty `bun:"-"`
	Maatje    PairingParty `bun:"-"`
	IsParty   bool         `bun:"-"`
	CanManage bool         `bun:"-"`
}

// PairingParty is one side of a pairing as the pairing page shows it. Email
// and phone are cleared for viewers who may not contact the person through
// Leergang (a directie sees the maatje's name and school only).
type PairingParty struct {
	PersonID uuid.UUID
	Name     string
	Email    *string
	Phone    *string
	Schools  []string
}

func contactParty(id uuid.UUID, name, email, phone string, schools []string) PairingParty {
	p := PairingParty{PersonID: id, Name: name, Email: &email, Schools: schools}
	if phone != "" {
		p.Phone = &phone
	}
	if schools == nil {
		p.Schools = []string{}
	}
	return p
}

type MentorLogEntry struct {
	bun.BaseModel `bun:"table:mentor_log_entries,alias:le"`

	ID            uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	PairingID     uuid.UUID  `bun:"type:uuid,notnull"`
	MetOn         time.Time  `bun:"met_on,type:date,notnull"`
	Topics        string     `bun:",notnull"`
	Agreements    string     `bun:",notnull"`
	NextSteps     string     `bun:",notnull"`
	NextMeetingOn *time.Time `bun:"next_meeting_on,type:date"`
	AuthorID      *uuid.UUID `bun:"type:uuid"`
	CreatedAt     time.Time  `bun:",nullzero,notnull,default:current_timestamp"`
	UpdatedAt     time.Time  `bun:",nullzero,notnull,default:current_timestamp"`

	AuthorName string `bun:",scanonly"`
}

type MentorEvaluation struct {
	bun.BaseModel `bun:"table:mentor_evaluations,alias:me"`

	PairingID  uuid.UUID `bun:",pk,type:uuid"`
	PersonID   uuid.UUID `bun:",pk,type:uuid"`
	Rating     int       `bun:",notnull"`
	Evaluation string    `bun:",notnull"`
	CreatedAt  time.Time `bun:",nullzero,notnull,default:current_timestamp"`

	PersonName string `bun:",scanonly"`
}

// partyColumns selects the name, contact details and school names of the
// person aliased alias, each column prefixed with the alias.
func partyColumns(q *bun.SelectQuery, alias string) *bun.SelectQuery {
	return q.ColumnExpr(alias + ".name AS " + alias + "_name, " + alias + ".email::text AS " + alias + "_email, " + alias + ".phone AS " + alias + "_phone").
		ColumnExpr("ARRAY(SELECT s.name FROM person_schools ps JOIN schools s ON s.id = ps.school_id WHERE ps.person_id = " + alias + ".id ORDER BY s.name) AS " + alias + "_schools")
}

// selectPairings selects pairings with both parties, the meeting count and
// dates and the number of evaluations, scoped to what the actor may see.
func selectPairings(idb bun.IDB, a *Actor, rows *[]*Pairing) *bun.SelectQuery {
	q := idb.NewSelect().Model(rows).Column("mp.*").
		Join("JOIN people AS sp ON sp.id = mp.starter_id").
		Join("JOIN people AS mj ON mj.id = mp.maatje_id")
	q = partyColumns(q, "sp")
	q = partyColumns(q, "mj").
		ColumnExpr(`coalesce(sp.organisation_id, (SELECT s.organisation_id FROM person_schools ps JOIN schools s ON s.id = ps.school_id
			WHERE ps.person_id = sp.id ORDER BY s.name LIMIT 1)) AS starter_org_id`).
		ColumnExpr("(SELECT count(*) FROM mentor_log_entries le WHERE le.pairing_id = mp.id) AS meeting_count").
		ColumnExpr("(SELECT max(le.met_on) FROM mentor_log_entries le WHERE le.pairing_id = mp.id) AS last_meeting_on").
		ColumnExpr(`(SELECT le.next_meeting_on FROM mentor_log_entries le WHERE le.pairing_id = mp.id AND le.next_meeting_on >= current_date
			ORDER BY le.met_on DESC, le.created_at DESC LIMIT 1) AS next_meeting_on`).
		ColumnExpr("(SELECT count(*) FROM mentor_evaluations me WHERE me.pairing_id = mp.id) AS evaluation_count").
		ColumnExpr("count(*) OVER () AS total_count")
	return a.ScopePairings(q)
}

// redactFor clears what the actor may not see of a pairing they may see: the
// contact details for anyone but the parties and their managers, and the next
// meeting (it comes from the log) for anyone but the parties.
func (p *Pairing) redactFor(a *Actor) {
	p.Starter = contactParty(p.StarterID, p.StarterName, p.StarterEmail, p.StarterPhone, p.StarterSchools)
	p.Maatje = contactParty(p.MaatjeID, p.MaatjeName, p.MaatjeEmail, p.MaatjePhone, p.MaatjeSchools)
	p.IsParty = a.IsPairingParty(p)
	p.CanManage = a.CanPairStartersOf(p.StarterOrgID)
	if !p.IsParty {
		p.NextMeetingOn = nil
	}
	if !p.IsParty && !p.CanManage {
		p.Starter.Email, p.Starter.Phone = nil, nil
		p.Maatje.Email, p.Maatje.Phone = nil, nil
	}
	p.StarterEmail, p.StarterPhone, p.MaatjeEmail, p.MaatjePhone = "", "", "", ""
}

// PairingFilter narrows the list of pairings.
type PairingFilter struct {
	IncludeClosed bool
	// Role the viewer has in the pairing: "" any, "starter" or "maatje".
	Mine string
}

// ListPairings returns the pairings the actor may see, open ones first, by
// the starter's name, in one statement per page.
func ListPairings(ctx context.Context, idb bun.IDB, a *Actor, f PairingFilter, p PageRequest) (Page[*Pairing], error) {
	if err := a.RequireSignedIn(); err != nil {
		return Page[*Pairing]{}, err
	}
	var rows []*Pairing
	q := selectPairings(idb, a, &rows)
	if !f.IncludeClosed {
		q = q.Where("mp.closed_at IS NULL")
	}
	switch f.Mine {
	case "starter":
		q = q.Where("mp.starter_id = ?", a.PersonID)
	case "maatje":
		q = q.Where("mp.maatje_id = ?", a.PersonID)
	}
	q = q.OrderExpr("mp.closed_at IS NOT NULL, lower(sp.name), mp.starts_on DESC, mp.id")
	page, err := fetchPage(ctx, q, &rows, p, func(x *Pairing) int { return x.TotalCount })
	for _, x := range page.Items {
		x.redactFor(a)
	}
	return page, err
}

// GetPairing returns one pairing the actor may see: ForbiddenError when it
// exists out of their reach.
func GetPairing(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*Pairing, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	var rows []*Pairing
	err := selectPairings(idb, a, &rows).Where("mp.id = ?", id).Limit(1).Scan(ctx)
	if err == nil && len(rows) == 0 {
		err = sql.ErrNoRows
	}
	if err != nil {
		return nil, visibleOr(ctx, idb, err, "mentor_pairings", id, "Koppeling", "Je hebt geen toegang tot deze koppeling.")
	}
	rows[0].redactFor(a)
	return rows[0], nil
}

// MyStarterPairing is the open pairing in which the actor is the starter, or nil.
func MyStarterPairing(ctx context.Context, idb bun.IDB, a *Actor) (*Pairing, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	page, err := ListPairings(ctx, idb, a, PairingFilter{Mine: "starter"}, PageRequest{Limit: 1})
	if err != nil || len(page.Items) == 0 {
		return nil, err
	}
	return page.Items[0], nil
}

// LogEntriesByPairing returns the log of each pairing the actor may read the
// log of (the parties), newest meeting first, in one statement. A pairing the
// actor may not read is absent from the map.
func LogEntriesByPairing(ctx context.Context, idb bun.IDB, a *Actor, ids []uuid.UUID) (map[uuid.UUID][]*MentorLogEntry, error) {
	out := map[uuid.UUID][]*MentorLogEntry{}
	if len(ids) == 0 || a == nil {
		return out, nil
	}
	var readable []uuid.UUID
	err := a.ScopePairingContent(idb.NewSelect().TableExpr("mentor_pairings AS mp").Column("mp.id").Where("mp.id IN (?)", bun.In(ids))).
		Scan(ctx, &readable)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	if len(readable) == 0 {
		return out, nil
	}
	for _, id := range readable {
		out[id] = []*MentorLogEntry{}
	}
	var entries []*MentorLogEntry
	err = idb.NewSelect().Model(&entries).Column("le.*").ColumnExpr("coalesce(au.name, '') AS author_name").
		Join("LEFT JOIN people AS au ON au.id = le.author_id").
		Where("le.pairing_id IN (?)", bun.In(readable)).
		OrderExpr("le.met_on DESC, le.created_at DESC, le.id").Scan(ctx)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	for _, e := range entries {
		out[e.PairingID] = append(out[e.PairingID], e)
	}
	return out, nil
}

// EvaluationsByPairing returns the closing evaluations of each pairing the
// actor may read them of (the parties), in one statement.
func EvaluationsByPairing(ctx context.Context, idb bun.IDB, a *Actor, ids []uuid.UUID) (map[uuid.UUID][]*MentorEvaluation, error) {
	out := map[uuid.UUID][]*MentorEvaluation{}
	if len(ids) == 0 || a == nil {
		return out, nil
	}
	var evals []*MentorEvaluation
	q := idb.NewSelect().Model(&evals).Column("me.*").ColumnExpr("pe.name AS person_name").
		Join("JOIN people AS pe ON pe.id = me.person_id").
		Join("JOIN mentor_pairings AS mp ON mp.id = me.pairing_id").
		Where("me.pairing_id IN (?)", bun.In(ids)).OrderExpr("me.created_at, me.person_id")
	if err := a.ScopePairingContent(q).Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	for _, e := range evals {
		out[e.PairingID] = append(out[e.PairingID], e)
	}
	return out, nil
}
