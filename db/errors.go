package db

import (
	"errors"
	"fmt"
	"strings"
)

// The error kinds every layer above db understands. The GraphQL error presenter
// maps them to extensions.code; anything else is INTERNAL.

// NotFoundError says the object does not exist (or is not visible at all).
type NotFoundError struct{ What string }

func (e *NotFoundError) Error() string { return e.What + " niet gevonden" }

// ForbiddenError says the actor may not see or do this. Message is Dutch and shown to users.
type ForbiddenError struct{ Message string }

func (e *ForbiddenError) Error() string { return e.Message }

// UnauthenticatedError says the request needs a signed-in person.
type UnauthenticatedError struct{}

func (e *UnauthenticatedError) Error() string { return "Log eerst in." }

// ConflictError says the change clashes with the current state (in use, double booking, ...).
type ConflictError struct{ Message string }

func (e *ConflictError) Error() string { return e.Message }

// FieldError is one invalid input field with a Dutch message and a stable reason key.
type FieldError struct {
	Field   string
	Reason  string
	Message string
}

// InvalidError collects every invalid field of one input, so a form can show them all at once.
type InvalidError struct{ Fields []FieldError }

func (e *InvalidError) Error() string {
	parts := make([]string, len(e.Fields))
	for i, f := range e.Fields {
		parts[i] = fmt.Sprintf("%s: %s", f.Field, f.Message)
	}
	return "ongeldige invoer: " + strings.Join(parts, "; ")
}

// Validator accumulates field errors; Err returns nil when there are none.
type Validator struct{ fields []FieldError }

func (v *Validator) Add(field, reason, message string) {
	v.fields = append(v.fields, FieldError{Field: field, Reason: reason, Message: message})
}

// Has reports whether the field already has an error, so later checks do not pile up.
func (v *Validator) Has(field string) bool {
	for _, f := range v.fields {
		if f.Field == field {
			return true
		}
	}
	return false
}

func (v *Validator) Err() error {
	if len(v.fields) == 0 {
		return nil
	}
	return &InvalidError{Fields: v.fields}
}

// Invalid is a shortcut for a single invalid field.
func Invalid(field, reason, message string) error {
	return &InvalidError{Fields: []FieldError{{Field: field, Reason: reason, Message: message}}}
}

// IsNotFound reports whether err is a NotFoundError.
func IsNotFound(err error) bool {
	var nf *NotFoundError
	return errors.As(err, &nf)
}
