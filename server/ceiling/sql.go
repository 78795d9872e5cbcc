package ceiling

// Every statement starts from the signed-in person ($1 is the SHA-256 of the
// session token) and answers one row with the page's JSON in the shape of the
// GraphQL answer, or no row when the cookie is not a live session or the
// person may not see the data. Each reads the same data the server reads for
// the page; what the Go server computes from that data outside SQL (the menu
// from roles and starter/maatje/intervisie flags, holiday warnings from a
// session's regions) is returned as that data (flags, regions), uncomputed.

const me = `WITH me AS (SELECT person_id FROM auth_sessions WHERE token_hash = $1 AND expires_at > now())`

const viewerSQL = me + `
SELECT json_build_object('data', json_build_object('viewer', json_build_object(
	'roles', ARRAY(SELECT upper(r.role) FROM person_roles r WHERE r.person_id = p.id ORDER BY r.role),
	'menuFlags', json_build_object(
		'starter', EXISTS (SELECT 1 FROM checklists c WHERE c.starter_id = p.id)
			OR coalesce(p.ib_start_date > current_date - interval '2 years', false),
		'maatje', EXISTS (SELECT 1 FROM mentor_pairings mp WHERE mp.maatje_id = p.id AND mp.closed_at IS NULL),
		'intervisie', EXISTS (SELECT 1 FROM intervisie_members im WHERE im.person_id = p.id)
			OR EXISTS (SELECT 1 FROM intervisie_groups ig WHERE ig.facilitator_id = p.id)),
	'person', json_build_object('id', p.id, 'name', p.name, 'email', p.email, 'phone', p.phone,
		'status', CASE WHEN p.disabled_at IS NOT NULL THEN 'DISABLED' WHEN p.password_hash IS NULL THEN 'INVITED' ELSE 'ACTIVE' END,
		'function', upper(p.function), 'werktijdfactor', p.werktijdfactor, 'bouw', upper(p.bouw),
		'ibStartDate', p.ib_start_date, 'isStarter', coalesce(p.ib_start_date > current_date - interval '2 years', false),
		'organisation', (SELECT json_build_object('id', o.id, 'name', o.name) FROM organisations o WHERE o.id = p.organisation_id),
		'schools', (SELECT coalesce(json_agg(json_build_object('id', s.id, 'name', s.name, 'plaats', s.plaats) ORDER BY lower(s.name)), '[]')
			FROM person_schools ps JOIN schools s ON s.id = ps.school_id WHERE ps.person_id = p.id)))))::text
FROM me JOIN people p ON p.id = me.person_id AND p.disabled_at IS NULL`

// agendaSQL: $2, $3 are the visible range of the month grid. The opleider's
// copy of the session's time (session_opleiders.during) is in the gist index
// of the double-booking constraint, so this reads only the month's rows.
// holidayRegions are the regions of the participants' schools (or of the
// client's schools), the data the server turns into holiday warnings; they
// are collected per group and per client first, as the server does, because
// a month's sessions share a few groups.
const agendaSQL = me + `,
month AS (
	SELECT s.*, l.name AS leergang_name, l.client_organisation_id
	FROM session_opleiders so JOIN me ON so.person_id = me.person_id
	JOIN sessions s ON s.id = so.session_id JOIN leergangen l ON l.id = s.leergang_id
	WHERE so.during && tstzrange($2::timestamptz, $3::timestamptz, '[)')
), group_regions AS (
	SELECT DISTINCT gm.group_id, sc.region FROM group_members gm
		JOIN person_schools ps ON ps.person_id = gm.person_id JOIN schools sc ON sc.id = ps.school_id
	WHERE gm.group_id IN (SELECT sg.group_id FROM session_groups sg WHERE sg.session_id IN (SELECT id FROM month))
), client_regions AS (
	SELECT DISTINCT sc.organisation_id, sc.region FROM schools sc
	WHERE sc.organisation_id IN (SELECT client_organisation_id FROM month)
)
SELECT json_build_object('data', json_build_object('sessions', (
	SELECT coalesce(json_agg(json_build_object('id', s.id, 'title', s.title, 'kind', upper(s.kind), 'dagdeel', upper(s.dagdeel),
		'startsAt', s.starts_at, 'endsAt', s.ends_at, 'location', s.location, 'published', s.published,
		'cancelledAt', s.cancelled_at,
		'canManage', EXISTS (SELECT 1 FROM leergang_opleiders lo JOIN me ON lo.person_id = me.person_id WHERE lo.leergang_id = s.leergang_id),
		'leergang', json_build_object('id', s.leergang_id, 'name', s.leergang_name),
		'holidayRegions', ARRAY(
			SELECT gr.region FROM session_groups sg JOIN group_regions gr ON gr.group_id = sg.group_id WHERE sg.session_id = s.id
			UNION SELECT sc.region FROM person_schools ps JOIN schools sc ON sc.id = ps.school_id WHERE ps.person_id = s.praktijk_person_id
			UNION SELECT cr.region FROM client_regions cr WHERE cr.organisation_id = s.client_organisation_id ORDER BY 1)
		) ORDER BY s.starts_at, s.id), '[]')
	FROM month s)))::text
FROM me`

