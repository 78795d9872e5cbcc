// The bestuur of Zuidoost Samen sees all seven schools side by side (a chart
// with a text alternative, and the table), drills down to De Regenboog and
// sees that school's staff; an opleider opens a leergang's group overview.

import { BESTUUR, LOTTE, MARJOLEIN, OPLEIDER } from './support/accounts';
import { login, mainMenu, pickOption } from './support/app';
import { describe, expect, test } from './support/fixtures';

const ZUIDOOST_SCHOOLS = [
  'De Regenboog',
  'Het Kompas',
  'De Bijlmerhof',
  'De Gaasperparel',
  'Het Venserpad',
  'De Holendrecht',
  'Kindcentrum Ganzenhoef',
];

describe('the bestuur and opleider dashboards', () => {
  test('the bestuur compares the schools and drills down to one', async ({ page }) => {
    await login(page, BESTUUR.email);
    await mainMenu(page).getByRole('link', { name: 'Voortgang' }).click();
    await page.getByRole('heading', { level: 1, name: 'Voortgang' }).waitFor();
    const main = page.getByRole('main');
    const table = main.getByTestId('schools-table');
    await table.getByRole('rowheader', { name: 'De Regenboog' }).waitFor();
    // All seven schools of the board side by side (other tests may add more).
    for (const school of ZUIDOOST_SCHOOLS) {
      await table.getByRole('rowheader', { name: school }).waitFor();
    }
    // The chart is a figure whose caption says what it shows, in words.
    const figure = main.getByRole('figure', { name: 'Gemiddelde aanwezigheid per school' });
    expect(await figure.locator('figcaption').innerText()).toMatch(/Gemiddelde aanwezigheid \d+(,\d)?%/);

    await table.getByRole('link', { name: 'De Regenboog' }).click();
    await page.getByRole('heading', { level: 1, name: 'Voortgang De Regenboog' }).waitFor();
    const staff = main.getByTestId('staff-table');
    await staff.getByRole('rowheader', { name: LOTTE.name }).waitFor();
    expect(await staff.getByText(MARJOLEIN.name).count()).toBe(0);
  });

  test('an opleider opens the group overview of a leergang', async ({ page }) => {
    await login(page, OPLEIDER.email);
    await mainMenu(page).getByRole('link', { name: 'Voortgang' }).click();
    const main = page.getByRole('main');
    await pickOption(page, main.getByRole('combobox', { name: 'Leergang' }), 'Opbrengstgericht intern begeleiden', 'Opbrengstgericht');
    await main.getByRole('link', { name: 'Groepsoverzicht openen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Groepsoverzicht Opbrengstgericht intern begeleiden' }).waitFor();
    const staff = main.getByTestId('staff-table');
    await staff.getByRole('rowheader', { name: LOTTE.name }).waitFor();
    await staff.getByRole('rowheader', { name: MARJOLEIN.name }).waitFor();
    await main.getByRole('figure', { name: 'Aanwezigheid per deelnemer' }).waitFor();
  });
});
