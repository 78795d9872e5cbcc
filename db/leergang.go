package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

type Leergang struct {
	bun.BaseModel `bun:"table:leergangen,alias:l"`

	ID                   uuid.UUID      `bun:",pk,type:uuid,default:gen_random_uuid()"`
	Name                 string         `bun:",notnull"`
	ClientOrganisationID uuid.UUID      `bun:"type:uuid,notnull"`
	Description          string         `bun:",notnull"`
	Status               LeergangStatus `bun:",notnull"`
	CopiedFromID         *uuid.UUID     `bun:"type:uuid"`
	// The competency framework the leergang's scans use.
	FrameworkID *uuid.UUID `bun:"type:uuid"`
	CreatedAt   time.Time  `bun:",nullzero,notnull,default:current_timestamp"`
	UpdatedAt   time.Time  `bun:",nullzero,notnull,default:current_timestamp"`

	TotalCount int `bun:",scanonly"`
}

type Leerjaar struct {
	bun.BaseModel `bun:"table:leerjaren,alias:lj"`

	ID         uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	LeergangID uuid.UUID  `bun:"type:uuid,notnull"`
	Number     int        `bun:",notnull"`
	HoursNorm  float64    `bun:",notnull"`
	StartsOn   *time.Time `bun:"starts_on,type:date"`
	EndsOn     *time.Time `bun:"ends_on,type:date"`
}

type LeergangGroup struct {
	bun.BaseModel `bun:"table:leergang_groups,alias:g"`

	ID         uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	LeergangID uuid.UUID `bun:"type:uuid,notnull"`
	Name       string    `bun:",notnull"`

	MemberIDs []uuid.UUID `bun:"member_ids,array,scanonly"`
}

// selectLeergangen is the base query for leergangen with a total for paging.
func selectLeergangen(idb bun.IDB, model any) *bun.SelectQuery {
	return idb.NewSelect().Model(model).Column("l.*")
}

type LeergangFilter struct {
	Search string
	Status *LeergangStatus
	Page   PageRequest
}

func ListLeergangen(ctx context.Context, idb bun.IDB, a *Actor, f LeergangFilter) (Page[*Leergang], error) {
	var rows []*Leergang
	q := selectLeergangen(idb, &rows).ColumnExpr("count(*) OVER () AS total_count")
	q = a.ScopeLeergangen(q)
	if s := strings.TrimSpace(f.Search); s != "" {
		q = q.Where("l.name ILIKE ?", likePattern(s))
	}
	if f.Status != nil {
		q = q.Where("l.status = ?", *f.Status)
	}
	q = q.OrderExpr("CASE l.status WHEN 'lopend' THEN 0 WHEN 'concept' THEN 1 ELSE 2 END, lower(l.name), l.id")
	return fetchPage(ctx, q, &rows, f.Page, func(l *Leergang) int { return l.TotalCount })
}

func LeergangenByID(ctx context.Context, idb bun.IDB, a *Actor, ids []uuid.UUID) (map[uuid.UUID]*Leergang, error) {
	var rows []*Leergang
	q := a.ScopeLeergangen(selectLeergangen(idb, &rows).Where("l.id IN (?)", bun.In(ids)))
	return scanByID(ctx, q, &rows, func(l *Leergang) uuid.UUID { return l.ID })
}

func GetLeergang(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*Leergang, error) {
	l := new(Leergang)
	err := a.ScopeLeergangen(selectLeergangen(idb, l).Where("l.id = ?", id)).Scan(ctx)
	return l, visibleOr(ctx, idb, err, "leergangen", id, "Leergang", "Je hebt geen toegang tot deze leergang.")
}

// The parts of a leergang below are loaded for leergangen that are already
// visible, so they need no scope of their own.

func LeerjarenByLeergang(ctx context.Context, idb bun.IDB, leergangIDs []uuid.UUID) (map[uuid.UUID][]*Leerjaar, error) {
	var rows []*Leerjaar
	if err := idb.NewSelect().Model(&rows).Where("lj.leergang_id IN (?)", bun.In(leergangIDs)).OrderExpr("lj.number").Scan(ctx); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	out := map[uuid.UUID][]*Leerjaar{}
	for _, lj := range rows {
		out[lj.LeergangID] = append(out[lj.LeergangID], lj)
	}
	return out, nil
}

func LeerjarenByID(ctx context.Context, idb bun.IDB, ids []uuid.UUID) (map[uuid.UUID]*Leerjaar, error) {
	var rows []*Leerjaar
	q := idb.NewSelect().Model(&rows).Where("lj.id IN (?)", bun.In(ids))
	return scanByID(ctx, q, &rows, func(lj *Leerjaar) uuid.UUID { return lj.ID })
}

func selectGroups(idb bun.IDB, model any) *bun.SelectQuery {
	return idb.NewSelect().Model(model).Column("g.*").
		ColumnExpr("ARRAY(SELECT gm.person_id FROM group_members gm JOIN people p ON p.id = gm.person_id WHERE gm.group_id = g.id ORDER BY lower(p.name)) AS member_ids")
}

func GroupsByLeergang(ctx context.Context, idb bun.IDB, leergangIDs []uuid.UUID) (map[uuid.UUID][]*LeergangGroup, error) {
	var rows []*LeergangGroup
	if err := selectGroups(idb, &rows).Where("g.leergang_id IN (?)", bun.In(leergangIDs)).OrderExpr("lower(g.name)").Scan(ctx); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	out := map[uuid.UUID][]*LeergangGroup{}
	for _, g := range rows {
		out[g.LeergangID] = append(out[g.LeergangID], g)
	}
	return out, nil
}

func GroupsByID(ctx context.Context, idb bun.IDB, ids []uuid.UUID) (map[uuid.UUID]*LeergangGroup, error) {
	var rows []*LeergangGroup
	q := selectGroups(idb, &rows).Where("g.id IN (?)", bun.In(ids))
	return scanByID(ctx, q, &rows, func(g *LeergangGroup) uuid.UUID { return g.ID })
}

// LeergangPeople returns, per leergang, the ids in a link table (opleiders or stuurgroep), by name.
func LeergangPeople(ctx context.Context, idb bun.IDB, table string, leergangIDs []uuid.UUID) (map[uuid.UUID][]uuid.UUID, error) {
	if table != "leergang_opleiders" && table != "stuurgroep_members" {
		return nil, fmt.Errorf("LeergangPeople: unknown table %q", table)
	}
	var rows []struct {
		LeergangID uuid.UUID
		PersonID   uuid.UUID
	}
	err := idb.NewSelect().TableExpr(table+" AS x").Join("JOIN people AS p ON p.id = x.person_id").
		ColumnExpr("x.leergang_id, x.person_id").Where("x.leergang_id IN (?)", bun.In(leergangIDs)).
		OrderExpr("lower(p.name)").Scan(ctx, &rows)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	out := map[uuid.UUID][]uuid.UUID{}
	for _, r := range rows {
		out[r.LeergangID] = append(out[r.LeergangID], r.PersonID)
	}
	return out, nil
}

// DeelnemerCounts counts distinct group members per leergang.
func DeelnemerCounts(ctx context.Context, idb bun.IDB, leergangIDs []uuid.UUID) (map[uuid.UUID]int, error) {
	return scanCounts(ctx, idb.NewSelect().TableExpr("leergang_groups AS g").Join("JOIN group_members AS gm ON gm.group_id = g.id").
		ColumnExpr("g.leergang_id AS key, count(DISTINCT gm.person_id) AS n").Where("g.leergang_id IN (?)", bun.In(leergangIDs)).
		GroupExpr("g.leergang_id"))
}
