// Onboarding checklists. The bestuur of Zuidoost Samen (Priya Ramdin) adds an
// item to the board's own template, rewords it and moves it up, with buttons
// only. The starter (Lotte van Dijk) ticks items on Mijn inwerkperiode, one
// with a note through the details dialog, and sees her progress go up. The
// directie of De Regenboog (Jeroen van der Linden) sees Lotte's progress on the
// Starters page and on her checklist, and no starter of another school.

import type { Page } from 'playwright-core';
import { BESTUUR, DIRECTIE, LOTTE, uniqueSuffix } from './support/accounts';
import { login, toast, waitUntil } from './support/app';
import { describe, expect, test } from './support/fixtures';
import type { GraphQLClient } from './support/graphql';

const LAST_PART = 'Overdracht en inwerken';

/** The item texts of one template part, in order. */
async function partItems(page: Page, part: string): Promise<string[]> {
  const section = page.getByTestId('template-part').filter({ has: page.getByRole('heading', { name: part, exact: true }) });
  const rows = section.getByTestId('template-item');
  const texts: string[] = [];
  for (let i = 0; i < (await rows.count()); i++) texts.push((await rows.nth(i).locator('p').first().innerText()).trim());
  return texts;
}

/** The "x van y punten afgerond (p%)" line of the progress card. */
async function progressPercent(page: Page): Promise<number> {
  const text = await page.getByTestId('checklist-progress').innerText();
  const match = /\((\d+)%\)/.exec(text);
  if (!match?.[1]) throw new Error(`no percentage in "${text}"`);
  return Number(match[1]);
}

async function lottePercent(admin: GraphQLClient): Promise<number> {
  const { people } = await admin.query<{ people: { nodes: { id: string }[] } }>(
    `query($s: String) { people(search: $s, first: 1) { nodes { id } } }`,
    { s: LOTTE.email },
  );
  const id = people.nodes[0]?.id;
  const { checklist } = await admin.query<{ checklist: { progress: { percent: number } } | null }>(
    `query($id: ID!) { checklist(starterId: $id) { progress { percent } } }`,
    { id },
  );
  if (!checklist) throw new Error('Lotte has no checklist in the demo world');
  return checklist.progress.percent;
}

describe('onboarding checklists', () => {
  test('A bestuur user customises the template', async ({ page }) => {
    const text = `Kennismaken met de vertrouwenspersoon ${uniqueSuffix()}`;
    const reworded = `${text} van de school`;
    await login(page, BESTUUR.email);
    await page.goto('/starters?tab=sjabloon');
    await page.getByRole('tab', { name: 'Sjabloon', selected: true }).waitFor();
    await page.getByRole('heading', { name: /Checklist startende IB'er\/KC'er – / }).waitFor();

    // Add an item at the end of the last part.
    await page.getByRole('button', { name: `Punt toevoegen aan ${LAST_PART}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Punt toevoegen' });
    await dialog.getByLabel('Tekst van het punt').fill(text);
    await dialog.getByLabel('Link (optioneel)').fill('https://www.zuidoostsamen.nl/vertrouwenspersoon');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await toast(page, 'Het sjabloon is bijgewerkt.').waitFor();
    await waitUntil(async () => (await partItems(page, LAST_PART)).at(-1) === text, 'the new item is last in its part');

    // Reword it.
    await page.getByRole('button', { name: `Bewerk: ${text}` }).click();
    const edit = page.getByRole('dialog', { name: 'Punt bewerken' });
    await edit.getByLabel('Tekst van het punt').fill(reworded);
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await waitUntil(async () => (await partItems(page, LAST_PART)).at(-1) === reworded, 'the item is reworded');

    // Move it up one place, by keyboard.
    const before = await partItems(page, LAST_PART);
    const up = page.getByRole('button', { name: `Omhoog: ${reworded}` });
    await up.focus();
    await page.keyboard.press('Enter');
    await waitUntil(async () => {
      const after = await partItems(page, LAST_PART);
      return after.at(-2) === reworded && after.at(-1) === before.at(-2);
    }, 'the item moved up one place');
  });

  test('The starter ticks items', async ({ page }) => {
    const note = `Besproken in het teamoverleg ${uniqueSuffix()}`;
    await login(page, LOTTE.email);
    await page.goto('/inwerkperiode');
    await page.getByRole('heading', { name: 'Mijn inwerkperiode', level: 1 }).waitFor();
    await page.getByTestId('checklist-progress').waitFor();
    const start = await progressPercent(page);

    // Tick an item with a date and a note through its details.
    const item = 'Communicatieafspraken richting ouders en samenwerkingspartners';
    await page.getByRole('button', { name: `Details van: ${item}` }).click();
    const dialog = page.getByRole('dialog', { name: `Details van: ${item}` });
    await dialog.getByRole('radio', { name: 'Gedaan' }).check();
    await dialog.getByLabel('Notitie (optioneel)').fill(note);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await toast(page, 'De checklist is bijgewerkt.').waitFor();
    await page.getByText(note).waitFor();
    expect(await page.getByRole('checkbox', { name: item }).isChecked()).toBe(true);
    await waitUntil(async () => (await progressPercent(page)) > start, 'progress goes up after the first tick');
    const middle = await progressPercent(page);

    // Tick another one straight from its checkbox.
    const second = page.getByRole('checkbox', { name: 'Afspraken over samenwerking met directie, leerkrachten en externe partners' });
    // The box follows the server's answer, so wait for it rather than expect
    // the state to change at the click itself.
    await second.click();
    await waitUntil(() => second.isChecked(), 'the second item is ticked');
    await waitUntil(async () => (await progressPercent(page)) > middle, 'progress goes up after the second tick');
    const row = page.getByTestId('checklist-item').filter({ has: second });
    await row.getByText(/Afgevinkt door Lotte van Dijk/).waitFor();
  });

  test('The directie sees the progress', async ({ page, admin }) => {
    const percent = await lottePercent(admin);
    await login(page, DIRECTIE.email);
    await page.goto('/starters');
    const lotte = page.getByRole('row').filter({ has: page.getByRole('link', { name: LOTTE.name }) });
    await lotte.waitFor();
    expect(await lotte.getByTestId('starter-percent').innerText()).toBe(`${percent}%`);
    // Only De Regenboog's starters: not the starter of De Gaasperparel.
    expect(await page.getByRole('link', { name: 'Dewi Soekhoe' }).count()).toBe(0);

    await lotte.getByRole('link', { name: LOTTE.name }).click();
    await page.getByRole('heading', { name: `Checklist van ${LOTTE.name}`, level: 1 }).waitFor();
    expect(await progressPercent(page)).toBe(percent);
    await page.getByRole('heading', { name: 'Facilitering en ondersteuning' }).waitFor();
  });
});
