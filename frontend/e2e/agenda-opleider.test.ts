// The opleider's calendar: both programmes and the cancelled session in the month
// view, rescheduling by drag and drop (with undo, and a refused move that snaps
// back), and the attendance register of a past session with a partial attendance.
//
// Time zone: the browser runs in UTC here, and the app shows every time in
// Europe/Amsterdam itself (an Intl-based named time zone for FullCalendar), so
// these tests need no timezoneId of their own.

import type { Locator, Page } from 'playwright-core';
import { OPLEIDER } from './support/accounts';
import { login, mainMenu, toast, waitUntil } from './support/app';
import type { GraphQLClient } from './support/graphql';
import { describe, expect, test } from './support/fixtures';

interface SessionRow {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
}

const ZUIDOOST = 'Opbrengstgericht intern begeleiden';
const TWENTEKANT = 'Resultaatgericht coachen en adviseren';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The demo session with this title in this leergang in the coming 99 days, as the
 * beheerder sees it (other tests may copy leergangen, with the same titles).
 */
async function demoSession(admin: GraphQLClient, leergang: string, title: string): Promise<SessionRow> {
  const from = Date.now();
  const data = await admin.query<{ sessions: (SessionRow & { leergang: { name: string } })[] }>(
    'query S($from: Time!, $to: Time!) { sessions(from: $from, to: $to) { id title startsAt endsAt leergang { name } } }',
    { from: new Date(from).toISOString(), to: new Date(from + 99 * DAY_MS).toISOString() },
  );
  const found = data.sessions.filter((s) => s.title === title && s.leergang.name === leergang);
  if (found.length !== 1 || !found[0]) throw new Error(`expected one demo session "${title}" of ${leergang}, found ${found.length}`);
  const { leergang: _leergang, ...session } = found[0];
  return session;
}

async function sessionById(admin: GraphQLClient, id: string): Promise<SessionRow> {
  const data = await admin.query<{ session: SessionRow }>('query S($id: ID!) { session(id: $id) { id title startsAt endsAt } }', { id });
  return data.session;
}

/** YYYY-MM-DD of an instant in Dutch time: the calendar's data-date of its day. */
function amsterdamDay(ms: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A calendar event: a link named "09:00–12:30 <title> (<leergang>)" (a tweedaagse: "5 nov 09:30 – 6 nov 16:30 …"). */
function event(page: Page | Locator, title: string, leergang: string): Locator {
  return page.getByRole('link', { name: new RegExp(`^\\d.* ${escape(title)} \\(${escape(leergang)}\\)`) });
}

function dayCell(page: Page, day: string): Locator {
  return page.locator(`td.fc-daygrid-day[data-date="${day}"]`);
}

/** Drags with the mouse the way a person does: press, move in steps, release. */
async function drag(page: Page, source: Locator, target: Locator): Promise<void> {
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('cannot find the drag source or target on the page');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 5, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height - 12, { steps: 12 });
  await page.mouse.up();
}

async function openAgenda(page: Page): Promise<void> {
  await mainMenu(page).getByRole('link', { name: 'Agenda' }).click();
  await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
  await page.locator('.fc-daygrid-day').first().waitFor();
}

async function nextPeriod(page: Page, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    const title = await page.locator('.fc-toolbar-title').innerText();
    await page.getByRole('button', { name: 'Volgende periode' }).click();
    await waitUntil(async () => (await page.locator('.fc-toolbar-title').innerText()) !== title, 'the calendar shows the next month');
  }
}

