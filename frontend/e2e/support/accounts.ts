// The demo world's logins (README.md, "Demo logins"); db/demo loads them.

export const DEMO_PASSWORD = 'Leergang-demo-2026';

export interface DemoAccount {
  name: string;
  email: string;
}

export const BEHEERDER: DemoAccount = { name: 'Sanne de Vries', email: 'sanne.devries@dewegwijzer.nl' };
export const OPLEIDER: DemoAccount = { name: 'Marit Jansen', email: 'marit.jansen@dewegwijzer.nl' };
export const DEELNEMER: DemoAccount = { name: 'Marloes Wolters', email: 'marloes.wolters@swvtwentekant.nl' };
/** Deelnemer (starter) at De Regenboog. */
export const LOTTE: DemoAccount = { name: 'Lotte van Dijk', email: 'lotte.vandijk@zuidoostsamen.nl' };
/** Deelnemer (maatje) at Het Kompas. */
export const MARJOLEIN: DemoAccount = { name: 'Marjolein de Graaf', email: 'marjolein.degraaf@zuidoostsamen.nl' };
/** Directie of De Regenboog. */
export const DIRECTIE: DemoAccount = { name: 'Jeroen van der Linden', email: 'jeroen.vanderlinden@zuidoostsamen.nl' };
/** Bestuur of Stichting Zuidoost Samen. */
export const BESTUUR: DemoAccount = { name: 'Priya Ramdin', email: 'priya.ramdin@zuidoostsamen.nl' };

/** Bestuur of SWV Twentekant; only the wrong-password test uses it, so its failed logins throttle no other test. */
export const ANNELIES: DemoAccount = { name: 'Annelies Brinkman', email: 'annelies.brinkman@swvtwentekant.nl' };

export const ZUIDOOST = 'Stichting Zuidoost Samen';

/** A suffix that differs per run and per call, for names, e-mail addresses and BRIN codes. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 3).toString(36).padStart(3, '0')}`;
}
