package db

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
)

// DefaultHoursNorm is the hours a leerjaar expects when none is given.
const DefaultHoursNorm = 40

type LeerjaarInput struct {
	Number    int
	HoursNorm *float64
	StartsOn  *time.Time
	EndsOn    *time.Time
}

type GroupInput struct {
	ID        *uuid.UUID
	Name      string
	MemberIDs []uuid.UUID
}

type LeergangInput struct {
	Name                 string
	Description          string
	Status               LeergangStatus
	ClientOrganisationID uuid.UUID
	Leerjaren            []LeerjaarInput
	Groups               []GroupInput
	OpleiderIDs          []uuid.UUID
	StuurgroepIDs        []uuid.UUID
}

func (in *LeergangInput) validate(ctx context.Context, idb bun.IDB, self uuid.UUID) error {
	in.Name = strings.TrimSpace(in.Name)
	in.Description = strings.TrimSpace(in.Description)
	in.OpleiderIDs = compactIDs(in.OpleiderIDs)
	in.StuurgroepIDs = compactIDs(in.StuurgroepIDs)
	var v Validator
	requireText(&v, "name", in.Name, 200)
	maxText(&v, "description", in.Description, 5000)
	if !in.Status.Valid() {
		v.Add("status", "required", "Kies de status.")
	}
	var kind OrganisationKind
	err := idb.NewSelect().Table("organisations").Column("kind").Where("id = ?", in.ClientOrganisationID).Scan(ctx, &kind)
	switch {
	case err != nil && !isNoRows(err):
		return err
	case err != nil:
		v.Add("clientOrganisationId", "required", "Kies de opdrachtgever.")
	case kind == OrganisationAcademie:
		v.Add("clientOrganisationId", "not_allowed", "De opdrachtgever is een bestuur of samenwerkingsverband, niet de academie zelf.")
	}

	if len(in.Leerjaren) == 0 {
		v.Add("leerjaren", "required", "Een leergang heeft ten minste één leerjaar.")
	}
	slices.SortFunc(in.Leerjaren, func(a, b LeerjaarInput) int { return a.Number - b.Number })
	for i, lj := range in.Leerjaren {
		if lj.Number != i+1 {
			v.Add("leerjaren", "invalid", "De leerjaren zijn genummerd vanaf 1, zonder gaten.")
			break
		}
		if lj.HoursNorm != nil && (*lj.HoursNorm < 0 || *lj.HoursNorm > 1000) {
			v.Add("leerjaren", "out_of_range", "De urennorm ligt tussen 0 en 1000 uur.")
			break
		}
		if lj.StartsOn != nil && lj.EndsOn != nil && lj.EndsOn.Before(*lj.StartsOn) {
			v.Add("leerjaren", "invalid", fmt.Sprintf("Leerjaar %d eindigt voordat het begint.", lj.Number))
			break
		}
	}

	if len(in.Groups) == 0 {
		v.Add("groups", "required", "Een leergang heeft ten minste één groep.")
	}
	names := map[string]bool{}
	var members []uuid.UUID
	for i := range in.Groups {
		g := &in.Groups[i]
		g.Name = strings.TrimSpace(g.Name)
		g.MemberIDs = compactIDs(g.MemberIDs)
		if g.Name == "" {
			v.Add("groups", "required", "Geef elke groep een naam.")
		} else if names[strings.ToLower(g.Name)] {
			v.Add("groups", "duplicate", "Twee groepen hebben dezelfde naam: "+g.Name+".")
		}
		names[strings.ToLower(g.Name)] = true
		members = append(members, g.MemberIDs...)
	}
	if n, err := countWithRole(ctx, idb, compactIDs(members), RoleDeelnemer); err != nil {
		return err
	} else if n != len(compactIDs(members)) {
		v.Add("groups", "not_deelnemer", "Alleen deelnemers kunnen in een groep.")
	}
	if len(in.OpleiderIDs) == 0 {
		v.Add("opleiderIds", "required", "Kies ten minste één opleider.")
	} else if n, err := countWithRole(ctx, idb, in.OpleiderIDs, RoleOpleider); err != nil {
		return err
	} else if n != len(in.OpleiderIDs) {
		v.Add("opleiderIds", "not_opleider", "Alleen opleiders kunnen een leergang geven.")
	}
	if len(in.StuurgroepIDs) > 0 && !v.Has("clientOrganisationId") {
		n, err := idb.NewSelect().TableExpr("people AS p").Where("p.id IN (?)", bun.In(in.StuurgroepIDs)).
			Where(`(p.organisation_id = ? OR EXISTS (SELECT 1 FROM person_schools ps JOIN schools s ON s.id = ps.school_id
				WHERE ps.person_id = p.id AND s.organisation_id = ?))`, in.ClientOrganisationID, in.ClientOrganisationID).Count(ctx)
		if err != nil {
			return err
		}
		if int(n) != len(in.StuurgroepIDs) {
			v.Add("stuurgroepIds", "not_client", "De stuurgroep bestaat uit mensen van de opdrachtgever.")
		}
	}
	return v.Err()
}

