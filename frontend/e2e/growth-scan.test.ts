// Scans and growth. The schoolcoach (Marloes Wolters) fills in part of her
// self-scan at the open moment "Einde leerjaar 2", saves, comes back to it,
// is told in Dutch that every aspect needs a score, corrects her first score
// and finishes it; then it is locked, and the "Geschiedenis" of the first
// aspect lists both scores, newest first. The opleider (Marit Jansen) sees her
// in the group's heatmap and rates her. Back on "Mijn groei" the table
// alternative of the line chart shows her self-scores at three moments and the
// opleider's, and the PDF of her scan history downloads. Finally the opleider
// adds a scan moment, edits it in a dialog (a Dutch message under the wrong
// date first), is refused deleting a moment with scans, and deletes her own.

import type { Locator, Page } from 'playwright-core';
import { DEELNEMER, OPLEIDER, uniqueSuffix } from './support/accounts';
import { fieldMessage, isFocused, login, mainMenu, toast, waitUntil } from './support/app';
import { describe, expect, test } from './support/fixtures';
import type { GraphQLClient } from './support/graphql';

const LEERGANG = 'Resultaatgericht coachen en adviseren';
const MOMENT = 'Einde leerjaar 2';
const NOTE = 'Ik laat de leerkracht nu zelf het doel van het gesprek formuleren.';

async function leergangId(admin: GraphQLClient): Promise<string> {
  const { leergangen } = await admin.query<{ leergangen: { nodes: { id: string; name: string }[] } }>('query { leergangen(first: 100) { nodes { id name } } }');
  const id = leergangen.nodes.find((l) => l.name === LEERGANG)?.id;
  if (!id) throw new Error(`the demo leergang ${LEERGANG} is missing`);
  return id;
}

/** Every aspect's radio group on the scan form, in order. */
function aspectGroups(page: Page) {
  return page.getByRole('radiogroup');
}

/** Picks the score on the scale (by its number) for the aspect group at index. */
async function rate(page: Page, index: number, value: number): Promise<void> {
  await aspectGroups(page).nth(index).getByRole('radio', { name: new RegExp(`^${value} ·`) }).check();
}

async function finishScan(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Afronden', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Afronden' }).click();
}

