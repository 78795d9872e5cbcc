package db

import (
	"context"
	"database/sql"
	"errors"
	"sync"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Throttling limits: failures counted over the window, per account and per client address.
const (
	throttleWindow     = "15 minutes"
	maxFailuresAccount = 5
	maxFailuresAddress = 30
)

var errInvalidCredentials = Invalid("password", "invalid_credentials", "E-mailadres of wachtwoord klopt niet.")

// dummyHash is verified against when the e-mail is unknown, so an unknown
// address takes as long as a wrong password and cannot be told apart.
var dummyHash = sync.OnceValue(func() string {
	h, err := HashPassword("not-a-real-password-for-timing")
	if err != nil {
		panic(err)
	}
	return h
})

// Login checks credentials and throttling and returns the person's id. Unknown
// e-mail, wrong password, disabled and not-yet-activated accounts all give the
// same error.
func Login(ctx context.Context, idb bun.IDB, email, password, ip string) (uuid.UUID, error) {
	email = NormalizeEmail(email)
	var v Validator
	if email == "" {
		v.Add("email", "required", "Vul je e-mailadres in.")
	}
	if password == "" {
		v.Add("password", "required", "Vul je wachtwoord in.")
	}
	if err := v.Err(); err != nil {
		return uuid.Nil, err
	}

	var counts struct{ Account, Address int }
	if err := idb.NewRaw(`SELECT
			(SELECT count(*) FROM login_failures WHERE email = ?0 AND failed_at > now() - ?2::interval) AS account,
			(SELECT count(*) FROM login_failures WHERE ip = ?1 AND failed_at > now() - ?2::interval) AS address`,
		email, ip, throttleWindow).Scan(ctx, &counts); err != nil {
		return uuid.Nil, err
	}
	if counts.Account >= maxFailuresAccount || counts.Address >= maxFailuresAddress {
		if err := auditLoginFailed(ctx, idb, email, ip, nil, "throttled"); err != nil {
			return uuid.Nil, err
		}
		return uuid.Nil, Invalid("password", "too_many_attempts", "Te veel mislukte pogingen. Wacht een kwartier en probeer het dan opnieuw.")
	}

	var row struct {
		ID           uuid.UUID
		PasswordHash *string
		Disabled     bool
	}
	err := idb.NewRaw(`SELECT id, password_hash, disabled_at IS NOT NULL AS disabled FROM people WHERE email = ?`, email).Scan(ctx, &row)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return uuid.Nil, err
	}
	hash := dummyHash()
	if row.PasswordHash != nil {
		hash = *row.PasswordHash
	}
	ok, verr := VerifyPassword(hash, password)
	if verr != nil {
		return uuid.Nil, verr
	}
	if !ok || row.PasswordHash == nil || row.Disabled {
		if _, err := idb.NewRaw(`INSERT INTO login_failures (email, ip) VALUES (?, ?)`, email, ip).Exec(ctx); err != nil {
			return uuid.Nil, err
		}
		var subject *uuid.UUID
		if row.ID != uuid.Nil {
			subject = &row.ID
		}
		if err := auditLoginFailed(ctx, idb, email, ip, subject, "invalid_credentials"); err != nil {
			return uuid.Nil, err
		}
		return uuid.Nil, errInvalidCredentials
	}
	if _, err := idb.NewRaw(`DELETE FROM login_failures WHERE email = ?`, email).Exec(ctx); err != nil {
		return uuid.Nil, err
	}
	return row.ID, nil
}

// auditLoginFailed records a failed login with the e-mail address that was
// tried (never the password). subject is the account, when it exists.
func auditLoginFailed(ctx context.Context, idb bun.IDB, email, ip string, subject *uuid.UUID, reason string) error {
	objectID := ""
	if subject != nil {
		objectID = subject.String()
	}
	return WriteAudit(ctx, idb, AuditEntry{Action: AuditLoginFailed, ObjectType: "person", ObjectID: objectID,
		SubjectID: subject, IP: ip, Detail: map[string]string{"email": email, "reason": reason}})
}

// ChangePassword checks the current password, stores the new one and ends every
// session of the person; the caller signs the current browser in again.
func ChangePassword(ctx context.Context, idb bun.IDB, a *Actor, current, next string) error {
	if err := a.RequireSignedIn(); err != nil {
		return err
	}
	var row struct {
		Email        string
		PasswordHash *string
	}
	if err := idb.NewRaw(`SELECT email, password_hash FROM people WHERE id = ?`, a.PersonID).Scan(ctx, &row); err != nil {
		return err
	}
	if row.PasswordHash == nil {
		return Invalid("currentPassword", "invalid_credentials", "Je huidige wachtwoord klopt niet.")
	}
	ok, err := VerifyPassword(*row.PasswordHash, current)
	if err != nil {
		return err
	}
	if !ok {
		return Invalid("currentPassword", "invalid_credentials", "Je huidige wachtwoord klopt niet.")
	}
	if err := CheckPassword("newPassword", next, row.Email); err != nil {
		return err
	}
	if err := setPassword(ctx, idb, a.PersonID, next); err != nil {
		return err
	}
	return EndSessionsOf(ctx, idb, a.PersonID)
}

func setPassword(ctx context.Context, idb bun.IDB, personID uuid.UUID, password string) error {
	hash, err := HashPassword(password)
	if err != nil {
		return err
	}
	_, err = idb.NewRaw(`UPDATE people SET password_hash = ?, updated_at = now() WHERE id = ?`, hash, personID).Exec(ctx)
	return err
}
