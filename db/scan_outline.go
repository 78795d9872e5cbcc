package db

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// ScanOutline is the framework of a leergang as scans use it: the scale and
// the competencies with their aspects, in order.
type ScanOutline struct {
	FrameworkID  uuid.UUID
	Scale        []*ScaleLevel
	Competencies []*Competency
	// Aspects in framework order (by competency, then aspect position).
	Aspects []*Aspect
}

// CompetencyOf returns the competency an aspect belongs to.
func (o *ScanOutline) CompetencyOf(aspectID uuid.UUID) *Competency {
	for _, asp := range o.Aspects {
		if asp.ID == aspectID {
			for _, c := range o.Competencies {
				if c.ID == asp.CompetencyID {
					return c
				}
			}
		}
	}
	return nil
}

// AspectsOf returns the aspects of one competency, in order.
func (o *ScanOutline) AspectsOf(competencyID uuid.UUID) []*Aspect {
	var out []*Aspect
	for _, asp := range o.Aspects {
		if asp.CompetencyID == competencyID {
			out = append(out, asp)
		}
	}
	return out
}

// scaleBounds returns the lowest and highest value of the scale.
func (o *ScanOutline) scaleBounds() (lo, hi int) {
	for i, l := range o.Scale {
		if i == 0 || l.Value < lo {
			lo = l.Value
		}
		if i == 0 || l.Value > hi {
			hi = l.Value
		}
	}
	return lo, hi
}

// noFramework is the answer when a leergang has no framework to scan with.
var noFramework = &ConflictError{Message: "Deze leergang heeft nog geen competentiekader; vraag de opleider er een te kiezen."}

// scanOutlineOf loads the framework of a leergang in three statements; nil
// when the leergang has none.
func scanOutlineOf(ctx context.Context, idb bun.IDB, leergangID uuid.UUID) (*ScanOutline, error) {
	var fw *uuid.UUID
	if err := idb.NewSelect().Table("leergangen").Column("framework_id").Where("id = ?", leergangID).Scan(ctx, &fw); err != nil {
		return nil, notFoundOr(err, "Leergang")
	}
	if fw == nil {
		return nil, nil
	}
	o := &ScanOutline{FrameworkID: *fw, Scale: []*ScaleLevel{}, Competencies: []*Competency{}, Aspects: []*Aspect{}}
	if err := idb.NewSelect().Model(&o.Scale).Where("fsl.framework_id = ?", *fw).OrderExpr("fsl.value").Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	if err := idb.NewSelect().Model(&o.Competencies).Where("c.framework_id = ?", *fw).OrderExpr("c.position").Scan(ctx); err != nil && !isNoRows(err) {
		return nil, err
	}
	err := idb.NewSelect().Model(&o.Aspects).Join("JOIN competencies AS ac ON ac.id = asp.competency_id").
		Where("ac.framework_id = ?", *fw).OrderExpr("ac.position, asp.position").Scan(ctx)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	return o, nil
}
