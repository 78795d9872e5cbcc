// The audit log and the AVG rights. Someone tries to sign in with a wrong
// password (another browser); the beheerder (Sanne de Vries) filters the audit
// log on failed logins and finds the attempt. She exports the data of a person
// she invited for this test (a zip download) and erases that person: the
// person is gone from the list and from the server.

import { readFileSync } from 'node:fs';
import { BEHEERDER, uniqueSuffix } from './support/accounts';
import { emailField, login, loginButton, mainMenu, passwordField, pickOption, toast, waitUntil } from './support/app';
import { findPeople } from './support/graphql';
import { expect, test } from './support/fixtures';

test('a beheerder finds a failed login in the audit log, exports a person and erases them', async ({ page, newPage, admin }) => {
  const suffix = uniqueSuffix();
  // An address nobody has, so the attempt throttles no demo account of other tests.
  const attempted = `indringer.${suffix}@e2e.example.nl`;
  const personName = `Wim Wisbaar ${suffix}`;

  // --- a failed login, in another browser ---
  const stranger = await newPage();
  await stranger.goto('/inloggen');
  await emailField(stranger).fill(attempted);
  await passwordField(stranger).fill('Helemaal-verkeerd-1');
  await loginButton(stranger).click();
  await stranger.getByRole('main').getByText('E-mailadres of wachtwoord klopt niet.').waitFor();

  // --- a person to export and erase, invited for this test ---
  const invited = await admin.query<{ invitePerson: { person: { id: string } } }>(
    `mutation Invite($input: InvitePersonInput!) { invitePerson(input: $input) { person { id } } }`,
    { input: { person: { name: personName, email: `wim.${suffix}@e2e.example.nl`, roles: ['OPLEIDER'], schoolIds: [] } } },
  );
  const personId = invited.invitePerson.person.id;

  // --- the audit log, filtered on failed logins ---
  await login(page, BEHEERDER.email);
  await mainMenu(page).getByRole('link', { name: 'Auditlog' }).click();
  await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
  const main = page.getByRole('main');
  await pickOption(page, main.getByRole('combobox', { name: 'Handeling' }), 'Mislukte inlogpoging');
  await main.getByRole('searchbox', { name: 'Object of details bevat' }).fill(suffix);
  const row = main.getByRole('row').filter({ hasText: attempted });
  await row.waitFor();
  expect(await row.getByText('Mislukte inlogpoging').count()).toBe(1);
  expect(await row.innerText()).toContain('Niet ingelogd');
  // Every row shown is a failed login.
  await waitUntil(async () => (await main.getByTestId('audit-entry').count()) === 1, 'one matching entry');

  // --- the export ---
  await page.goto(`/mensen/${personId}`);
  await page.getByRole('heading', { level: 1, name: personName }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    main.getByRole('button', { name: 'Gegevens exporteren (AVG)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^avg-export-${personId}-\\d{8}\\.zip$`));
  const zipPath = await download.path();
  const zip = readFileSync(zipPath);
  expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(zip.includes(Buffer.from('gegevens/profiel.json'))).toBe(true);
  await main.getByRole('status').getByText(/De export is gedownload/).waitFor();

  // The export is in the log, about this person.
  await main.getByRole('link', { name: 'Auditlog over deze persoon' }).click();
  await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
  const exportRow = main.getByRole('row').filter({ hasText: 'Export' }).filter({ hasText: personName });
  await exportRow.waitFor();
  expect(await exportRow.innerText()).toContain(BEHEERDER.name);
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: personName }).waitFor();

  // --- the erasure ---
  await main.getByRole('button', { name: 'Persoon wissen' }).click();
  const dialog = page.getByRole('dialog', { name: `${personName} wissen` });
  await dialog.getByRole('heading', { name: 'Dit blijft, zonder naam' }).waitFor();
  await dialog.getByRole('textbox', { name: /Typ ter bevestiging de naam/ }).fill(personName);
  await dialog.getByRole('button', { name: 'Definitief wissen' }).click();
  await toast(page, `${personName} is gewist.`).waitFor();
  await page.getByRole('heading', { level: 1, name: 'Mensen' }).waitFor();
  await main.getByRole('searchbox', { name: 'Zoek op naam of e-mailadres' }).fill(suffix);
  await main.getByText('Niets gevonden voor deze zoekopdracht of filters.').waitFor();
  expect(await main.getByRole('link', { name: personName }).count()).toBe(0);
  expect(await findPeople(admin, suffix)).toEqual([]);
});
