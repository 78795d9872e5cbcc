// Competency frameworks. The opleider (Marit Jansen) imports a framework of 4
// competencies and 93 aspects from an XLSX file: first a file with bad rows,
// which shows every row and its reason and imports nothing, then the good file,
// after which the editor shows the competencies and aspects; she reorders a
// competency by keyboard and downloads the framework as XLSX. The beheerder
// (Sanne de Vries) picks a framework for a leergang on its detail page.
//
// The XLSX files in fixtures/ are written by the Go test
// db/frameworkio TestWriteE2EFixtures (LEERGANG_WRITE_FIXTURES=1).

import path from 'node:path';
import { BEHEERDER, OPLEIDER, ZUIDOOST, uniqueSuffix } from './support/accounts';
import { login, mainMenu, pickOption, toast } from './support/app';
import { describe, expect, test } from './support/fixtures';
import type { GraphQLClient } from './support/graphql';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const GOOD = path.join(FIXTURES, 'kader-93-aspecten.xlsx');
const BAD = path.join(FIXTURES, 'kader-fouten.xlsx');
const LBBO = 'LBBO-beroepsstandaard intern begeleider';

async function frameworkCount(client: GraphQLClient, name: string): Promise<number> {
  const data = await client.query<{ frameworks: { totalCount: number } }>(
    'query F($search: String) { frameworks(first: 10, search: $search) { totalCount } }',
    { search: name },
  );
  return data.frameworks.totalCount;
}

