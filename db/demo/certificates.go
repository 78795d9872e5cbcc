package demo

import (
	"context"
	"fmt"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
)

// loadCertificates adds issued certificates (bewijzen van deelname): the
// demo schoolcoach's for year 1 of the Twentekant leergang, which is
// finished, so the public check page has a genuine code to confirm. It runs
// last, after every step that credits hours.
func loadCertificates(ctx context.Context, idb bun.IDB, w *world) error {
	admin, err := db.ActorFor(ctx, idb, w.people[BeheerderEmail])
	if err != nil {
		return err
	}
	var year1 uuid.UUID
	err = idb.NewRaw(`SELECT lj.id FROM leerjaren lj JOIN leergangen l ON l.id = lj.leergang_id
		WHERE l.name = ? AND lj.number = 1`, TwentekantLeergangName).Scan(ctx, &year1)
	if err != nil {
		return fmt.Errorf("year 1 of %s: %w", TwentekantLeergangName, err)
	}
	_, err = db.IssueCertificate(ctx, idb, admin, w.people[DeelnemerEmail], year1)
	return err
}
