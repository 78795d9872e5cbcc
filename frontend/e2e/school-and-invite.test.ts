// A beheerder adds a school and invites a deelnemer for it, all through the UI.

import { BEHEERDER, ZUIDOOST, uniqueSuffix } from './support/accounts';
import { closeDropdown, login, pathOf, pickOption, toast, waitUntil } from './support/app';
import { findSchools } from './support/graphql';
import type { GraphQLClient } from './support/graphql';
import { expect, test } from './support/fixtures';

const UUID_PATH = /^\/(scholen|mensen)\/[0-9a-f-]{36}$/;

/** Two digits and two letters that no school has yet. */
async function unusedBrin(client: GraphQLClient): Promise<string> {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let attempt = 0; attempt < 20; attempt++) {
    const now = Date.now() + attempt * 7919;
    const brin =
      String(Math.floor(now / 1000) % 100).padStart(2, '0') +
      (letters[Math.floor(now / 100_000) % 26] ?? 'X') +
      (letters[Math.floor(Math.random() * 26)] ?? 'Y');
    if ((await findSchools(client, brin)).every((s) => s.brin !== brin)) return brin;
  }
  throw new Error('no unused BRIN code found');
}

test('a beheerder creates a school and invites a deelnemer for it', async ({ page, admin }) => {
  const brin = await unusedBrin(admin);
  const suffix = uniqueSuffix();
  const schoolName = `Basisschool De Vlieger ${suffix}`;
  const plaats = 'Amsterdam-Zuidoost';
  const personName = `Noor Testgebruiker ${suffix}`;
  const personEmail = `noor.${suffix}@e2e.example.nl`;

  await login(page, BEHEERDER.email);

  // --- the school ---
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Scholen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Scholen' }).waitFor();
  await page.getByRole('link', { name: 'Nieuwe school' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nieuwe school' }).waitFor();

  const main = page.getByRole('main');
  await main.getByRole('textbox', { name: 'Naam' }).fill(schoolName);
  await main.getByRole('textbox', { name: 'BRIN-code' }).fill(brin.toLowerCase()); // the form upper-cases it
  await main.getByRole('textbox', { name: 'Plaats' }).fill(plaats);
  await pickOption(page, main.getByRole('combobox', { name: 'Regio' }), 'Noord');
  await pickOption(page, main.getByRole('combobox', { name: 'Organisatie' }), new RegExp(`^${ZUIDOOST}`), 'Zuidoost');
  await main.getByRole('button', { name: 'Opslaan' }).click();

  await toast(page, 'School toegevoegd').waitFor();
  await page.getByRole('heading', { level: 1, name: schoolName }).waitFor();
  expect(pathOf(page)).toMatch(UUID_PATH);
  const schoolPath = pathOf(page);
  // The detail shows what was stored.
  expect(await main.getByRole('textbox', { name: 'BRIN-code' }).inputValue()).toBe(brin);
  expect(await main.getByRole('textbox', { name: 'Plaats' }).inputValue()).toBe(plaats);
  expect(await main.getByRole('combobox', { name: 'Organisatie' }).inputValue()).toMatch(new RegExp(`^${ZUIDOOST}`));

  // ... and the list has it.
  await main.getByRole('link', { name: 'Scholen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Scholen' }).waitFor();
  await main.getByRole('searchbox', { name: 'Zoek op naam, BRIN of plaats' }).fill(brin);
  const row = main.getByRole('row').filter({ hasText: schoolName });
  // The list filters after a short pause: only the header and this school remain.
  await waitUntil(async () => (await main.getByRole('row').count()) === 2, 'the school list filtered on the BRIN code');
  await row.waitFor();
  const cells = (await row.getByRole('cell').allTextContents()).map((c) => c.trim());
  expect(cells.slice(0, 4)).toEqual([schoolName, brin, plaats, ZUIDOOST]);
  await row.getByRole('link', { name: schoolName }).click();
  await page.waitForURL((url) => url.pathname === schoolPath);

  // --- the invitation ---
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mensen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mensen' }).waitFor();
  await page.getByRole('link', { name: 'Iemand uitnodigen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Iemand uitnodigen' }).waitFor();

  await main.getByRole('textbox', { name: 'Naam' }).fill(personName);
  await main.getByRole('textbox', { name: 'E-mailadres' }).fill(personEmail);
  await pickOption(page, main.getByRole('combobox', { name: 'Rollen' }), 'Deelnemer', undefined);
  await closeDropdown(page);
  await pickOption(page, main.getByRole('combobox', { name: 'Scholen' }), new RegExp(`^${schoolName}`), suffix);
  await closeDropdown(page);
  await main.getByRole('button', { name: 'Uitnodiging versturen' }).click();

  await toast(page, 'Uitnodiging verstuurd').waitFor();
  await page.getByRole('heading', { level: 1, name: personName }).waitFor();
  expect(pathOf(page)).toMatch(UUID_PATH);
  await main.getByText('Uitgenodigd', { exact: true }).waitFor();
  const facts = main.locator('dl');
  expect(await facts.innerText()).toContain(personEmail);
  expect(await facts.innerText()).toContain(schoolName);
  expect(await facts.innerText()).toContain('Deelnemer');
});