func countWithRole(ctx context.Context, idb bun.IDB, ids []uuid.UUID, role Role) (int, error) {
	if len(ids) == 0 {
		return 0, nil
	}
	n, err := idb.NewSelect().Table("person_roles").Where("person_id IN (?) AND role = ?", bun.In(ids), role).Count(ctx)
	return int(n), err
}

// CreateLeergang creates a leergang with its parts. An opleider who creates one
// becomes one of its opleiders, so they can go on planning it.
func CreateLeergang(ctx context.Context, idb bun.IDB, a *Actor, in LeergangInput) (*Leergang, error) {
	if err := a.RequireCreateLeergang(); err != nil {
		return nil, err
	}
	if a.Has(RoleOpleider) && !slices.Contains(in.OpleiderIDs, a.PersonID) {
		in.OpleiderIDs = append(in.OpleiderIDs, a.PersonID)
	}
	if err := in.validate(ctx, idb, uuid.Nil); err != nil {
		return nil, err
	}
	l := &Leergang{Name: in.Name, Description: in.Description, Status: in.Status, ClientOrganisationID: in.ClientOrganisationID}
	if _, err := idb.NewInsert().Model(l).Returning("*").Exec(ctx); err != nil {
		return nil, err
	}
	if err := writeLeergangParts(ctx, idb, l.ID, in); err != nil {
		return nil, err
	}
	return l, nil
}

func UpdateLeergang(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID, in LeergangInput) (*Leergang, error) {
	if err := a.RequireManageLeergang(ctx, idb, id); err != nil {
		return nil, err
	}
	if _, err := GetLeergang(ctx, idb, a, id); err != nil {
		return nil, err
	}
	if err := in.validate(ctx, idb, id); err != nil {
		return nil, err
	}
	if a.Has(RoleOpleider) && !a.Has(RoleBeheerder) && !slices.Contains(in.OpleiderIDs, a.PersonID) {
		return nil, Invalid("opleiderIds", "self_lockout", "Je kunt jezelf niet als opleider weghalen; vraag dat aan een collega of de beheerder.")
	}
	l := &Leergang{ID: id}
	if _, err := idb.NewUpdate().Model(l).Set("name = ?", in.Name).Set("description = ?", in.Description).
		Set("status = ?", in.Status).Set("client_organisation_id = ?", in.ClientOrganisationID).Set("updated_at = now()").
		WherePK().Returning("*").Exec(ctx); err != nil {
		return nil, err
	}
	if err := writeLeergangParts(ctx, idb, id, in); err != nil {
		return nil, err
	}
	return l, nil
}

