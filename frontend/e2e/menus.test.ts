// Each role sees its own menu (the server's viewer.menu), and logging out ends the session.

import { BEHEERDER, BESTUUR, DEELNEMER, DIRECTIE, OPLEIDER } from './support/accounts';
import type { DemoAccount } from './support/accounts';
import { request } from 'playwright-core';
import { login, loginButton, logout, mainMenu, menuLabels, pathOf } from './support/app';
import { onTestFinished } from 'vitest';
import { describe, expect, test } from './support/fixtures';

interface RoleCase {
  role: string;
  account: DemoAccount;
  /** The entries of ALL_ENTRIES this role has; it must have none of the others. */
  menu: string[];
}

/** The menu entries the roles differ in (new entries may be added for features to come). */
const ALL_ENTRIES = ['Start', 'Organisaties', 'Scholen', 'Mensen', 'Postvak', 'Mijn profiel'];

const ROLES: RoleCase[] = [
  { role: 'beheerder', account: BEHEERDER, menu: ['Start', 'Organisaties', 'Scholen', 'Mensen', 'Postvak', 'Mijn profiel'] },
  { role: 'opleider', account: OPLEIDER, menu: ['Start', 'Scholen', 'Mensen', 'Mijn profiel'] },
  { role: 'deelnemer', account: DEELNEMER, menu: ['Start', 'Mijn profiel'] },
  { role: 'directie', account: DIRECTIE, menu: ['Start', 'Scholen', 'Mensen', 'Mijn profiel'] },
  { role: 'bestuur', account: BESTUUR, menu: ['Start', 'Scholen', 'Mensen', 'Mijn profiel'] },
];

describe('menu per role', () => {
  test.for(ROLES.map((c) => [c.role, c] as const))('%s sees their own menu', async ([role, { account, menu }], { page }) => {
    await login(page, account.email);

    expect(pathOf(page)).toBe('/');
    await page.getByRole('banner').getByText(account.name, { exact: true }).waitFor();
    const labels = await menuLabels(page);
    // In the menu's order, exactly the expected ones of the known entries.
    expect(labels.filter((label) => ALL_ENTRIES.includes(label))).toEqual(menu);
    expect(labels.length).toBe(new Set(labels).size);

    // A screen left out of the menu is refused by the SPA too, not only hidden.
    if (role === 'deelnemer') {
      await page.goto('/mensen');
      await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
      expect(await page.getByRole('table').count()).toBe(0);
    }
  });
});

test('logging out returns to the login page and ends the session', async ({ page, baseURL }) => {
  await login(page, DIRECTIE.email);
  await mainMenu(page).getByRole('link', { name: 'Mensen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mensen' }).waitFor();

  // A copy of the session cookie, to check afterwards that the server revoked it.
  const viewerQuery = { data: { query: '{ viewer { person { email } } }' } };
  const copy = await request.newContext({ baseURL, storageState: await page.context().storageState() });
  onTestFinished(() => copy.dispose());
  expect(await (await copy.post('/graphql', viewerQuery)).json()).toEqual({
    data: { viewer: { person: { email: DIRECTIE.email } } },
  });

  await logout(page);
  expect(pathOf(page)).toBe('/inloggen');
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  expect(await mainMenu(page).count()).toBe(0);

  // Signed out in the browser, and the old cookie is dead on the server too.
  expect(await (await page.request.post('/graphql', viewerQuery)).json()).toEqual({ data: { viewer: null } });
  expect(await (await copy.post('/graphql', viewerQuery)).json()).toEqual({ data: { viewer: null } });

  // A protected page sends the visitor to the login page, remembering where they were going.
  await page.goto('/mensen');
  await page.waitForURL((url) => url.pathname === '/inloggen');
  expect(pathOf(page)).toBe('/inloggen?terug=%2Fmensen');
  await loginButton(page).waitFor();
  expect(await page.getByRole('heading', { level: 1, name: 'Mensen' }).count()).toBe(0);
});
