package demo

import (
	"context"
	"database/sql"
	"errors"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/dbtest"
)

// dbtest gives every test its own migrated, empty database (DATABASE_URL's
// server or a local cluster).
func TestMain(m *testing.M) { dbtest.Main(m) }

func count(t *testing.T, bdb *bun.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := bdb.NewRaw(query, args...).Scan(t.Context(), &n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

const deelnemersAt = `SELECT count(*) FROM person_schools ps
	JOIN schools s ON s.id = ps.school_id
	JOIN person_roles r ON r.person_id = ps.person_id AND r.role = 'deelnemer'
	WHERE s.brin = ?`

// starters mirrors the starter filter of db.ListPeople.
const starters = `SELECT count(*) FROM people p WHERE p.ib_start_date IS NOT NULL
	AND p.ib_start_date > current_date - make_interval(years => ?)`

func TestLoadIfEmpty(t *testing.T) {
	t.Parallel()
	bdb := dbtest.New(t)
	ctx := t.Context()

	loaded, err := LoadIfEmpty(ctx, bdb, DefaultBaseURL)
	if err != nil || !loaded {
		t.Fatalf("first LoadIfEmpty = %v, %v; want true, nil", loaded, err)
	}
	people := count(t, bdb, "SELECT count(*) FROM people")
	loaded, err = LoadIfEmpty(ctx, bdb, DefaultBaseURL)
	if err != nil || loaded {
		t.Fatalf("second LoadIfEmpty = %v, %v; want false, nil", loaded, err)
	}
	if n := count(t, bdb, "SELECT count(*) FROM people"); n != people {
		t.Errorf("second LoadIfEmpty changed the number of people from %d to %d", people, n)
	}

	checks := []struct {
		what     string
		query    string
		args     []any
		min, max int
	}{
		{"organisations", "SELECT count(*) FROM organisations", nil, 3, 3},
		{"Zuidoost schools", "SELECT count(*) FROM schools s JOIN organisations o ON o.id = s.organisation_id WHERE o.name = ?", []any{ZuidoostName}, 7, 7},
		{"Twentekant schools", "SELECT count(*) FROM schools s JOIN organisations o ON o.id = s.organisation_id WHERE o.name = ?", []any{TwentekantName}, 3, 6},
		{"schools outside region noord", "SELECT count(*) FROM schools WHERE region <> 'noord'", nil, 0, 0},
		{"beheerders", "SELECT count(*) FROM person_roles WHERE role = 'beheerder'", nil, 1, 1},
		{"opleiders", "SELECT count(*) FROM person_roles WHERE role = 'opleider'", nil, 3, 3},
		{"directies", "SELECT count(*) FROM person_roles WHERE role = 'directie'", nil, 7, 7},
		{"bestuur users", "SELECT count(*) FROM person_roles WHERE role = 'bestuur'", nil, 2, 2},
		{"deelnemers", "SELECT count(*) FROM person_roles WHERE role = 'deelnemer'", nil, 27, 33},
		{"schoolcoaches", "SELECT count(*) FROM people WHERE function = 'schoolcoach'", nil, 8, 8},
		{"deelnemers at De Regenboog", deelnemersAt, []any{BRINRegenboog}, 3, 3},
		{"deelnemers at Het Kompas", deelnemersAt, []any{BRINKompas}, 1, 3},
		{"starters", starters, []any{db.StarterPeriod}, 2, 2},
		{"starters at De Regenboog", starters + " AND EXISTS (SELECT 1 FROM person_schools ps JOIN schools s ON s.id = ps.school_id WHERE ps.person_id = p.id AND s.brin = ?)",
			[]any{db.StarterPeriod, BRINRegenboog}, 1, 1},
		{"people without a password", "SELECT count(*) FROM people WHERE password_hash IS NULL", nil, 1, 1},
		{"distinct password hashes", "SELECT count(DISTINCT password_hash) FROM people", nil, 1, 1},
		{"deelnemers without function or werktijdfactor", `SELECT count(*) FROM people p JOIN person_roles r ON r.person_id = p.id AND r.role = 'deelnemer'
			WHERE p.function IS NULL OR p.werktijdfactor IS NULL OR NOT EXISTS (SELECT 1 FROM person_schools ps WHERE ps.person_id = p.id)`, nil, 0, 0},
		{"bestuur users without organisation", "SELECT count(*) FROM people p JOIN person_roles r ON r.person_id = p.id AND r.role = 'bestuur' WHERE p.organisation_id IS NULL", nil, 0, 0},
		{"directies with other than one school", "SELECT count(*) FROM person_roles r WHERE r.role = 'directie' AND (SELECT count(*) FROM person_schools ps WHERE ps.person_id = r.person_id) <> 1", nil, 0, 0},
	}
	for _, c := range checks {
		if n := count(t, bdb, c.query, c.args...); n < c.min || n > c.max {
			t.Errorf("%s: %d, want %d..%d", c.what, n, c.min, c.max)
		}
	}

	var brinNames []struct{ BRIN, Name string }
	if err := bdb.NewRaw("SELECT brin, name FROM schools WHERE brin IN (?, ?) ORDER BY brin", BRINKompas, BRINRegenboog).Scan(ctx, &brinNames); err != nil {
		t.Fatal(err)
	}
	if len(brinNames) != 2 || brinNames[0].Name != "Het Kompas" || brinNames[1].Name != "De Regenboog" {
		t.Errorf("BRIN constants give %+v", brinNames)
	}

	logins := map[string]db.Role{
		BeheerderEmail:         db.RoleBeheerder,
		OpleiderEmail:          db.RoleOpleider,
		DeelnemerEmail:         db.RoleDeelnemer,
		StarterEmail:           db.RoleDeelnemer,
		MentorEmail:            db.RoleDeelnemer,
		DirectieRegenboogEmail: db.RoleDirectie,
		DirectieKompasEmail:    db.RoleDirectie,
		BestuurEmail:           db.RoleBestuur,
		BestuurSWVEmail:        db.RoleBestuur,
		InvitedEmail:           db.RoleDeelnemer,
	}
	for email, role := range logins {
		var row struct {
			Roles        []string `bun:",array"`
			PasswordHash sql.NullString
		}
		err := bdb.NewRaw(`SELECT ARRAY(SELECT role FROM person_roles WHERE person_id = p.id ORDER BY role) AS roles, password_hash
			FROM people p WHERE email = ?`, email).Scan(ctx, &row)
		if err != nil {
			t.Errorf("%s: %v", email, err)
			continue
		}
		if !slices.Equal(row.Roles, []string{string(role)}) {
			t.Errorf("%s has roles %v, want [%s]", email, row.Roles, role)
		}
		if email == InvitedEmail {
			if row.PasswordHash.Valid {
				t.Errorf("%s is invited but has a password", email)
			}
			continue
		}
		if ok, err := db.VerifyPassword(row.PasswordHash.String, Password); err != nil || !ok {
			t.Errorf("%s: VerifyPassword = %v, %v", email, ok, err)
		}
	}

	// Who works where, for the story's moments.
	schoolOf := func(email string) []string {
		var brins []string
		if err := bdb.NewRaw(`SELECT s.brin FROM people p JOIN person_schools ps ON ps.person_id = p.id
			JOIN schools s ON s.id = ps.school_id WHERE p.email = ? ORDER BY s.brin`, email).Scan(ctx, &brins); err != nil {
			t.Fatal(err)
		}
		return brins
	}
	for email, want := range map[string][]string{
		StarterEmail:           {BRINRegenboog},
		MentorEmail:            {BRINKompas},
		DirectieRegenboogEmail: {BRINRegenboog},
		DirectieKompasEmail:    {BRINKompas},
	} {
		if got := schoolOf(email); !slices.Equal(got, want) {
			t.Errorf("%s works at %v, want %v", email, got, want)
		}
	}
	var orgOf []struct{ Email, Name string }
	if err := bdb.NewRaw(`SELECT p.email::text AS email, o.name FROM people p JOIN organisations o ON o.id = p.organisation_id
		WHERE p.email IN (?) ORDER BY p.email`, bun.In([]string{BestuurEmail, BestuurSWVEmail, DeelnemerEmail, OpleiderEmail})).Scan(ctx, &orgOf); err != nil {
		t.Fatal(err)
	}
	wantOrg := map[string]string{BestuurEmail: ZuidoostName, BestuurSWVEmail: TwentekantName, DeelnemerEmail: TwentekantName, OpleiderEmail: AcademieName}
	if len(orgOf) != len(wantOrg) {
		t.Errorf("organisations of the logins: %+v", orgOf)
	}
	for _, r := range orgOf {
		if wantOrg[r.Email] != r.Name {
			t.Errorf("%s belongs to %s, want %s", r.Email, r.Name, wantOrg[r.Email])
		}
	}

	emailPattern := regexp.MustCompile(`^[a-z]+\.[a-z]+@(dewegwijzer|zuidoostsamen|swvtwentekant)\.nl$`)
	for _, row := range snapshot(t, bdb).People {
		email, _, _ := strings.Cut(row, "|")
		if !emailPattern.MatchString(email) {
			t.Errorf("e-mail address %q is not firstname.lastname in lower-case ASCII", email)
		}
	}
}

// worldSnapshot is the content of a demo database without ids and timestamps.
type worldSnapshot struct {
	Organisations, Schools, People []string
}

func snapshot(t *testing.T, bdb *bun.DB) worldSnapshot {
	t.Helper()
	var s worldSnapshot
	queries := []struct {
		dst   *[]string
		query string
	}{
		{&s.Organisations, "SELECT concat_ws('|', name, kind, plaats) FROM organisations ORDER BY name"},
		{&s.Schools, `SELECT concat_ws('|', s.brin, s.name, s.plaats, s.region, o.name) FROM schools s
			JOIN organisations o ON o.id = s.organisation_id ORDER BY s.brin`},
		{&s.People, `SELECT concat_ws('|', p.email, p.name, o.name, p.function, p.werktijdfactor, p.bouw, p.ib_start_date,
				p.password_hash IS NOT NULL,
				(SELECT string_agg(role, ',' ORDER BY role) FROM person_roles WHERE person_id = p.id),
				(SELECT string_agg(s.brin, ',' ORDER BY s.brin) FROM person_schools ps JOIN schools s ON s.id = ps.school_id WHERE ps.person_id = p.id))
			FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id ORDER BY p.email`},
	}
	for _, q := range queries {
		if err := bdb.NewRaw(q.query).Scan(t.Context(), q.dst); err != nil {
			t.Fatalf("%s: %v", q.query, err)
		}
	}
	return s
}

func TestLoadIsDeterministic(t *testing.T) {
	t.Parallel()
	first, second := dbtest.New(t), dbtest.New(t)
	if loaded, err := LoadIfEmpty(t.Context(), first, DefaultBaseURL); err != nil || !loaded {
		t.Fatalf("LoadIfEmpty = %v, %v", loaded, err)
	}
	if err := Load(t.Context(), second); err != nil {
		t.Fatal(err)
	}
	a, b := snapshot(t, first), snapshot(t, second)
	for _, c := range []struct {
		what string
		a, b []string
	}{{"organisations", a.Organisations, b.Organisations}, {"schools", a.Schools, b.Schools}, {"people", a.People, b.People}} {
		if !slices.Equal(c.a, c.b) {
			t.Errorf("%s differ between two loads:\n%q\n%q", c.what, c.a, c.b)
		}
	}
	if len(a.People) < 40 {
		t.Errorf("only %d people", len(a.People))
	}
}

// TestLoadAsOf checks that the starters start at the school year of the load date.
func TestLoadAsOf(t *testing.T) {
	t.Parallel()
	bdb := dbtest.New(t)
	now := time.Date(2025, time.July, 31, 15, 0, 0, 0, time.UTC)
	err := bdb.RunInTx(t.Context(), nil, func(ctx context.Context, tx bun.Tx) error { return load(ctx, tx, now, DefaultBaseURL) })
	if err != nil {
		t.Fatal(err)
	}
	var dates []string
	if err := bdb.NewRaw(`SELECT DISTINCT ib_start_date::text FROM people WHERE ib_start_date >= '2022-01-01' ORDER BY 1`).Scan(t.Context(), &dates); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(dates, []string{"2024-08-01"}) {
		t.Errorf("recent IB start dates %v, want only the starters' 2024-08-01", dates)
	}
	var starter string
	if err := bdb.NewRaw("SELECT ib_start_date::text FROM people WHERE email = ?", StarterEmail).Scan(t.Context(), &starter); err != nil {
		t.Fatal(err)
	}
	if starter != "2024-08-01" {
		t.Errorf("starter's IB start date %s, want 2024-08-01", starter)
	}
}

func TestLoadIfEmptyConcurrently(t *testing.T) {
	t.Parallel()
	bdb := dbtest.New(t)
	var wg sync.WaitGroup
	var loadedCount atomic.Int32
	errs := make(chan error, 2)
	for range 2 {
		wg.Go(func() {
			loaded, err := LoadIfEmpty(t.Context(), bdb, DefaultBaseURL)
			if loaded {
				loadedCount.Add(1)
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if n := loadedCount.Load(); n != 1 {
		t.Errorf("%d of two concurrent LoadIfEmpty calls loaded, want exactly 1", n)
	}
	if n := count(t, bdb, "SELECT count(*) FROM organisations"); n != 3 {
		t.Errorf("%d organisations after concurrent loads, want 3", n)
	}
}

func TestLoadIfEmptyLeavesExistingData(t *testing.T) {
	t.Parallel()
	bdb := dbtest.New(t)
	ctx := t.Context()
	err := bdb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		_, err := db.CreatePerson(ctx, tx, db.PersonInput{Name: "Eerste Beheerder", Email: "beheer@example.nl", Roles: []db.Role{db.RoleBeheerder}})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if loaded, err := LoadIfEmpty(ctx, bdb, DefaultBaseURL); err != nil || loaded {
		t.Fatalf("LoadIfEmpty on a database with people = %v, %v; want false, nil", loaded, err)
	}
	if n := count(t, bdb, "SELECT count(*) FROM people"); n != 1 {
		t.Errorf("%d people, want 1", n)
	}
	if n := count(t, bdb, "SELECT count(*) FROM organisations"); n != 0 {
		t.Errorf("%d organisations, want 0", n)
	}
}

func TestSchoolYearStart(t *testing.T) {
	for _, c := range []struct{ now, want string }{
		{"2026-11-23", "2026-08-01"},
		{"2026-08-01", "2026-08-01"},
		{"2026-07-31", "2025-08-01"},
		{"2027-01-01", "2026-08-01"},
	} {
		now, _ := time.Parse(time.DateOnly, c.now)
		if got := schoolYearStart(now.Add(10 * time.Hour)).Format(time.DateOnly); got != c.want {
			t.Errorf("schoolYearStart(%s) = %s, want %s", c.now, got, c.want)
		}
	}
}

func TestEmailFor(t *testing.T) {
	for name, want := range map[string]string{
		"Sanne de Vries":       "sanne.devries@x.nl",
		"Marieke van 't Hof":   "marieke.vanthof@x.nl",
		"Gert-Jan Nijhuis":     "gertjan.nijhuis@x.nl",
		"Emre Yıldız":          "emre.yildiz@x.nl",
		"Chloé Mulder":         "chloe.mulder@x.nl",
		"Patricia Tjon A Fong": "patricia.tjonafong@x.nl",
	} {
		if got := emailFor(name, "x.nl"); got != want {
			t.Errorf("emailFor(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestTables checks the data tables without a database: unique addresses and
// BRIN codes, and that the exported logins are in the tables.
func TestTables(t *testing.T) {
	brins := map[string]bool{}
	brinPattern := regexp.MustCompile(`^[0-9]{2}[A-Z]{2}$`)
	for _, s := range schools {
		if brins[s.brin] || !brinPattern.MatchString(s.brin) {
			t.Errorf("BRIN %q is duplicate or malformed", s.brin)
		}
		brins[s.brin] = true
	}
	emails := map[string]bool{}
	for _, p := range people {
		e := emailFor(p.name, domainOf(p.org))
		if emails[e] {
			t.Errorf("duplicate e-mail address %s", e)
		}
		emails[e] = true
		for _, b := range p.schools {
			if !brins[b] {
				t.Errorf("%s works at unknown school %s", p.name, b)
			}
		}
	}
	for _, e := range []string{BeheerderEmail, OpleiderEmail, DeelnemerEmail, StarterEmail, MentorEmail,
		DirectieRegenboogEmail, DirectieKompasEmail, BestuurEmail, BestuurSWVEmail, InvitedEmail} {
		if !emails[e] {
			t.Errorf("login %s is not in the people table", e)
		}
	}
}

// The invited demo person has a working invitation in the outbox.
func TestInvitedPersonHasWorkingInvitation(t *testing.T) {
	t.Parallel()
	bdb := dbtest.New(t)
	ctx := t.Context()
	if _, err := LoadIfEmpty(ctx, bdb, "https://leergang.example.nl"); err != nil {
		t.Fatal(err)
	}
	var body string
	if err := bdb.NewRaw("SELECT body FROM outbox_messages WHERE recipient = ?", InvitedEmail).Scan(ctx, &body); err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`https://leergang\.example\.nl/uitnodiging/([A-Za-z0-9_-]+)`).FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no invitation link in the demo mail:\n%s", body)
	}
	info, err := db.GetInvitation(ctx, bdb, m[1])
	if err != nil || info.Email != InvitedEmail {
		t.Fatalf("the demo invitation does not open: %v %+v", err, info)
	}
}

// The planning moments of the story are there whatever the day of loading.
func TestPlanningMomentsOfTheStory(t *testing.T) {
	t.Parallel()
	bdb := dbtest.New(t)
	ctx := t.Context()
	for _, now := range []time.Time{time.Now(), time.Date(2026, 9, 2, 10, 0, 0, 0, time.UTC), time.Date(2027, 6, 28, 10, 0, 0, 0, time.UTC)} {
		t.Run(now.Format("2006-01-02"), func(t *testing.T) {
			err := bdb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
				if err := load(ctx, tx, now, DefaultBaseURL); err != nil {
					return err
				}
				monthStart := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, db.Amsterdam())
				var month struct{ Sessions, Tweedaagse, Cancelled, Leergangen int }
				if err := tx.NewRaw(`SELECT count(*) AS sessions, count(*) FILTER (WHERE kind = 'tweedaagse') AS tweedaagse,
					count(*) FILTER (WHERE cancelled_at IS NOT NULL) AS cancelled, count(DISTINCT leergang_id) AS leergangen
					FROM sessions se JOIN session_opleiders so ON so.session_id = se.id JOIN people p ON p.id = so.person_id
					WHERE p.email = ? AND se.starts_at >= ? AND se.starts_at < ?`, OpleiderEmail, monthStart, monthStart.AddDate(0, 1, 0)).Scan(ctx, &month); err != nil {
					return err
				}
				if month.Leergangen != 2 || month.Tweedaagse != 1 || month.Cancelled != 1 || month.Sessions < 4 {
					t.Errorf("the opleider's month: %+v", month)
				}
				var hours float64
				if err := tx.NewRaw(`SELECT
					(SELECT coalesce(sum(CASE a.status WHEN 'aanwezig' THEN se.credit_minutes WHEN 'gedeeltelijk' THEN a.minutes ELSE 0 END), 0) / 60.0
						FROM attendance a JOIN sessions se ON se.id = a.session_id JOIN leerjaren lj ON lj.id = se.leerjaar_id
						WHERE a.person_id = p.id AND lj.number = 2)
					+ (SELECT coalesce(sum(hd.hours), 0) FROM hour_declarations hd JOIN leerjaren lj ON lj.id = hd.leerjaar_id
						WHERE hd.person_id = p.id AND lj.number = 2 AND hd.status = 'goedgekeurd')
					FROM people p WHERE p.email = ?`, DeelnemerEmail).Scan(ctx, &hours); err != nil {
					return err
				}
				if hours != DeelnemerHours {
					t.Errorf("the schoolcoach has %v hours in year 2, want %d", hours, DeelnemerHours)
				}
				var partial int
				if err := tx.NewRaw(`SELECT count(*) FROM attendance a JOIN people p ON p.id = a.person_id
					WHERE p.email = ? AND a.status = 'gedeeltelijk'`, DeelnemerEmail).Scan(ctx, &partial); err != nil || partial != 1 {
					t.Errorf("partial absences of the schoolcoach: %d %v", partial, err)
				}
				return errRollback
			})
			if err != nil && err != errRollback {
				t.Fatal(err)
			}
		})
	}
}

var errRollback = errors.New("rollback")
