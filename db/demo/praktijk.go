package demo

import (
	"bytes"
	"context"
	"database/sql"
	_ "embed"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/db/blob"
)

// The praktijkopdrachten of the story: Twentekant's year-1 "Opgenomen
// coachgesprek" (handed in by the demo schoolcoach, with timestamped feedback
// and rubric scores; handed in by a colleague, waiting for feedback) and the
// open year-2 assignment, due at the end of this school year.
const (
	PraktijkYear1Title = "Opgenomen coachgesprek"
	PraktijkYear2Title = "Coachgesprek op resultaat"
)

// coachgesprek.mp4 is a 30-second test picture with a tone (H.264 + AAC,
// made with ffmpeg's testsrc2), small enough to ship and really playable.
//
//go:embed files/coachgesprek.mp4
var demoVideo []byte

// The demo videos have fixed ids, so StoreFiles can put their bytes in the
// blob store of whichever server loads the demo world.
var (
	DemoVideoID          = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://leergang.demo/files/coachgesprek-marloes"))
	demoColleagueVideoID = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://leergang.demo/files/coachgesprek-collega"))
	demoVideoIDs         = []uuid.UUID{DemoVideoID, demoColleagueVideoID}
)

var praktijkAspects = []string{"Doelgericht communiceren", "Leerkrachten coachen", "Reflecteren op je rol"}

func praktijkRubric() []db.RubricCriterionInput {
	levels := func(what string) []db.RubricLevelInput {
		return []db.RubricLevelInput{
			{Label: "Beginnend", Description: what + ": nog niet zichtbaar.", Points: 1},
			{Label: "In ontwikkeling", Description: what + ": soms zichtbaar, met hulp.", Points: 2},
			{Label: "Bekwaam", Description: what + ": zichtbaar in het hele gesprek.", Points: 3},
			{Label: "Excellent", Description: what + ": vanzelfsprekend en afgestemd op de leerkracht.", Points: 4},
		}
	}
	return []db.RubricCriterionInput{
		{Title: "Gespreksstructuur", Description: "Je doorloopt de fasen van het coachgesprek.", Levels: levels("De fasen van het gesprek")},
		{Title: "Doelgericht vragen", Description: "Je vragen helpen de leerkracht een eigen doel te formuleren.", Levels: levels("Doelgerichte vragen")},
		{Title: "Reflectie op eigen handelen", Description: "Je benoemt wat je deed en wat je volgende keer anders doet.", Levels: levels("Reflectie")},
	}
}

func loadPraktijk(ctx context.Context, idb bun.IDB, w *world) error {
	var leergang uuid.UUID
	if err := idb.NewRaw("SELECT id FROM leergangen WHERE name = ?", TwentekantLeergangName).Scan(ctx, &leergang); err != nil {
		return err
	}
	var years []*db.Leerjaar
	if err := idb.NewSelect().Model(&years).Where("lj.leergang_id = ?", leergang).OrderExpr("lj.number").Scan(ctx); err != nil {
		return err
	}
	marit, err := db.ActorFor(ctx, idb, w.people[OpleiderEmail])
	if err != nil {
		return err
	}
	year1, err := db.CreateAssignment(ctx, idb, marit, leergang, &db.AssignmentInput{LeerjaarID: years[0].ID, Title: PraktijkYear1Title,
		Instructions: "Neem een coachgesprek met een leerkracht op (10 tot 20 minuten) en schrijf een reflectie.\n\n" +
			"- Vraag vooraf toestemming aan de leerkracht, en aan de ouders als er leerlingen in beeld komen.\n" +
			"- Beschrijf in je reflectie welke fasen van het gesprek je herkent en wat je een volgende keer anders doet.",
		DueOn: years[0].EndsOn.AddDate(0, -1, 0), Parts: []db.AssignmentPart{db.PartVideo}, Aspects: praktijkAspects, Rubric: praktijkRubric()})
	if err != nil {
		return err
	}
	if _, err := db.CreateAssignment(ctx, idb, marit, leergang, &db.AssignmentInput{LeerjaarID: years[1].ID, Title: PraktijkYear2Title,
		Instructions: "Neem opnieuw een coachgesprek op, nu gericht op een resultaat dat de leerkracht in de klas wil bereiken. " +
			"Lever de video en een reflectieverslag in.",
		DueOn: *years[1].EndsOn, Parts: []db.AssignmentPart{db.PartVideo, db.PartDocument}, Aspects: praktijkAspects, Rubric: praktijkRubric()}); err != nil {
		return err
	}
	if err := demoSubmissionWithFeedback(ctx, idb, w, marit, year1); err != nil {
		return fmt.Errorf("submission of %s: %w", DeelnemerEmail, err)
	}
	return nil
}

