// An opleider sets up a leergang for Stichting Zuidoost Samen, plans a year of
// four dagdelen and a tweedaagse with the year helper, and sees a clash and a
// school holiday explained in Dutch before saving.

import type { Locator, Page } from 'playwright-core';
import { OPLEIDER, ZUIDOOST, uniqueSuffix } from './support/accounts';
import { closeDropdown, login, pathOf, pickOption, toast, waitUntil } from './support/app';
import type { GraphQLClient } from './support/graphql';
import { expect, test } from './support/fixtures';

const DETAIL_PATH = /^\/leergangen\/[0-9a-f-]{36}$/;
// Two IB'ers of De Holendrecht (Zuidoost Samen) whom no other browser test signs in as.
const FEMKE = 'Femke Bos';
const RACHID = 'Rachid Benali';

/** Types a date as dd-mm-jjjj into a date field and waits until its calendar has closed. */
async function typeDate(page: Page, field: Locator, dutchDate: string): Promise<void> {
  await field.fill(dutchDate);
  await page.keyboard.press('Escape');
  await waitUntil(async () => (await page.locator('[data-dates-dropdown]').count()) === 0, 'the calendar closed');
}

/** Types a "YYYY-MM-DD" date into a date field. */
async function fillDate(page: Page, field: Locator, isoDate: string): Promise<void> {
  const [y, m, d] = isoDate.split('-');
  await typeDate(page, field, `${d}-${m}-${y}`);
}

/** "YYYY-MM-DD" plus whole days. */
function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Date and time of a stored moment in Amsterdam, e.g. "2028-03-09 09:00". */
function amsterdam(value: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(value))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

interface StoredSession {
  id: string;
  kind: string;
  title: string;
  startsAt: string;
  endsAt: string;
  location: string;
  published: boolean;
  holidays: { name: string }[];
  opleiders: { name: string }[];
  groups: { name: string }[];
}

async function sessionsOf(client: GraphQLClient, leergangId: string, from: string, to: string): Promise<StoredSession[]> {
  const data = await client.query<{ sessions: StoredSession[] }>(
    `query S($from: Time!, $to: Time!, $id: ID!) {
      sessions(from: $from, to: $to, leergangId: $id) {
        id kind title startsAt endsAt location published holidays { name } opleiders { name } groups { name }
      }
    }`,
    { from: `${from}T00:00:00Z`, to: `${to}T00:00:00Z`, id: leergangId },
  );
  return data.sessions;
}

