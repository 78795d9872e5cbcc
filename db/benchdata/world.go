package benchdata

import "fmt"

// Numbering used by every statement (all indexes start at 0):
//
//	board b          schools b*spb .. b*spb+spb-1, one bestuur person
//	school s         board s/spb, deelnemers s*ibps .., one directie
//	deelnemer d      school d/ibps; within its board ib = d % (spb*ibps);
//	                 leergang board*lpb + ib%lpb; position k = ib/lpb; group k%3
//	leergang l       board l/lpb; opleider l%opleiders; slot l/opleiders picks
//	                 the weekday (slot%5) and dagdeel (slot/5%3) of its sessions

// personName builds a Dutch-looking name from an index expression.
const personName = `(ARRAY['Anouk','Bram','Carlijn','Daan','Esther','Floor','Gijs','Hanneke','Iris','Jeroen','Kim','Lotte',
	'Maaike','Niels','Orla','Pieter','Quinten','Roos','Sanne','Thijs','Ursula','Vera','Wouter','Yara','Zeynep'])[1 + (%[1]s) %% 25]
	|| ' ' || (ARRAY['de Vries','Jansen','van den Berg','Bakker','Visser','Smit','Meijer','de Boer','Mulder','de Groot',
	'Bos','Vos','Peters','Hendriks','van Leeuwen','Dekker','Brouwer','de Wit','Dijkstra','Smits','El Amrani','Yilmaz',
	'Kramer','van Dijk','Verhoeven'])[1 + ((%[1]s) / 25) %% 25]`

var worldSteps = []step{
	{"organisations", `
		INSERT INTO organisations (id, name, kind, plaats)
		SELECT {id:academie:0}, 'Benchmark Academie', 'academie', 'Utrecht'
		UNION ALL
		SELECT {id:board:b}, 'Stichting Bench ' || lpad((b + 1)::text, 3, '0'), 'bestuur', 'Plaats ' || (b + 1)
		FROM generate_series(0, {boards} - 1) b`},
	{"schools", `
		INSERT INTO schools (id, organisation_id, name, brin, plaats, region)
		SELECT {id:school:s}, {id:board:s / {spb}}, 'Basisschool Bench ' || (s + 1),
			lpad((s / 676)::text, 2, '0') || chr(65 + (s / 26) % 26) || chr(65 + s % 26),
			'Plaats ' || (s / {spb} + 1), (ARRAY['noord', 'midden', 'zuid'])[1 + s % 3]
		FROM generate_series(0, {schools} - 1) s`},
	{"people (deelnemers)", `
		INSERT INTO people (id, name, email, password_hash, organisation_id, function, werktijdfactor, bouw, ib_start_date)
		SELECT {id:deelnemer:d}, ` + fmtName("d") + `, 'deelnemer-' || lpad(d::text, 5, '0') || '@bench.leergang.test', $1,
			{id:board:d / ({spb} * {ibps})}, 'ib', 0.8, (ARRAY['onderbouw', 'bovenbouw', 'beide'])[1 + d % 3],
			DATE '2015-08-01' + (d % 3000)
		FROM generate_series(0, {deelnemers} - 1) d`},
	{"people (directie)", `
		INSERT INTO people (id, name, email, password_hash, organisation_id)
		SELECT {id:directie:s}, ` + fmtName("s + 7") + `, 'directie-' || lpad(s::text, 5, '0') || '@bench.leergang.test', $1,
			{id:board:s / {spb}}
		FROM generate_series(0, {schools} - 1) s`},
	{"people (bestuur)", `
		INSERT INTO people (id, name, email, password_hash, organisation_id)
		SELECT {id:bestuur:b}, ` + fmtName("b + 11") + `, 'bestuur-' || lpad(b::text, 3, '0') || '@bench.leergang.test', $1,
			{id:board:b}
		FROM generate_series(0, {boards} - 1) b`},
	{"people (opleiders, beheerder)", `
		INSERT INTO people (id, name, email, password_hash, organisation_id)
		SELECT {id:opleider:o}, ` + fmtName("o + 13") + `, 'opleider-' || lpad(o::text, 3, '0') || '@bench.leergang.test', $1,
			{id:academie:0}
		FROM generate_series(0, {opleiders} - 1) o
		UNION ALL
		SELECT {id:beheerder:0}, 'Beheerder Bench', 'beheerder@bench.leergang.test', $1, {id:academie:0}`},
	{"person_roles", `
		INSERT INTO person_roles (person_id, role)
		SELECT {id:deelnemer:d}, 'deelnemer' FROM generate_series(0, {deelnemers} - 1) d
		UNION ALL SELECT {id:directie:s}, 'directie' FROM generate_series(0, {schools} - 1) s
		UNION ALL SELECT {id:bestuur:b}, 'bestuur' FROM generate_series(0, {boards} - 1) b
		UNION ALL SELECT {id:opleider:o}, 'opleider' FROM generate_series(0, {opleiders} - 1) o
		UNION ALL SELECT {id:beheerder:0}, 'beheerder'`},
	{"person_schools", `
		INSERT INTO person_schools (person_id, school_id)
		SELECT {id:deelnemer:d}, {id:school:d / {ibps}} FROM generate_series(0, {deelnemers} - 1) d
		UNION ALL SELECT {id:directie:s}, {id:school:s} FROM generate_series(0, {schools} - 1) s`},
}

// fmtName is personName for the index expression expr.
func fmtName(expr string) string {
	return fmt.Sprintf(personName, expr)
}
