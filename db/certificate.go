package db

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Certificates (bewijzen van deelname): one valid certificate per deelnemer
// per leerjaar, issued on first download. Its four public facts are a
// snapshot taken at issue time; anyone holding the random code can check them
// on the public page, and nobody can list or guess codes.

// Certificate is an issued bewijs van deelname.
type Certificate struct {
	bun.BaseModel `bun:"table:certificates,alias:cert"`

	ID             uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	Code           string     `bun:",notnull"`
	PersonID       uuid.UUID  `bun:"type:uuid,notnull"`
	LeerjaarID     uuid.UUID  `bun:"type:uuid,notnull"`
	PersonName     string     `bun:",notnull"`
	LeergangName   string     `bun:",notnull"`
	LeerjaarNumber int        `bun:",notnull"`
	Hours          float64    `bun:",notnull"`
	IssuedAt       time.Time  `bun:",nullzero,notnull,default:current_timestamp"`
	IssuedBy       *uuid.UUID `bun:"type:uuid"`
	RevokedAt      *time.Time `bun:"revoked_at"`
}

// CertificateSession is one attended session on the certificate.
type CertificateSession struct {
	Date  time.Time
	Title string
	Hours float64
}

// CertificateDocument is everything the PDF shows.
type CertificateDocument struct {
	Certificate *Certificate
	Sessions    []CertificateSession
	// OtherHours are the approved self-declared hours, part of the total.
	OtherHours float64
}

// certificateCodeBytes gives 16 base32 characters: 80 random bits.
const certificateCodeBytes = 10

var certificateEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

func newCertificateCode() (string, error) {
	b := make([]byte, certificateCodeBytes)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return certificateEncoding.EncodeToString(b), nil
}

// NormalizeCertificateCode accepts a code as people type it: any case, with
// spaces or dashes. It returns "" for anything that cannot be a code.
func NormalizeCertificateCode(code string) string {
	code = strings.ToUpper(strings.NewReplacer(" ", "", "-", "").Replace(strings.TrimSpace(code)))
	if len(code) < 10 || len(code) > 64 {
		return ""
	}
	for _, r := range code {
		if (r < 'A' || r > 'Z') && (r < '2' || r > '7') {
			return ""
		}
	}
	return code
}

// certificateLeerjaar is the leerjaar a certificate is about, with its leergang.
type certificateLeerjaar struct {
	LeerjaarID   uuid.UUID
	Number       int
	LeergangID   uuid.UUID
	LeergangName string
}

func loadCertificateLeerjaar(ctx context.Context, idb bun.IDB, leerjaarID uuid.UUID) (*certificateLeerjaar, error) {
	var lj certificateLeerjaar
	err := idb.NewSelect().TableExpr("leerjaren AS lj").Join("JOIN leergangen AS l ON l.id = lj.leergang_id").
		ColumnExpr("lj.id AS leerjaar_id, lj.number, l.id AS leergang_id, l.name AS leergang_name").
		Where("lj.id = ?", leerjaarID).Scan(ctx, &lj)
	if err != nil {
		return nil, notFoundOr(err, "Leerjaar")
	}
	return &lj, nil
}

