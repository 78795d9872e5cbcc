package db

import (
	"context"
	"sort"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
)

// creditMinutesSQL is the hours ledger's credit of one attendance row (alias
// at, session se): the same rule as ledgers in hours.go, a present person gets
// the session's credit, a partly present one their minutes up to it.
const creditMinutesSQL = `CASE at.status WHEN 'aanwezig' THEN se.credit_minutes
	WHEN 'gedeeltelijk' THEN LEAST(at.minutes, se.credit_minutes) ELSE 0 END`

// dashboardPairs selects the (person, leergang) pairs of the dashboard: the
// group members of the leergangen, scoped by the policy and the filter.
func dashboardPairs(idb bun.IDB, a *Actor, f ProgressFilter) *bun.SelectQuery {
	q := idb.NewSelect().TableExpr("group_members AS gm").
		Join("JOIN leergang_groups AS g ON g.id = gm.group_id").
		Join("JOIN leergangen AS l ON l.id = g.leergang_id").
		Join("JOIN people AS p ON p.id = gm.person_id").
		ColumnExpr("DISTINCT gm.person_id, l.id AS leergang_id, p.name AS person_name, l.name AS leergang_name").
		Where("p.disabled_at IS NULL")
	if sql, args := staffCandidates(a); sql != "" {
		q = q.Where("gm.person_id IN ("+sql+")", args...)
	}
	if sql, args := leergangCandidates(a); sql != "" {
		q = q.Where("l.id IN ("+sql+")", args...)
	}
	if f.PersonID != nil {
		q = q.Where("p.id = ?", *f.PersonID)
	}
	if f.LeergangID != nil {
		q = q.Where("l.id = ?", *f.LeergangID)
	}
	if f.SchoolID != nil {
		q = q.Where("EXISTS (SELECT 1 FROM person_schools fps WHERE fps.person_id = p.id AND fps.school_id = ?)", *f.SchoolID)
	}
	if f.OrganisationID != nil {
		q = q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
			return q.WhereOr("l.client_organisation_id = ?", *f.OrganisationID).
				WhereOr("p.organisation_id = ?", *f.OrganisationID).
				WhereOr(`EXISTS (SELECT 1 FROM person_schools fps JOIN schools fs ON fs.id = fps.school_id
					WHERE fps.person_id = p.id AND fs.organisation_id = ?)`, *f.OrganisationID)
		})
	}
	return a.scopeDashboardPairs(q)
}

// staffCandidates and leergangCandidates drive the dashboard pairs. They
// return a subquery over the people (leergangen) the actor may follow, as a
// plain union of index lookups, or "" when the actor sees all of them. Each
// is a superset of what ScopeStaff (ScopeLeergangen) admits for the actor:
// the same conditions, joined by UNION instead of OR, so ANDing it to the
// policy changes no row. They exist because PostgreSQL cannot estimate the
// policy's OR of EXISTS clauses (at national scale it guessed 4,500 staff
// for a directie with 2, and 150 of 200 leergangen for an opleider with 4)
// and then planned, and JIT-compiled, the dashboard as if for the whole
// country: 2.5-4 s instead of milliseconds. As a top-level IN each becomes
// a semi-join PostgreSQL estimates from the statistics, so every later step
// is driven by the actual staff. The policy stays the authority; keep these
// supersets of it when it changes.
func staffCandidates(a *Actor) (string, []any) {
	if a == nil || a.seesEverything() {
		return "", nil
	}
	var parts []string
	var args []any
	if a.Has(RoleDirectie) && len(a.SchoolIDs) > 0 {
		parts = append(parts, "SELECT cps.person_id FROM person_schools cps WHERE cps.school_id IN (?)")
		args = append(args, bun.In(a.SchoolIDs))
	}
	if org, ok := a.bestuurOrg(); ok {
		parts = append(parts, "SELECT cp.id FROM people cp WHERE cp.organisation_id = ?",
			"SELECT cps.person_id FROM person_schools cps JOIN schools cs ON cs.id = cps.school_id WHERE cs.organisation_id = ?")
		args = append(args, org, org)
	}
	if len(parts) == 0 {
		return "", nil // ScopeStaff admits nobody
	}
	return strings.Join(parts, " UNION ALL "), args
}

