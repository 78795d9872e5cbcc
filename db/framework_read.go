package db

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db/frameworkio"
)

type FrameworkFilter struct {
	Search string
	Page   PageRequest
}

// ListFrameworks lists the frameworks the actor may read, by name.
func ListFrameworks(ctx context.Context, idb bun.IDB, a *Actor, f FrameworkFilter) (Page[*Framework], error) {
	var rows []*Framework
	q := a.ScopeFrameworks(idb.NewSelect().Model(&rows).Column("f.*").ColumnExpr("count(*) OVER () AS total_count"))
	if s := strings.TrimSpace(f.Search); s != "" {
		q = q.Where("f.name ILIKE ?", likePattern(s))
	}
	q = q.OrderExpr("lower(f.name), f.id")
	return fetchPage(ctx, q, &rows, f.Page, func(fw *Framework) int { return fw.TotalCount })
}

func GetFramework(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*Framework, error) {
	fw := new(Framework)
	err := a.ScopeFrameworks(idb.NewSelect().Model(fw).Where("f.id = ?", id)).Scan(ctx)
	return fw, visibleOr(ctx, idb, err, "frameworks", id, "Competentiekader", "Je hebt geen toegang tot dit competentiekader.")
}

func FrameworksByID(ctx context.Context, idb bun.IDB, a *Actor, ids []uuid.UUID) (map[uuid.UUID]*Framework, error) {
	var rows []*Framework
	q := a.ScopeFrameworks(idb.NewSelect().Model(&rows).Where("f.id IN (?)", bun.In(ids)))
	return scanByID(ctx, q, &rows, func(fw *Framework) uuid.UUID { return fw.ID })
}

// The parts below are loaded for frameworks that are already visible, so they
// need no scope of their own.

func ScaleByFramework(ctx context.Context, idb bun.IDB, frameworkIDs []uuid.UUID) (map[uuid.UUID][]*ScaleLevel, error) {
	var rows []*ScaleLevel
	err := idb.NewSelect().Model(&rows).Where("fsl.framework_id IN (?)", bun.In(frameworkIDs)).OrderExpr("fsl.value").Scan(ctx)
	return groupBy(rows, err, func(s *ScaleLevel) uuid.UUID { return s.FrameworkID })
}

func CompetenciesByFramework(ctx context.Context, idb bun.IDB, frameworkIDs []uuid.UUID) (map[uuid.UUID][]*Competency, error) {
	var rows []*Competency
	err := idb.NewSelect().Model(&rows).Where("c.framework_id IN (?)", bun.In(frameworkIDs)).OrderExpr("c.position").Scan(ctx)
	return groupBy(rows, err, func(c *Competency) uuid.UUID { return c.FrameworkID })
}

// CompetenciesWithAspects loads the competencies of the frameworks together
// with their aspects in two statements, so nested lists of several frameworks
// cost no statement per framework.
func CompetenciesWithAspects(ctx context.Context, idb bun.IDB, frameworkIDs []uuid.UUID) (map[uuid.UUID][]*Competency, error) {
	comps, err := CompetenciesByFramework(ctx, idb, frameworkIDs)
	if err != nil {
		return nil, err
	}
	var ids []uuid.UUID
	for _, cs := range comps {
		for _, c := range cs {
			ids = append(ids, c.ID)
		}
	}
	if len(ids) == 0 {
		return comps, nil
	}
	aspects, err := AspectsByCompetency(ctx, idb, ids)
	if err != nil {
		return nil, err
	}
	for _, cs := range comps {
		for _, c := range cs {
			c.Aspects = aspects[c.ID]
			if c.Aspects == nil {
				c.Aspects = []*Aspect{}
			}
		}
	}
	return comps, nil
}

func AspectsByCompetency(ctx context.Context, idb bun.IDB, competencyIDs []uuid.UUID) (map[uuid.UUID][]*Aspect, error) {
	var rows []*Aspect
	err := idb.NewSelect().Model(&rows).Where("asp.competency_id IN (?)", bun.In(competencyIDs)).OrderExpr("asp.position").Scan(ctx)
	return groupBy(rows, err, func(x *Aspect) uuid.UUID { return x.CompetencyID })
}

