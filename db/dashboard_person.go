package db

import (
	"context"
	"database/sql"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// The person page of the dashboard: the same facts as the person's rows, in
// detail. It is one person, so it may take a statement per fact family.

// PersonProgress is everything the person page shows.
type PersonProgress struct {
	PersonID    uuid.UUID
	PersonName  string
	Schools     []SchoolRef
	Rows        []*ProgressRow
	Sessions    []*PersonSession
	Submissions []*PersonSubmission
	ScanMoments []*PersonScanMoment
	Leervragen  []*PersonLeervraag
	Checklist   []*DashboardChecklistPart
	Leerjaren   []*CertificateLeerjaar
}

// PersonSession is a past session the person was expected at.
type PersonSession struct {
	SessionID      uuid.UUID
	LeergangID     uuid.UUID
	LeerjaarNumber int
	Title          string
	StartsAt       time.Time
	Status         *AttendanceStatus // nil while attendance is not registered
	Hours          float64           // credited hours
}

// PersonSubmission is one praktijkopdracht with the person's status.
type PersonSubmission struct {
	AssignmentID   uuid.UUID
	LeergangID     uuid.UUID
	LeerjaarNumber int
	Title          string
	DueOn          time.Time
	Status         *SubmissionStatus // nil: not started
	HandedInAt     *time.Time
}

// PersonScanMoment is one finished self-scan: the average per competency.
type PersonScanMoment struct {
	LeergangID   uuid.UUID
	Title        string
	OpensOn      time.Time
	Competencies []*CompetencyAverage
}

// CompetencyAverage is one competency's average at one moment.
type CompetencyAverage struct {
	Name    string
	Average float64
}

// PersonLeervraag is a leervraag with its latest reflection status (the
// reflection's text stays with the deelnemer and the opleider).
type PersonLeervraag struct {
	ID             uuid.UUID
	LeergangID     uuid.UUID
	Question       string
	Kind           LeervraagKind
	Status         *LeervraagStatus
	LeerjaarNumber *int
}

// DashboardChecklistPart is one part of the onboarding checklist.
type DashboardChecklistPart struct {
	Title string
	Done  int
	Total int
}

// CertificateLeerjaar is a leerjaar of the person's leergangen, with its
// valid certificate if one was issued.
type CertificateLeerjaar struct {
	PersonID     uuid.UUID `bun:"-"`
	LeerjaarID   uuid.UUID
	Number       int
	LeergangID   uuid.UUID
	LeergangName string
	StartsOn     *time.Time
	EndsOn       *time.Time
	Certificate  *Certificate `bun:"-"`
}

// GetPersonProgress returns the person page, for a person in the actor's
// dashboard (ScopeStaff and ScopeLeergangen).
func GetPersonProgress(ctx context.Context, idb bun.IDB, a *Actor, personID uuid.UUID) (*PersonProgress, error) {
	if err := a.RequireViewDashboard(); err != nil {
		return nil, err
	}
	rows, err := progressRows(ctx, idb, a, ProgressFilter{PersonID: &personID})
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, visibleOr(ctx, idb, sql.ErrNoRows, "people", personID, "Persoon",
			"Deze persoon staat niet in jouw voortgangsoverzicht.")
	}
	p := &PersonProgress{PersonID: personID, PersonName: rows[0].PersonName, Schools: rows[0].Schools, Rows: rows}
	leergangen := make([]uuid.UUID, len(rows))
	for i, r := range rows {
		leergangen[i] = r.LeergangID
	}
	steps := []func(context.Context, bun.IDB, *PersonProgress, []uuid.UUID) error{
		personSessions, personSubmissions, personScanMoments, personLeervragen, personChecklist, personLeerjaren,
	}
	for _, step := range steps {
		if err := step(ctx, idb, p, leergangen); err != nil {
			return nil, err
		}
	}
	return p, nil
}

func scanList[T any](ctx context.Context, q *bun.SelectQuery) ([]*T, error) {
	out := []*T{}
	if err := q.Scan(ctx, &out); err != nil && !isNoRows(err) {
		return nil, err
	}
	return out, nil
}

func personSessions(ctx context.Context, idb bun.IDB, p *PersonProgress, leergangen []uuid.UUID) (err error) {
	q := idb.NewSelect().TableExpr("sessions AS se").
		Join("JOIN leerjaren AS lj ON lj.id = se.leerjaar_id").
		Join("LEFT JOIN attendance AS at ON at.session_id = se.id AND at.person_id = ?", p.PersonID).
		ColumnExpr("se.id AS session_id, se.leergang_id, lj.number AS leerjaar_number, se.title, se.starts_at, at.status").
		ColumnExpr("coalesce("+creditMinutesSQL+", 0) / 60.0 AS hours").
		Where("se.leergang_id IN (?) AND se.cancelled_at IS NULL AND se.published AND se.ends_at < now()", bun.In(leergangen)).
		Where(`(se.praktijk_person_id = ? OR EXISTS (SELECT 1 FROM session_groups sg JOIN group_members gm ON gm.group_id = sg.group_id
			WHERE sg.session_id = se.id AND gm.person_id = ?))`, p.PersonID, p.PersonID).
		OrderExpr("se.starts_at DESC, se.id")
	p.Sessions, err = scanList[PersonSession](ctx, q)
	return err
}