// IssueCertificate returns the valid certificate of the person for the
// leerjaar with what the PDF lists, issuing one (with a snapshot of the
// hours) when there is none yet. Allowed by RequireCertificateAccess; the
// person must be a deelnemer of the leergang.
func IssueCertificate(ctx context.Context, idb bun.IDB, a *Actor, personID, leerjaarID uuid.UUID) (*CertificateDocument, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	lj, err := loadCertificateLeerjaar(ctx, idb, leerjaarID)
	if err != nil {
		return nil, err
	}
	var personName string
	if err := idb.NewSelect().Table("people").Column("name").Where("id = ?", personID).Scan(ctx, &personName); err != nil {
		return nil, notFoundOr(err, "Persoon")
	}
	if err := a.RequireCertificateAccess(ctx, idb, personID, lj.LeergangID); err != nil {
		return nil, err
	}
	member, err := idb.NewSelect().TableExpr("group_members AS gm").Join("JOIN leergang_groups AS g ON g.id = gm.group_id").
		Where("g.leergang_id = ? AND gm.person_id = ?", lj.LeergangID, personID).Exists(ctx)
	if err != nil {
		return nil, err
	}
	if !member {
		return nil, &NotFoundError{What: "Deelname aan deze leergang"}
	}
	doc, err := certificateFacts(ctx, idb, personID, leerjaarID)
	if err != nil {
		return nil, err
	}
	cert := new(Certificate)
	err = idb.NewSelect().Model(cert).Where("cert.person_id = ? AND cert.leerjaar_id = ? AND cert.revoked_at IS NULL", personID, leerjaarID).Scan(ctx)
	if isNoRows(err) {
		cert, err = insertCertificate(ctx, idb, a, &Certificate{PersonID: personID, LeerjaarID: leerjaarID, PersonName: personName,
			LeergangName: lj.LeergangName, LeerjaarNumber: lj.Number, Hours: roundTo(doc.total(), 2)})
	}
	if err != nil {
		return nil, err
	}
	doc.Certificate = cert
	return doc, nil
}

func (d *CertificateDocument) total() float64 {
	t := d.OtherHours
	for _, s := range d.Sessions {
		t += s.Hours
	}
	return t
}

// insertCertificate stores a new certificate with a fresh code; when a
// concurrent request issued one first, that one is returned.
func insertCertificate(ctx context.Context, idb bun.IDB, a *Actor, c *Certificate) (*Certificate, error) {
	code, err := newCertificateCode()
	if err != nil {
		return nil, err
	}
	c.Code, c.IssuedBy = code, &a.PersonID
	res, err := idb.NewInsert().Model(c).On("CONFLICT (person_id, leerjaar_id) WHERE revoked_at IS NULL DO NOTHING").Returning("*").Exec(ctx)
	if err != nil {
		return nil, err
	}
	if n, _ := res.RowsAffected(); n == 1 {
		return c, nil
	}
	existing := new(Certificate)
	err = idb.NewSelect().Model(existing).Where("cert.person_id = ? AND cert.leerjaar_id = ? AND cert.revoked_at IS NULL", c.PersonID, c.LeerjaarID).Scan(ctx)
	return existing, err
}

// certificateFacts lists what the hours ledger credits the person in the
// leerjaar: the attended sessions (every session, whoever asks) and
// intervisie meetings, and the approved declarations. It is called after the access check.
func certificateFacts(ctx context.Context, idb bun.IDB, personID, leerjaarID uuid.UUID) (*CertificateDocument, error) {
	// The ledger is computed as the academy sees it, so the certificate does
	// not depend on which sessions the person downloading it may see.
	academy := &Actor{Roles: []Role{RoleBeheerder}}
	ls, err := ledgers(ctx, idb, academy, func(q *bun.SelectQuery) *bun.SelectQuery {
		return q.Where("gm.person_id = ? AND lj.id = ?", personID, leerjaarID)
	})
	if err != nil {
		return nil, err
	}
	doc := &CertificateDocument{Sessions: []CertificateSession{}}
	if len(ls) == 0 {
		return doc, nil
	}
	doc.OtherHours = ls[0].ApprovedHours
	for _, e := range ls[0].IntervisieEntries {
		if e.Hours > 0 {
			doc.Sessions = append(doc.Sessions, CertificateSession{Date: e.StartsAt, Title: "Intervisie: " + e.GroupName, Hours: roundTo(e.Hours, 2)})
		}
	}
	hours := map[uuid.UUID]float64{}
	var ids []uuid.UUID
	for _, e := range ls[0].Entries {
		if e.Hours > 0 {
			hours[e.SessionID] += e.Hours
			ids = append(ids, e.SessionID)
		}
	}
	if len(ids) == 0 {
		slices.SortStableFunc(doc.Sessions, func(a, b CertificateSession) int { return a.Date.Compare(b.Date) })
		return doc, nil
	}
	var sessions []struct {
		ID       uuid.UUID
		Title    string
		StartsAt time.Time
	}
	if err := idb.NewSelect().Table("sessions").Column("id", "title", "starts_at").Where("id IN (?)", bun.In(ids)).
		Order("starts_at", "id").Scan(ctx, &sessions); err != nil {
		return nil, err
	}
	for _, s := range sessions {
		doc.Sessions = append(doc.Sessions, CertificateSession{Date: s.StartsAt, Title: s.Title, Hours: roundTo(hours[s.ID], 2)})
	}
	slices.SortStableFunc(doc.Sessions, func(a, b CertificateSession) int { return a.Date.Compare(b.Date) })
	return doc, nil
}