// demoSubmission uploads the demo video for a deelnemer and hands it in.
func demoSubmission(ctx context.Context, idb bun.IDB, who *db.Actor, as *db.Assignment, fileID uuid.UUID, name, reflection string,
	beforeHandIn func(draft uuid.UUID) error) (*db.Submission, error) {
	size := int64(len(demoVideo))
	if _, err := db.CreateUpload(ctx, idb, who, db.NewUpload{ID: fileID, AssignmentID: as.ID, Kind: db.FileVideo, Name: name, Size: size},
		db.UploadLimits{Video: size, Other: size}); err != nil {
		return nil, err
	}
	if err := db.MarkFileReady(ctx, idb, fileID, "video/mp4", size); err != nil {
		return nil, err
	}
	sub, err := db.SaveDraft(ctx, idb, who, db.DraftInput{AssignmentID: as.ID, Reflection: reflection, VideoFileID: &fileID,
		ShowsPupils: true, ConfirmConsent: true})
	if err != nil {
		return nil, err
	}
	var draft uuid.UUID
	if err := idb.NewRaw("SELECT id FROM submission_versions WHERE submission_id = ? AND submitted_at IS NULL", sub.ID).Scan(ctx, &draft); err != nil {
		return nil, err
	}
	if beforeHandIn != nil {
		if err := beforeHandIn(draft); err != nil {
			return nil, err
		}
	}
	return db.HandIn(ctx, idb, who, sub.ID)
}