func personSubmissions(ctx context.Context, idb bun.IDB, p *PersonProgress, leergangen []uuid.UUID) (err error) {
	q := idb.NewSelect().TableExpr("assignments AS asg").
		Join("JOIN leerjaren AS lj ON lj.id = asg.leerjaar_id").
		Join("LEFT JOIN submissions AS sub ON sub.assignment_id = asg.id AND sub.person_id = ?", p.PersonID).
		ColumnExpr("asg.id AS assignment_id, asg.leergang_id, lj.number AS leerjaar_number, asg.title, asg.due_on").
		ColumnExpr("sub.status, sub.handed_in_at").
		Where("asg.leergang_id IN (?)", bun.In(leergangen)).
		OrderExpr("asg.due_on, asg.title")
	p.Submissions, err = scanList[PersonSubmission](ctx, q)
	return err
}

func personScanMoments(ctx context.Context, idb bun.IDB, p *PersonProgress, leergangen []uuid.UUID) error {
	var rows []struct {
		ScanID     uuid.UUID
		LeergangID uuid.UUID
		Title      string
		OpensOn    time.Time
		Name       string
		Average    float64
	}
	current := idb.NewSelect().TableExpr("scan_ratings AS sr").
		Join("JOIN scans AS sc ON sc.id = sr.scan_id").
		ColumnExpr("DISTINCT ON (sr.scan_id, sr.aspect_id) sr.scan_id, sr.aspect_id, sr.value").
		Where("sc.subject_id = ? AND sc.rater_role = 'zelf' AND sc.status = 'afgerond'", p.PersonID).
		OrderExpr("sr.scan_id, sr.aspect_id, sr.id DESC")
	err := idb.NewSelect().With("current", current).TableExpr("current").
		Join("JOIN scans AS sc ON sc.id = current.scan_id").
		Join("JOIN scan_moments AS sm ON sm.id = sc.moment_id").
		Join("JOIN aspects AS asp ON asp.id = current.aspect_id").
		Join("JOIN competencies AS c ON c.id = asp.competency_id").
		ColumnExpr("sc.id AS scan_id, sm.leergang_id, sm.title, sm.opens_on, c.name, avg(current.value)::float8 AS average").
		Where("sm.leergang_id IN (?)", bun.In(leergangen)).
		GroupExpr("sc.id, sm.leergang_id, sm.title, sm.opens_on, sc.finished_at, c.id, c.name, c.position").
		OrderExpr("sm.opens_on, sc.finished_at, c.position").Scan(ctx, &rows)
	if err != nil && !isNoRows(err) {
		return err
	}
	p.ScanMoments = []*PersonScanMoment{}
	byScan := map[uuid.UUID]*PersonScanMoment{}
	for _, r := range rows {
		m := byScan[r.ScanID]
		if m == nil {
			m = &PersonScanMoment{LeergangID: r.LeergangID, Title: r.Title, OpensOn: r.OpensOn}
			byScan[r.ScanID] = m
			p.ScanMoments = append(p.ScanMoments, m)
		}
		m.Competencies = append(m.Competencies, &CompetencyAverage{Name: r.Name, Average: roundTo(r.Average, 2)})
	}
	return nil
}

func personLeervragen(ctx context.Context, idb bun.IDB, p *PersonProgress, leergangen []uuid.UUID) (err error) {
	q := idb.NewSelect().TableExpr("leervragen AS v").
		Join(`LEFT JOIN LATERAL (SELECT r.status, rlj.number FROM leervraag_reflections r JOIN leerjaren rlj ON rlj.id = r.leerjaar_id
			WHERE r.leervraag_id = v.id ORDER BY rlj.number DESC LIMIT 1) AS lr ON true`).
		ColumnExpr("v.id, v.leergang_id, v.question, v.kind, lr.status, lr.number AS leerjaar_number").
		Where("v.person_id = ? AND v.leergang_id IN (?)", p.PersonID, bun.In(leergangen)).
		OrderExpr("v.position, v.created_at")
	p.Leervragen, err = scanList[PersonLeervraag](ctx, q)
	return err
}

func personChecklist(ctx context.Context, idb bun.IDB, p *PersonProgress, _ []uuid.UUID) (err error) {
	q := idb.NewSelect().TableExpr("checklist_items AS ci").
		Join("JOIN checklists AS c ON c.id = ci.checklist_id").
		ColumnExpr("ci.part_title AS title, count(*) FILTER (WHERE ci.status IN ('gedaan', 'niet_van_toepassing'))::int AS done, count(*)::int AS total").
		Where("c.starter_id = ?", p.PersonID).
		GroupExpr("ci.part_position, ci.part_title").
		OrderExpr("ci.part_position")
	p.Checklist, err = scanList[DashboardChecklistPart](ctx, q)
	return err
}

func personLeerjaren(ctx context.Context, idb bun.IDB, p *PersonProgress, leergangen []uuid.UUID) (err error) {
	q := idb.NewSelect().TableExpr("leerjaren AS lj").
		Join("JOIN leergangen AS l ON l.id = lj.leergang_id").
		ColumnExpr("lj.id AS leerjaar_id, lj.number, l.id AS leergang_id, l.name AS leergang_name, lj.starts_on, lj.ends_on").
		Where("l.id IN (?)", bun.In(leergangen)).
		OrderExpr("lower(l.name), l.id, lj.number")
	if p.Leerjaren, err = scanList[CertificateLeerjaar](ctx, q); err != nil {
		return err
	}
	var certs []*Certificate
	if err := idb.NewSelect().Model(&certs).Where("cert.person_id = ? AND cert.revoked_at IS NULL", p.PersonID).Scan(ctx); err != nil && !isNoRows(err) {
		return err
	}
	for _, lj := range p.Leerjaren {
		lj.PersonID = p.PersonID
		for _, c := range certs {
			if c.LeerjaarID == lj.LeerjaarID {
				lj.Certificate = c
			}
		}
	}
	return nil
}
