package db_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/dbtest"
)

// SessionRegions is the holiday check's input: the regions of the schools of a
// session's participants (group members, the praktijkbegeleiding's deelnemer)
// and of its leergang's client organisation.
func TestSessionRegionsCombinesMembersPraktijkAndClientSchools(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	// Client org (schools A, B): noord. Other org's school C: zuid; ibC joins the group.
	cwExec(t, ctx, bdb, "UPDATE schools SET region = 'zuid' WHERE id = ?", cw.schoolC.ID)
	cwExec(t, ctx, bdb, "INSERT INTO group_members (group_id, person_id) VALUES (?, ?)", cw.group.ID, cw.ibC.ID)
	grouped := cw.session(t, ctx, bdb, "Met groep", 3)

	// A praktijkbegeleiding for a deelnemer at a midden school of the other org.
	midden := &db.School{OrganisationID: cw.otherOrg.ID, Name: "School M", BRIN: "44MM", Region: db.RegionMidden}
	if _, err := bdb.NewInsert().Model(midden).Returning("*").Exec(ctx); err != nil {
		t.Fatal(err)
	}
	ibM := cwDeelnemers(t, ctx, bdb, "ibm", 1, midden.ID)[0]
	var praktijk uuid.UUID
	start := time.Now().Add(96 * time.Hour).Truncate(time.Minute)
	if err := bdb.NewRaw(`INSERT INTO sessions (leergang_id, leerjaar_id, kind, title, starts_at, ends_at, credit_minutes, praktijk_person_id)
		VALUES (?, ?, 'praktijkbegeleiding', 'Bezoek', ?, ?, 60, ?) RETURNING id`,
		cw.leergang.ID, cw.jaar1.ID, start, start.Add(time.Hour), ibM.ID).Scan(ctx, &praktijk); err != nil {
		t.Fatal(err)
	}

	// A leergang of a client without schools, with a session without groups: no regions.
	academie := &db.Organisation{Name: "Academie", Kind: db.OrganisationAcademie}
	if _, err := bdb.NewInsert().Model(academie).Returning("*").Exec(ctx); err != nil {
		t.Fatal(err)
	}
	bare := cwLeergang(t, ctx, bdb, "Zonder scholen", academie.ID)
	bareSession := cwSession(t, ctx, bdb, cwLeerjaar(t, ctx, bdb, bare.ID, 1), "Leeg", start, 60)

	got, err := db.SessionRegions(ctx, bdb, []uuid.UUID{grouped.ID, praktijk, bareSession.ID})
	if err != nil {
		t.Fatal(err)
	}
	want := map[uuid.UUID][]db.Region{
		grouped.ID: {db.RegionNoord, db.RegionZuid},
		praktijk:   {db.RegionMidden, db.RegionNoord},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("regions = %v, want %v", got, want)
	}
}