// CertificateCheckStatus is what the public check page says.
type CertificateCheckStatus string

const (
	CertificateValid    CertificateCheckStatus = "geldig"
	CertificateRevoked  CertificateCheckStatus = "ingetrokken"
	CertificateNotFound CertificateCheckStatus = "niet_gevonden"
)

// CertificateCheck is the public answer: always the same shape, and only the
// four facts of a valid certificate (name, leergang, leerjaar, hours) and its
// issue date.
type CertificateCheck struct {
	Status         CertificateCheckStatus
	PersonName     *string
	LeergangName   *string
	LeerjaarNumber *int
	Hours          *float64
	IssuedOn       *time.Time
}

// CheckCertificate answers the public check for a code; anyone may ask.
func CheckCertificate(ctx context.Context, idb bun.IDB, code string) (*CertificateCheck, error) {
	code = NormalizeCertificateCode(code)
	if code == "" {
		return &CertificateCheck{Status: CertificateNotFound}, nil
	}
	c := new(Certificate)
	err := idb.NewSelect().Model(c).Where("cert.code = ?", code).Scan(ctx)
	if isNoRows(err) {
		return &CertificateCheck{Status: CertificateNotFound}, nil
	}
	if err != nil {
		return nil, err
	}
	if c.RevokedAt != nil {
		return &CertificateCheck{Status: CertificateRevoked}, nil
	}
	issued := c.IssuedAt.In(Amsterdam())
	return &CertificateCheck{Status: CertificateValid, PersonName: &c.PersonName, LeergangName: &c.LeergangName,
		LeerjaarNumber: &c.LeerjaarNumber, Hours: &c.Hours, IssuedOn: &issued}, nil
}

// RevokeCertificate withdraws a certificate issued in error; a new one can
// be issued afterwards. Only who manages the leergang may revoke.
func RevokeCertificate(ctx context.Context, idb bun.IDB, a *Actor, id uuid.UUID) (*Certificate, error) {
	if err := a.RequireSignedIn(); err != nil {
		return nil, err
	}
	c := new(Certificate)
	if err := idb.NewSelect().Model(c).Where("cert.id = ?", id).For("UPDATE").Scan(ctx); err != nil {
		return nil, notFoundOr(err, "Bewijs van deelname")
	}
	lj, err := loadCertificateLeerjaar(ctx, idb, c.LeerjaarID)
	if err != nil {
		return nil, err
	}
	if err := a.RequireRevokeCertificate(ctx, idb, lj.LeergangID); err != nil {
		return nil, err
	}
	if c.RevokedAt != nil {
		return nil, &ConflictError{Message: "Dit bewijs van deelname is al ingetrokken."}
	}
	if _, err := idb.NewUpdate().Model(c).Set("revoked_at = now()").Where("cert.id = ?", id).Returning("*").Exec(ctx); err != nil {
		return nil, err
	}
	return c, nil
}
