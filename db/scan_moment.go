package db

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Scan moments of a leergang: at the start, at the end of each leerjaar, and
// extra moments. Managed by who may manage the leergang; visible to whoever
// sees the leergang.

type ScanMomentInput struct {
	Kind        ScanMomentKind
	LeerjaarID  *uuid.UUID
	Title       string
	OpensOn     time.Time
	ClosesOn    *time.Time
	AskMaatje   bool
	AskDirectie bool
}

const maxScanMoments = 50 // per leergang

func (in *ScanMomentInput) validate(ctx context.Context, idb bun.IDB, leergangID uuid.UUID) error {
	in.Title = strings.TrimSpace(in.Title)
	var v Validator
	requireText(&v, "title", in.Title, 200)
	if !in.Kind.Valid() {
		v.Add("kind", "invalid", "Kies start, einde leerjaar of een extra moment.")
	}
	if in.OpensOn.IsZero() {
		v.Add("opensOn", "required", "Vul de datum in waarop het scanmoment opent.")
	}
	if in.ClosesOn != nil && !in.OpensOn.IsZero() && in.ClosesOn.Before(in.OpensOn) {
		v.Add("closesOn", "before_open", "De sluitdatum ligt voor de openingsdatum.")
	}
	if in.Kind == ScanMomentEindLeerjaar && in.LeerjaarID == nil {
		v.Add("leerjaarId", "required", "Kies het leerjaar waarvan dit het einde is.")
	}
	if in.LeerjaarID != nil {
		var of uuid.UUID
		if err := idb.NewSelect().Table("leerjaren").Column("leergang_id").Where("id = ?", *in.LeerjaarID).Scan(ctx, &of); err != nil && !isNoRows(err) {
			return err
		}
		if of != leergangID {
			v.Add("leerjaarId", "required", "Kies een leerjaar van deze leergang.")
		}
	}
	return v.Err()
}

// ListScanMoments returns the scan moments of a leergang the actor can see, by date.
func ListScanMoments(ctx context.Context, idb bun.IDB, a *Actor, leergangID uuid.UUID) ([]*ScanMoment, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	if _, err := GetLeergang(ctx, idb, a, leergangID); err != nil {
		return nil, err
	}
	return scanMomentsOf(ctx, idb, leergangID)
}

func scanMomentsOf(ctx context.Context, idb bun.IDB, leergangID uuid.UUID) ([]*ScanMoment, error) {
	out := []*ScanMoment{}
	err := idb.NewSelect().Model(&out).Where("sm.leergang_id = ?", leergangID).
		OrderExpr("sm.opens_on, sm.created_at, sm.id").Limit(maxScanMoments).Scan(ctx)
	if err != nil && !isNoRows(err) {
		return nil, err
	}
	return out, nil
}

// GetScanMoment returns a moment of a leergang the actor can see.
func GetScanMoment(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*ScanMoment, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	m := new(ScanMoment)
	if err := idb.NewSelect().Model(m).Where("sm.id = ?", id).Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Scanmoment")
	}
	if _, err := GetLeergang(ctx, idb, a, m.LeergangID); err != nil {
		return nil, err
	}
	return m, nil
}

func ScanMomentsByID(ctx context.Context, idb bun.IDB, ids []uuid.UUID) (map[uuid.UUID]*ScanMoment, error) {
	var rows []*ScanMoment
	q := idb.NewSelect().Model(&rows).Where("sm.id IN (?)", bun.In(ids))
	return scanByID(ctx, q, &rows, func(m *ScanMoment) uuid.UUID { return m.ID })
}

func CreateScanMoment(ctx context.Context, idb bun.IDB, a *Actor, leergangID uuid.UUID, in *ScanMomentInput) (*ScanMoment, error) {
	if err := a.RequireManageLeergang(ctx, idb, leergangID); err != nil {
		return nil, err
	}
	if err := in.validate(ctx, idb, leergangID); err != nil {
		return nil, err
	}
	n, err := idb.NewSelect().Table("scan_moments").Where("leergang_id = ?", leergangID).Count(ctx)
	if err != nil {
		return nil, err
	}
	if n >= maxScanMoments {
		return nil, &ConflictError{Message: fmt.Sprintf("Een leergang heeft hoogstens %d scanmomenten.", maxScanMoments)}
	}
	m := &ScanMoment{LeergangID: leergangID, LeerjaarID: in.LeerjaarID, Kind: in.Kind, Title: in.Title, OpensOn: in.OpensOn,
		ClosesOn: in.ClosesOn, AskMaatje: in.AskMaatje, AskDirectie: in.AskDirectie}
	if _, err := idb.NewInsert().Model(m).Returning("*").Exec(ctx); err != nil {
		return nil, err
	}
	return m, nil
}

