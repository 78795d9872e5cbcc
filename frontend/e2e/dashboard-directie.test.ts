// The directie of De Regenboog opens the progress dashboard, sees their own
// staff and nothing of Het Kompas, exports the table as Excel, opens a person
// and downloads her bewijs van deelname; then anyone (a fresh, signed-out
// browser) opens the certificate's verification URL and sees it confirmed
// with the four public facts only.

import { readFileSync } from 'node:fs';
import { DIRECTIE, LOTTE, MARJOLEIN } from './support/accounts';
import { login, mainMenu } from './support/app';
import { describe, expect, test } from './support/fixtures';

const ZUIDOOST_LEERGANG = 'Opbrengstgericht intern begeleiden';

describe('the directie’s progress dashboard', () => {
  test('shows own staff, exports XLSX and downloads a certificate that the verification URL confirms', async ({ page, newPage }) => {
    await login(page, DIRECTIE.email);
    await mainMenu(page).getByRole('link', { name: 'Voortgang' }).click();
    await page.getByRole('heading', { level: 1, name: 'Voortgang' }).waitFor();
    const main = page.getByRole('main');
    const table = main.getByTestId('staff-table');
    await table.getByRole('rowheader', { name: LOTTE.name }).waitFor();
    // Every column of a row says something, and nothing of another school shows.
    const lotteRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: LOTTE.name }) });
    expect(await lotteRow.innerText()).toMatch(/%/);
    expect(await main.getByText(MARJOLEIN.name).count()).toBe(0);
    expect(await main.getByText('Het Kompas').count()).toBe(0);

    // --- the Excel export ---
    const [xlsx] = await Promise.all([page.waitForEvent('download'), main.getByRole('link', { name: 'Download Excel' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^voortgang-medewerkers-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = readFileSync(await xlsx.path());
    expect(workbook.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(workbook.length).toBeGreaterThan(1000);

    // --- the person page ---
    await table.getByRole('link', { name: LOTTE.name }).click();
    await page.getByRole('heading', { level: 1, name: `Voortgang ${LOTTE.name}` }).waitFor();
    const growth = main.getByRole('link', { name: 'Groei bekijken' }).first();
    expect(await growth.getAttribute('href')).toMatch(/^\/groei\/deelnemers\/[0-9a-f-]{36}\?leergang=[0-9a-f-]{36}$/);
    await main.getByRole('heading', { name: 'Bijeenkomsten' }).waitFor();
    expect(await main.getByText('Aanwezig', { exact: true }).count()).toBeGreaterThan(0);

    // --- the certificate ---
    const certificates = main.getByTestId('certificates');
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      certificates.getByRole('link', { name: 'Download bewijs van deelname leerjaar 1' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toBe('bewijs-van-deelname-lotte-van-dijk-leerjaar-1.pdf');
    const bytes = readFileSync(await pdf.path());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const url = /https?:\/\/[^\s()<>]+\/certificaat\/([A-Z2-7]{16})/.exec(bytes.toString('latin1'));
    if (!url) throw new Error('the PDF carries no verification URL');
    const code = url[1];

    // --- anyone checks it ---
    const visitor = await newPage();
    await visitor.goto(`/certificaat/${code}`);
    await visitor.getByRole('heading', { level: 1, name: 'Bewijs van deelname controleren' }).waitFor();
    await visitor.getByText('Dit bewijs van deelname is echt').waitFor();
    const facts = visitor.getByTestId('certificate-facts');
    const terms = (await facts.locator('dt').allInnerTexts()).map((s) => s.trim());
    expect(terms).toEqual(['Naam', 'Leergang', 'Leerjaar', 'Uren', 'Uitgegeven op']);
    const values = (await facts.locator('dd').allInnerTexts()).map((s) => s.trim());
    expect(values[0]).toBe(LOTTE.name);
    expect(values[1]).toBe(ZUIDOOST_LEERGANG);
    expect(values[2]).toBe('1');
    expect(Number((values[3] ?? '').replace(',', '.'))).toBeGreaterThan(0);
    // Nothing else about her: no school, no e-mail address.
    const text = await visitor.getByRole('main').innerText();
    expect(text).not.toContain('De Regenboog');
    expect(text).not.toContain(LOTTE.email);

    // A code that does not exist says so, in the same place.
    await visitor.goto('/certificaat/AAAAAAAAAAAAAAAA');
    await visitor.getByText('Niet gevonden').waitFor();
  });
});