// leergangCandidates: see staffCandidates; mirrors ScopeLeergangen.
func leergangCandidates(a *Actor) (string, []any) {
	if a == nil || a.Has(RoleBeheerder) {
		return "", nil
	}
	parts := []string{"SELECT csm.leergang_id FROM stuurgroep_members csm WHERE csm.person_id = ?"}
	args := []any{a.PersonID}
	if a.Has(RoleOpleider) {
		parts = append(parts, "SELECT clo.leergang_id FROM leergang_opleiders clo WHERE clo.person_id = ?")
		args = append(args, a.PersonID)
	}
	if a.Has(RoleDeelnemer) {
		parts = append(parts, `SELECT cg.leergang_id FROM group_members cgm JOIN leergang_groups cg ON cg.id = cgm.group_id
			WHERE cgm.person_id = ?`)
		args = append(args, a.PersonID)
	}
	if a.Has(RoleDirectie) && len(a.SchoolIDs) > 0 {
		parts = append(parts, `SELECT cg.leergang_id FROM person_schools cps JOIN group_members cgm ON cgm.person_id = cps.person_id
			JOIN leergang_groups cg ON cg.id = cgm.group_id WHERE cps.school_id IN (?)`)
		args = append(args, bun.In(a.SchoolIDs))
	}
	if org, ok := a.bestuurOrg(); ok {
		parts = append(parts, "SELECT cl.id FROM leergangen cl WHERE cl.client_organisation_id = ?")
		args = append(args, org)
	}
	return strings.Join(parts, " UNION ALL "), args
}

