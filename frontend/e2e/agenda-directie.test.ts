// The directie of De Regenboog follows the hours of their own staff on /uren and
// sees nothing of another school (Het Kompas).

import { DIRECTIE, MARJOLEIN } from './support/accounts';
import { login, mainMenu } from './support/app';
import { findSchools } from './support/graphql';
import { describe, expect, test } from './support/fixtures';

describe('the directie’s hours overview', () => {
  test('shows the hours of the staff of De Regenboog and nothing of Het Kompas', async ({ page, admin }) => {
    const [regenboog] = (await findSchools(admin, 'De Regenboog')).filter((s) => s.name === 'De Regenboog');
    if (!regenboog) throw new Error('the demo has no school De Regenboog');
    // Who the overview may show: deelnemers of De Regenboog in a leergang.
    const data = await admin.query<{ hoursOverview: { person: { name: string } }[] }>(
      'query O($schoolId: ID) { hoursOverview(schoolId: $schoolId) { person { name } } }',
      { schoolId: regenboog.id },
    );
    const staff = [...new Set(data.hoursOverview.map((l) => l.person.name))].sort();
    expect(staff).toContain('Lotte van Dijk');

    await login(page, DIRECTIE.email);
    await mainMenu(page).getByRole('link', { name: 'Uren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uren' }).waitFor();
    const section = page.getByRole('region', { name: 'Uren van de medewerkers' });
    const table = section.getByRole('table');
    // Other tests may put her in more leergangen: one row per leerjaar.
    await table.getByRole('row', { name: /Lotte van Dijk/ }).first().waitFor();

    const names = (await table.locator('tbody tr td:first-child').allInnerTexts()).map((n) => n.trim());
    expect([...new Set(names)].sort()).toEqual(staff);
    // Each row has a progress bar that says its hours in words.
    const bars = table.getByRole('progressbar');
    expect(await bars.count()).toBe(names.length);
    expect(await bars.first().getAttribute('aria-valuetext')).toMatch(/^\d+(,\d+)? van \d+(,\d+)? uur$/);

    // Sorting by hours keeps the same people.
    await table.getByRole('button', { name: 'Uren' }).click();
    expect(await table.getByRole('columnheader', { name: 'Uren' }).getAttribute('aria-sort')).toBe('ascending');

    // Nothing of Het Kompas: not its IB'er, not the school.
    expect(await page.getByText(MARJOLEIN.name).count()).toBe(0);
    expect(await page.getByText('Het Kompas').count()).toBe(0);
  });
});
