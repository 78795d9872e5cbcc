package db_test

import (
	"context"
	"math"
	"testing"
	"time"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/dbtest"
)

func TestIntervisieAttendanceCountsInTheHoursLedgerAndFeed(t *testing.T) {
	ctx := context.Background()
	bdb := dbtest.New(t)
	cw := newCourseWorld(t, ctx, bdb)
	// Year 1 runs until next month, year 2 after it.
	cwExec(t, ctx, bdb, "UPDATE leerjaren SET starts_on = current_date - 200, ends_on = current_date + 30 WHERE id = ?", cw.jaar1.ID)
	cwExec(t, ctx, bdb, "UPDATE leerjaren SET starts_on = current_date + 31, ends_on = current_date + 395 WHERE id = ?", cw.jaar2.ID)
	bestuur, ibA, ibB := cw.actor(t, ctx, bdb, cw.bestuur), cw.actor(t, ctx, bdb, cw.ibA), cw.actor(t, ctx, bdb, cw.ibB)
	facilitator := cw.actor(t, ctx, bdb, cw.opleider)

	_, err := db.CreateIntervisieGroup(ctx, bdb, bestuur, db.IntervisieGroupInput{Name: "Intervisie", MemberIDs: []uuid.UUID{cw.ibC.ID}})
	cwWantInvalid(t, err, "memberIds") // IB C works for another board
	_, err = db.CreateIntervisieGroup(ctx, bdb, ibA, db.IntervisieGroupInput{Name: "Eigen groep", MemberIDs: []uuid.UUID{cw.ibA.ID}})
	cwWantForbidden(t, err)
	g, err := db.CreateIntervisieGroup(ctx, bdb, bestuur, db.IntervisieGroupInput{Name: "Intervisie starters", FacilitatorID: &cw.opleider.ID,
		LeergangID: &cw.leergang.ID, MemberIDs: []uuid.UUID{cw.ibA.ID, cw.ibB.ID}})
	if err != nil {
		t.Fatal(err)
	}
	if g.OrganisationID != cw.org.ID || !g.CanManage {
		t.Fatalf("group %+v", g)
	}

	start := time.Now().Add(-72 * time.Hour).Truncate(time.Hour)
	past, err := db.PlanIntervisieMeeting(ctx, bdb, facilitator, g.ID, db.MeetingInput{StartsAt: start, EndsAt: start.Add(2 * time.Hour),
		Location: "School A", Method: "incidentmethode"})
	if err != nil {
		t.Fatal(err)
	}
	cancelled, err := db.PlanIntervisieMeeting(ctx, bdb, facilitator, g.ID, db.MeetingInput{StartsAt: start.Add(-24 * time.Hour),
		EndsAt: start.Add(-22 * time.Hour), OnlineURL: "https://meet.example.nl/iv"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.PlanIntervisieMeeting(ctx, bdb, facilitator, g.ID, db.MeetingInput{StartsAt: start, EndsAt: start.Add(time.Hour)})
	cwWantInvalid(t, err, "location")

	minutes := 30
	_, err = db.RegisterIntervisieAttendance(ctx, bdb, ibA, past.ID, []db.IntervisieAttendanceInput{{PersonID: cw.ibA.ID, Status: db.AttendanceAanwezig}}, time.Now())
	cwWantForbidden(t, err)
	_, err = db.RegisterIntervisieAttendance(ctx, bdb, facilitator, past.ID, []db.IntervisieAttendanceInput{{PersonID: cw.ibC.ID, Status: db.AttendanceAanwezig}}, time.Now())
	cwWantInvalid(t, err, "entries")
	att := []db.IntervisieAttendanceInput{{PersonID: cw.ibA.ID, Status: db.AttendanceAanwezig}, {PersonID: cw.ibB.ID, Status: db.AttendanceGedeeltelijk, Minutes: &minutes}}
	if _, err := db.RegisterIntervisieAttendance(ctx, bdb, facilitator, past.ID, att, time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := db.RegisterIntervisieAttendance(ctx, bdb, facilitator, cancelled.ID, att, time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := db.CancelIntervisieMeeting(ctx, bdb, facilitator, cancelled.ID, "Ziek"); err != nil {
		t.Fatal(err)
	}

	hoursOf := func(a *db.Actor, person uuid.UUID, lj uuid.UUID) *db.HoursLedger {
		t.Helper()
		ls, err := db.HoursLedgers(ctx, bdb, a, person)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range ls {
			if l.LeerjaarID == lj {
				return l
			}
		}
		t.Fatalf("no ledger for leerjaar %s", lj)
		return nil
	}
	a1 := hoursOf(ibA, cw.ibA.ID, cw.jaar1.ID)
	if a1.IntervisieHours != 2 || a1.TotalHours() != 2 || len(a1.IntervisieEntries) != 1 || a1.IntervisieEntries[0].GroupName != "Intervisie starters" {
		t.Fatalf("IB A year 1: intervisie %v, total %v, entries %+v", a1.IntervisieHours, a1.TotalHours(), a1.IntervisieEntries)
	}
	if b1 := hoursOf(ibB, cw.ibB.ID, cw.jaar1.ID); math.Abs(b1.IntervisieHours-0.5) > 1e-9 {
		t.Fatalf("IB B year 1: intervisie %v, want 0.5", b1.IntervisieHours)
	}
	if a2 := hoursOf(ibA, cw.ibA.ID, cw.jaar2.ID); a2.IntervisieHours != 0 {
		t.Fatalf("IB A year 2: intervisie %v, want 0 (the meeting is in year 1)", a2.IntervisieHours)
	}

	// The meetings are in the members' and facilitator's feed; a member sees only their own attendance.
	for _, a := range []*db.Actor{ibA, facilitator} {
		ms, err := db.CalendarFeedIntervisieMeetings(ctx, bdb, a, time.Now())
		if err != nil || len(ms) != 2 {
			t.Fatalf("feed has %d meetings (%v), want 2", len(ms), err)
		}
		if ms[0].ID != cancelled.ID || ms[0].CancelledAt == nil || ms[0].Sequence != 1 {
			t.Fatalf("cancelled meeting in feed: %+v", ms[0])
		}
	}
	if ms, _ := db.CalendarFeedIntervisieMeetings(ctx, bdb, cw.actor(t, ctx, bdb, cw.ibC), time.Now()); len(ms) != 0 {
		t.Fatalf("an outsider's feed has %d meetings", len(ms))
	}
	own, err := db.AttendanceByMeeting(ctx, bdb, ibA, []uuid.UUID{past.ID})
	if err != nil || len(own[past.ID]) != 1 || own[past.ID][0].PersonID != cw.ibA.ID {
		t.Fatalf("member sees %+v", own)
	}
	_, err = db.GetIntervisieGroup(ctx, bdb, cw.actor(t, ctx, bdb, cw.ibC), g.ID)
	cwWantForbidden(t, err)
}