func managedScanMoment(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*ScanMoment, error) {
	m, err := GetScanMoment(ctx, idb, a, id)
	if err != nil {
		return nil, err
	}
	if err := a.RequireManageLeergang(ctx, idb, m.LeergangID); err != nil {
		return nil, err
	}
	return m, nil
}

func UpdateScanMoment(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID, in *ScanMomentInput) (*ScanMoment, error) {
	cur, err := managedScanMoment(ctx, idb, a, id)
	if err != nil {
		return nil, err
	}
	if err := in.validate(ctx, idb, cur.LeergangID); err != nil {
		return nil, err
	}
	m := new(ScanMoment)
	_, err = idb.NewUpdate().Model(m).Where("sm.id = ?", id).
		Set("kind = ?", in.Kind).Set("leerjaar_id = ?", in.LeerjaarID).Set("title = ?", in.Title).
		Set("opens_on = ?", in.OpensOn).Set("closes_on = ?", in.ClosesOn).
		Set("ask_maatje = ?", in.AskMaatje).Set("ask_directie = ?", in.AskDirectie).Returning("*").Exec(ctx)
	return m, err
}

// DeleteScanMoment removes a moment at which nobody has rated yet.
func DeleteScanMoment(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) error {
	if _, err := managedScanMoment(ctx, idb, a, id); err != nil {
		return err
	}
	used, err := idb.NewSelect().Table("scans").Where("moment_id = ?", id).Exists(ctx)
	if err != nil {
		return err
	}
	if used {
		return &ConflictError{Message: "Op dit scanmoment is al gescand; je kunt het niet meer verwijderen."}
	}
	_, err = idb.NewDelete().Model((*ScanMoment)(nil)).Where("id = ?", id).Exec(ctx)
	return err
}

// standardMomentLead is how long before the end of a leerjaar its end-of-year
// scan opens, so deelnemers can fill it in before the last dagdeel.
const standardMomentLead = 6 * 7 // days

// CreateStandardScanMoments adds the moments every leergang needs: one at the
// start of the first leerjaar and one at the end of each leerjaar, from the
// leerjaren's dates. Moments that already exist are kept; it returns all moments.
func CreateStandardScanMoments(ctx context.Context, idb bun.IDB, a *Actor, leergangID uuid.UUID) ([]*ScanMoment, error) {
	if err := a.RequireManageLeergang(ctx, idb, leergangID); err != nil {
		return nil, err
	}
	years, err := LeerjarenByLeergang(ctx, idb, []uuid.UUID{leergangID})
	if err != nil {
		return nil, err
	}
	existing, err := scanMomentsOf(ctx, idb, leergangID)
	if err != nil {
		return nil, err
	}
	has := func(kind ScanMomentKind, leerjaar *uuid.UUID) bool {
		for _, m := range existing {
			if m.Kind == kind && (kind == ScanMomentStart || (m.LeerjaarID != nil && *m.LeerjaarID == *leerjaar)) {
				return true
			}
		}
		return false
	}
	var missing []string
	var add []*ScanMoment
	for _, lj := range years[leergangID] {
		if lj.StartsOn == nil || lj.EndsOn == nil {
			missing = append(missing, fmt.Sprint(lj.Number))
			continue
		}
		if lj.Number == 1 && !has(ScanMomentStart, nil) {
			closes := lj.StartsOn.AddDate(0, 0, standardMomentLead)
			add = append(add, &ScanMoment{LeergangID: leergangID, LeerjaarID: &lj.ID, Kind: ScanMomentStart,
				Title: "Start van de leergang", OpensOn: *lj.StartsOn, ClosesOn: &closes})
		}
		if !has(ScanMomentEindLeerjaar, &lj.ID) {
			opens := lj.EndsOn.AddDate(0, 0, -standardMomentLead)
			if opens.Before(*lj.StartsOn) {
				opens = *lj.StartsOn
			}
			add = append(add, &ScanMoment{LeergangID: leergangID, LeerjaarID: &lj.ID, Kind: ScanMomentEindLeerjaar,
				Title: fmt.Sprintf("Einde leerjaar %d", lj.Number), OpensOn: opens, ClosesOn: lj.EndsOn})
		}
	}
	if len(missing) > 0 {
		return nil, Invalid("leergangId", "leerjaar_dates", "Geef eerst elk leerjaar een begin- en einddatum (leerjaar "+strings.Join(missing, ", ")+").")
	}
	if len(existing)+len(add) > maxScanMoments {
		return nil, &ConflictError{Message: fmt.Sprintf("Een leergang heeft hoogstens %d scanmomenten.", maxScanMoments)}
	}
	if len(add) > 0 {
		if _, err := idb.NewInsert().Model(&add).Exec(ctx); err != nil {
			return nil, err
		}
	}
	return scanMomentsOf(ctx, idb, leergangID)
}
