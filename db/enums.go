package db

import "slices"

// Enum values are stored in lower case in PostgreSQL; the GraphQL layer binds
// its upper-case enum values to these constants.

// oneOf reports whether v is one of the allowed values; every Valid uses it.
func oneOf[T comparable](v T, allowed ...T) bool {
	return slices.Contains(allowed, v)
}

type Role string

const (
	RoleBeheerder Role = "beheerder"
	RoleOpleider  Role = "opleider"
	RoleDeelnemer Role = "deelnemer"
	RoleDirectie  Role = "directie"
	RoleBestuur   Role = "bestuur"
)

// AllRoles in the order the UI lists them.
var AllRoles = []Role{RoleBeheerder, RoleOpleider, RoleDeelnemer, RoleDirectie, RoleBestuur}

func (r Role) Valid() bool { return oneOf(r, AllRoles...) }

type OrganisationKind string

const (
	OrganisationAcademie             OrganisationKind = "academie"
	OrganisationBestuur              OrganisationKind = "bestuur"
	OrganisationSamenwerkingsverband OrganisationKind = "samenwerkingsverband"
)

func (k OrganisationKind) Valid() bool {
	return oneOf(k, OrganisationAcademie, OrganisationBestuur, OrganisationSamenwerkingsverband)
}

type Region string

const (
	RegionNoord  Region = "noord"
	RegionMidden Region = "midden"
	RegionZuid   Region = "zuid"
)

func (r Region) Valid() bool { return oneOf(r, RegionNoord, RegionMidden, RegionZuid) }

type DeelnemerFunction string

const (
	FunctionIB                 DeelnemerFunction = "ib"
	FunctionKC                 DeelnemerFunction = "kc"
	FunctionSchoolcoach        DeelnemerFunction = "schoolcoach"
	FunctionAmbulantBegeleider DeelnemerFunction = "ambulant_begeleider"
)

func (f DeelnemerFunction) Valid() bool {
	return oneOf(f, FunctionIB, FunctionKC, FunctionSchoolcoach, FunctionAmbulantBegeleider)
}

type Bouw string

const (
	BouwOnderbouw Bouw = "onderbouw"
	BouwBovenbouw Bouw = "bovenbouw"
	BouwBeide     Bouw = "beide"
)

func (b Bouw) Valid() bool { return oneOf(b, BouwOnderbouw, BouwBovenbouw, BouwBeide) }

type PersonStatus string

const (
	PersonInvited  PersonStatus = "invited"
	PersonActive   PersonStatus = "active"
	PersonDisabled PersonStatus = "disabled"
)

type SortDirection string

const (
	SortAsc  SortDirection = "asc"
	SortDesc SortDirection = "desc"
)

type LeergangStatus string

const (
	LeergangConcept  LeergangStatus = "concept"
	LeergangLopend   LeergangStatus = "lopend"
	LeergangAfgerond LeergangStatus = "afgerond"
)

func (s LeergangStatus) Valid() bool {
	return oneOf(s, LeergangConcept, LeergangLopend, LeergangAfgerond)
}

type SessionKind string

const (
	SessionDagdeel             SessionKind = "dagdeel"
	SessionTweedaagse          SessionKind = "tweedaagse"
	SessionVerdiepingsdag      SessionKind = "verdiepingsdag"
	SessionIntervisie          SessionKind = "intervisie"
	SessionPraktijkbegeleiding SessionKind = "praktijkbegeleiding"
	SessionTerugkomdag         SessionKind = "terugkomdag"
)

func (k SessionKind) Valid() bool {
	return oneOf(k, SessionDagdeel, SessionTweedaagse, SessionVerdiepingsdag, SessionIntervisie, SessionPraktijkbegeleiding, SessionTerugkomdag)
}

type Dagdeel string

const (
	DagdeelOchtend Dagdeel = "ochtend"
	DagdeelMiddag  Dagdeel = "middag"
	DagdeelAvond   Dagdeel = "avond"
)

func (d Dagdeel) Valid() bool { return oneOf(d, DagdeelOchtend, DagdeelMiddag, DagdeelAvond) }

type ConflictKind string

const (
	ConflictOpleider  ConflictKind = "opleider"
	ConflictLocation  ConflictKind = "location"
	ConflictDeelnemer ConflictKind = "deelnemer"
)

type AttendanceStatus string

const (
	AttendanceAanwezig             AttendanceStatus = "aanwezig"
	AttendanceAfwezigMetBericht    AttendanceStatus = "afwezig_met_bericht"
	AttendanceAfwezigZonderBericht AttendanceStatus = "afwezig_zonder_bericht"
	AttendanceGedeeltelijk         AttendanceStatus = "gedeeltelijk"
)

func (s AttendanceStatus) Valid() bool {
	return oneOf(s, AttendanceAanwezig, AttendanceAfwezigMetBericht, AttendanceAfwezigZonderBericht, AttendanceGedeeltelijk)
}

type DeclarationKind string

const (
	DeclarationPraktijkopdracht DeclarationKind = "praktijkopdracht"
	DeclarationLiteratuur       DeclarationKind = "literatuur"
	DeclarationIntervisie       DeclarationKind = "intervisie"
	DeclarationOverig           DeclarationKind = "overig"
)

func (k DeclarationKind) Valid() bool {
	return oneOf(k, DeclarationPraktijkopdracht, DeclarationLiteratuur, DeclarationIntervisie, DeclarationOverig)
}

type DeclarationStatus string

const (
	DeclarationIngediend   DeclarationStatus = "ingediend"
	DeclarationGoedgekeurd DeclarationStatus = "goedgekeurd"
	DeclarationAfgewezen   DeclarationStatus = "afgewezen"
)