// writeLeergangParts brings leerjaren, groups, opleiders and stuurgroep in line with the input.
func writeLeergangParts(ctx context.Context, idb bun.IDB, id uuid.UUID, in LeergangInput) error {
	for _, lj := range in.Leerjaren {
		norm := float64(DefaultHoursNorm)
		if lj.HoursNorm != nil {
			norm = *lj.HoursNorm
		}
		if _, err := idb.NewRaw(`INSERT INTO leerjaren (leergang_id, number, hours_norm, starts_on, ends_on) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (leergang_id, number) DO UPDATE SET hours_norm = EXCLUDED.hours_norm, starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on`,
			id, lj.Number, norm, lj.StartsOn, lj.EndsOn).Exec(ctx); err != nil {
			return err
		}
	}
	var planned bool
	if err := idb.NewRaw(`SELECT EXISTS (SELECT 1 FROM sessions se JOIN leerjaren lj ON lj.id = se.leerjaar_id
		WHERE lj.leergang_id = ? AND lj.number > ?)`, id, len(in.Leerjaren)).Scan(ctx, &planned); err != nil {
		return err
	}
	if planned {
		return &ConflictError{Message: "Een leerjaar dat je weghaalt heeft al bijeenkomsten. Verwijder of verplaats die eerst."}
	}
	if _, err := idb.NewRaw(`DELETE FROM leerjaren WHERE leergang_id = ? AND number > ?`, id, len(in.Leerjaren)).Exec(ctx); err != nil {
		return err
	}

	var keep []uuid.UUID
	for _, g := range in.Groups {
		gid := uuid.Nil
		if g.ID != nil {
			res, err := idb.NewRaw(`UPDATE leergang_groups SET name = ? WHERE id = ? AND leergang_id = ?`, g.Name, *g.ID, id).Exec(ctx)
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n == 1 {
				gid = *g.ID
			}
		}
		if gid == uuid.Nil {
			// A new group with the name of an existing one is that group.
			if err := idb.NewRaw(`INSERT INTO leergang_groups (leergang_id, name) VALUES (?, ?)
				ON CONFLICT (leergang_id, name) DO UPDATE SET name = EXCLUDED.name RETURNING id`, id, g.Name).Scan(ctx, &gid); err != nil {
				return err
			}
		}
		keep = append(keep, gid)
		if _, err := idb.NewRaw(`DELETE FROM group_members WHERE group_id = ?`, gid).Exec(ctx); err != nil {
			return err
		}
		if len(g.MemberIDs) > 0 {
			if _, err := idb.NewRaw(`INSERT INTO group_members (group_id, person_id) SELECT ?, unnest(?::uuid[])`, gid, pgdialect.Array(g.MemberIDs)).Exec(ctx); err != nil {
				return err
			}
		}
	}
	if _, err := idb.NewRaw(`DELETE FROM leergang_groups WHERE leergang_id = ? AND NOT (id = ANY(?::uuid[]))`, id, pgdialect.Array(keep)).Exec(ctx); err != nil {
		return err
	}
	for table, ids := range map[string][]uuid.UUID{"leergang_opleiders": in.OpleiderIDs, "stuurgroep_members": in.StuurgroepIDs} {
		if _, err := idb.NewRaw(`DELETE FROM `+table+` WHERE leergang_id = ?`, id).Exec(ctx); err != nil {
			return err
		}
		if len(ids) > 0 {
			if _, err := idb.NewRaw(`INSERT INTO `+table+` (leergang_id, person_id) SELECT ?, unnest(?::uuid[])`, id, pgdialect.Array(ids)).Exec(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}

type CopyLeergangInput struct {
	ID                   uuid.UUID
	Name                 string
	ClientOrganisationID uuid.UUID
	ShiftDays            int
	CopyMembers          bool
}

// CopyLeergang runs a leergang again: leerjaren, groups, opleiders and all
// sessions are copied with their dates shifted; the copy starts as a concept
// with unpublished sessions, and without attendance, hours or stuurgroep.
func CopyLeergang(ctx context.Context, idb bun.IDB, a *Actor, in CopyLeergangInput) (*Leergang, error) {
	if err := a.RequireCreateLeergang(); err != nil {
		return nil, err
	}
	src, err := GetLeergang(ctx, idb, a, in.ID)
	if err != nil {
		return nil, err
	}
	var v Validator
	in.Name = strings.TrimSpace(in.Name)
	requireText(&v, "name", in.Name, 200)
	if in.ShiftDays < -3660 || in.ShiftDays > 3660 {
		v.Add("shiftDays", "out_of_range", "Verschuif hoogstens tien jaar.")
	}
	var kind OrganisationKind
	if err := idb.NewSelect().Table("organisations").Column("kind").Where("id = ?", in.ClientOrganisationID).Scan(ctx, &kind); err != nil || kind == OrganisationAcademie {
		if err != nil && !isNoRows(err) {
			return nil, err
		}
		v.Add("clientOrganisationId", "required", "Kies de opdrachtgever: een bestuur of samenwerkingsverband.")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	shift := fmt.Sprintf("%d days", in.ShiftDays)
	dst := &Leergang{Name: in.Name, Description: src.Description, Status: LeergangConcept, ClientOrganisationID: in.ClientOrganisationID, CopiedFromID: &src.ID}
	if _, err := idb.NewInsert().Model(dst).Returning("*").Exec(ctx); err != nil {
		return nil, err
	}
	steps := []struct {
		sql  string
		args []any
	}{
		{`INSERT INTO leerjaren (leergang_id, number, hours_norm, starts_on, ends_on)
			SELECT ?0, number, hours_norm, starts_on + ?2::interval, ends_on + ?2::interval FROM leerjaren WHERE leergang_id = ?1`, nil},
		{`INSERT INTO leergang_groups (leergang_id, name) SELECT ?0, name FROM leergang_groups WHERE leergang_id = ?1`, nil},
		{`INSERT INTO leergang_opleiders (leergang_id, person_id) SELECT ?0, person_id FROM leergang_opleiders WHERE leergang_id = ?1`, nil},
	}
	if in.CopyMembers {
		steps = append(steps, struct {
			sql  string
			args []any
		}{`INSERT INTO group_members (group_id, person_id)
			SELECT ng.id, gm.person_id FROM group_members gm JOIN leergang_groups og ON og.id = gm.group_id
			JOIN leergang_groups ng ON ng.leergang_id = ?0 AND ng.name = og.name WHERE og.leergang_id = ?1`, nil})
	}
	for _, st := range steps {
		if _, err := idb.NewRaw(st.sql, dst.ID, src.ID, shift).Exec(ctx); err != nil {
			return nil, err
		}
	}
	if a.Has(RoleOpleider) {
		if _, err := idb.NewRaw(`INSERT INTO leergang_opleiders (leergang_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, dst.ID, a.PersonID).Exec(ctx); err != nil {
			return nil, err
		}
	}
	// Sessions: copied unpublished and with a new id; a praktijkbegeleiding only when its deelnemer comes along.
	if _, err := idb.NewRaw(`
		WITH src AS (
			SELECT se.*, gen_random_uuid() AS new_id FROM sessions se WHERE se.leergang_id = ?1 AND se.cancelled_at IS NULL
				AND (se.praktijk_person_id IS NULL OR ?3)
		), ins AS (
			INSERT INTO sessions (id, leergang_id, leerjaar_id, kind, dagdeel, title, theme, starts_at, ends_at, credit_minutes,
				location, online_url, capacity, description, materials, overnight, praktijk_person_id, published)
			SELECT s.new_id, ?0, nlj.id, s.kind, s.dagdeel, s.title, s.theme, s.starts_at + ?2::interval, s.ends_at + ?2::interval,
				s.credit_minutes, s.location, s.online_url, s.capacity, s.description, s.materials, s.overnight, s.praktijk_person_id, false
			FROM src s JOIN leerjaren olj ON olj.id = s.leerjaar_id JOIN leerjaren nlj ON nlj.leergang_id = ?0 AND nlj.number = olj.number
			RETURNING id
		), groups AS (
			INSERT INTO session_groups (session_id, group_id)
			SELECT s.new_id, ng.id FROM src s JOIN session_groups sg ON sg.session_id = s.id
			JOIN leergang_groups og ON og.id = sg.group_id JOIN leergang_groups ng ON ng.leergang_id = ?0 AND ng.name = og.name
		)
		INSERT INTO session_opleiders (session_id, person_id, during)
		SELECT s.new_id, so.person_id, tstzrange(s.starts_at + ?2::interval, s.ends_at + ?2::interval, '[)')
		FROM src s JOIN session_opleiders so ON so.session_id = s.id`, dst.ID, src.ID, shift, in.CopyMembers).Exec(ctx); err != nil {
		return nil, sessionWriteError(ctx, idb, err)
	}
	return dst, nil
}