// progressQuery is the one statement behind the dashboard table: a CTE per
// fact family (current leerjaar, attendance, hours, declarations, intervisie,
// praktijkopdrachten, leervragen, checklist), each grouped over all pairs at
// once and joined to them by key.
func progressQuery(idb bun.IDB, a *Actor, f ProgressFilter) *bun.SelectQuery {
	cur := idb.NewSelect().TableExpr("leerjaren AS lj").
		ColumnExpr("DISTINCT ON (lj.leergang_id) lj.leergang_id, lj.id AS leerjaar_id, lj.number, lj.hours_norm::float8 AS norm").
		ColumnExpr(`CASE WHEN lj.starts_on IS NULL OR lj.ends_on IS NULL OR lj.ends_on <= lj.starts_on THEN 1.0
			ELSE LEAST(1.0, GREATEST(0.0, (current_date - lj.starts_on)::float8 / (lj.ends_on - lj.starts_on))) END AS elapsed`).
		Where("lj.leergang_id IN (SELECT leergang_id FROM pairs)").
		OrderExpr(`lj.leergang_id, coalesce(lj.starts_on <= current_date, false) DESC,
			CASE WHEN coalesce(lj.starts_on <= current_date, false) THEN -lj.number ELSE lj.number END`)
	// Attendance counts the past, published, not cancelled sessions the person
	// was expected at (their group's, or their own praktijkbegeleiding) whose
	// attendance the opleider has registered. The registered sessions are
	// found once per leergang of the pairs (sessions_leergang_idx), not for
	// every session in the country, and then matched to the pairs.
	reg := idb.NewSelect().TableExpr("sessions AS se").
		ColumnExpr("se.id, se.leergang_id, se.credit_minutes, se.praktijk_person_id").
		Where("se.leergang_id IN (SELECT leergang_id FROM pairs)").
		Where("se.cancelled_at IS NULL AND se.published AND se.ends_at < now()").
		Where("EXISTS (SELECT 1 FROM attendance a2 WHERE a2.session_id = se.id)")
	att := idb.NewSelect().TableExpr("pairs AS pr").
		Join("JOIN reg AS se ON se.leergang_id = pr.leergang_id").
		Join("LEFT JOIN attendance AS at ON at.session_id = se.id AND at.person_id = pr.person_id").
		ColumnExpr("pr.person_id, pr.leergang_id").
		ColumnExpr("sum(se.credit_minutes)::int AS expected_minutes").
		ColumnExpr("sum(" + creditMinutesSQL + ")::int AS attended_minutes").
		ColumnExpr("count(*)::int AS past_sessions").
		ColumnExpr("count(*) FILTER (WHERE at.status IS NULL OR at.status IN ('afwezig_met_bericht', 'afwezig_zonder_bericht'))::int AS absences").
		Where(`(se.praktijk_person_id = pr.person_id OR EXISTS (SELECT 1 FROM session_groups sg
			JOIN group_members sgm ON sgm.group_id = sg.group_id WHERE sg.session_id = se.id AND sgm.person_id = pr.person_id))`).
		GroupExpr("pr.person_id, pr.leergang_id")
	// The hours and declarations of the current leerjaar are read per person
	// (attendance_person_idx, hour_declarations_person_idx): the hours as a
	// LATERAL sum per pair, which PostgreSQL cannot turn into a scan of all
	// attendance. A pair and its current leerjaar are unique per (person,
	// leerjaar), so joining instead of filtering with IN counts every row
	// once, as the ledger does; a pair without attendance gets NULL minutes,
	// which the table reads as 0 like a missing row.
	curPairs := "SELECT pr.person_id, cur.leerjaar_id FROM pairs pr JOIN cur ON cur.leergang_id = pr.leergang_id"
	hrs := idb.NewSelect().TableExpr("pairs AS pr").
		Join("JOIN cur ON cur.leergang_id = pr.leergang_id").
		Join(`CROSS JOIN LATERAL (SELECT sum(` + creditMinutesSQL + `)::int AS minutes
			FROM attendance AS at JOIN sessions AS se ON se.id = at.session_id
			WHERE at.person_id = pr.person_id AND se.leerjaar_id = cur.leerjaar_id AND se.cancelled_at IS NULL) AS x`).
		ColumnExpr("pr.person_id, cur.leerjaar_id, x.minutes")
	decl := idb.NewSelect().TableExpr("pairs AS pr").
		Join("JOIN cur ON cur.leergang_id = pr.leergang_id").
		Join("JOIN hour_declarations AS hd ON hd.person_id = pr.person_id AND hd.leerjaar_id = cur.leerjaar_id").
		ColumnExpr("pr.person_id, cur.leerjaar_id").
		ColumnExpr("sum(hd.hours) FILTER (WHERE hd.status = ?) AS approved", DeclarationGoedgekeurd).
		ColumnExpr("sum(hd.hours) FILTER (WHERE hd.status = ?) AS pending", DeclarationIngediend).
		GroupExpr("pr.person_id, cur.leerjaar_id")
	// Intervisie meetings of groups linked to the leergang count as in the
	// hours ledger (intervisieCredits in hours.go).
	iv := intervisieCredits(idb).
		ColumnExpr("ia.person_id, lj.id AS leerjaar_id, sum(" + intervisieMinutesSQL + ")::int AS minutes").
		Where("(ia.person_id, lj.id) IN (" + curPairs + ")").
		GroupExpr("ia.person_id, lj.id")
	subm := idb.NewSelect().TableExpr("pairs AS pr").
		Join("JOIN assignments AS asg ON asg.leergang_id = pr.leergang_id").
		Join("LEFT JOIN submissions AS sub ON sub.assignment_id = asg.id AND sub.person_id = pr.person_id").
		ColumnExpr("pr.person_id, pr.leergang_id, count(*)::int AS total").
		ColumnExpr("count(*) FILTER (WHERE sub.status IN ('ingeleverd', 'in_beoordeling'))::int AS handed_in").
		ColumnExpr("count(*) FILTER (WHERE sub.status IN ('feedback_gegeven', 'herkansing'))::int AS feedback").
		ColumnExpr("count(*) FILTER (WHERE sub.status = 'afgerond')::int AS completed").
		ColumnExpr("count(*) FILTER (WHERE asg.due_on < current_date AND coalesce(sub.status, 'concept') = 'concept')::int AS overdue").
		GroupExpr("pr.person_id, pr.leergang_id")
	lv := idb.NewSelect().TableExpr("pairs AS pr").
		Join("JOIN leervragen AS v ON v.person_id = pr.person_id AND v.leergang_id = pr.leergang_id").
		Join(`LEFT JOIN LATERAL (SELECT r.status FROM leervraag_reflections r JOIN leerjaren rlj ON rlj.id = r.leerjaar_id
			WHERE r.leervraag_id = v.id ORDER BY rlj.number DESC LIMIT 1) AS lr ON true`).
		ColumnExpr("v.person_id, v.leergang_id, count(*)::int AS total").
		ColumnExpr("count(*) FILTER (WHERE lr.status IS NULL)::int AS none").
		ColumnExpr("count(*) FILTER (WHERE lr.status = 'nog_niet')::int AS nog_niet").
		ColumnExpr("count(*) FILTER (WHERE lr.status = 'op_weg')::int AS op_weg").
		ColumnExpr("count(*) FILTER (WHERE lr.status = 'beantwoord')::int AS beantwoord").
		ColumnExpr("count(*) FILTER (WHERE lr.status = 'bijgesteld')::int AS bijgesteld").
		GroupExpr("v.person_id, v.leergang_id")
	chk := idb.NewSelect().TableExpr("checklists AS c").
		Join("LEFT JOIN checklist_items AS ci ON ci.checklist_id = c.id").
		ColumnExpr("c.starter_id AS person_id, count(ci.id)::int AS total").
		ColumnExpr("count(ci.id) FILTER (WHERE ci.status IN ('gedaan', 'niet_van_toepassing'))::int AS done").
		Where("c.starter_id IN (SELECT person_id FROM pairs)").
		GroupExpr("c.starter_id")
	// A person's schools, as far as the actor sees schools: a directie sees
	// only the names of their own.
	schools := a.ScopeSchools(idb.NewSelect().TableExpr("person_schools AS ps").
		Join("JOIN schools AS s ON s.id = ps.school_id").
		ColumnExpr("coalesce(jsonb_agg(jsonb_build_object('id', s.id, 'name', s.name) ORDER BY s.name), '[]'::jsonb)").
		Where("ps.person_id = pr.person_id"))

	// Every step is MATERIALIZED: computed once for all pairs and then joined
	// to them by key. Inlined, a step read once may become the inner side of
	// a nested loop over the pairs and run again for every pair.
	q := idb.NewSelect()
	for _, cte := range []struct {
		name string
		q    *bun.SelectQuery
	}{{"pairs", dashboardPairs(idb, a, f)}, {"cur", cur}, {"reg", reg}, {"att", att}, {"hrs", hrs},
		{"decl", decl}, {"iv", iv}, {"subm", subm}, {"lv", lv}, {"chk", chk}} {
		q = q.WithQuery(bun.NewWithQuery(cte.name, cte.q).Materialized())
	}
	return q.TableExpr("pairs AS pr").
		Join("LEFT JOIN cur ON cur.leergang_id = pr.leergang_id").
		Join("LEFT JOIN att ON att.person_id = pr.person_id AND att.leergang_id = pr.leergang_id").
		Join("LEFT JOIN hrs ON hrs.person_id = pr.person_id AND hrs.leerjaar_id = cur.leerjaar_id").
		Join("LEFT JOIN decl ON decl.person_id = pr.person_id AND decl.leerjaar_id = cur.leerjaar_id").
		Join("LEFT JOIN iv ON iv.person_id = pr.person_id AND iv.leerjaar_id = cur.leerjaar_id").
		Join("LEFT JOIN subm ON subm.person_id = pr.person_id AND subm.leergang_id = pr.leergang_id").
		Join("LEFT JOIN lv ON lv.person_id = pr.person_id AND lv.leergang_id = pr.leergang_id").
		Join("LEFT JOIN chk ON chk.person_id = pr.person_id").
		ColumnExpr("pr.person_id, pr.person_name, pr.leergang_id, pr.leergang_name").
		ColumnExpr("(?) AS schools", schools).
		ColumnExpr("cur.leerjaar_id, cur.number AS leerjaar_number").
		ColumnExpr("coalesce(att.attended_minutes, 0) AS attended_minutes, coalesce(att.expected_minutes, 0) AS expected_minutes").
		ColumnExpr("coalesce(att.past_sessions, 0) AS past_sessions, coalesce(att.absences, 0) AS absences").
		ColumnExpr("((coalesce(hrs.minutes, 0) + coalesce(iv.minutes, 0)) / 60.0 + coalesce(decl.approved, 0))::float8 AS hours").
		ColumnExpr("coalesce(decl.pending, 0)::float8 AS pending_hours").
		ColumnExpr("coalesce(cur.norm, 0)::float8 AS norm, coalesce(cur.norm * cur.elapsed, 0)::float8 AS expected_hours").
		ColumnExpr("coalesce(subm.total, 0) AS asg_total, coalesce(subm.handed_in, 0) AS asg_handed_in").
		ColumnExpr("coalesce(subm.feedback, 0) AS asg_feedback, coalesce(subm.completed, 0) AS asg_completed, coalesce(subm.overdue, 0) AS asg_overdue").
		ColumnExpr("coalesce(lv.total, 0) AS lv_total, coalesce(lv.none, 0) AS lv_none, coalesce(lv.nog_niet, 0) AS lv_nog_niet").
		ColumnExpr("coalesce(lv.op_weg, 0) AS lv_op_weg, coalesce(lv.beantwoord, 0) AS lv_beantwoord, coalesce(lv.bijgesteld, 0) AS lv_bijgesteld").
		ColumnExpr("chk.person_id IS NOT NULL AS has_checklist, coalesce(chk.done, 0) AS checklist_done, coalesce(chk.total, 0) AS checklist_total").
		OrderExpr("lower(pr.person_name), pr.person_id, lower(pr.leergang_name), pr.leergang_id")
}

