package graph

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"slices"
	"strconv"

	"github.com/99designs/gqlgen/graphql"
	"github.com/google/uuid"
	"github.com/uptrace/bun"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"leergang/db"
	"leergang/db/frameworkio"
	"leergang/graph/auth"
	"leergang/graph/model"
)

// Helpers of framework.resolvers.go, kept here because gqlgen removes
// non-resolver code from *.resolvers.go when it regenerates.

// MaxFrameworkFileBytes caps an imported framework file. The file travels
// base64-encoded inside the GraphQL request, whose body is capped at 1 MiB,
// so 700 kB (about 930 kB as base64) is what fits; a 93-aspect XLSX is ~15 kB.
const MaxFrameworkFileBytes = 700 * 1000

// batchByID runs one query for the distinct non-nil keys of all parents and
// hands each parent its value; no keys means no query.
func batchByID[P any, V any](objs []P, key func(P) uuid.UUID, load func(ids []uuid.UUID) (map[uuid.UUID]V, error)) ([]V, error) {
	seen := map[uuid.UUID]bool{}
	var ids []uuid.UUID
	for _, o := range objs {
		if k := key(o); k != uuid.Nil && !seen[k] {
			seen[k] = true
			ids = append(ids, k)
		}
	}
	out := make([]V, len(objs))
	if len(ids) == 0 {
		return out, nil
	}
	m, err := load(ids)
	if err != nil {
		return nil, err
	}
	for i, o := range objs {
		out[i] = m[key(o)]
	}
	return out, nil
}

// nonNil turns the nil slices of parents without children into empty lists.
func nonNil[V any](vs [][]V) [][]V {
	for i := range vs {
		if vs[i] == nil {
			vs[i] = []V{}
		}
	}
	return vs
}

func frameworkID(f *db.Framework) uuid.UUID { return f.ID }

// competencyAspects answers Competency.aspects. Competencies of a framework
// come with their aspects (one statement for all frameworks of a list, where a
// batch per competency list would cost one per framework); competencies
// reached another way have theirs loaded here in one statement.
func competencyAspects(ctx context.Context, idb bun.IDB, objs []*db.Competency) ([][]*db.Aspect, error) {
	missing := slices.ContainsFunc(objs, func(c *db.Competency) bool { return c.Aspects == nil })
	if !missing {
		return mapEach(objs, func(_ int, c *db.Competency) []*db.Aspect { return c.Aspects }), nil
	}
	aspects, err := batchByID(objs, func(c *db.Competency) uuid.UUID { return c.ID }, func(ids []uuid.UUID) (map[uuid.UUID][]*db.Aspect, error) {
		return db.AspectsByCompetency(ctx, idb, ids)
	})
	return nonNil(aspects), err
}

func scaleInput(in []*model.ScaleLevelInput) []db.ScaleLevel {
	if in == nil {
		return nil
	}
	out := make([]db.ScaleLevel, len(in))
	for i, s := range in {
		out[i] = db.ScaleLevel{Value: s.Value, Label: s.Label, Description: deref(s.Description)}
	}
	return out
}

// frameworkWrite runs a framework mutation in one transaction and answers
// with the changed framework, as the actor reads it.
func (r *Resolver) frameworkWrite(ctx context.Context, fn func(ctx context.Context, tx bun.Tx, a *db.Actor) (uuid.UUID, error)) (*model.FrameworkPayload, error) {
	return writePayload(ctx, r.DB, func(ctx context.Context, tx bun.Tx, a *db.Actor) (*db.Framework, error) {
		id, err := fn(ctx, tx, a)
		if err != nil {
			return nil, err
		}
		return db.GetFramework(ctx, tx, a, id)
	}, func(fw *db.Framework) *model.FrameworkPayload { return &model.FrameworkPayload{Framework: fw} })
}

// importFramework decodes and parses the file, then loads it in one
// transaction. A file with bad rows answers with one BAD_USER_INPUT error per
// problem, each carrying its sheet and row, so the dialog can list them all.
func (r *Resolver) importFramework(ctx context.Context, in model.ImportFrameworkInput) (*model.FrameworkPayload, error) {
	a := auth.Actor(ctx)
	if err := a.RequireEditFrameworks(); err != nil {
		return nil, err
	}
	if in.FrameworkID == nil && deref(in.Name) == "" {
		return nil, db.Invalid("name", "required", "Geef het nieuwe kader een naam.")
	}
	if !in.Format.Valid() {
		return nil, db.Invalid("format", "invalid", "Kies CSV of XLSX.")
	}
	if base64.StdEncoding.DecodedLen(len(in.ContentBase64)) > MaxFrameworkFileBytes+3 {
		return nil, tooLarge()
	}
	data, err := base64.StdEncoding.DecodeString(in.ContentBase64)
	if err != nil {
		return nil, db.Invalid("file", "unreadable", "Het bestand kwam niet goed door. Kies het opnieuw.")
	}
	if len(data) > MaxFrameworkFileBytes {
		return nil, tooLarge()
	}
	var doc *frameworkio.Document
	if in.Format == db.FrameworkXLSX {
		doc, err = frameworkio.ReadXLSX(bytes.NewReader(data))
	} else {
		doc, err = frameworkio.ReadCSV(bytes.NewReader(data))
	}
	var pe *frameworkio.ParseError
	if errors.As(err, &pe) {
		return nil, rowErrors(ctx, pe)
	}
	if err != nil {
		return nil, err
	}
	fw, err := inTx(ctx, r.DB, func(ctx context.Context, tx bun.Tx) (*db.Framework, error) {
		return db.ImportFramework(ctx, tx, a, db.FrameworkImport{FrameworkID: in.FrameworkID, Name: deref(in.Name), Doc: doc})
	})
	if err != nil {
		return nil, err
	}
	return &model.FrameworkPayload{Framework: fw}, nil
}

func tooLarge() error {
	return db.Invalid("file", "too_large", "Het bestand is te groot: hoogstens "+strconv.Itoa(MaxFrameworkFileBytes/1000)+" kB.")
}

// rowErrors adds every row problem but the last as its own error and returns
// the last. They are already coded, so the error presenter passes them on.
func rowErrors(ctx context.Context, pe *frameworkio.ParseError) error {
	errs := make([]*gqlerror.Error, len(pe.Errors))
	for i, e := range pe.Errors {
		msg := e.Message
		if e.Row > 0 {
			msg = e.Sheet + ", rij " + strconv.Itoa(e.Row) + ": " + msg
		}
		errs[i] = &gqlerror.Error{Message: msg, Path: graphql.GetPath(ctx), Extensions: map[string]any{
			"code": CodeBadUserInput, "field": "file", "reason": e.Reason, "row": e.Row, "sheet": e.Sheet,
		}}
	}
	for _, e := range errs[:len(errs)-1] {
		graphql.AddError(ctx, e)
	}
	return errs[len(errs)-1]
}
