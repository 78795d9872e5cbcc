// The private calendar feed on the profile page (create, shown once, revoke with
// confirmation) and the .ics download of one session.

import { request } from 'playwright-core';
import { onTestFinished } from 'vitest';
import { OPLEIDER } from './support/accounts';
import { login, mainMenu, toast } from './support/app';
import { describe, expect, test } from './support/fixtures';

describe('calendar links', () => {
  test('creates a private feed link, shows it once, and revokes it', async ({ page, baseURL }) => {
    await login(page, OPLEIDER.email);
    await mainMenu(page).getByRole('link', { name: 'Mijn profiel' }).click();
    const card = page.getByRole('region', { name: /Agenda-koppeling/ });
    await card.getByText('Niet actief').waitFor();

    await card.getByRole('button', { name: 'Link aanmaken' }).click();
    await toast(page, 'Nieuwe link gemaakt').waitFor();
    const url = await card.getByRole('textbox', { name: 'Je privélink' }).inputValue();
    expect(url).toMatch(/\/calendar\/[^/]+\.ics$/);
    await card.getByText('hij wordt maar één keer getoond').waitFor();
    await card.getByText('Actief', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Kopiëren' }).waitFor();

    // The feed works without a cookie: the link is the credential.
    const anonymous = await request.newContext({ baseURL });
    onTestFinished(() => anonymous.dispose());
    const feed = await anonymous.get(new URL(url).pathname);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toContain('text/calendar');
    expect(await feed.text()).toContain('BEGIN:VEVENT');

    // After a reload the link is not shown again, only that it is active.
    await page.reload();
    await card.getByText('Actief', { exact: true }).waitFor();
    expect(await card.getByRole('textbox', { name: 'Je privélink' }).count()).toBe(0);
    await card.getByRole('button', { name: 'Nieuwe link maken' }).waitFor();

    await card.getByRole('button', { name: 'Link intrekken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Link intrekken' });
    await dialog.getByRole('button', { name: 'Link intrekken' }).click();
    await toast(page, 'Link ingetrokken').waitFor();
    await card.getByText('Niet actief').waitFor();
    expect((await anonymous.get(new URL(url).pathname)).status()).toBe(404);
  });

  test('a session downloads as .ics', async ({ page }) => {
    await login(page, OPLEIDER.email);
    await mainMenu(page).getByRole('link', { name: 'Agenda' }).click();
    await page.getByRole('button', { name: 'Lijst' }).click();
    await page.getByRole('link', { name: /Groep 1, bijeenkomst 2 \(/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Groep 1, bijeenkomst 2' }).waitFor();

    const link = page.getByRole('link', { name: 'Toevoegen aan agenda (.ics)' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/sessions\/[^/]+\/ics$/);
    const download = page.waitForEvent('download');
    await link.click();
    expect((await download).suggestedFilename()).toMatch(/\.ics$/);
    // The same request with the session cookie answers the calendar file.
    const response = await page.request.get(href ?? '');
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('Groep 1\\, bijeenkomst 2');
  });
});