type pairKey struct{ person, leergang uuid.UUID }

// competencyAverage is one competency's average in one of a person's two
// newest finished self-scans of a leergang (rank 1 = newest).
type competencyAverage struct {
	PersonID     uuid.UUID
	LeergangID   uuid.UUID
	Rank         int
	CompetencyID uuid.UUID
	Name         string
	Position     int
	Average      float64
}

// scanAveragesQuery computes, for the pairs a query returns, the average per
// competency of the current ratings (the newest row per scan and aspect) of
// the two newest finished self-scans. Notes are not read.
func scanAveragesQuery(idb bun.IDB, pairs *bun.SelectQuery) *bun.SelectQuery {
	ranked := idb.NewSelect().TableExpr("scans AS sc").
		Join("JOIN scan_moments AS sm ON sm.id = sc.moment_id").
		Join("JOIN pairs ON pairs.person_id = sc.subject_id AND pairs.leergang_id = sm.leergang_id").
		ColumnExpr("sc.id AS scan_id, sc.subject_id AS person_id, sm.leergang_id").
		ColumnExpr("row_number() OVER (PARTITION BY sc.subject_id, sm.leergang_id ORDER BY sm.opens_on DESC, sc.finished_at DESC, sc.id) AS rank").
		Where("sc.status = 'afgerond' AND sc.rater_role = 'zelf'")
	current := idb.NewSelect().TableExpr("scan_ratings AS sr").
		ColumnExpr("DISTINCT ON (sr.scan_id, sr.aspect_id) sr.scan_id, sr.aspect_id, sr.value").
		Where("sr.scan_id IN (SELECT scan_id FROM ranked WHERE rank <= 2)").
		OrderExpr("sr.scan_id, sr.aspect_id, sr.id DESC")
	return idb.NewSelect().With("pairs", pairs).With("ranked", ranked).With("current", current).
		TableExpr("ranked AS r").
		Join("JOIN current ON current.scan_id = r.scan_id").
		Join("JOIN aspects AS asp ON asp.id = current.aspect_id").
		Join("JOIN competencies AS c ON c.id = asp.competency_id").
		ColumnExpr("r.person_id, r.leergang_id, r.rank, c.id AS competency_id, c.name, c.position").
		ColumnExpr("avg(current.value)::float8 AS average").
		Where("r.rank <= 2").
		GroupExpr("r.person_id, r.leergang_id, r.rank, c.id, c.name, c.position").
		OrderExpr("c.position, c.name")
}