// registerSQL: $2 is the session; only its opleider gets an answer.
const registerSQL = me + `
SELECT json_build_object('data', json_build_object('sessionRegister', json_build_object('rows', (
	SELECT coalesce(json_agg(json_build_object(
		'person', json_build_object('id', p.id, 'name', p.name,
			'schools', (SELECT coalesce(json_agg(json_build_object('id', sc.id, 'name', sc.name) ORDER BY lower(sc.name)), '[]')
				FROM person_schools ps JOIN schools sc ON sc.id = ps.school_id WHERE ps.person_id = p.id)),
		'attendance', (SELECT json_build_object('status', upper(a.status), 'minutes', a.minutes, 'note', a.note)
			FROM attendance a WHERE a.session_id = $2::uuid AND a.person_id = p.id),
		'absenceReport', (SELECT json_build_object('reason', ar.reason, 'reportedAt', ar.reported_at)
			FROM absence_reports ar WHERE ar.session_id = $2::uuid AND ar.person_id = p.id)
	) ORDER BY lower(p.name), p.id), '[]')
	FROM people p
	WHERE p.id IN (SELECT gm.person_id FROM session_groups sg JOIN group_members gm ON gm.group_id = sg.group_id
		WHERE sg.session_id = $2::uuid
		UNION ALL SELECT se.praktijk_person_id FROM sessions se WHERE se.id = $2::uuid
		UNION ALL SELECT at.person_id FROM attendance at WHERE at.session_id = $2::uuid)))))::text
FROM me WHERE EXISTS (SELECT 1 FROM session_opleiders so WHERE so.session_id = $2::uuid AND so.person_id = me.person_id)`

// hoursSQL: $2 is a school the signed-in directie leads; one ledger row per
// (deelnemer of that school, leerjaar of a leergang they are in).
const hoursSQL = me + `,
pairs AS (
	SELECT DISTINCT gm.person_id, p.name AS person_name, l.id AS leergang_id, l.name AS leergang_name,
		lj.id AS leerjaar_id, lj.number, lj.hours_norm::float8 AS norm
	FROM person_schools ps
	JOIN people p ON p.id = ps.person_id
	JOIN group_members gm ON gm.person_id = p.id
	JOIN leergang_groups g ON g.id = gm.group_id
	JOIN leergangen l ON l.id = g.leergang_id
	JOIN leerjaren lj ON lj.leergang_id = l.id
	WHERE ps.school_id = $2::uuid
), att AS (
	SELECT at.person_id, se.leerjaar_id,
		sum(CASE at.status WHEN 'aanwezig' THEN se.credit_minutes WHEN 'gedeeltelijk' THEN LEAST(at.minutes, se.credit_minutes) ELSE 0 END) AS minutes
	FROM attendance at JOIN sessions se ON se.id = at.session_id
	WHERE se.cancelled_at IS NULL AND at.person_id IN (SELECT person_id FROM pairs)
	GROUP BY 1, 2
), decl AS (
	SELECT person_id, leerjaar_id,
		sum(hours) FILTER (WHERE status = 'goedgekeurd')::float8 AS approved,
		sum(hours) FILTER (WHERE status = 'ingediend')::float8 AS pending
	FROM hour_declarations WHERE person_id IN (SELECT person_id FROM pairs)
	GROUP BY 1, 2
)
SELECT json_build_object('data', json_build_object('hoursOverview', (
	SELECT coalesce(json_agg(json_build_object(
		'person', json_build_object('id', pairs.person_id, 'name', pairs.person_name),
		'leergang', json_build_object('id', pairs.leergang_id, 'name', pairs.leergang_name),
		'leerjaar', json_build_object('id', pairs.leerjaar_id, 'number', pairs.number),
		'norm', pairs.norm,
		'attendanceHours', coalesce(att.minutes, 0) / 60.0,
		'approvedHours', coalesce(decl.approved, 0),
		'pendingHours', coalesce(decl.pending, 0),
		'totalHours', coalesce(att.minutes, 0) / 60.0 + coalesce(decl.approved, 0)
	) ORDER BY lower(pairs.person_name), pairs.person_id, pairs.number), '[]')
	FROM pairs LEFT JOIN att USING (person_id, leerjaar_id) LEFT JOIN decl USING (person_id, leerjaar_id))))::text
FROM me WHERE EXISTS (SELECT 1 FROM person_schools ps WHERE ps.person_id = me.person_id AND ps.school_id = $2::uuid)`

