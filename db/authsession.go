package db

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// NewToken returns a random URL-safe secret and the hash that is stored instead of it.
func NewToken() (token string, hash []byte) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(fmt.Sprintf("crypto/rand: %v", err)) // the OS random source never fails on supported platforms
	}
	token = base64.RawURLEncoding.EncodeToString(b)
	return token, HashToken(token)
}

func HashToken(token string) []byte {
	sum := sha256.Sum256([]byte(token))
	return sum[:]
}

// SessionLimits are the idle and absolute lifetimes of a sign-in.
type SessionLimits struct {
	Idle     time.Duration
	Absolute time.Duration
}

// CreateSignInSession starts a new server-side session and returns its cookie token.
func CreateSignInSession(ctx context.Context, idb bun.IDB, personID uuid.UUID, limits SessionLimits, userAgent, ip string) (string, error) {
	token, hash := NewToken()
	if len(userAgent) > 300 {
		userAgent = userAgent[:300]
	}
	_, err := idb.NewRaw(`INSERT INTO auth_sessions (token_hash, person_id, expires_at, user_agent, ip)
		VALUES (?, ?, now() + ?::interval, ?, ?)`, hash, personID, pgInterval(limits.Absolute), userAgent, ip).Exec(ctx)
	return token, err
}

// ActorForSession resolves a cookie token into an Actor in one statement:
// the session must be within both limits and the person not disabled. It also
// moves last_seen_at forward, at most once a minute, to keep the write cheap.
func ActorForSession(ctx context.Context, idb bun.IDB, token string, limits SessionLimits) (*Actor, error) {
	var row struct {
		PersonID       uuid.UUID
		OrganisationID *uuid.UUID
		Roles          []Role      `bun:",array"`
		SchoolIDs      []uuid.UUID `bun:"school_ids,array"`
		actorFlags
	}
	err := idb.NewRaw(`
		WITH s AS (
			SELECT person_id FROM auth_sessions
			WHERE token_hash = ?0 AND expires_at > now() AND last_seen_at > now() - ?1::interval
		), touch AS (
			UPDATE auth_sessions SET last_seen_at = now()
			WHERE token_hash = ?0 AND last_seen_at < now() - interval '1 minute' AND EXISTS (SELECT 1 FROM s)
		)
		SELECT p.id AS person_id, p.organisation_id,
			ARRAY(SELECT r.role FROM person_roles r WHERE r.person_id = p.id ORDER BY r.role) AS roles,
			ARRAY(SELECT ps.school_id FROM person_schools ps WHERE ps.person_id = p.id ORDER BY ps.school_id) AS school_ids,
			`+actorFlagColumns+`
		FROM people p JOIN s ON s.person_id = p.id
		WHERE p.disabled_at IS NULL`, HashToken(token), pgInterval(limits.Idle)).Scan(ctx, &row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &Actor{PersonID: row.PersonID, Roles: row.Roles, SchoolIDs: row.SchoolIDs, OrganisationID: row.OrganisationID, Flags: row.flags()}, nil
}

// EndSession revokes one session (logout).
func EndSession(ctx context.Context, idb bun.IDB, token string) error {
	_, err := idb.NewDelete().Table("auth_sessions").Where("token_hash = ?", HashToken(token)).Exec(ctx)
	return err
}

// EndSessionsOf revokes every session of a person (disabled, password changed).
func EndSessionsOf(ctx context.Context, idb bun.IDB, personID uuid.UUID) error {
	_, err := idb.NewDelete().Table("auth_sessions").Where("person_id = ?", personID).Exec(ctx)
	return err
}

// PurgeExpiredSessions deletes sessions past their absolute limit and old login failures.
func PurgeExpiredSessions(ctx context.Context, idb bun.IDB, limits SessionLimits) error {
	if _, err := idb.NewRaw(`DELETE FROM auth_sessions WHERE expires_at < now() OR last_seen_at < now() - ?::interval`,
		pgInterval(limits.Idle)).Exec(ctx); err != nil {
		return err
	}
	_, err := idb.NewRaw(`DELETE FROM login_failures WHERE failed_at < now() - interval '1 day'`).Exec(ctx)
	return err
}

func pgInterval(d time.Duration) string { return fmt.Sprintf("%d milliseconds", d.Milliseconds()) }

// ActorFor loads the actor of a person who just signed in.
func ActorFor(ctx context.Context, idb bun.IDB, personID uuid.UUID) (*Actor, error) {
	var row struct {
		OrganisationID *uuid.UUID
		Roles          []Role      `bun:",array"`
		SchoolIDs      []uuid.UUID `bun:"school_ids,array"`
		actorFlags
	}
	err := idb.NewRaw(`SELECT p.organisation_id,
			ARRAY(SELECT r.role FROM person_roles r WHERE r.person_id = p.id ORDER BY r.role) AS roles,
			ARRAY(SELECT ps.school_id FROM person_schools ps WHERE ps.person_id = p.id ORDER BY ps.school_id) AS school_ids,
			`+actorFlagColumns+`
		FROM people p WHERE p.id = ?`, personID).Scan(ctx, &row)
	if err != nil {
		return nil, err
	}
	return &Actor{PersonID: personID, Roles: row.Roles, SchoolIDs: row.SchoolIDs, OrganisationID: row.OrganisationID, Flags: row.flags()}, nil
}
