package db

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// The opleider's group view of a leergang at one scan moment: a heatmap of
// the current self-ratings (aspects × deelnemers) and the group's leervragen,
// to plan the next dagdelen. A constant number of statements for any group.

type GroupGrowth struct {
	LeergangID uuid.UUID
	Moment     *ScanMoment
	// MemberIDs are the deelnemers of the leergang by name: the heatmap's columns.
	MemberIDs  []uuid.UUID
	Rows       []*HeatmapRow
	Leervragen []*Leervraag
}

// HeatmapRow is one aspect: the finished self-rating of each deelnemer (nil
// when they have none), in MemberIDs order.
type HeatmapRow struct {
	Competency *Competency
	Aspect     *Aspect
	Values     []*int
	Average    *float64
}

func GetGroupGrowth(ctx context.Context, idb bun.IDB, a *Actor, leergangID, momentID uuid.UUID) (*GroupGrowth, error) {
	if err := a.RequireManageLeergang(ctx, idb, leergangID); err != nil {
		return nil, err
	}
	m, err := scanMoment(ctx, idb, momentID)
	if err != nil {
		return nil, err
	}
	if m.LeergangID != leergangID {
		return nil, &NotFoundError{What: "Scanmoment van deze leergang"}
	}
	g := &GroupGrowth{LeergangID: leergangID, Moment: m, MemberIDs: []uuid.UUID{}, Rows: []*HeatmapRow{}}
	err = idb.NewRaw(`SELECT p.id FROM people p WHERE p.id IN (SELECT gm.person_id FROM group_members gm
		JOIN leergang_groups g ON g.id = gm.group_id WHERE g.leergang_id = ?) ORDER BY lower(p.name), p.id`, leergangID).Scan(ctx, &g.MemberIDs)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	outline, err := scanOutlineOf(ctx, idb, leergangID)
	if err != nil {
		return nil, err
	}
	var scans []*Scan
	if len(g.MemberIDs) > 0 {
		err = selectScans(idb, a, &scans).Where("sc.moment_id = ? AND sc.rater_role = 'zelf' AND sc.status = 'afgerond'", momentID).Scan(ctx)
		if err != nil && !isNoRows(err) {
			return nil, err
		}
		if err := withCurrentRatings(ctx, idb, scans); err != nil {
			return nil, err
		}
	}
	if outline != nil {
		g.Rows = heatmapRows(outline, g.MemberIDs, scans)
	}
	if g.Leervragen, err = leervragenOf(ctx, idb, leergangID, g.MemberIDs); err != nil {
		return nil, err
	}
	return g, nil
}

func heatmapRows(o *ScanOutline, members []uuid.UUID, scans []*Scan) []*HeatmapRow {
	column := make(map[uuid.UUID]int, len(members))
	for i, id := range members {
		column[id] = i
	}
	competency := map[uuid.UUID]*Competency{}
	for _, c := range o.Competencies {
		competency[c.ID] = c
	}
	rows := make([]*HeatmapRow, len(o.Aspects))
	byAspect := make(map[uuid.UUID]*HeatmapRow, len(o.Aspects))
	for i, asp := range o.Aspects {
		rows[i] = &HeatmapRow{Competency: competency[asp.CompetencyID], Aspect: asp, Values: make([]*int, len(members))}
		byAspect[asp.ID] = rows[i]
	}
	for _, s := range scans {
		col, ok := column[s.SubjectID]
		if !ok {
			continue
		}
		for _, r := range s.Ratings {
			if row := byAspect[r.AspectID]; row != nil {
				v := r.Value
				row.Values[col] = &v
			}
		}
	}
	for _, row := range rows {
		var m mean
		for _, v := range row.Values {
			if v != nil {
				m.add(*v)
			}
		}
		row.Average = m.value()
	}
	return rows
}
