package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// InvitationTTL is how long an invitation link works.
const InvitationTTL = 14 * 24 * time.Hour

// InvitationInfo is what the set-password page may show before sign-in.
type InvitationInfo struct {
	PersonID  uuid.UUID
	Name      string
	Email     string
	ExpiresAt time.Time
}

// InvitePerson creates the person and queues the invitation mail. Run it in a
// transaction: either both exist or neither does.
func InvitePerson(ctx context.Context, idb bun.IDB, a *Actor, in PersonInput, baseURL string) (*Person, *OutboxMessage, error) {
	if err := a.RequireManagePeople(); err != nil {
		return nil, nil, err
	}
	p, err := CreatePerson(ctx, idb, in)
	if err != nil {
		return nil, nil, err
	}
	msg, err := QueueInvitation(ctx, idb, a.PersonID, p.ID, p.Name, p.Email, baseURL)
	if err != nil {
		return nil, nil, err
	}
	p, err = GetPerson(ctx, idb, a, p.ID)
	return p, msg, err
}

// ResendInvitation replaces any open invitation with a new link.
func ResendInvitation(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID, baseURL string) (*Person, *OutboxMessage, error) {
	if err := a.RequireManagePeople(); err != nil {
		return nil, nil, err
	}
	p, err := GetPerson(ctx, idb, a, id)
	if err != nil {
		return nil, nil, err
	}
	if p.Status() != PersonInvited {
		return nil, nil, &ConflictError{Message: "Deze persoon heeft al een wachtwoord of is uitgeschakeld; een uitnodiging is niet nodig."}
	}
	if _, err := idb.NewRaw(`DELETE FROM invitations WHERE person_id = ? AND accepted_at IS NULL`, id).Exec(ctx); err != nil {
		return nil, nil, err
	}
	msg, err := QueueInvitation(ctx, idb, a.PersonID, p.ID, p.Name, p.Email, baseURL)
	return p, msg, err
}

// QueueInvitation creates an invitation link for a person and writes the mail
// with it to the outbox. The policy check is the caller's.
func QueueInvitation(ctx context.Context, idb bun.IDB, createdBy, personID uuid.UUID, name, email, baseURL string) (*OutboxMessage, error) {
	token, hash := NewToken()
	if _, err := idb.NewRaw(`INSERT INTO invitations (token_hash, person_id, created_by, expires_at) VALUES (?, ?, ?, ?)`,
		hash, personID, createdBy, time.Now().Add(InvitationTTL)).Exec(ctx); err != nil {
		return nil, err
	}
	link := baseURL + "/uitnodiging/" + token
	body := fmt.Sprintf(`Beste %s,

Je bent uitgenodigd voor Leergang, het platform van Academie De Wegwijzer voor
leergangen, praktijkopdrachten en je eigen ontwikkeling.

Kies via deze link een wachtwoord en log in:
%s

De link werkt %d dagen. Verwachtte je deze uitnodiging niet? Dan kun je deze
mail negeren.

Met vriendelijke groet,
Leergang
`, name, link, int(InvitationTTL.Hours()/24))
	return EnqueueMail(ctx, idb, email, "Je uitnodiging voor Leergang", body)
}

var errInvitationGone = &NotFoundError{What: "Uitnodiging"}

// GetInvitation returns an open invitation; used, expired and unknown tokens are not found.
func GetInvitation(ctx context.Context, idb bun.IDB, token string) (*InvitationInfo, error) {
	info := new(InvitationInfo)
	err := idb.NewRaw(`SELECT i.person_id, p.name, p.email, i.expires_at FROM invitations i JOIN people p ON p.id = i.person_id
		WHERE i.token_hash = ? AND i.accepted_at IS NULL AND i.expires_at > now() AND p.disabled_at IS NULL`, HashToken(token)).Scan(ctx, info)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errInvitationGone
	}
	return info, err
}

// AcceptInvitation sets the invitee's password and closes the invitation. Run it
// in a transaction; the row lock stops a link from being used twice.
func AcceptInvitation(ctx context.Context, idb bun.IDB, token, password string) (uuid.UUID, error) {
	var row struct {
		PersonID uuid.UUID
		Email    string
	}
	err := idb.NewRaw(`SELECT i.person_id, p.email FROM invitations i JOIN people p ON p.id = i.person_id
		WHERE i.token_hash = ? AND i.accepted_at IS NULL AND i.expires_at > now() AND p.disabled_at IS NULL
		FOR UPDATE OF i`, HashToken(token)).Scan(ctx, &row)
	if errors.Is(err, sql.ErrNoRows) {
		return uuid.Nil, errInvitationGone
	}
	if err != nil {
		return uuid.Nil, err
	}
	if err := CheckPassword("password", password, row.Email); err != nil {
		return uuid.Nil, err
	}
	if err := setPassword(ctx, idb, row.PersonID, password); err != nil {
		return uuid.Nil, err
	}
	_, err = idb.NewRaw(`UPDATE invitations SET accepted_at = now() WHERE person_id = ? AND accepted_at IS NULL`, row.PersonID).Exec(ctx)
	return row.PersonID, err
}