describe('competency scans', () => {
  test('a deelnemer fills in a self-scan; the opleider rates', { timeout: 120_000 }, async ({ page, newPage, admin }) => {
    const lgId = await leergangId(admin);
    await login(page, DEELNEMER.email);
    await mainMenu(page).getByRole('link', { name: 'Mijn groei' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn groei' }).waitFor();
    await page.getByRole('link', { name: `Invullen: ${MOMENT}` }).click();
    await page.getByRole('heading', { level: 1, name: `Zelfscan: ${MOMENT}` }).waitFor();

    // Part of the scan, with a note, saved as a concept.
    await aspectGroups(page).first().waitFor();
    const total = await aspectGroups(page).count();
    expect(total).toBeGreaterThan(3);
    await rate(page, 0, 3);
    await page.getByRole('textbox', { name: /^Toelichting bij/ }).first().fill(NOTE);
    await rate(page, 1, 2);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'aspecten ingevuld' }).innerText()).toBe(`2 van ${total} aspecten ingevuld`);
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await toast(page, 'Je scan is opgeslagen.').waitFor();

    // Coming back continues the same concept.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Zelfscan: ${MOMENT}` }).waitFor();
    await expect.poll(() => aspectGroups(page).nth(0).getByRole('radio', { name: /^3 ·/ }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: /^Toelichting bij/ }).first().inputValue()).toBe(NOTE);
    await page.getByRole('status').filter({ hasText: `2 van ${total} aspecten ingevuld` }).waitFor();

    // Finishing too early is refused in Dutch.
    await finishScan(page);
    await toast(page, /Geef eerst elk aspect een score; er staan er nog \d+ open\./).waitFor();

    // A correction of the first score is a new row; the old one stays in the history.
    await rate(page, 0, 4);
    for (let i = 2; i < total; i++) await rate(page, i, i % 2 === 0 ? 3 : 2);
    await finishScan(page);
    await toast(page, 'Je scan is afgerond.').waitFor();
    await page.getByText(/en staat vast\.$/).waitFor();
    expect(await aspectGroups(page).nth(0).getByRole('radio', { name: /^4 ·/ }).isDisabled()).toBe(true);

    // The first aspect's history, opened by keyboard: the correction first, then the score with the note.
    const historyButton = page.getByRole('button', { name: /^Geschiedenis: / }).first();
    expect(await historyButton.getAttribute('aria-expanded')).toBe('false');
    await historyButton.focus();
    await page.keyboard.press('Enter');
    expect(await historyButton.getAttribute('aria-expanded')).toBe('true');
    const history = page.locator(`[id="${await historyButton.getAttribute('aria-controls')}"]`).getByRole('list', { name: /^Scores voor .+, nieuwste eerst$/ });
    await history.waitFor();
    const entries = history.getByRole('listitem');
    await expect.poll(() => entries.count()).toBe(2);
    const [newest, oldest] = await entries.allInnerTexts();
    expect(newest).toMatch(/^4 · /);
    expect(newest).toMatch(/huidige score/i); // the badge is in capitals
    expect(newest).toContain(DEELNEMER.name);
    expect(oldest).toMatch(/^3 · /);
    expect(oldest).toContain(NOTE);
    await page.keyboard.press('Enter');
    expect(await historyButton.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('button', { name: 'Opslaan', exact: true }).count()).toBe(0);

    // Stored: finished, and the correction-free history has one row per aspect.
    const { growth } = await admin.query<{
      growth: { moments: { moment: { title: string }; scans: { id: string; raterRole: string; status: string; ratings: { note: string }[] }[] }[] };
    }>(
      `query G($l: ID!, $p: ID) { growth(leergangId: $l, personId: $p) { moments { moment { title } scans { id raterRole status ratings { note } } } } }`,
      { l: lgId, p: await personId(admin, DEELNEMER.email) },
    );
    const self = growth.moments.find((m) => m.moment.title === MOMENT)?.scans.find((s) => s.raterRole === 'ZELF');
    expect(self?.status).toBe('AFGEROND');
    expect(self?.ratings).toHaveLength(total);
    expect(self?.ratings.some((r) => r.note === NOTE)).toBe(true);

    // The opleider finds her in the group's heatmap and rates her.
    const marit = await newPage();
    await login(marit, OPLEIDER.email);
    await marit.goto(`/leergangen/${lgId}/groei`);
    await marit.getByRole('heading', { level: 1, name: `Groei: ${LEERGANG}` }).waitFor();
    const heatmap = marit.getByTestId('group-heatmap');
    await heatmap.getByRole('columnheader', { name: new RegExp(DEELNEMER.name) }).waitFor();
    await heatmap.getByRole('link', { name: `Beoordelen: ${DEELNEMER.name}` }).click();
    await marit.getByRole('heading', { level: 1, name: `Scan van ${DEELNEMER.name}: ${MOMENT}` }).waitFor();
    await marit.getByText(/Je vult deze scan in als: Opleider/).waitFor();
    await aspectGroups(marit).first().waitFor();
    for (let i = 0; i < total; i++) await rate(marit, i, 3);
    await finishScan(marit);
    await toast(marit, 'Je scan is afgerond.').waitFor();
  });

  test('growth shows after a second moment', { timeout: 90_000 }, async ({ page }) => {
    await login(page, DEELNEMER.email);
    await mainMenu(page).getByRole('link', { name: 'Mijn groei' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn groei' }).waitFor();
    const section = page.getByRole('region', { name: 'Groei per competentie' });
    await section.getByRole('button', { name: 'Toon als tabel' }).click();
    const table = section.getByTestId('growth-line-table');
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allInnerTexts();
    expect(headers).toEqual(['Competentie', 'Start van de leergang', 'Einde leerjaar 1', MOMENT]);
    // Every competency has a self-average at every moment.
    const rows = table.getByRole('row');
    expect(await rows.count()).toBeGreaterThan(1);
    for (const cell of await table.getByRole('cell').allInnerTexts()) expect(cell).toMatch(/^\d(,\d)?$/);

    // The opleider's averages: the moments at which Marit rated.
    await section.locator('label').filter({ hasText: /^Opleider$/ }).click();
    await expect.poll(() => section.getByRole('radio', { name: 'Opleider' }).isChecked()).toBe(true);
    await expect.poll(() => table.getByRole('columnheader').allInnerTexts()).toContain(MOMENT);

    // Self next to opleider, and the largest differences, for the newest moment.
    await page.getByRole('region', { name: 'Per competentie op één moment' }).getByRole('button', { name: 'Toon als tabel' }).click();
    const compare = page.getByTestId('growth-compare-table');
    await compare.waitFor();
    expect(await compare.getByRole('row').count()).toBeGreaterThan(3);
    await page.getByRole('heading', { name: 'Grootste verschillen' }).waitFor();

    // The scan history as PDF.
    const href = await page.getByRole('link', { name: 'Scanhistorie als pdf' }).getAttribute('href');
    expect(href).toMatch(/^\/downloads\/growth\/people\/[0-9a-f-]+\/scans\.pdf\?leergang=/);
    const response = await page.context().request.get(href ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

/** Types a dd-mm-jjjj date and blurs the field, which closes its calendar (Escape might also close a dialog around it). */
async function typeDate(page: Page, field: Locator, dutchDate: string): Promise<void> {
  await field.fill(dutchDate);
  await field.blur();
  await waitUntil(async () => (await page.locator('[data-dates-dropdown]').count()) === 0, 'the calendar closed');
}

describe('scan moments', () => {
  test('an opleider adds, edits and deletes a scan moment', { timeout: 90_000 }, async ({ page, admin }) => {
    const lgId = await leergangId(admin);
    const title = `Tussenmeting ${uniqueSuffix()}`;
    const renamed = `${title} (bijgesteld)`;
    await login(page, OPLEIDER.email);
    await page.goto(`/leergangen/${lgId}/groei`);
    await page.getByRole('heading', { level: 1, name: `Groei: ${LEERGANG}` }).waitFor();
    const table = page.getByTestId('scan-moments-admin');
    await table.waitFor();

    // A moment far ahead, so it is not open and the group view keeps its moment.
    await page.getByRole('textbox', { name: /^Titel/ }).fill(title);
    await typeDate(page, page.getByRole('textbox', { name: /^Opent op/ }), '01-09-2030');
    await page.getByRole('button', { name: 'Moment toevoegen' }).click();
    await toast(page, 'Het scanmoment is toegevoegd.').waitFor();
    await table.getByRole('rowheader', { name: title, exact: true }).waitFor();

    // Bewerken opens a dialog with the moment's values and the focus on its title.
    const edit = table.getByRole('button', { name: `Bewerken: ${title}`, exact: true });
    await edit.click();
    const dialog = page.getByRole('dialog', { name: `Scanmoment bewerken: ${title}` });
    await dialog.waitFor();
    const titleField = dialog.getByRole('textbox', { name: /^Titel/ });
    await waitUntil(() => isFocused(titleField), 'the focus is on the title');
    expect(await titleField.inputValue()).toBe(title);
    const opensOn = dialog.getByRole('textbox', { name: /^Opent op/ });
    expect(await opensOn.inputValue()).toBe('01-09-2030');
    // Escape in a date field closes its calendar, not the dialog.
    await opensOn.focus();
    await page.locator('[data-dates-dropdown]').waitFor();
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await page.locator('[data-dates-dropdown]').count()) === 0, 'the calendar closed');
    expect(await dialog.isVisible()).toBe(true);

    // A closing date before the opening date: the server's Dutch message under the field, which gets the focus.
    await titleField.fill(renamed);
    await typeDate(page, opensOn, '15-09-2030');
    const closesOn = dialog.getByRole('textbox', { name: /^Sluit op/ });
    await typeDate(page, closesOn, '01-09-2030');
    await dialog.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await waitUntil(async () => (await fieldMessage(closesOn)).includes('De sluitdatum ligt voor de openingsdatum.'), 'the message under Sluit op');
    expect(await isFocused(closesOn)).toBe(true);

    await typeDate(page, closesOn, '31-10-2030');
    await dialog.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await toast(page, 'Het scanmoment is gewijzigd.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: renamed, exact: true }) });
    await row.getByText('15 september 2030 t/m 31 oktober 2030').waitFor();
    expect(await table.getByRole('rowheader', { name: title, exact: true }).count()).toBe(0);
    // The focus is back on the row's Bewerken button.
    await waitUntil(() => isFocused(table.getByRole('button', { name: `Bewerken: ${renamed}`, exact: true })), 'the focus is back on Bewerken');

    // A moment at which someone scanned cannot be deleted; the server says why.
    await table.getByRole('button', { name: 'Verwijderen: Einde leerjaar 1', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
    await toast(page, 'Op dit scanmoment is al gescand; je kunt het niet meer verwijderen.').waitFor();
    await table.getByRole('rowheader', { name: 'Einde leerjaar 1', exact: true }).waitFor();

    // The new one can; the focus goes to the section's heading.
    await table.getByRole('button', { name: `Verwijderen: ${renamed}`, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
    await toast(page, 'Het scanmoment is verwijderd.').waitFor();
    await waitUntil(async () => (await table.getByRole('rowheader', { name: renamed, exact: true }).count()) === 0, 'the row is gone');
    await waitUntil(() => isFocused(page.getByRole('heading', { level: 2, name: 'Scanmomenten beheren' })), 'the focus is on the heading');
  });
});

async function personId(admin: GraphQLClient, email: string): Promise<string> {
  const { people } = await admin.query<{ people: { nodes: { id: string; email: string }[] } }>(
    'query P($s: String) { people(first: 5, search: $s) { nodes { id email } } }',
    { s: email },
  );
  const id = people.nodes.find((p) => p.email === email)?.id;
  if (!id) throw new Error(`no person ${email}`);
  return id;
}
