package db

// Enum values are stored in lower case in PostgreSQL; the GraphQL layer binds
// its upper-case enum values to these constants.

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

func (r Role) Valid() bool {
	for _, x := range AllRoles {
		if r == x {
			return true
		}
	}
	return false
}

type OrganisationKind string

const (
	OrganisationAcademie             OrganisationKind = "academie"
	OrganisationBestuur              OrganisationKind = "bestuur"
	OrganisationSamenwerkingsverband OrganisationKind = "samenwerkingsverband"
)

func (k OrganisationKind) Valid() bool {
	return k == OrganisationAcademie || k == OrganisationBestuur || k == OrganisationSamenwerkingsverband
}

type Region string

const (
	RegionNoord  Region = "noord"
	RegionMidden Region = "midden"
	RegionZuid   Region = "zuid"
)

func (r Region) Valid() bool { return r == RegionNoord || r == RegionMidden || r == RegionZuid }

type DeelnemerFunction string

const (
	FunctionIB                 DeelnemerFunction = "ib"
	FunctionKC                 DeelnemerFunction = "kc"
	FunctionSchoolcoach        DeelnemerFunction = "schoolcoach"
	FunctionAmbulantBegeleider DeelnemerFunction = "ambulant_begeleider"
)

func (f DeelnemerFunction) Valid() bool {
	return f == FunctionIB || f == FunctionKC || f == FunctionSchoolcoach || f == FunctionAmbulantBegeleider
}

type Bouw string

const (
	BouwOnderbouw Bouw = "onderbouw"
	BouwBovenbouw Bouw = "bovenbouw"
	BouwBeide     Bouw = "beide"
)

func (b Bouw) Valid() bool { return b == BouwOnderbouw || b == BouwBovenbouw || b == BouwBeide }

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