// competencyIndex returns the scan progress per pair for the actor's
// dashboard pairs, in one statement.
func competencyIndex(ctx context.Context, idb bun.IDB, a *Actor, f ProgressFilter) (map[pairKey][]*CompetencyProgress, error) {
	pairs := dashboardPairs(idb, a, f)
	return readCompetencies(ctx, scanAveragesQuery(idb, pairs))
}

// attachCompetencies fills the scan progress of rows, in one statement.
func attachCompetencies(ctx context.Context, idb bun.IDB, rows []*ProgressRow) error {
	persons := make([]uuid.UUID, len(rows))
	leergangen := make([]uuid.UUID, len(rows))
	for i, r := range rows {
		persons[i], leergangen[i] = r.PersonID, r.LeergangID
	}
	pairs := idb.NewSelect().
		TableExpr("unnest(?::uuid[], ?::uuid[]) AS x(person_id, leergang_id)", pgdialect.Array(persons), pgdialect.Array(leergangen)).
		ColumnExpr("x.person_id, x.leergang_id")
	idx, err := readCompetencies(ctx, scanAveragesQuery(idb, pairs))
	if err != nil {
		return err
	}
	for _, r := range rows {
		if c := idx[pairKey{r.PersonID, r.LeergangID}]; c != nil {
			r.Competencies = c
		}
	}
	return nil
}

func readCompetencies(ctx context.Context, q *bun.SelectQuery) (map[pairKey][]*CompetencyProgress, error) {
	var avgs []competencyAverage
	if err := q.Scan(ctx, &avgs); err != nil && !isNoRows(err) {
		return nil, err
	}
	byComp := map[pairKey]map[uuid.UUID]*CompetencyProgress{}
	out := map[pairKey][]*CompetencyProgress{}
	for _, av := range avgs {
		k := pairKey{av.PersonID, av.LeergangID}
		if byComp[k] == nil {
			byComp[k] = map[uuid.UUID]*CompetencyProgress{}
		}
		c := byComp[k][av.CompetencyID]
		if c == nil {
			c = &CompetencyProgress{CompetencyID: av.CompetencyID, Name: av.Name, Position: av.Position}
			byComp[k][av.CompetencyID] = c
			out[k] = append(out[k], c)
		}
		v := roundTo(av.Average, 2)
		if av.Rank == 1 {
			c.Latest = &v
		} else {
			c.Previous = &v
		}
	}
	for _, list := range out {
		sort.SliceStable(list, func(i, j int) bool { return list[i].Position < list[j].Position })
	}
	return out, nil
}
