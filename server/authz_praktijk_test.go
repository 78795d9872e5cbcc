package main

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/db/demo"
)

// Rows of the authorization matrix for praktijkopdrachten. The demo world has
// Twentekant's assignments and the demo schoolcoach's submission; the fixture
// adds a Zuidoost assignment handed in by an IB'er of school A and one of
// school B, so directie and bestuur have staff with submissions.

type praktijkFixture struct {
	marit, marloes           *db.Actor
	asg1, asg2               uuid.UUID // Twentekant year 1 (with Marloes's submission) and year 2 (open)
	marloesSub, marloesVer   uuid.UUID
	vraagComment             uuid.UUID // the opleider's vraag on Marloes's video
	regenboogSub, kompasSub  uuid.UUID // handed in by staff of school A and school B
	twentekantYear2          uuid.UUID
	regenboogIB, kompasIB    uuid.UUID
	zuidoostAssignment       uuid.UUID
	regenboogIBA, kompasIBA  *db.Actor
	twentekantLeergang, zoLg uuid.UUID
}

var praktijkFixtures sync.Map // *fixture → *praktijkFixture

func (f *fixture) praktijk(t *testing.T) *praktijkFixture {
	t.Helper()
	if p, ok := praktijkFixtures.Load(f); ok {
		return p.(*praktijkFixture)
	}
	p := &praktijkFixture{twentekantLeergang: f.twentekant2, zoLg: f.zuidoostLeergang}
	actor := func(email string) *db.Actor {
		a, err := db.ActorFor(f.ctx, f.srv.DB, personIDByEmail(t, f.srv, email))
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	scan := func(dst *uuid.UUID, q string, args ...any) {
		t.Helper()
		if err := f.srv.DB.NewRaw(q, args...).Scan(f.ctx, dst); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	p.marit, p.marloes = actor(demo.OpleiderEmail), actor(demo.DeelnemerEmail)
	scan(&p.asg1, "SELECT id FROM assignments WHERE title = ?", demo.PraktijkYear1Title)
	scan(&p.asg2, "SELECT id FROM assignments WHERE title = ?", demo.PraktijkYear2Title)
	scan(&p.marloesSub, "SELECT id FROM submissions WHERE assignment_id = ? AND person_id = ?", p.asg1, p.marloes.PersonID)
	scan(&p.marloesVer, "SELECT id FROM submission_versions WHERE submission_id = ?", p.marloesSub)
	scan(&p.vraagComment, "SELECT id FROM video_comments WHERE version_id = ? AND kind = 'vraag'", p.marloesVer)
	p.twentekantYear2 = f.twentekantLeerjaar(t, 2)
	member := `SELECT gm.person_id FROM group_members gm JOIN leergang_groups g ON g.id = gm.group_id
		JOIN person_schools ps ON ps.person_id = gm.person_id WHERE g.leergang_id = ? AND ps.school_id = ? ORDER BY gm.person_id LIMIT 1`
	scan(&p.regenboogIB, member, f.zuidoostLeergang, f.regenboog)
	scan(&p.kompasIB, member, f.zuidoostLeergang, f.kompas)
	var err error
	if p.regenboogIBA, err = db.ActorFor(f.ctx, f.srv.DB, p.regenboogIB); err != nil {
		t.Fatal(err)
	}
	if p.kompasIBA, err = db.ActorFor(f.ctx, f.srv.DB, p.kompasIB); err != nil {
		t.Fatal(err)
	}
	as, err := db.CreateAssignment(f.ctx, f.srv.DB, f.admin, f.zuidoostLeergang, &db.AssignmentInput{LeerjaarID: f.zuidoostLeerjaar,
		Title: "Casusbespreking", DueOn: time.Now().AddDate(0, 2, 0), Parts: []db.AssignmentPart{db.PartText}})
	if err != nil {
		t.Fatal(err)
	}
	p.zuidoostAssignment = as.ID
	p.regenboogSub = handIn(t, f, p.regenboogIBA, as.ID)
	p.kompasSub = handIn(t, f, p.kompasIBA, as.ID)
	praktijkFixtures.Store(f, p)
	return p
}

func handIn(t *testing.T, f *fixture, who *db.Actor, assignment uuid.UUID) uuid.UUID {
	t.Helper()
	sub, err := db.SaveDraft(f.ctx, f.srv.DB, who, db.DraftInput{AssignmentID: assignment, Reflection: "Wat ik leerde", WrittenText: "De casus"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.HandIn(f.ctx, f.srv.DB, who, sub.ID); err != nil {
		t.Fatal(err)
	}
	return sub.ID
}

// freshAssignment is a new Twentekant year-2 assignment with the given parts.
func (f *fixture) freshAssignment(t *testing.T, parts ...db.AssignmentPart) uuid.UUID {
	as, err := db.CreateAssignment(f.ctx, f.srv.DB, f.admin, f.twentekant2, &db.AssignmentInput{LeerjaarID: f.twentekantLeerjaar(t, 2),
		Title: fmt.Sprintf("Opdracht %d", f.fresh()), DueOn: time.Now().AddDate(0, 1, 0), Parts: parts, Aspects: []string{"Coachen"},
		Rubric: []db.RubricCriterionInput{{Title: "Structuur", Levels: []db.RubricLevelInput{{Label: "Laag"}, {Label: "Hoog", Points: 2}}}}})
	if err != nil {
		t.Fatal(err)
	}
	return as.ID
}

// freshVideoFile records a ready video of the demo schoolcoach for an assignment (no bytes needed here).
func (f *fixture) freshVideoFile(t *testing.T, owner uuid.UUID, assignment uuid.UUID) uuid.UUID {
	id := uuid.New()
	if _, err := f.srv.DB.NewRaw(`INSERT INTO files (id, owner_id, assignment_id, kind, name, size, content_type, status, ready_at)
		VALUES (?, ?, ?, 'video', 'opname.mp4', 1000, 'video/mp4', 'ready', now())`, id, owner, assignment).Exec(f.ctx); err != nil {
		t.Fatal(err)
	}
	return id
}

// freshSubmission makes a submission of the demo schoolcoach in the given
// state: "draft", "handedIn" or "feedback" (published). withVideo adds a video.
func (f *fixture) freshSubmission(t *testing.T, state string, withVideo bool) (sub, version uuid.UUID) {
	p := f.praktijk(t)
	parts := []db.AssignmentPart{db.PartText}
	if withVideo {
		parts = append(parts, db.PartVideo)
	}
	as := f.freshAssignment(t, parts...)
	in := db.DraftInput{AssignmentID: as, Reflection: "Reflectie", WrittenText: "Tekst"}
	if withVideo {
		v := f.freshVideoFile(t, p.marloes.PersonID, as)
		in.VideoFileID = &v
	}
	s, err := db.SaveDraft(f.ctx, f.srv.DB, p.marloes, in)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.srv.DB.NewRaw("SELECT id FROM submission_versions WHERE submission_id = ?", s.ID).Scan(f.ctx, &version); err != nil {
		t.Fatal(err)
	}
	if state == "draft" {
		return s.ID, version
	}
	if _, err := db.HandIn(f.ctx, f.srv.DB, p.marloes, s.ID); err != nil {
		t.Fatal(err)
	}
	if state == "feedback" {
		if _, err := db.SaveFeedback(f.ctx, f.srv.DB, p.marit, db.FeedbackInput{VersionID: version, Feedback: "Goed", Publish: true}); err != nil {
			t.Fatal(err)
		}
	}
	return s.ID, version
}

func praktijkCases(t *testing.T) map[string]opCase {
	manageOnly := func() map[string]expectation {
		return map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow, "deelnemer": forbidden,
			"directieA": forbidden, "directieB": forbidden, "bestuur": forbidden, "otherSchool": forbidden}
	}
	onlyDeelnemer := func() map[string]expectation {
		m := everyoneSame(forbidden)
		m["anonymous"], m["deelnemer"] = unauth, allow
		return m
	}
	contentReaders := func() map[string]expectation {
		return map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow, "deelnemer": allow,
			"directieA": forbidden, "directieB": forbidden, "bestuur": forbidden, "otherSchool": forbidden}
	}
	id := func(u uuid.UUID) map[string]any { return map[string]any{"id": u.String()} }
	input := func(m map[string]any) map[string]any { return map[string]any{"i": m} }
	// staffSubmission is a submission of the viewer's own staff for directie and bestuur.
	staffSubmission := func(f *fixture, c string) uuid.UUID {
		p := f.praktijk(t)
		switch c {
		case "directieA", "bestuur":
			return p.regenboogSub
		case "directieB", "otherSchool":
			return p.kompasSub
		}
		return p.marloesSub
	}
	statusRows := func(want, not func(p *praktijkFixture) uuid.UUID) expectation {
		return filtered(func(t *testing.T, f *fixture, d map[string]any) {
			p := f.praktijk(t)
			var ids []string
			for _, n := range d["submissionStatuses"].(map[string]any)["nodes"].([]any) {
				ids = append(ids, n.(map[string]any)["submissionId"].(string))
			}
			if !contains(ids, want(p)) || (not != nil && contains(ids, not(p))) {
				t.Fatalf("status rows %v: want %s and not the other", ids, want(p))
			}
		})
	}
	marloes := func(p *praktijkFixture) uuid.UUID { return p.marloesSub }
	regenboog := func(p *praktijkFixture) uuid.UUID { return p.regenboogSub }
	kompas := func(p *praktijkFixture) uuid.UUID { return p.kompasSub }
	return map[string]opCase{
		"assignments": {query: `query($l: ID!) { assignments(leergangId: $l) { id title rubric { levels { id } } } }`,
			vars: func(f *fixture, c string) map[string]any {
				if c == "directieA" || c == "directieB" || c == "bestuur" {
					return map[string]any{"l": f.zuidoostLeergang.String()} // a leergang they see, but not its assignments
				}
				return map[string]any{"l": f.twentekant2.String()}
			},
			expect: map[string]expectation{"anonymous": unauth, "beheerder": allow, "opleider": allow, "deelnemer": allow,
				"directieA": forbidden, "directieB": forbidden, "bestuur": forbidden, "otherSchool": forbidden}},
		"assignment": {query: `query($id: ID!) { assignment(id: $id) { id mySubmission { status } } }`,
			vars:   func(f *fixture, _ string) map[string]any { return id(f.praktijk(t).asg1) },
			expect: contentReaders()},
		"mySubmissions": {query: `{ mySubmissions { id status } }`, vars: func(*fixture, string) map[string]any { return nil },
			expect: func() map[string]expectation {
				m := everyoneSame(filtered(func(t *testing.T, f *fixture, d map[string]any) {
					if n := len(d["mySubmissions"].([]any)); n != 0 {
						t.Fatalf("someone without submissions sees %d", n)
					}
				}))
				m["anonymous"] = unauth
				m["deelnemer"] = filtered(func(t *testing.T, f *fixture, d map[string]any) {
					if len(d["mySubmissions"].([]any)) == 0 {
						t.Fatal("the demo schoolcoach sees no submissions of her own")
					}
				})
				return m
			}()},
		"submission": {query: `query($id: ID!) { submission(id: $id) { id status versions { reflection } } }`,
			vars:   func(f *fixture, c string) map[string]any { return id(staffSubmission(f, c)) },
			expect: contentReaders()},
		"submissions": {query: `query($a: ID!) { submissions(assignmentId: $a) { totalCount nodes { id person { id } } } }`,
			vars:   func(f *fixture, _ string) map[string]any { return map[string]any{"a": f.praktijk(t).asg1.String()} },
			expect: manageOnly()},
		"submissionStatuses": {query: `query($s: ID) { submissionStatuses(schoolId: $s, first: 100) { totalCount nodes { submissionId status person { id } } } }`,
			vars: func(f *fixture, c string) map[string]any {
				if c == "otherSchool" {
					return map[string]any{"s": f.kompas.String()}
				}
				return map[string]any{"s": nil}
			},
			expect: map[string]expectation{"anonymous": unauth, "beheerder": statusRows(marloes, nil), "opleider": statusRows(regenboog, nil),
				"deelnemer": statusRows(marloes, regenboog), "directieA": statusRows(regenboog, kompas), "directieB": statusRows(kompas, regenboog),
				"bestuur": statusRows(kompas, marloes), "otherSchool": forbidden}},
		"storedFile": {query: `query($id: ID!) { storedFile(id: $id) { id status url } }`,
			vars:   func(f *fixture, _ string) map[string]any { return id(demo.DemoVideoID) },
			expect: contentReaders()},

		"createAssignment": {query: `mutation($i: CreateAssignmentInput!) { createAssignment(input: $i) { assignment { id } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return input(map[string]any{"leergangId": f.twentekant2.String(), "assignment": map[string]any{
					"leerjaarId": f.praktijk(t).twentekantYear2.String(), "title": fmt.Sprintf("Nieuw %d", f.fresh()), "dueOn": "2031-06-30", "parts": []string{"VIDEO"}}})
			}, expect: manageOnly()},
		"updateAssignment": {query: `mutation($i: UpdateAssignmentInput!) { updateAssignment(input: $i) { assignment { id title } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return input(map[string]any{"id": f.freshAssignment(t, db.PartText).String(), "assignment": map[string]any{
					"leerjaarId": f.praktijk(t).twentekantYear2.String(), "title": "Gewijzigd", "dueOn": "2031-06-30", "parts": []string{"TEXT"}}})
			}, expect: manageOnly()},
		"deleteAssignment": {query: `mutation($i: DeleteAssignmentInput!) { deleteAssignment(input: $i) { deletedId } }`,
			vars:   func(f *fixture, _ string) map[string]any { return input(id(f.freshAssignment(t, db.PartText))) },
			expect: manageOnly()},
		"saveSubmissionDraft": {query: `mutation($i: SaveSubmissionDraftInput!) { saveSubmissionDraft(input: $i) { submission { status } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return input(map[string]any{"assignmentId": f.freshAssignment(t, db.PartText).String(), "reflection": "Eerste versie", "showsPupils": false})
			}, expect: onlyDeelnemer()},
		"handInSubmission": {query: `mutation($i: HandInSubmissionInput!) { handInSubmission(input: $i) { submission { status } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				sub, _ := f.freshSubmission(t, "draft", false)
				return input(map[string]any{"submissionId": sub.String()})
			}, expect: onlyDeelnemer()},
		"deleteSubmission": {query: `mutation($i: DeleteSubmissionInput!) { deleteSubmission(input: $i) { deletedId } }`,
			vars: func(f *fixture, _ string) map[string]any {
				sub, _ := f.freshSubmission(t, "draft", false)
				return input(id(sub))
			}, expect: contentReaders()},
		"saveFeedback": {query: `mutation($i: SaveFeedbackInput!) { saveFeedback(input: $i) { submission { status } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				_, v := f.freshSubmission(t, "handedIn", false)
				return input(map[string]any{"versionId": v.String(), "feedback": "Mooi", "publish": true})
			}, expect: manageOnly()},
		"decideSubmission": {query: `mutation($i: DecideSubmissionInput!) { decideSubmission(input: $i) { submission { status filesDeleteAt } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				sub, _ := f.freshSubmission(t, "feedback", false)
				return input(map[string]any{"submissionId": sub.String(), "outcome": "AFGEROND"})
			}, expect: manageOnly()},
		"addVideoComment": {query: `mutation($i: AddVideoCommentInput!) { addVideoComment(input: $i) { comment { id seconds } } }`,
			vars: func(f *fixture, c string) map[string]any {
				if c == "deelnemer" { // self-reflection on her own draft
					_, v := f.freshSubmission(t, "draft", true)
					return input(map[string]any{"versionId": v.String(), "seconds": 3, "kind": "ZELFREFLECTIE", "body": "Hier aarzel ik"})
				}
				_, v := f.freshSubmission(t, "handedIn", true)
				return input(map[string]any{"versionId": v.String(), "seconds": 7.5, "kind": "TIP", "aspect": "Coachen", "body": "Vraag door"})
			}, expect: contentReaders()},
		"replyToVideoComment": {query: `mutation($i: ReplyToVideoCommentInput!) { replyToVideoComment(input: $i) { comment { id } } }`,
			vars: func(f *fixture, _ string) map[string]any {
				return input(map[string]any{"commentId": f.praktijk(t).vraagComment.String(), "body": "Dank je"})
			}, expect: contentReaders()},
		"deleteVideoComment": {query: `mutation($i: DeleteVideoCommentInput!) { deleteVideoComment(input: $i) { deletedId } }`,
			vars: func(f *fixture, c string) map[string]any {
				p := f.praktijk(t)
				author, kind := p.marit, db.CommentTip
				state := "handedIn"
				switch c {
				case "beheerder":
					author = f.admin
				case "deelnemer":
					author, kind, state = p.marloes, db.CommentZelfreflectie, "draft"
				}
				_, v := f.freshSubmission(t, state, true)
				cm, err := db.AddComment(f.ctx, f.srv.DB, author, db.CommentInput{VersionID: v, Seconds: 1, Kind: kind, Aspect: "Coachen", Body: "Weg ermee"})
				if err != nil {
					t.Fatal(err)
				}
				return input(id(cm.ID))
			}, expect: contentReaders()},
	}
}
