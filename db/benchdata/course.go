package benchdata

// deelnemerOfLK is the index of the k-th deelnemer of leergang l.
const deelnemerOfLK = `(l / {lpb}) * {spb} * {ibps} + k * {lpb} + l % {lpb}`

// leergangOfD is the index of the leergang of deelnemer d.
const leergangOfD = `(d / ({spb} * {ibps})) * {lpb} + (d % ({spb} * {ibps})) % {lpb}`

// Sessions are weekly from {monday0}; a leerjaar spans wpl weeks.
const wpl = `(({spl} + 2) / 3)`

var courseSteps = []step{
	{"leergangen", `
		INSERT INTO leergangen (id, name, client_organisation_id, description, status)
		SELECT {id:leergang:l}, 'Leergang IB Bench ' || lpad((l + 1)::text, 3, '0'), {id:board:l / {lpb}},
			'Driejarige leergang voor intern begeleiders (benchmarkdata).', 'lopend'
		FROM generate_series(0, {leergangen} - 1) l`},
	{"leerjaren", `
		INSERT INTO leerjaren (id, leergang_id, number, hours_norm, starts_on, ends_on)
		SELECT {id:leerjaar:l * 3 + n}, {id:leergang:l}, n + 1, 40,
			{monday0} + n * ` + wpl + ` * 7, {monday0} + (n + 1) * ` + wpl + ` * 7 - 1
		FROM generate_series(0, {leergangen} - 1) l CROSS JOIN generate_series(0, 2) n`},
	{"leergang_groups", `
		INSERT INTO leergang_groups (id, leergang_id, name)
		SELECT {id:group:l * 3 + g}, {id:leergang:l}, 'Groep ' || chr(65 + g)
		FROM generate_series(0, {leergangen} - 1) l CROSS JOIN generate_series(0, 2) g`},
	{"group_members", `
		INSERT INTO group_members (group_id, person_id)
		SELECT {id:group:l * 3 + k % 3}, {id:deelnemer:` + deelnemerOfLK + `}
		FROM generate_series(0, {leergangen} - 1) l CROSS JOIN generate_series(0, {dpl} - 1) k`},
	{"leergang_opleiders", `
		INSERT INTO leergang_opleiders (leergang_id, person_id)
		SELECT {id:leergang:l}, {id:opleider:l % {opleiders}} FROM generate_series(0, {leergangen} - 1) l`},
	// Leergang l's sessions fall on weekday slot%5 in dagdeel slot/5%3, with
	// slot = l / opleiders: an opleider's leergangen never overlap.
	{"sessions", `
		INSERT INTO sessions (id, leergang_id, leerjaar_id, kind, dagdeel, title, theme, starts_at, ends_at,
			credit_minutes, location, published)
		SELECT {id:session:l * {spl} + j}, {id:leergang:l}, {id:leerjaar:l * 3 + j / ` + wpl + `}, 'dagdeel', dd.name,
			'Bijeenkomst ' || (j + 1),
			(ARRAY['Handelingsgericht werken', 'Gesprekken met ouders', 'Data in de klas', 'Passend onderwijs', 'Coachen van leerkrachten'])[1 + j % 5],
			(({monday0} + j * 7 + (l / {opleiders}) % 5) + dd.starts) AT TIME ZONE 'Europe/Amsterdam',
			(({monday0} + j * 7 + (l / {opleiders}) % 5) + dd.ends) AT TIME ZONE 'Europe/Amsterdam',
			dd.minutes, 'Leslocatie ' || (l + 1), true
		FROM generate_series(0, {leergangen} - 1) l
		CROSS JOIN generate_series(0, {spl} - 1) j
		JOIN (VALUES (0, 'ochtend', time '09:00', time '12:30', 210), (1, 'middag', time '13:30', time '17:00', 210),
			(2, 'avond', time '18:30', time '21:30', 180)) dd (n, name, starts, ends, minutes)
			ON dd.n = (l / {opleiders} / 5) % 3`},
	{"session_groups", `
		INSERT INTO session_groups (session_id, group_id)
		SELECT {id:session:l * {spl} + j}, {id:group:l * 3 + (j + g) % 3}
		FROM generate_series(0, {leergangen} - 1) l CROSS JOIN generate_series(0, {spl} - 1) j CROSS JOIN generate_series(0, 1) g`},
	{"session_opleiders", `
		INSERT INTO session_opleiders (session_id, person_id, during)
		SELECT s.id, {id:opleider:l % {opleiders}}, s.during
		FROM generate_series(0, {leergangen} - 1) l CROSS JOIN generate_series(0, {spl} - 1) j
		JOIN sessions s ON s.id = {id:session:l * {spl} + j}`},
	// Every past session has a row for each member of its two groups.
	{"attendance", `
		INSERT INTO attendance (session_id, person_id, status, minutes, registered_by, registered_at)
		SELECT {id:session:l * {spl} + j}, {id:deelnemer:` + deelnemerOfLK + `},
			CASE (k * 7 + j * 3) % 20 WHEN 0 THEN 'afwezig_met_bericht' WHEN 1 THEN 'afwezig_zonder_bericht'
				WHEN 2 THEN 'gedeeltelijk' ELSE 'aanwezig' END,
			CASE WHEN (k * 7 + j * 3) % 20 = 2 THEN 120 END,
			{id:opleider:l % {opleiders}}, now() - ({past} - j) * interval '7 days'
		FROM generate_series(0, {leergangen} - 1) l
		CROSS JOIN generate_series(0, {past} - 1) j
		CROSS JOIN generate_series(0, {dpl} - 1) k
		WHERE k % 3 IN (j % 3, (j + 1) % 3)`},
	{"hour_declarations", `
		INSERT INTO hour_declarations (id, person_id, leerjaar_id, kind, hours, description, done_on, status, reviewed_by, reviewed_at)
		SELECT {id:declaration:d}, {id:deelnemer:d}, {id:leerjaar:(` + leergangOfD + `) * 3}, 'literatuur', 2 + d % 5,
			'Vakliteratuur gelezen', {monday0} + 14 + d % 60,
			CASE WHEN d % 2 = 0 THEN 'goedgekeurd' ELSE 'ingediend' END,
			CASE WHEN d % 2 = 0 THEN {id:opleider:(` + leergangOfD + `) % {opleiders}} END,
			CASE WHEN d % 2 = 0 THEN ({monday0} + 80)::timestamptz END
		FROM generate_series(0, {deelnemers} - 1) d`},
	{"assignments", `
		INSERT INTO assignments (id, leergang_id, leerjaar_id, title, instructions, due_on, parts, created_by)
		SELECT {id:assignment:l * {apl} + a}, {id:leergang:l}, {id:leerjaar:l * 3 + a * 3 / {apl}},
			'Praktijkopdracht ' || (a + 1), 'Neem een gesprek op en reflecteer erop.', {monday0} + (a + 1) * 42,
			ARRAY['document', 'text'], {id:opleider:l % {opleiders}}
		FROM generate_series(0, {leergangen} - 1) l CROSS JOIN generate_series(0, {apl} - 1) a`},
	// Deelnemer k of a leergang hands in the first apl/2 assignments, odd k one more.
	{"submissions", `
		INSERT INTO submissions (id, assignment_id, person_id, status, handed_in_at, feedback_given_at, completed_at)
		SELECT {id:submission:(l * {dpl} + k) * {apl} + a}, {id:assignment:l * {apl} + a}, {id:deelnemer:` + deelnemerOfLK + `},
			st.status, t.handed,
			CASE WHEN st.status <> 'ingeleverd' THEN t.handed + interval '5 days' END,
			CASE WHEN st.status = 'afgerond' THEN t.handed + interval '9 days' END
		FROM generate_series(0, {leergangen} - 1) l
		CROSS JOIN generate_series(0, {dpl} - 1) k
		CROSS JOIN generate_series(0, {apl} - 1) a
		CROSS JOIN LATERAL (SELECT (ARRAY['ingeleverd', 'feedback_gegeven', 'afgerond'])[1 + (k + a) % 3] AS status) st
		CROSS JOIN LATERAL (SELECT ({monday0} + (a + 1) * 42 - 2)::timestamptz AS handed) t
		WHERE a < {apl} / 2 + k % 2`},
	{"submission_versions", `
		INSERT INTO submission_versions (id, submission_id, number, reflection, written_text, submitted_at)
		SELECT md5('version:' || s.id::text)::uuid, s.id, 1, 'Wat ging goed en wat kan beter.', 'Verslag van het gesprek.', s.handed_in_at
		FROM submissions s`},
}
