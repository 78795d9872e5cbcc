package db

// ActorFlags are facts about a person's place in the starters programme that
// the menu and the policy need on every request. They are loaded with the
// actor in the same statement (actorFlagColumns).
type ActorFlags struct {
	// Starter: has an onboarding checklist or started as IB'er less than
	// StarterPeriod years ago.
	Starter bool
	// Maatje: is the maatje of at least one open pairing.
	Maatje bool
	// Intervisie: is a member or the facilitator of an intervisie group.
	Intervisie bool
}

// actorFlags is embedded in the rows ActorForSession and ActorFor scan.
type actorFlags struct {
	IsStarter    bool
	IsMaatje     bool
	InIntervisie bool
}

func (f actorFlags) flags() ActorFlags {
	return ActorFlags{Starter: f.IsStarter, Maatje: f.IsMaatje, Intervisie: f.InIntervisie}
}

// actorFlagColumns computes actorFlags for the person aliased p.
const actorFlagColumns = `(EXISTS (SELECT 1 FROM checklists c WHERE c.starter_id = p.id)
		OR (p.ib_start_date IS NOT NULL AND p.ib_start_date > current_date - interval '2 years')) AS is_starter,
	EXISTS (SELECT 1 FROM mentor_pairings mp WHERE mp.maatje_id = p.id AND mp.closed_at IS NULL) AS is_maatje,
	(EXISTS (SELECT 1 FROM intervisie_members im WHERE im.person_id = p.id)
		OR EXISTS (SELECT 1 FROM intervisie_groups ig WHERE ig.facilitator_id = p.id)) AS in_intervisie`
