package benchdata

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"leergang/db"
)

// Version changes whenever the generated world changes, so that a reused
// bench database made by an older generator is made again.
const Version = 2

// step is one set-based statement of the generator.
type step struct {
	table string
	sql   string
}

// Generate fills bdb (migrated, without people) with the world of scale s and
// prints one progress line per table to out. It runs in one transaction: a
// failed run leaves nothing behind.
func Generate(ctx context.Context, sqldb *sql.DB, s Scale, out io.Writer) error {
	if err := s.Validate(); err != nil {
		return err
	}
	start := time.Now()
	fmt.Fprintf(out, "benchdata: scale %s: %d schools, %d deelnemers, %d leergangen, %d sessions\n",
		s.Name, s.Schools(), s.Deelnemers(), s.Leergangen(), s.Sessions())
	// Argon2id is slow by design: hash once, every person gets the same hash.
	hash, err := db.HashPassword(Password)
	if err != nil {
		return err
	}
	tx, err := sqldb.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	var exists bool
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM people)`).Scan(&exists); err != nil {
		return err
	}
	if exists {
		return fmt.Errorf("benchdata: the database already has people; generate into a freshly migrated database")
	}
	for _, st := range steps(s) {
		t0 := time.Now()
		var args []any
		if strings.Contains(st.sql, "$1") {
			args = append(args, hash)
		}
		res, err := tx.ExecContext(ctx, st.sql, args...)
		if err != nil {
			return fmt.Errorf("benchdata: %s: %w", st.table, err)
		}
		n, _ := res.RowsAffected()
		fmt.Fprintf(out, "  %-30s %9d rows %8s\n", st.table, n, time.Since(t0).Round(time.Millisecond))
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	t0 := time.Now()
	if _, err := sqldb.ExecContext(ctx, `ANALYZE`); err != nil {
		return err
	}
	fmt.Fprintf(out, "  %-30s %14s %8s\n", "ANALYZE", "", time.Since(t0).Round(time.Millisecond))
	fmt.Fprintf(out, "benchdata: scale %s generated in %s\n", s.Name, time.Since(start).Round(time.Millisecond))
	return nil
}

// id is the deterministic uuid of the index-th row of a kind, as SQL.
func id(kind, index string) string {
	return fmt.Sprintf("md5('%s:' || (%s))::uuid", kind, index)
}

// expand fills in the scale's numbers ({boards}, {spb}, ...) and the id
// shorthand {id:kind:expr} in a statement.
func expand(s Scale, q string) string {
	// {monday0}: the Monday PastWeeks weeks before this week, in Dutch time.
	monday0 := fmt.Sprintf("(date_trunc('week', now() AT TIME ZONE 'Europe/Amsterdam')::date - %d * 7)", s.PastWeeks)
	r := strings.NewReplacer(
		"{boards}", strconv.Itoa(s.Boards),
		"{spb}", strconv.Itoa(s.SchoolsPerBoard),
		"{ibps}", strconv.Itoa(s.IBPerSchool),
		"{lpb}", strconv.Itoa(s.LeergangenPerBoard),
		"{schools}", strconv.Itoa(s.Schools()),
		"{deelnemers}", strconv.Itoa(s.Deelnemers()),
		"{leergangen}", strconv.Itoa(s.Leergangen()),
		"{dpl}", strconv.Itoa(s.DeelnemersPerLeergang()),
		"{spl}", strconv.Itoa(s.SessionsPerLeergang),
		"{past}", strconv.Itoa(s.PastWeeks),
		"{opleiders}", strconv.Itoa(s.Opleiders),
		"{apl}", strconv.Itoa(s.AssignmentsPerLeergang),
		"{monday0}", monday0,
	)
	q = r.Replace(q)
	// {id:kind:expr} → md5('kind:' || (expr))::uuid; expr has no braces.
	for {
		i := strings.Index(q, "{id:")
		if i < 0 {
			return q
		}
		j := strings.Index(q[i:], "}")
		parts := strings.SplitN(q[i+4:i+j], ":", 2)
		q = q[:i] + id(parts[0], parts[1]) + q[i+j+1:]
	}
}

func steps(s Scale) []step {
	out := make([]step, 0, len(worldSteps)+len(courseSteps)+len(growthSteps))
	for _, list := range [][]step{worldSteps, courseSteps, growthSteps} {
		for _, st := range list {
			out = append(out, step{table: st.table, sql: expand(s, st.sql)})
		}
	}
	return out
}