describe('competency frameworks', () => {
  test('an opleider imports a framework from XLSX, after a file with bad rows', { timeout: 90_000 }, async ({ page, admin }) => {
    const name = `Kader uit Excel ${uniqueSuffix()}`;
    await login(page, OPLEIDER.email);
    await mainMenu(page).getByRole('link', { name: 'Competentiekaders' }).click();
    await page.getByRole('heading', { level: 1, name: 'Competentiekaders' }).waitFor();
    const coaching = page.getByRole('row', { name: /Resultaatgericht coachen en adviseren/ });
    await coaching.getByText('Voorbeeld', { exact: true }).waitFor();
    await page.getByRole('row', { name: new RegExp(LBBO) }).waitFor();

    // A file with bad rows: every row with its reason, nothing imported.
    await page.getByRole('button', { name: 'Importeren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kader importeren' });
    await dialog.getByRole('textbox', { name: 'Naam van het nieuwe kader' }).fill(name);
    await dialog.locator('input[type="file"]').setInputFiles(BAD);
    await dialog.getByRole('button', { name: 'Importeren' }).click();
    const errors = dialog.getByRole('list', { name: 'Het bestand is niet geïmporteerd' });
    await errors.waitFor();
    const items = await errors.getByRole('listitem').allInnerTexts();
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Kader, rij 3');
    expect(items[0]).toContain('De kolom competentie is leeg.');
    expect(items[1]).toContain('Kader, rij 4');
    expect(items[1]).toContain('Dit aspect staat al bij deze competentie (rij 2).');
    expect(await frameworkCount(admin, name)).toBe(0);

    // The good file: 4 competencies, 93 aspects, and the editor opens.
    await dialog.locator('input[type="file"]').setInputFiles(GOOD);
    await dialog.getByRole('button', { name: 'Importeren' }).click();
    await toast(page, 'Geïmporteerd: 4 competenties en 93 aspecten.').waitFor();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText('4 competenties, 93 aspecten').waitFor();
    await page.getByRole('heading', { level: 3, name: '1. Doelgericht communiceren (import)' }).waitFor();
    const coachen = page.getByRole('list', { name: 'Leerkrachten coachen' });
    expect(await coachen.getByRole('listitem').count()).toBe(23);
    await coachen.getByText('4.23 Leerkrachten coachen aspect 23').waitFor();
    expect(await frameworkCount(admin, name)).toBe(1);

    // Reorder by keyboard: the first competency one place down.
    await page.getByRole('button', { name: 'Doelgericht communiceren (import) omlaag' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: '2. Doelgericht communiceren (import)' }).waitFor();
    await page.getByRole('heading', { level: 3, name: '1. Zorgbesprekingen leiden' }).waitFor();

    // Export: the XLSX download of the framework.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download XLSX' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kader-kader-uit-excel-.*\.xlsx$/);
  });

  test('an opleider makes a new framework and adds a competency with an aspect', { timeout: 60_000 }, async ({ page }) => {
    const name = `Nieuw kader ${uniqueSuffix()}`;
    await login(page, OPLEIDER.email);
    await page.goto('/kaders');
    await page.getByRole('button', { name: 'Nieuw kader' }).click();
    const create = page.getByRole('dialog', { name: 'Nieuw competentiekader' });
    await create.getByRole('textbox', { name: 'Naam' }).fill(name);
    await create.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('table', { name: 'De schaal van dit kader, van laag naar hoog' }).getByText('Voorbeeld voor anderen').waitFor();

    await page.getByRole('button', { name: 'Competentie toevoegen' }).click();
    const competency = page.getByRole('dialog', { name: 'Competentie toevoegen' });
    await competency.getByRole('textbox', { name: 'Competentie' }).fill('Verbinder');
    await competency.getByRole('textbox', { name: 'Omschrijving' }).fill('Verbindt leraren, ouders en ketenpartners.');
    await competency.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 3, name: '1. Verbinder' }).waitFor();

    await page.getByRole('button', { name: 'Aspect toevoegen' }).click();
    const aspect = page.getByRole('dialog', { name: 'Aspect toevoegen' });
    await aspect.getByRole('textbox', { name: 'Aspect' }).fill('Betrekt ouders als partner');
    await aspect.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('list', { name: 'Verbinder' }).getByText('1.1 Betrekt ouders als partner').waitFor();
    await page.getByText('1 competentie, 1 aspect', { exact: true }).waitFor();
  });

  test('a beheerder picks the framework of a leergang', { timeout: 60_000 }, async ({ page, admin }) => {
    const orgs = await admin.query<{ organisations: { nodes: { id: string; name: string }[] } }>(
      'query O($search: String) { organisations(first: 10, search: $search) { nodes { id name } } }',
      { search: ZUIDOOST },
    );
    const org = orgs.organisations.nodes.find((o) => o.name === ZUIDOOST);
    if (!org) throw new Error('no Zuidoost organisation');
    const people = await admin.query<{ people: { nodes: { id: string; email: string }[] } }>(
      'query P($search: String) { people(first: 5, search: $search, role: OPLEIDER) { nodes { id email } } }',
      { search: OPLEIDER.name },
    );
    const opleider = people.people.nodes.find((p) => p.email === OPLEIDER.email);
    if (!opleider) throw new Error('no demo opleider');
    const leergangName = `Leergang met kader ${uniqueSuffix()}`;
    const created = await admin.query<{ createLeergang: { leergang: { id: string } } }>(
      'mutation C($input: CreateLeergangInput!) { createLeergang(input: $input) { leergang { id } } }',
      {
        input: {
          leergang: {
            name: leergangName,
            status: 'CONCEPT',
            clientOrganisationId: org.id,
            leerjaren: [{ number: 1, startsOn: '2028-09-01', endsOn: '2029-07-13' }],
            groups: [{ name: 'Groep 1', memberIds: [] }],
            opleiderIds: [opleider.id],
            stuurgroepIds: [],
          },
        },
      },
    );
    await login(page, BEHEERDER.email);
    await page.goto(`/leergangen/${created.createLeergang.leergang.id}`);
    await page.getByRole('heading', { level: 1, name: leergangName }).waitFor();
    const section = page.getByRole('region', { name: 'Competentiekader' });
    await section.getByText('Deze leergang heeft nog geen competentiekader.').waitFor();
    await pickOption(page, section.getByRole('combobox', { name: 'Competentiekader van deze leergang' }), LBBO, 'LBBO');
    await toast(page, 'Het competentiekader van de leergang is gewijzigd.').waitFor();
    await section.getByRole('link', { name: LBBO }).waitFor();
    await section.getByRole('link', { name: 'Groei en leervragen' }).waitFor();
    await section.getByRole('link', { name: 'Groepsoverzicht' }).waitFor();
  });
});
