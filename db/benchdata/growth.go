package benchdata

// benchFramework is the framework the leergangen use: the first (by name)
// that has aspects, which is the seeded one once its migration has landed,
// else the one the "frameworks" step creates.
const benchFramework = `(SELECT fw.id FROM frameworks fw
	WHERE EXISTS (SELECT 1 FROM competencies c JOIN aspects a ON a.competency_id = c.id WHERE c.framework_id = fw.id)
	ORDER BY lower(fw.name) LIMIT 1)`

// Each deelnemer has a start scan and an end-of-leerjaar-1 scan, each by
// themselves and by their opleider, rating every aspect of the framework.
var growthSteps = []step{
	{"frameworks (when none)", `
		WITH f AS (
			INSERT INTO frameworks (id, name, description)
			SELECT {id:framework:0}, 'Benchmarkkader intern begeleider', 'Competenties voor de benchmark.'
			WHERE NOT EXISTS (SELECT 1 FROM frameworks fw JOIN competencies c ON c.framework_id = fw.id
				JOIN aspects a ON a.competency_id = c.id)
			RETURNING id
		), levels AS (
			INSERT INTO framework_scale_levels (framework_id, value, label)
			SELECT f.id, v, (ARRAY['nog niet', 'in ontwikkeling', 'zelfstandig', 'voorbeeld voor anderen'])[v]
			FROM f CROSS JOIN generate_series(1, 4) v
		), comps AS (
			INSERT INTO competencies (id, framework_id, position, name)
			SELECT {id:competency:c}, f.id, c,
				(ARRAY['Begeleiden van leerkrachten', 'Zorgstructuur', 'Samenwerken met ouders', 'Onderzoekend handelen'])[c]
			FROM f CROSS JOIN generate_series(1, 4) c
			RETURNING id, position
		)
		INSERT INTO aspects (id, competency_id, position, title)
		SELECT md5('aspect:' || comps.position || ':' || a)::uuid, comps.id, a, 'Aspect ' || comps.position || '.' || a
		FROM comps CROSS JOIN generate_series(1, 3) a`},
	{"leergangen.framework_id", `UPDATE leergangen SET framework_id = ` + benchFramework},
	{"scan_moments", `
		INSERT INTO scan_moments (id, leergang_id, leerjaar_id, kind, title, opens_on, closes_on)
		SELECT {id:moment:l * 2 + m}, {id:leergang:l}, {id:leerjaar:l * 3}, (ARRAY['start', 'eind_leerjaar'])[m + 1],
			(ARRAY['Startscan', 'Eindscan leerjaar 1'])[m + 1],
			{monday0} + m * (` + wpl + ` - 4) * 7, {monday0} + m * (` + wpl + ` - 4) * 7 + 27
		FROM generate_series(0, {leergangen} - 1) l CROSS JOIN generate_series(0, 1) m`},
	{"scans", `
		INSERT INTO scans (id, moment_id, subject_id, rater_id, rater_role, status, finished_at)
		SELECT {id:scan:((l * {dpl} + k) * 2 + m) * 2 + r}, {id:moment:l * 2 + m}, {id:deelnemer:` + deelnemerOfLK + `},
			CASE r WHEN 0 THEN {id:deelnemer:` + deelnemerOfLK + `} ELSE {id:opleider:l % {opleiders}} END,
			(ARRAY['zelf', 'opleider'])[r + 1], 'afgerond',
			({monday0} + m * (` + wpl + ` - 4) * 7 + 3 + r)::timestamptz
		FROM generate_series(0, {leergangen} - 1) l CROSS JOIN generate_series(0, {dpl} - 1) k
		CROSS JOIN generate_series(0, 1) m CROSS JOIN generate_series(0, 1) r`},
	{"scan_ratings", `
		INSERT INTO scan_ratings (scan_id, aspect_id, value, author_id, created_at)
		SELECT s.id, a.id, 1 + abs(hashtext(s.id::text || a.id::text)) % 4, s.rater_id, s.finished_at
		FROM scans s
		CROSS JOIN (SELECT a.id FROM aspects a JOIN competencies c ON c.id = a.competency_id
			WHERE c.framework_id = ` + benchFramework + `) a
		ORDER BY s.id, a.id`},
}
