/** The AVG export of a person: one zip of JSON files and their uploads. */
export function personExportUrl(personId: string): string {
  return `/downloads/audit/people/${encodeURIComponent(personId)}/export.zip`;
}

/** The audit log opened on one person (what was done by or about them). */
export function personAuditPath(person: { id: string; name: string }): string {
  return `/audit?${new URLSearchParams({ persoon: person.id, naam: person.name }).toString()}`;
}
