package avg

import (
	"fmt"
	"strings"
)

// exportFile is one JSON file of the export: a statement that returns the
// file's whole content as one jsonb value (?0 is the person's id).
type exportFile struct {
	Name string
	SQL  string
}

// rowsOf selects the rows of table t matching where as a JSON array, without
// the listed columns (token hashes and password hashes never leave).
func rowsOf(table, where string, without ...string) string {
	row := "to_jsonb(t)"
	if len(without) > 0 {
		row += " - ARRAY['" + strings.Join(without, "','") + "']::text[]"
	}
	return fmt.Sprintf("SELECT coalesce(jsonb_agg(%s), '[]'::jsonb) FROM %s t WHERE %s", row, table, where)
}

// agg wraps a query selecting one jsonb column x into a JSON array.
func agg(inner string) string {
	return "SELECT coalesce(jsonb_agg(x), '[]'::jsonb) FROM (" + inner + ") q(x)"
}

// exportFiles are the JSON files of the export, in the order they are written.
// Every Coverage.Export names one of them (the test checks it).
var exportFiles = []exportFile{
	{"profiel.json", `SELECT jsonb_build_object(
		'persoon', to_jsonb(p) - 'password_hash',
		'heeft_wachtwoord', p.password_hash IS NOT NULL,
		'rollen', coalesce((SELECT jsonb_agg(r.role ORDER BY r.role) FROM person_roles r WHERE r.person_id = p.id), '[]'::jsonb),
		'scholen', coalesce((SELECT jsonb_agg(jsonb_build_object('id', s.id, 'naam', s.name, 'brin', s.brin) ORDER BY s.name)
			FROM person_schools ps JOIN schools s ON s.id = ps.school_id WHERE ps.person_id = p.id), '[]'::jsonb),
		'organisatie', (SELECT jsonb_build_object('id', o.id, 'naam', o.name) FROM organisations o WHERE o.id = p.organisation_id))
		FROM people p WHERE p.id = ?0`},
	{"sessies.json", rowsOf("auth_sessions", "t.person_id = ?0", "token_hash")},
	{"uitnodigingen.json", rowsOf("invitations", "t.person_id = ?0", "token_hash")},
	{"uitnodigingen-verstuurd.json", rowsOf("invitations", "t.created_by = ?0", "token_hash")},

	{"groepen.json", agg(`SELECT jsonb_build_object('groep_id', g.id, 'groep', g.name, 'leergang_id', l.id, 'leergang', l.name)
		FROM group_members gm JOIN leergang_groups g ON g.id = gm.group_id JOIN leergangen l ON l.id = g.leergang_id WHERE gm.person_id = ?0`)},
	{"leergangen-als-opleider.json", agg(`SELECT jsonb_build_object('leergang_id', l.id, 'leergang', l.name)
		FROM leergang_opleiders lo JOIN leergangen l ON l.id = lo.leergang_id WHERE lo.person_id = ?0`)},
	{"stuurgroepen.json", agg(`SELECT jsonb_build_object('leergang_id', l.id, 'leergang', l.name)
		FROM stuurgroep_members sm JOIN leergangen l ON l.id = sm.leergang_id WHERE sm.person_id = ?0`)},
	{"praktijkbegeleiding.json", rowsOf("sessions", "t.praktijk_person_id = ?0", "during")},
	{"sessies-als-opleider.json", agg(`SELECT jsonb_build_object('sessie_id', s.id, 'titel', s.title, 'begint', s.starts_at, 'eindigt', s.ends_at)
		FROM session_opleiders so JOIN sessions s ON s.id = so.session_id WHERE so.person_id = ?0`)},
	{"aanwezigheid.json", agg(`SELECT to_jsonb(a) || jsonb_build_object('sessie', s.title, 'begint', s.starts_at)
		FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE a.person_id = ?0`)},
	{"aanwezigheid-geregistreerd.json", rowsOf("attendance", "t.registered_by = ?0", "note")},
	{"afmeldingen.json", rowsOf("absence_reports", "t.person_id = ?0")},
	{"uren.json", rowsOf("hour_declarations", "t.person_id = ?0")},
	{"uren-beoordeeld.json", rowsOf("hour_declarations", "t.reviewed_by = ?0", "description")},
	{"sessie-evaluaties.json", rowsOf("session_evaluations", "t.person_id = ?0")},
	{"agenda-feed.json", rowsOf("calendar_feeds", "t.person_id = ?0", "token_hash")},

	{"opdrachten-gemaakt.json", agg(`SELECT jsonb_build_object('opdracht_id', a.id, 'titel', a.title, 'gemaakt', a.created_at)
		FROM assignments a WHERE a.created_by = ?0`)},
	{"bestanden.json", agg(`SELECT to_jsonb(f) - 'upload_id' || jsonb_build_object('in_export',
		CASE WHEN f.status = 'ready' THEN 'bestanden/' || f.id || '/' || translate(f.name, '/\', '__') END)
		FROM files f WHERE f.owner_id = ?0`)},
	{"inleveringen.json", agg(`SELECT to_jsonb(s) || jsonb_build_object(
		'opdracht', (SELECT a.title FROM assignments a WHERE a.id = s.assignment_id),
		'versies', coalesce((SELECT jsonb_agg(to_jsonb(v) || jsonb_build_object(
			'bestanden', coalesce((SELECT jsonb_agg(to_jsonb(vf)) FROM version_files vf WHERE vf.version_id = v.id), '[]'::jsonb),
			'feedback', (SELECT to_jsonb(f) FROM feedback f WHERE f.version_id = v.id),
			'rubricscores', coalesce((SELECT jsonb_agg(jsonb_build_object('criterium', c.title, 'niveau', l.label, 'punten', l.points))
				FROM rubric_scores rs JOIN rubric_criteria c ON c.id = rs.criterion_id JOIN rubric_levels l ON l.id = rs.level_id
				WHERE rs.version_id = v.id), '[]'::jsonb),
			'videocommentaar', coalesce((SELECT jsonb_agg(to_jsonb(vc) ORDER BY vc.seconds) FROM video_comments vc WHERE vc.version_id = v.id), '[]'::jsonb)
		) ORDER BY v.number) FROM submission_versions v WHERE v.submission_id = s.id), '[]'::jsonb))
		FROM submissions s WHERE s.person_id = ?0`)},
	{"toestemming-bevestigd.json", agg(`SELECT jsonb_build_object('versie_id', v.id, 'inlevering_id', v.submission_id, 'bevestigd', v.consent_confirmed_at)
		FROM submission_versions v WHERE v.consent_confirmed_by = ?0`)},
	{"feedback-gegeven.json", rowsOf("feedback", "t.author_id = ?0")},
	{"videocommentaar-gegeven.json", rowsOf("video_comments", "t.author_id = ?0")},

	{"kaders-gemaakt.json", agg(`SELECT jsonb_build_object('kader_id', f.id, 'naam', f.name, 'gemaakt', f.created_at)
		FROM frameworks f WHERE f.created_by = ?0`)},
	{"scans.json", agg(`SELECT to_jsonb(s) || jsonb_build_object('scores',
		coalesce((SELECT jsonb_agg(to_jsonb(r) ORDER BY r.id) FROM scan_ratings r WHERE r.scan_id = s.id), '[]'::jsonb))
		FROM scans s WHERE s.subject_id = ?0`)},
	{"scans-als-beoordelaar.json", rowsOf("scans", "t.rater_id = ?0 AND t.subject_id <> ?0")},
	{"scanscores-gegeven.json", rowsOf("scan_ratings", "t.author_id = ?0")},
	{"intakes.json", rowsOf("intakes", "t.person_id = ?0")},
	{"intake-verwachtingen-gegeven.json", rowsOf("intakes", "t.expectations_by = ?0", "school_context")},
	{"leervragen.json", agg(`SELECT to_jsonb(q) || jsonb_build_object(
		'competenties', coalesce((SELECT jsonb_agg(c.name) FROM leervraag_competencies lc JOIN competencies c ON c.id = lc.competency_id
			WHERE lc.leervraag_id = q.id), '[]'::jsonb),
		'reflecties', coalesce((SELECT jsonb_agg(to_jsonb(r)) FROM leervraag_reflections r WHERE r.leervraag_id = q.id), '[]'::jsonb))
		FROM leervragen q WHERE q.person_id = ?0`)},
	{"bewijzen-van-deelname.json", rowsOf("certificates", "t.person_id = ?0")},
	{"bewijzen-uitgereikt.json", agg(`SELECT jsonb_build_object('bewijs_id', c.id, 'deelnemer_id', c.person_id, 'uitgereikt', c.issued_at)
		FROM certificates c WHERE c.issued_by = ?0`)},

	{"documenten-gemaakt.json", rowsOf("documents", "t.created_by = ?0")},
	{"checklist.json", agg(`SELECT to_jsonb(c) || jsonb_build_object('items',
		coalesce((SELECT jsonb_agg(to_jsonb(i) ORDER BY i.part_position, i.position) FROM checklist_items i WHERE i.checklist_id = c.id), '[]'::jsonb))
		FROM checklists c WHERE c.starter_id = ?0`)},
	{"checklist-afgevinkt.json", agg(`SELECT jsonb_build_object('item_id', i.id, 'checklist_id', i.checklist_id, 'tekst', i.text, 'gedaan_op', i.done_on)
		FROM checklist_items i WHERE i.done_by = ?0`)},
	{"koppelingen.json", agg(`SELECT to_jsonb(p) || jsonb_build_object(
		'rol', CASE WHEN p.starter_id = ?0 THEN 'starter' ELSE 'maatje' END,
		'logboek', coalesce((SELECT jsonb_agg(to_jsonb(e) ORDER BY e.met_on) FROM mentor_log_entries e WHERE e.pairing_id = p.id), '[]'::jsonb),
		'evaluaties', coalesce((SELECT jsonb_agg(to_jsonb(ev)) FROM mentor_evaluations ev WHERE ev.pairing_id = p.id AND ev.person_id = ?0), '[]'::jsonb))
		FROM mentor_pairings p WHERE p.starter_id = ?0 OR p.maatje_id = ?0`)},
	{"koppelingen-gemaakt.json", agg(`SELECT jsonb_build_object('koppeling_id', p.id, 'gemaakt', p.created_at)
		FROM mentor_pairings p WHERE p.created_by = ?0`)},
	{"logboek-geschreven.json", rowsOf("mentor_log_entries", "t.author_id = ?0")},
	{"koppeling-evaluaties.json", rowsOf("mentor_evaluations", "t.person_id = ?0")},
	{"intervisie.json", agg(`SELECT jsonb_build_object('groep_id', g.id, 'groep', g.name,
		'rol', CASE WHEN g.facilitator_id = ?0 THEN 'begeleider' ELSE 'lid' END,
		'bijeenkomsten', coalesce((SELECT jsonb_agg(jsonb_build_object('id', m.id, 'begint', m.starts_at, 'eindigt', m.ends_at, 'methode', m.method)
			ORDER BY m.starts_at) FROM intervisie_meetings m WHERE m.group_id = g.id), '[]'::jsonb))
		FROM intervisie_groups g
		WHERE g.facilitator_id = ?0 OR EXISTS (SELECT 1 FROM intervisie_members im WHERE im.group_id = g.id AND im.person_id = ?0)`)},
	{"intervisie-aanwezigheid.json", agg(`SELECT to_jsonb(a) || jsonb_build_object('begint', m.starts_at)
		FROM intervisie_attendance a JOIN intervisie_meetings m ON m.id = a.meeting_id WHERE a.person_id = ?0`)},
	{"intervisie-aanwezigheid-geregistreerd.json", rowsOf("intervisie_attendance", "t.registered_by = ?0")},

	{"audit.json", agg(`SELECT to_jsonb(a) FROM audit_log a WHERE a.actor_id = ?0 OR a.subject_id = ?0 ORDER BY a.at, a.id`)},
}