describe('the opleider’s agenda', () => {
  test('shows both programmes and the cancelled session, in Dutch with Monday first', async ({ page }) => {
    await login(page, OPLEIDER.email);
    await openAgenda(page);

    const headers = (await page.locator('.fc-col-header-cell').allInnerTexts()).map((h) => h.trim().toLowerCase());
    expect(headers).toEqual(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']);
    await page.getByRole('button', { name: 'Maand' }).waitFor();
    await page.getByRole('button', { name: 'Week' }).waitFor();
    await page.getByRole('button', { name: 'Lijst' }).waitFor();

    // Both programmes of this month, and the cancelled one struck through.
    await event(page, 'Groep 1, bijeenkomst 2', ZUIDOOST).waitFor();
    await event(page, 'Jaar 2, tweedaagse', TWENTEKANT).first().waitFor();
    const cancelled = event(page, 'Groep 2, bijeenkomst 2', ZUIDOOST);
    await cancelled.waitFor();
    expect(await cancelled.getAttribute('aria-label')).toMatch(/, geannuleerd$/);
    expect(await cancelled.textContent()).toContain('Geannuleerd');
    const legend = page.getByRole('list', { name: 'Kleuren per leergang' });
    await legend.getByText(ZUIDOOST).waitFor();
    await legend.getByText(TWENTEKANT).waitFor();

    // The list view is the accessible alternative: every session with its time.
    await page.getByRole('button', { name: 'Lijst' }).click();
    await page.locator('.fc-list').waitFor();
    await event(page, 'Groep 1, bijeenkomst 2', ZUIDOOST).waitFor();

    // A click opens the session.
    await event(page, 'Groep 2, bijeenkomst 2', ZUIDOOST).click();
    await page.getByRole('heading', { level: 1, name: 'Groep 2, bijeenkomst 2' }).waitFor();
    await page.getByText('Deze bijeenkomst is geannuleerd').waitFor();
    await page.getByText('Marit Jansen is ziek.', { exact: false }).first().waitFor();
  });

  test('moves a session by drag and drop, and moves it back with "Ongedaan maken"', async ({ page, admin }) => {
    const session = await demoSession(admin, ZUIDOOST, 'Groep 1, bijeenkomst 3');
    const start = Date.parse(session.startsAt);
    const end = Date.parse(session.endsAt);

    await login(page, OPLEIDER.email);
    await openAgenda(page);
    await nextPeriod(page);
    const source = event(page, 'Groep 1, bijeenkomst 3', ZUIDOOST);
    await source.waitFor();
    expect(await event(dayCell(page, amsterdamDay(start)), 'Groep 1, bijeenkomst 3', ZUIDOOST).count()).toBe(1);

    // One day later: the Thursday, same hours.
    await drag(page, source, dayCell(page, amsterdamDay(start + DAY_MS)));
    const moved = toast(page, /^Verplaatst naar do \d+ \w+ 09:00–12:30/);
    await moved.waitFor();
    await waitUntil(
      async () => Date.parse((await sessionById(admin, session.id)).startsAt) === start + DAY_MS,
      'the server has the session one day later',
    );
    const stored = await sessionById(admin, session.id);
    expect(Date.parse(stored.endsAt)).toBe(end + DAY_MS);
    await event(dayCell(page, amsterdamDay(start + DAY_MS)), 'Groep 1, bijeenkomst 3', ZUIDOOST).waitFor();

    // Undo puts it back where it was.
    await moved.getByRole('button', { name: 'Ongedaan maken' }).click();
    await toast(page, /^Teruggezet naar wo \d+ \w+ 09:00–12:30/).waitFor();
    await waitUntil(async () => Date.parse((await sessionById(admin, session.id)).startsAt) === start, 'the server has the session back');
    expect(Date.parse((await sessionById(admin, session.id)).endsAt)).toBe(end);
    await event(dayCell(page, amsterdamDay(start)), 'Groep 1, bijeenkomst 3', ZUIDOOST).waitFor();
  });

  test('a move that clashes is refused with the server’s Dutch message and snaps back', async ({ page, admin }) => {
    // In two months Marit gives "Jaar 2, dagdeel 4" (Twentekant, 13:00–16:30) on a
    // Tuesday and "Groep 2, bijeenkomst 4" (Zuidoost, 13:00–16:30) on a Wednesday.
    const twentekant = await demoSession(admin, TWENTEKANT, 'Jaar 2, dagdeel 4');
    const zuidoost = await demoSession(admin, ZUIDOOST, 'Groep 2, bijeenkomst 4');
    const before = await sessionById(admin, zuidoost.id);

    await login(page, OPLEIDER.email);
    await openAgenda(page);
    await nextPeriod(page, 2);
    const source = event(page, 'Groep 2, bijeenkomst 4', ZUIDOOST);
    await source.waitFor();
    await drag(page, source, dayCell(page, amsterdamDay(Date.parse(twentekant.startsAt))));

    const refusal = toast(page, 'Niet verplaatst');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/Marit Jansen|Jaar 2, dagdeel 4/);
    // Back in its own day, and unchanged on the server.
    await event(dayCell(page, amsterdamDay(Date.parse(zuidoost.startsAt))), 'Groep 2, bijeenkomst 4', ZUIDOOST).waitFor();
    expect(await sessionById(admin, zuidoost.id)).toEqual(before);
  });

  test('registers attendance of a past session, with a partial attendance', async ({ page, admin }) => {
    await login(page, OPLEIDER.email);
    await openAgenda(page);
    await page.getByRole('button', { name: 'Vorige periode' }).click();
    await event(page, 'Groep 1, bijeenkomst 1', ZUIDOOST).click();
    await page.getByRole('heading', { level: 1, name: 'Groep 1, bijeenkomst 1' }).waitFor();
    const sessionId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');

    const register = page.getByRole('region', { name: 'Aanwezigheid' });
    await register.getByRole('button', { name: 'Iedereen aanwezig' }).waitFor();
    const lotte = register.getByRole('radiogroup', { name: 'Aanwezigheid van Lotte van Dijk' });
    await lotte.getByText('Gedeeltelijk', { exact: true }).click();
    const minutes = register.getByRole('textbox', { name: 'Minuten aanwezig Lotte van Dijk' });
    await minutes.fill('90');
    const kevin = register.getByRole('radiogroup', { name: 'Aanwezigheid van Kevin Pinas' });
    await kevin.getByText('Afwezig zonder bericht', { exact: true }).click();
    await register.getByRole('textbox', { name: 'Opmerking bij Kevin Pinas' }).fill('Niet verschenen');

    await register.getByRole('button', { name: 'Opslaan' }).click();
    await toast(page, 'Aanwezigheid opgeslagen').waitFor();

    const data = await admin.query<{
      sessionRegister: { rows: { person: { name: string }; attendance: { status: string; minutes: number | null; note: string } | null }[] };
    }>('query R($id: ID!) { sessionRegister(sessionId: $id) { rows { person { name } attendance { status minutes note } } } }', {
      id: sessionId,
    });
    const byName = new Map(data.sessionRegister.rows.map((r) => [r.person.name, r.attendance]));
    expect(byName.get('Lotte van Dijk')).toEqual({ status: 'GEDEELTELIJK', minutes: 90, note: '' });
    expect(byName.get('Kevin Pinas')).toEqual({ status: 'AFWEZIG_ZONDER_BERICHT', minutes: null, note: 'Niet verschenen' });
    expect(byName.get('Marjolein de Graaf')?.status).toBe('AANWEZIG');

    // After a reload the register shows what was saved.
    await page.reload();
    const reloaded = page.getByRole('region', { name: 'Aanwezigheid' });
    await expect
      .poll(() => reloaded.getByRole('textbox', { name: 'Minuten aanwezig Lotte van Dijk' }).inputValue())
      .toBe('90');

    // Leave the demo as it was for other tests (their hours count this session).
    const people = await admin.query<{ sessionRegister: { rows: { person: { id: string; name: string } }[] } }>(
      'query R($id: ID!) { sessionRegister(sessionId: $id) { rows { person { id name } } } }',
      { id: sessionId },
    );
    const entries = people.sessionRegister.rows
      .filter((r) => r.person.name === 'Lotte van Dijk' || r.person.name === 'Kevin Pinas')
      .map((r) => ({ personId: r.person.id, status: 'AANWEZIG' }));
    await admin.query('mutation A($input: RegisterAttendanceInput!) { registerAttendance(input: $input) { register { rows { person { id } } } } }', {
      input: { sessionId, entries },
    });
  });
});
