package db

import (
	"context"
	"database/sql"
	"errors"
	"net/mail"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/uptrace/bun"
)

func requireText(v *Validator, field, value string, max int) {
	if strings.TrimSpace(value) == "" {
		v.Add(field, "required", "Vul dit veld in.")
		return
	}
	maxText(v, field, value, max)
}

func maxText(v *Validator, field, value string, max int) {
	if utf8.RuneCountInString(value) > max {
		v.Add(field, "too_long", "Dit is te lang (hoogstens "+strconv.Itoa(max)+" tekens).")
	}
}

// NormalizeEmail trims and lower-cases; ValidEmail checks a plain addr-spec with a dotted domain.
func NormalizeEmail(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func ValidEmail(s string) bool {
	if s == "" || len(s) > 254 || strings.ContainsAny(s, " <>\"\r\n") {
		return false
	}
	addr, err := mail.ParseAddress(s)
	if err != nil || addr.Address != s {
		return false
	}
	at := strings.LastIndexByte(s, '@')
	domain := s[at+1:]
	return at > 0 && strings.Contains(domain, ".") && !strings.HasSuffix(domain, ".") && !strings.HasPrefix(domain, ".")
}

// visibleOr turns the "no row" of a scoped single fetch into Forbidden when the
// row exists outside the actor's scope, and NotFound when it does not exist at all.
func visibleOr(ctx context.Context, idb bun.IDB, err error, table string, id uuid.UUID, what, forbidden string) error {
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	exists, xerr := idb.NewSelect().Table(table).Where("id = ?", id).Exists(ctx)
	if xerr != nil {
		return xerr
	}
	if exists {
		return &ForbiddenError{Message: forbidden}
	}
	return &NotFoundError{What: what}
}

func notFoundOr(err error, what string) error {
	if errors.Is(err, sql.ErrNoRows) {
		return &NotFoundError{What: what}
	}
	return err
}

// uniqueAsInvalid turns a unique-constraint violation that a concurrent request
// won into the same field error the pre-check gives.
func uniqueAsInvalid(err error, constraint, field, reason, message string) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" && pgErr.ConstraintName == constraint {
		return Invalid(field, reason, message)
	}
	return err
}

func isNoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }
