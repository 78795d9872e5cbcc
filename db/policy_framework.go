package db

import (
	"github.com/uptrace/bun"
)

// The policy for competency frameworks. Academy staff (beheerders and
// opleiders) read and edit every framework: frameworks are the academy's own
// material, shared by all its leergangen. Everybody else reads a framework
// only through a leergang they take part in that uses it (as deelnemer,
// stuurgroep member, directie of staff in it, or bestuur of its client).

// ScopeFrameworks limits a query over frameworks (alias f) to those the actor may read.
func (a *Actor) ScopeFrameworks(q *bun.SelectQuery) *bun.SelectQuery {
	if a == nil {
		return q.Where(never)
	}
	if a.seesEverything() {
		return q
	}
	used := q.DB().NewSelect().TableExpr("leergangen AS l").ColumnExpr("1").Where("l.framework_id = f.id")
	return q.Where("EXISTS (?)", a.ScopeLeergangen(used))
}

// CanEditFrameworks: beheerders and opleiders create, change, import and delete frameworks.
func (a *Actor) CanEditFrameworks() bool { return a.seesEverything() }

// RequireEditFrameworks refuses everyone else.
func (a *Actor) RequireEditFrameworks() error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if !a.CanEditFrameworks() {
		return &ForbiddenError{Message: "Alleen een beheerder of opleider kan competentiekaders wijzigen."}
	}
	return nil
}

// RequireExportFramework: whoever may read a framework may download it; the
// caller reads it through ScopeFrameworks first, so this only asks for a sign-in.
func (a *Actor) RequireExportFramework() error { return a.requireSignedIn() }
