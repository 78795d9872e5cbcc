// Package avg carries out the AVG (GDPR) rights on a person's data: the
// export (inzage) as one zip, and the erasure (recht op vergetelheid). The
// coverage registry below says, for every column that refers to a person, how
// its rows are exported and how they are erased; a test compares it with the
// database catalogue, so a new table cannot escape either.
package avg

// EraseRule is what erasing a person does to the rows that refer to them.
type EraseRule string

const (
	// EraseCascade: the rows are theirs and go with the person row
	// (the foreign key is ON DELETE CASCADE).
	EraseCascade EraseRule = "cascade"
	// EraseSetNull: the rows belong to someone else's record and stay; the
	// reference becomes NULL (shown as "verwijderde gebruiker").
	EraseSetNull EraseRule = "set_null"
	// EraseCustom: a step of ErasePerson handles the rows before the person
	// row goes; Note says how.
	EraseCustom EraseRule = "custom"
)

// Coverage says how one person-referencing column is covered.
type Coverage struct {
	// Export is the JSON file of the export zip that holds these rows.
	Export string
	Erase  EraseRule
	Note   string
}

// Covered lists every (table.column) with a foreign key to people(id).
var Covered = map[string]Coverage{
	// Foundation
	"person_roles.person_id":   {Export: "profiel.json", Erase: EraseCascade},
	"person_schools.person_id": {Export: "profiel.json", Erase: EraseCascade},
	"auth_sessions.person_id":  {Export: "sessies.json", Erase: EraseCascade, Note: "metadata only, never the token hash"},
	"invitations.person_id":    {Export: "uitnodigingen.json", Erase: EraseCascade, Note: "never the token hash"},
	"invitations.created_by":   {Export: "uitnodigingen-verstuurd.json", Erase: EraseSetNull},

	// Planning
	"group_members.person_id":                  {Export: "groepen.json", Erase: EraseCascade},
	"leergang_opleiders.person_id":             {Export: "leergangen-als-opleider.json", Erase: EraseCascade},
	"stuurgroep_members.person_id":             {Export: "stuurgroepen.json", Erase: EraseCascade},
	"sessions.praktijk_person_id":              {Export: "praktijkbegeleiding.json", Erase: EraseCascade},
	"session_opleiders.person_id":              {Export: "sessies-als-opleider.json", Erase: EraseCascade},
	"attendance.person_id":                     {Export: "aanwezigheid.json", Erase: EraseCustom, Note: "status and minutes copied to erased_attendance without the person, then deleted"},
	"attendance.registered_by":                 {Export: "aanwezigheid-geregistreerd.json", Erase: EraseSetNull},
	"absence_reports.person_id":                {Export: "afmeldingen.json", Erase: EraseCascade},
	"hour_declarations.person_id":              {Export: "uren.json", Erase: EraseCascade},
	"hour_declarations.reviewed_by":            {Export: "uren-beoordeeld.json", Erase: EraseSetNull},
	"session_evaluations.person_id":            {Export: "sessie-evaluaties.json", Erase: EraseCascade},
	"calendar_feeds.person_id":                 {Export: "agenda-feed.json", Erase: EraseCascade, Note: "metadata only, never the token hash"},
	"assignments.created_by":                   {Export: "opdrachten-gemaakt.json", Erase: EraseSetNull},
	"files.owner_id":                           {Export: "bestanden.json", Erase: EraseCustom, Note: "handed to the placeholder person and marked deleting; the file job removes bytes and rows after commit and retries; a file that is an organisation's or school's document is handed over and kept"},
	"submissions.person_id":                    {Export: "inleveringen.json", Erase: EraseCascade, Note: "with versions, feedback and comments received"},
	"submission_versions.consent_confirmed_by": {Export: "toestemming-bevestigd.json", Erase: EraseSetNull},
	"feedback.author_id":                       {Export: "feedback-gegeven.json", Erase: EraseSetNull},
	"video_comments.author_id":                 {Export: "videocommentaar-gegeven.json", Erase: EraseSetNull},

	// Growth
	"frameworks.created_by":   {Export: "kaders-gemaakt.json", Erase: EraseSetNull},
	"scans.subject_id":        {Export: "scans.json", Erase: EraseCascade, Note: "with their ratings"},
	"scans.rater_id":          {Export: "scans-als-beoordelaar.json", Erase: EraseSetNull},
	"scan_ratings.author_id":  {Export: "scanscores-gegeven.json", Erase: EraseSetNull},
	"intakes.person_id":       {Export: "intakes.json", Erase: EraseCascade},
	"intakes.expectations_by": {Export: "intake-verwachtingen-gegeven.json", Erase: EraseSetNull},
	"leervragen.person_id":    {Export: "leervragen.json", Erase: EraseCascade, Note: "with competencies and reflections"},
	"certificates.person_id":  {Export: "bewijzen-van-deelname.json", Erase: EraseCascade},
	"certificates.issued_by":  {Export: "bewijzen-uitgereikt.json", Erase: EraseSetNull},

	// Starters
	"documents.created_by":                {Export: "documenten-gemaakt.json", Erase: EraseSetNull},
	"checklists.starter_id":               {Export: "checklist.json", Erase: EraseCascade, Note: "with its items"},
	"checklist_items.done_by":             {Export: "checklist-afgevinkt.json", Erase: EraseSetNull},
	"mentor_pairings.starter_id":          {Export: "koppelingen.json", Erase: EraseCascade, Note: "with log entries and evaluations"},
	"mentor_pairings.maatje_id":           {Export: "koppelingen.json", Erase: EraseCustom, Note: "the starter keeps the pairing and its log: the maatje becomes the placeholder person and an open pairing is closed"},
	"mentor_pairings.created_by":          {Export: "koppelingen-gemaakt.json", Erase: EraseSetNull},
	"mentor_log_entries.author_id":        {Export: "logboek-geschreven.json", Erase: EraseSetNull},
	"mentor_evaluations.person_id":        {Export: "koppeling-evaluaties.json", Erase: EraseCascade},
	"intervisie_groups.facilitator_id":    {Export: "intervisie.json", Erase: EraseSetNull},
	"intervisie_members.person_id":        {Export: "intervisie.json", Erase: EraseCascade},
	"intervisie_attendance.person_id":     {Export: "intervisie-aanwezigheid.json", Erase: EraseCustom, Note: "status and minutes copied to erased_attendance without the person, then deleted"},
	"intervisie_attendance.registered_by": {Export: "intervisie-aanwezigheid-geregistreerd.json", Erase: EraseSetNull},

	// Measurement
	"audit_log.actor_id": {Export: "audit.json", Erase: EraseSetNull, Note: "entries about the person keep subject_id (no foreign key); the erasure's own entry keeps only the id"},
}