func groupBy[T any](rows []T, err error, key func(T) uuid.UUID) (map[uuid.UUID][]T, error) {
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	out := map[uuid.UUID][]T{}
	for _, r := range rows {
		out[key(r)] = append(out[key(r)], r)
	}
	return out, nil
}

// FrameworkCountsByID counts competencies and aspects per framework in one statement.
func FrameworkCountsByID(ctx context.Context, idb bun.IDB, frameworkIDs []uuid.UUID) (map[uuid.UUID]FrameworkCounts, error) {
	var rows []struct {
		FrameworkID  uuid.UUID
		Competencies int
		Aspects      int
	}
	err := idb.NewSelect().TableExpr("competencies AS c").
		ColumnExpr("c.framework_id, count(DISTINCT c.id) AS competencies, count(asp.id) AS aspects").
		Join("LEFT JOIN aspects AS asp ON asp.competency_id = c.id").
		Where("c.framework_id IN (?)", bun.In(frameworkIDs)).Group("c.framework_id").Scan(ctx, &rows)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	out := make(map[uuid.UUID]FrameworkCounts, len(rows))
	for _, r := range rows {
		out[r.FrameworkID] = FrameworkCounts{Competencies: r.Competencies, Aspects: r.Aspects}
	}
	return out, nil
}

// FrameworksWithRatings tells which frameworks have aspects that scans rated.
func FrameworksWithRatings(ctx context.Context, idb bun.IDB, frameworkIDs []uuid.UUID) (map[uuid.UUID]bool, error) {
	var ids []uuid.UUID
	err := idb.NewSelect().TableExpr("competencies AS c").ColumnExpr("DISTINCT c.framework_id").
		Where("c.framework_id IN (?)", bun.In(frameworkIDs)).
		Where("EXISTS (SELECT 1 FROM aspects asp JOIN scan_ratings sr ON sr.aspect_id = asp.id WHERE asp.competency_id = c.id)").
		Scan(ctx, &ids)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	out := make(map[uuid.UUID]bool, len(ids))
	for _, id := range ids {
		out[id] = true
	}
	return out, nil
}

// LeergangenByFramework lists, per framework, the leergangen using it that the actor may see.
func LeergangenByFramework(ctx context.Context, idb bun.IDB, a *Actor, frameworkIDs []uuid.UUID) (map[uuid.UUID][]*Leergang, error) {
	var rows []*Leergang
	err := a.ScopeLeergangen(selectLeergangen(idb, &rows).Where("l.framework_id IN (?)", bun.In(frameworkIDs))).
		OrderExpr("lower(l.name), l.id").Scan(ctx)
	return groupBy(rows, err, func(l *Leergang) uuid.UUID { return *l.FrameworkID })
}

// FrameworkDocument reads a visible framework whole, in the shape the file
// formats use, for an export.
func FrameworkDocument(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*Framework, *frameworkio.Document, error) {
	fw, err := GetFramework(ctx, idb, a, id)
	if err != nil {
		return nil, nil, err
	}
	ids := []uuid.UUID{id}
	scale, err := ScaleByFramework(ctx, idb, ids)
	if err != nil {
		return nil, nil, err
	}
	comps, err := CompetenciesByFramework(ctx, idb, ids)
	if err != nil {
		return nil, nil, err
	}
	compIDs := make([]uuid.UUID, 0, len(comps[id]))
	for _, c := range comps[id] {
		compIDs = append(compIDs, c.ID)
	}
	aspects, err := AspectsByCompetency(ctx, idb, compIDs)
	if err != nil {
		return nil, nil, err
	}
	doc := &frameworkio.Document{}
	for _, s := range scale[id] {
		doc.Scale = append(doc.Scale, frameworkio.ScaleLevel{Value: s.Value, Label: s.Label, Description: s.Description})
	}
	for _, c := range comps[id] {
		dc := frameworkio.Competency{Name: c.Name, Description: c.Description}
		for _, x := range aspects[c.ID] {
			dc.Aspects = append(dc.Aspects, frameworkio.Aspect{Title: x.Title, Description: x.Description})
		}
		doc.Competencies = append(doc.Competencies, dc)
	}
	return fw, doc, nil
}
