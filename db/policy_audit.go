package db

import (
	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// The audit log and the AVG rights (export, erasure) are for beheerders only:
// the log names who looked at what, and the export holds everything about a
// person.

// RequireReadAudit: only a beheerder reads the audit log.
func (a *Actor) RequireReadAudit() error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if !a.Has(RoleBeheerder) {
		return &ForbiddenError{Message: "Alleen een beheerder kan het auditlog lezen."}
	}
	return nil
}

// ScopeAuditLog limits a query over audit_log (alias al): everything for a
// beheerder, nothing for anyone else.
func (a *Actor) ScopeAuditLog(q *bun.SelectQuery) *bun.SelectQuery {
	if !a.Has(RoleBeheerder) {
		return q.Where(never)
	}
	return q
}

// RequireExportPerson: only a beheerder exports a person's data (AVG inzage).
func (a *Actor) RequireExportPerson() error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if !a.Has(RoleBeheerder) {
		return &ForbiddenError{Message: "Alleen een beheerder kan de gegevens van een persoon exporteren."}
	}
	return nil
}

// RequireErasePerson: only a beheerder erases a person, and never themselves
// (that would leave nobody who can undo a mistake or answer for it).
func (a *Actor) RequireErasePerson(personID uuid.UUID) error {
	if err := a.requireSignedIn(); err != nil {
		return err
	}
	if !a.Has(RoleBeheerder) {
		return &ForbiddenError{Message: "Alleen een beheerder kan een persoon wissen."}
	}
	if a.PersonID == personID {
		return &ForbiddenError{Message: "Je kunt jezelf niet wissen; vraag een andere beheerder."}
	}
	return nil
}