func demoSubmissionWithFeedback(ctx context.Context, idb bun.IDB, w *world, marit *db.Actor, as *db.Assignment) error {
	marloes, err := db.ActorFor(ctx, idb, w.people[DeelnemerEmail])
	if err != nil {
		return err
	}
	var version uuid.UUID
	_, err = demoSubmission(ctx, idb, marloes, as, DemoVideoID, "Coachgesprek OBS De Esrand.mp4",
		"In dit gesprek coach ik een leerkracht van groep 6 die meer rust wil in de instructie. De opening en de doelvraag gingen goed; "+
			"in de middenfase nam ik te snel het denkwerk over. Volgende keer laat ik meer stiltes vallen.",
		func(draft uuid.UUID) error {
			version = draft
			_, err := db.AddComment(ctx, idb, marloes, db.CommentInput{VersionID: draft, Seconds: 19, Kind: db.CommentZelfreflectie,
				Body: "Hier geef ik zelf de oplossing in plaats van door te vragen."})
			return err
		})
	if err != nil {
		return err
	}
	comments := []db.CommentInput{
		{Seconds: 4, Kind: db.CommentSterkPunt, Aspect: praktijkAspects[0], Body: "Heldere opening: je benoemt doel en tijd van het gesprek."},
		{Seconds: 12.5, Kind: db.CommentVraag, Aspect: praktijkAspects[1], Body: "Wat wilde je bereiken met deze vraag?"},
		{Seconds: 21, Kind: db.CommentTip, Aspect: praktijkAspects[2], Body: "Laat de stilte hier even bestaan; de leerkracht was bijna zelf bij het antwoord."},
	}
	var vraag uuid.UUID
	for _, c := range comments {
		c.VersionID = version
		vc, err := db.AddComment(ctx, idb, marit, c)
		if err != nil {
			return err
		}
		if c.Kind == db.CommentVraag {
			vraag = vc.ID
		}
	}
	rubric, err := db.RubricsByAssignment(ctx, idb, []uuid.UUID{as.ID})
	if err != nil {
		return err
	}
	var scores []db.ScoreInput
	for i, c := range rubric[as.ID] {
		scores = append(scores, db.ScoreInput{CriterionID: c.ID, LevelID: c.Levels[[]int{2, 1, 2}[i]].ID})
	}
	if _, err := db.SaveFeedback(ctx, idb, marit, db.FeedbackInput{VersionID: version, Publish: true, Scores: scores,
		Feedback:    "Je zet het gesprek stevig neer en sluit goed aan bij de vraag van de leerkracht. Je reflectie is eerlijk en concreet.",
		FeedForward: "Oefen in het volgende gesprek met doorvragen en stiltes: laat de leerkracht het denkwerk doen."}); err != nil {
		return err
	}
	if _, err := db.ReplyToComment(ctx, idb, marloes, vraag, "Ik wilde weten wat zij zelf al had geprobeerd."); err != nil {
		return err
	}
	// The colleague handed in too and waits for feedback.
	colleague, err := db.ActorFor(ctx, idb, w.people[emailFor("Gert-Jan Nijhuis", domainOf(orgTwentekant))])
	if err != nil {
		return err
	}
	if _, err := demoSubmission(ctx, idb, colleague, as, demoColleagueVideoID, "opname coachgesprek.mp4",
		"Mijn gesprek met een startende leerkracht over klassenmanagement.", nil); err != nil {
		return err
	}
	// The year-1 story happened last school year: date it there.
	handedIn := as.DueOn.Add(-3 * 24 * time.Hour).Add(15 * time.Hour)
	feedback := as.DueOn.Add(10 * 24 * time.Hour).Add(11 * time.Hour)
	_, err = idb.NewRaw(`UPDATE submissions SET created_at = ?0::timestamptz - interval '5 days', handed_in_at = ?0, updated_at = ?1,
			feedback_given_at = CASE WHEN status = 'feedback_gegeven' THEN ?1::timestamptz END WHERE id IN (
			SELECT id FROM submissions WHERE assignment_id = ?2)`, handedIn, feedback, as.ID).Exec(ctx)
	if err == nil {
		_, err = idb.NewRaw(`UPDATE submission_versions SET created_at = ?0::timestamptz - interval '5 days', submitted_at = ?0, updated_at = ?0
			WHERE submission_id IN (SELECT id FROM submissions WHERE assignment_id = ?1)`, handedIn, as.ID).Exec(ctx)
	}
	if err == nil {
		_, err = idb.NewRaw(`UPDATE feedback SET published_at = ?, updated_at = ? WHERE version_id = ?`, feedback, feedback, version).Exec(ctx)
	}
	return err
}

// StoreFiles puts the bytes of the demo videos into the blob store when the
// database has their file rows and the store lacks them: after the demo world
// was loaded, or when the files folder was emptied. It is cheap to call at
// every start.
func StoreFiles(ctx context.Context, idb bun.IDB, store blob.Store) error {
	var ids []uuid.UUID
	err := idb.NewRaw("SELECT id FROM files WHERE id IN (?) AND status = 'ready'", bun.In(demoVideoIDs)).Scan(ctx, &ids)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	for _, id := range ids {
		obj, err := store.Open(ctx, id.String())
		if err == nil {
			_ = obj.Close()
			continue
		}
		if !errors.Is(err, blob.ErrNotFound) {
			return err
		}
		if err := store.Put(ctx, id.String(), bytes.NewReader(demoVideo), int64(len(demoVideo))); err != nil {
			return err
		}
	}
	return nil
}