test('an opleider plans a leergang year and sees clashes and school holidays before saving', async ({ page, admin }) => {
  const suffix = uniqueSuffix();
  const name = `Leergang Zuidoost ${suffix}`;
  const groupName = `Groep ${suffix}`;
  const location = `Bijlmerdreef 101, zaal ${suffix}`;
  // A five-week window between the voorjaars- and meivakantie 2028 (region noord) that
  // differs per run, so reruns against one database are less likely to meet; the sessions
  // are deleted at the end anyway. Some windows span the start of summer time (26 March).
  const windowStart = addDays('2028-02-28', 7 * (Date.now() % 4));
  const windowEnd = addDays(windowStart, 34);
  let leergangId = '';

  try {
    await login(page, OPLEIDER.email);
    const main = page.getByRole('main');

    // --- the leergang ---
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Leergangen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leergangen' }).waitFor();
    await main.getByRole('link', { name: 'Nieuwe leergang' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe leergang' }).waitFor();

    await main.getByRole('textbox', { name: 'Naam', exact: true }).fill(name);
    await pickOption(page, main.getByRole('combobox', { name: 'Opdrachtgever' }), new RegExp(`^${ZUIDOOST}`), 'Zuidoost');
    const leerjaar = main.getByRole('group', { name: 'Leerjaar 1' });
    expect(await leerjaar.getByRole('textbox', { name: 'Urennorm' }).inputValue()).toBe('40');
    await fillDate(page, leerjaar.getByRole('textbox', { name: 'Begint op' }), '2027-09-01');
    await fillDate(page, leerjaar.getByRole('textbox', { name: 'Eindigt op' }), '2028-07-14');

    const group = main.getByRole('group', { name: 'Groep 1' });
    await group.getByRole('textbox', { name: 'Naam van de groep' }).fill(groupName);
    const members = group.getByRole('combobox', { name: 'Deelnemers' });
    await pickOption(page, members, new RegExp(`^${FEMKE}`), 'Femke');
    await pickOption(page, members, new RegExp(`^${RACHID}`), 'Rachid');
    await closeDropdown(page);
    // The opleider who sets it up teaches it.
    await main.getByRole('group', { name: 'Opleiders en stuurgroep' }).getByText(OPLEIDER.name).waitFor();

    await main.getByRole('button', { name: 'Leergang aanmaken' }).click();
    await toast(page, 'Leergang aangemaakt').waitFor();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(pathOf(page)).toMatch(DETAIL_PATH);
    leergangId = pathOf(page).split('/')[2] ?? '';

    // The Overzicht tab shows the facts, the group and its members.
    const overview = main.getByRole('tabpanel', { name: 'Overzicht' });
    await overview.getByText(ZUIDOOST).first().waitFor();
    const groupCard = overview.getByRole('region', { name: groupName });
    await groupCard.getByText(FEMKE).waitFor();
    await groupCard.getByText(RACHID).waitFor();
    expect(await overview.getByRole('row', { name: /Leerjaar 1/ }).innerText()).toContain('40 uur');

    // --- the year helper: 4 dagdelen and a tweedaagse ---
    await main.getByRole('tab', { name: 'Bijeenkomsten' }).click();
    await main.getByText('Geen bijeenkomsten in deze periode').waitFor();
    await main.getByRole('link', { name: 'Jaar plannen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jaarplanning' }).waitFor();
    expect(await main.getByRole('textbox', { name: 'Aantal dagdelen' }).inputValue()).toBe('4');
    await pickOption(page, main.getByRole('combobox', { name: 'Dagdeel', exact: true }), 'Ochtend');
    expect(await main.getByRole('switch', { name: 'Met tweedaagse' }).isChecked()).toBe(true);
    await fillDate(page, main.getByRole('textbox', { name: 'Vanaf' }), windowStart);
    await fillDate(page, main.getByRole('textbox', { name: 'Tot en met' }), windowEnd);
    await main.getByRole('button', { name: 'Voorstel maken' }).click();

    const rows = main.getByRole('region', { name: 'Voorstel', exact: true }).getByRole('row');
    await waitUntil(async () => (await rows.count()) === 6, 'five proposed sessions under a header row');
    await main.getByText('5 bijeenkomsten, samen 8 dagdelen training').waitFor();
    await main.getByText('telt als 4 dagdelen', { exact: true }).waitFor();
    const firstDate = await main.getByRole('textbox', { name: 'Datum van bijeenkomst 1' }).inputValue();
    expect(firstDate).toMatch(/^\d{2}-\d{2}-\d{4}$/);
    expect(await main.getByLabel('Begintijd van bijeenkomst 1').inputValue()).toBe('09:00');
    expect(await main.getByRole('textbox', { name: 'Titel van bijeenkomst 1' }).inputValue()).toBe('Dagdeel 1');
    // The opleider adjusts a title before planning.
    await main.getByRole('textbox', { name: 'Titel van bijeenkomst 1' }).fill('Dagdeel 1: kennismaking');

    await main.getByRole('textbox', { name: 'Locatie' }).fill(location);
    await waitUntil(async () => (await main.getByText('Geen botsingen', { exact: true }).count()) === 5, 'every proposal checked free of clashes');
    await main.getByRole('button', { name: 'Alles inplannen' }).click();
    await toast(page, '5 bijeenkomsten ingepland').waitFor();
    await page.waitForURL((url) => url.pathname === `/leergangen/${leergangId}` && url.searchParams.get('tab') === 'bijeenkomsten');

    const sessionsPanel = main.getByRole('tabpanel', { name: 'Bijeenkomsten' });
    const leerjaarSection = sessionsPanel.getByRole('region', { name: 'Leerjaar 1' });
    await leerjaarSection.getByRole('link', { name: 'Dagdeel 1: kennismaking' }).waitFor();
    await leerjaarSection.getByText('8 dagdelen training').waitFor();
    const tweedaagseRow = leerjaarSection.getByRole('row').filter({ hasText: 'Tweedaagse' }).first();
    expect(await tweedaagseRow.innerText()).toMatch(/do .+2028, 09:30 – vr .+2028, 16:30/);

    // What the server stored: Amsterdam times, the tweedaagse over two days.
    const stored = await sessionsOf(admin, leergangId, windowStart, addDays(windowEnd, 2));
    expect(stored).toHaveLength(5);
    const tweedaagse = stored.find((s) => s.kind === 'TWEEDAAGSE');
    expect(tweedaagse).toBeDefined();
    const startDay = amsterdam(tweedaagse?.startsAt ?? '').slice(0, 10);
    expect(amsterdam(tweedaagse?.startsAt ?? '')).toBe(`${startDay} 09:30`);
    expect(amsterdam(tweedaagse?.endsAt ?? '')).toBe(`${addDays(startDay, 1)} 16:30`);
    for (const s of stored.filter((x) => x.kind === 'DAGDEEL')) {
      expect(amsterdam(s.startsAt).slice(11)).toBe('09:00');
      expect(amsterdam(s.endsAt).slice(11)).toBe('12:30');
      expect(s.location).toBe(location);
      expect(s.opleiders.map((p) => p.name)).toEqual([OPLEIDER.name]);
      expect(s.groups.map((g) => g.name)).toEqual([groupName]);
    }

    // --- a clash, shown before saving ---
    await sessionsPanel.getByRole('link', { name: 'Bijeenkomst plannen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bijeenkomst plannen' }).waitFor();
    await main.getByRole('textbox', { name: 'Titel', exact: true }).fill(`Extra bijeenkomst ${suffix}`);
    await main.getByRole('textbox', { name: 'Locatie' }).fill(`Elders ${suffix}`);
    const date = main.getByRole('textbox', { name: 'Datum', exact: true });
    await typeDate(page, date, firstDate);
    // Ochtend is the default dagdeel: 09:00–12:30, the time of Dagdeel 1.
    expect(await main.getByLabel('Begintijd', { exact: true }).inputValue()).toBe('09:00');
    const conflict = main.getByRole('alert').filter({ hasText: 'Dit botst met een andere bijeenkomst' });
    await conflict.waitFor();
    const conflictText = await conflict.innerText();
    expect(conflictText).toContain(`${OPLEIDER.name} geeft dan al ‘Dagdeel 1: kennismaking’`);
    expect(conflictText).toContain('09:00–12:30');
    expect(conflictText).toContain(`${FEMKE} en ${RACHID} zitten dan al in ‘Dagdeel 1: kennismaking’`);
    const save = main.getByRole('button', { name: 'Bijeenkomst plannen' });
    expect(await save.isDisabled()).toBe(true);

    // Picking the avond fills its times and the clash is gone.
    await pickOption(page, main.getByRole('combobox', { name: 'Dagdeel', exact: true }), 'Avond');
    expect(await main.getByLabel('Begintijd', { exact: true }).inputValue()).toBe('18:30');
    expect(await main.getByLabel('Eindtijd', { exact: true }).inputValue()).toBe('21:30');
    await main.getByText('Geen botsingen en geen schoolvakantie.').waitFor();
    expect(await conflict.count()).toBe(0);

    // --- a school holiday: a warning that does not block ---
    // Kerstvakantie 2027/28 for region noord: 25 December 2027 to 9 January 2028.
    await typeDate(page, date, '28-12-2027');
    const holiday = main.getByRole('alert').filter({ hasText: 'Let op: schoolvakantie' });
    await holiday.waitFor();
    expect(await holiday.innerText()).toContain('kerstvakantie');
    expect(await holiday.innerText()).toContain('noord');
    expect(await save.isDisabled()).toBe(false);
    await save.click();
    await toast(page, `‘Extra bijeenkomst ${suffix}’ is ingepland`).waitFor();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'bijeenkomsten');
    const holidayRow = leerjaarSection.getByRole('row').filter({ hasText: `Extra bijeenkomst ${suffix}` });
    await holidayRow.waitFor();
    expect(await holidayRow.innerText()).toContain('di 28 dec 2027, 18:30–21:30');
    await holidayRow.getByRole('img', { name: /schoolvakantie.*kerstvakantie/ }).waitFor();

    // Another kind of clash: the same location at the same time.
    await page.goto(`/leergangen/${leergangId}/sessies/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Bijeenkomst plannen' }).waitFor();
    await main.getByRole('textbox', { name: 'Titel', exact: true }).fill(`Nog een ${suffix}`);
    await main.getByRole('textbox', { name: 'Locatie' }).fill(location);
    await typeDate(page, main.getByRole('textbox', { name: 'Datum', exact: true }), firstDate);
    await main.getByRole('alert').filter({ hasText: 'Op deze locatie is dan al ‘Dagdeel 1: kennismaking’ gepland' }).waitFor();
    expect(await main.getByRole('button', { name: 'Bijeenkomst plannen' }).isDisabled()).toBe(true);
  } finally {
    // Leave no sessions behind that could clash with a rerun against the same database.
    if (leergangId) {
      for (const s of await sessionsOf(admin, leergangId, '2027-09-01', '2027-12-10')) await deleteSession(admin, s.id);
      for (const s of await sessionsOf(admin, leergangId, '2027-12-10', '2028-03-18')) await deleteSession(admin, s.id);
      for (const s of await sessionsOf(admin, leergangId, '2028-03-18', '2028-06-25')) await deleteSession(admin, s.id);
      for (const s of await sessionsOf(admin, leergangId, '2028-06-25', '2028-08-01')) await deleteSession(admin, s.id);
    }
  }
});

async function deleteSession(client: GraphQLClient, id: string): Promise<void> {
  await client.query('mutation D($input: DeleteSessionInput!) { deleteSession(input: $input) { deletedId } }', { input: { id } });
}
