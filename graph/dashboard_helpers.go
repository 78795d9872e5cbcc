package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"leergang/db"
	"leergang/graph/auth"
	"leergang/graph/model"
)

// CertificateVerifyURL is the public check page of a certificate; the PDF
// prints it and encodes it in its QR code.
func CertificateVerifyURL(baseURL, code string) string {
	return strings.TrimRight(baseURL, "/") + "/certificaat/" + code
}

// CertificateDownloadPath is where the SPA downloads a leerjaar's
// certificate (served by the dashboard downloads in server/).
func CertificateDownloadPath(lj *db.CertificateLeerjaar) string {
	return fmt.Sprintf("/downloads/dashboard/certificates/%s/%s.pdf", lj.PersonID, lj.LeerjaarID)
}

func progressFilter(f *model.ProgressFilter) db.ProgressFilter {
	if f == nil {
		return db.ProgressFilter{}
	}
	return db.ProgressFilter{SchoolID: f.SchoolID, LeergangID: f.LeergangID, OrganisationID: f.OrganisationID}
}

// personLedgers are the hours ledgers of the person page's leergangen.
func personLedgers(ctx context.Context, idb bun.IDB, p *db.PersonProgress) ([]*db.HoursLedger, error) {
	all, err := db.HoursLedgers(ctx, idb, auth.Actor(ctx), p.PersonID)
	if err != nil {
		return nil, err
	}
	shown := map[uuid.UUID]bool{}
	for _, r := range p.Rows {
		shown[r.LeergangID] = true
	}
	out := make([]*db.HoursLedger, 0, len(all))
	for _, l := range all {
		if shown[l.LeergangID] {
			out = append(out, l)
		}
	}
	return out, nil
}