// dashboardSQL: the directie dashboard's staff table (ProgressRows with an
// empty filter): one row per (deelnemer of the directie's schools, leergang)
// with attendance, hours of the current leerjaar, praktijkopdrachten,
// leervragen, the starter checklist and the competency averages of the two
// newest finished self-scans. Intervisie credits are left out (the bench
// world has no intervisie groups).
const dashboardSQL = me + `,
pairs AS (
	SELECT DISTINCT gm.person_id, l.id AS leergang_id, p.name AS person_name, l.name AS leergang_name
	FROM group_members gm JOIN leergang_groups g ON g.id = gm.group_id
	JOIN leergangen l ON l.id = g.leergang_id JOIN people p ON p.id = gm.person_id
	WHERE p.disabled_at IS NULL AND EXISTS (SELECT 1 FROM person_schools ps JOIN person_schools mine ON mine.school_id = ps.school_id
		JOIN me ON me.person_id = mine.person_id WHERE ps.person_id = p.id)
), cur AS (
	SELECT DISTINCT ON (lj.leergang_id) lj.leergang_id, lj.id AS leerjaar_id, lj.number, lj.hours_norm::float8 AS norm,
		CASE WHEN lj.starts_on IS NULL OR lj.ends_on IS NULL OR lj.ends_on <= lj.starts_on THEN 1.0
			ELSE LEAST(1.0, GREATEST(0.0, (current_date - lj.starts_on)::float8 / (lj.ends_on - lj.starts_on))) END AS elapsed
	FROM leerjaren lj WHERE lj.leergang_id IN (SELECT leergang_id FROM pairs)
	ORDER BY lj.leergang_id, coalesce(lj.starts_on <= current_date, false) DESC,
		CASE WHEN coalesce(lj.starts_on <= current_date, false) THEN -lj.number ELSE lj.number END
), att AS (
	SELECT pr.person_id, pr.leergang_id, sum(se.credit_minutes)::int AS expected,
		sum(CASE at.status WHEN 'aanwezig' THEN se.credit_minutes WHEN 'gedeeltelijk' THEN LEAST(at.minutes, se.credit_minutes) ELSE 0 END)::int AS attended,
		count(*)::int AS past, count(*) FILTER (WHERE at.status IS NULL OR at.status LIKE 'afwezig%')::int AS absences
	FROM pairs pr JOIN sessions se ON se.leergang_id = pr.leergang_id
	LEFT JOIN attendance at ON at.session_id = se.id AND at.person_id = pr.person_id
	WHERE se.cancelled_at IS NULL AND se.published AND se.ends_at < now()
		AND EXISTS (SELECT 1 FROM attendance a2 WHERE a2.session_id = se.id)
		AND (se.praktijk_person_id = pr.person_id OR EXISTS (SELECT 1 FROM session_groups sg JOIN group_members sgm ON sgm.group_id = sg.group_id
			WHERE sg.session_id = se.id AND sgm.person_id = pr.person_id))
	GROUP BY 1, 2
), hrs AS (
	SELECT at.person_id, se.leerjaar_id,
		sum(CASE at.status WHEN 'aanwezig' THEN se.credit_minutes WHEN 'gedeeltelijk' THEN LEAST(at.minutes, se.credit_minutes) ELSE 0 END)::int AS minutes
	FROM attendance at JOIN sessions se ON se.id = at.session_id
	WHERE se.cancelled_at IS NULL AND (at.person_id, se.leerjaar_id) IN (SELECT pr.person_id, cur.leerjaar_id FROM pairs pr JOIN cur USING (leergang_id))
	GROUP BY 1, 2
), decl AS (
	SELECT person_id, leerjaar_id, sum(hours) FILTER (WHERE status = 'goedgekeurd')::float8 AS approved,
		sum(hours) FILTER (WHERE status = 'ingediend')::float8 AS pending
	FROM hour_declarations WHERE (person_id, leerjaar_id) IN (SELECT pr.person_id, cur.leerjaar_id FROM pairs pr JOIN cur USING (leergang_id))
	GROUP BY 1, 2
), subm AS (
	SELECT pr.person_id, pr.leergang_id, count(*)::int AS total,
		count(*) FILTER (WHERE sub.status IN ('ingeleverd', 'in_beoordeling'))::int AS handed_in,
		count(*) FILTER (WHERE sub.status IN ('feedback_gegeven', 'herkansing'))::int AS feedback,
		count(*) FILTER (WHERE sub.status = 'afgerond')::int AS completed,
		count(*) FILTER (WHERE asg.due_on < current_date AND coalesce(sub.status, 'concept') = 'concept')::int AS overdue
	FROM pairs pr JOIN assignments asg ON asg.leergang_id = pr.leergang_id
	LEFT JOIN submissions sub ON sub.assignment_id = asg.id AND sub.person_id = pr.person_id
	GROUP BY 1, 2
), lv AS (
	SELECT v.person_id, v.leergang_id, count(*)::int AS total, count(*) FILTER (WHERE lr.status IS NULL)::int AS none,
		count(*) FILTER (WHERE lr.status = 'nog_niet')::int AS nog_niet, count(*) FILTER (WHERE lr.status = 'op_weg')::int AS op_weg,
		count(*) FILTER (WHERE lr.status = 'beantwoord')::int AS beantwoord, count(*) FILTER (WHERE lr.status = 'bijgesteld')::int AS bijgesteld
	FROM leervragen v LEFT JOIN LATERAL (SELECT r.status FROM leervraag_reflections r JOIN leerjaren rlj ON rlj.id = r.leerjaar_id
		WHERE r.leervraag_id = v.id ORDER BY rlj.number DESC LIMIT 1) lr ON true
	WHERE (v.person_id, v.leergang_id) IN (SELECT person_id, leergang_id FROM pairs)
	GROUP BY 1, 2
), chk AS (
	SELECT c.starter_id AS person_id, count(ci.id)::int AS total,
		count(ci.id) FILTER (WHERE ci.status IN ('gedaan', 'niet_van_toepassing'))::int AS done
	FROM checklists c LEFT JOIN checklist_items ci ON ci.checklist_id = c.id
	WHERE c.starter_id IN (SELECT person_id FROM pairs) GROUP BY 1
), ranked AS (
	SELECT sc.id AS scan_id, sc.subject_id AS person_id, sm.leergang_id,
		row_number() OVER (PARTITION BY sc.subject_id, sm.leergang_id ORDER BY sm.opens_on DESC, sc.finished_at DESC, sc.id) AS rank
	FROM scans sc JOIN scan_moments sm ON sm.id = sc.moment_id
	JOIN pairs ON pairs.person_id = sc.subject_id AND pairs.leergang_id = sm.leergang_id
	WHERE sc.status = 'afgerond' AND sc.rater_role = 'zelf'
), ratings AS (
	SELECT DISTINCT ON (sr.scan_id, sr.aspect_id) sr.scan_id, sr.aspect_id, sr.value
	FROM scan_ratings sr WHERE sr.scan_id IN (SELECT scan_id FROM ranked WHERE rank <= 2)
	ORDER BY sr.scan_id, sr.aspect_id, sr.id DESC
), comp AS (
	SELECT r.person_id, r.leergang_id, c.id, c.name, c.position,
		avg(ratings.value) FILTER (WHERE r.rank = 1)::float8 AS latest, avg(ratings.value) FILTER (WHERE r.rank = 2)::float8 AS previous
	FROM ranked r JOIN ratings ON ratings.scan_id = r.scan_id JOIN aspects asp ON asp.id = ratings.aspect_id
	JOIN competencies c ON c.id = asp.competency_id
	WHERE r.rank <= 2 GROUP BY 1, 2, 3, 4, 5
)
SELECT json_build_object('data', json_build_object('progressRows', (
	SELECT coalesce(json_agg(json_build_object(
		'personId', pr.person_id, 'personName', pr.person_name,
		'schools', (SELECT coalesce(json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.name), '[]')
			FROM person_schools ps JOIN schools s ON s.id = ps.school_id
			WHERE ps.person_id = pr.person_id AND s.id IN (SELECT mine.school_id FROM person_schools mine JOIN me ON me.person_id = mine.person_id)),
		'leergangId', pr.leergang_id, 'leergangName', pr.leergang_name, 'leerjaarNumber', cur.number,
		'attendance', json_build_object('attendedMinutes', coalesce(att.attended, 0), 'expectedMinutes', coalesce(att.expected, 0),
			'pastSessions', coalesce(att.past, 0), 'absences', coalesce(att.absences, 0),
			'percent', CASE WHEN coalesce(att.expected, 0) > 0 THEN round(100.0 * att.attended / att.expected, 1) END),
		'hours', json_build_object('hours', coalesce(hrs.minutes, 0) / 60.0 + coalesce(decl.approved, 0), 'pending', coalesce(decl.pending, 0),
			'norm', coalesce(cur.norm, 0), 'expectedByNow', coalesce(cur.norm * cur.elapsed, 0),
			'onTrack', coalesce(hrs.minutes, 0) / 60.0 + coalesce(decl.approved, 0) >= coalesce(cur.norm * cur.elapsed, 0)),
		'assignments', json_build_object('total', coalesce(subm.total, 0),
			'notStarted', coalesce(subm.total - subm.handed_in - subm.feedback - subm.completed, 0),
			'handedIn', coalesce(subm.handed_in, 0), 'withFeedback', coalesce(subm.feedback, 0), 'completed', coalesce(subm.completed, 0),
			'overdue', coalesce(subm.overdue, 0), 'submitted', coalesce(subm.handed_in + subm.feedback + subm.completed, 0)),
		'leervragen', json_build_object('total', coalesce(lv.total, 0), 'notReflected', coalesce(lv.none, 0), 'nogNiet', coalesce(lv.nog_niet, 0),
			'opWeg', coalesce(lv.op_weg, 0), 'beantwoord', coalesce(lv.beantwoord, 0), 'bijgesteld', coalesce(lv.bijgesteld, 0)),
		'checklist', CASE WHEN chk.person_id IS NOT NULL THEN json_build_object('done', chk.done, 'total', chk.total) END,
		'competencies', (SELECT coalesce(json_agg(json_build_object('competencyId', comp.id, 'name', comp.name, 'latest', comp.latest,
			'previous', comp.previous, 'delta', comp.latest - comp.previous) ORDER BY comp.position, comp.name), '[]')
			FROM comp WHERE comp.person_id = pr.person_id AND comp.leergang_id = pr.leergang_id)
	) ORDER BY lower(pr.person_name), pr.person_id, lower(pr.leergang_name), pr.leergang_id), '[]')
	FROM pairs pr
	LEFT JOIN cur ON cur.leergang_id = pr.leergang_id
	LEFT JOIN att ON att.person_id = pr.person_id AND att.leergang_id = pr.leergang_id
	LEFT JOIN hrs ON hrs.person_id = pr.person_id AND hrs.leerjaar_id = cur.leerjaar_id
	LEFT JOIN decl ON decl.person_id = pr.person_id AND decl.leerjaar_id = cur.leerjaar_id
	LEFT JOIN subm ON subm.person_id = pr.person_id AND subm.leergang_id = pr.leergang_id
	LEFT JOIN lv ON lv.person_id = pr.person_id AND lv.leergang_id = pr.leergang_id
	LEFT JOIN chk ON chk.person_id = pr.person_id)))::text
FROM me`
