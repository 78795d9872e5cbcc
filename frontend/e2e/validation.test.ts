// Refusals are explained in Dutch, next to the field concerned, and nothing is saved.

import { ANNELIES, BEHEERDER, ZUIDOOST, uniqueSuffix } from './support/accounts';
import {
  closeDropdown,
  emailField,
  fieldMessage,
  login,
  loginButton,
  passwordField,
  pathOf,
  pickOption,
  toast,
} from './support/app';
import { findPeople, findSchools } from './support/graphql';
import { expect, test } from './support/fixtures';

test('a wrong password or an unknown e-mail address gives the same Dutch message', async ({ page }) => {
  await page.goto('/inloggen');
  const alert = page.getByRole('main').getByRole('alert');

  await emailField(page).fill(ANNELIES.email);
  await passwordField(page).fill('Helemaal-niet-goed-1');
  await loginButton(page).click();
  await alert.waitFor();
  expect((await alert.innerText()).trim()).toBe('E-mailadres of wachtwoord klopt niet.');

  await emailField(page).fill(`niemand.${uniqueSuffix()}@e2e.example.nl`);
  await loginButton(page).click();
  await alert.filter({ hasText: 'E-mailadres of wachtwoord klopt niet.' }).waitFor();
  expect(pathOf(page)).toBe('/inloggen');
  expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);

  // Empty fields are explained next to the fields, before anything is sent.
  await emailField(page).fill('');
  await passwordField(page).fill('');
  await loginButton(page).click();
  await page.getByText('Vul je e-mailadres in.').waitFor();
  expect(await fieldMessage(emailField(page))).toContain('Vul je e-mailadres in.');
  expect(await fieldMessage(passwordField(page))).toContain('Vul je wachtwoord in.');
});

test('the invite form explains an invalid e-mail address and werktijdfactor next to the fields and saves nothing', async ({
  page,
  admin,
}) => {
  const name = `Ongeldig Formulier ${uniqueSuffix()}`;
  await login(page, BEHEERDER.email);
  await page.goto('/mensen/uitnodigen');
  await page.getByRole('heading', { level: 1, name: 'Iemand uitnodigen' }).waitFor();
  const main = page.getByRole('main');

  await main.getByRole('textbox', { name: 'Naam' }).fill(name);
  const email = main.getByRole('textbox', { name: 'E-mailadres' });
  await email.fill('jan.jansen(at)school');
  await pickOption(page, main.getByRole('combobox', { name: 'Rollen' }), 'Deelnemer');
  await closeDropdown(page);
  const factor = main.getByRole('textbox', { name: 'Werktijdfactor' });
  await factor.fill('1,5');
  await main.getByRole('button', { name: 'Uitnodiging versturen' }).click();

  await main.getByText('Vul een geldig e-mailadres in, bijvoorbeeld naam@school.nl.').waitFor();
  expect(await email.getAttribute('aria-invalid')).toBe('true');
  expect(await fieldMessage(email)).toContain('Vul een geldig e-mailadres in, bijvoorbeeld naam@school.nl.');
  expect(await factor.inputValue()).toBe('1,5'); // kept as typed, not silently changed
  expect(await factor.getAttribute('aria-invalid')).toBe('true');
  expect(await fieldMessage(factor)).toContain('Vul een getal van 0 tot en met 1 in.');
  // The valid fields carry no message.
  const nameField = main.getByRole('textbox', { name: 'Naam' });
  expect(await nameField.getAttribute('aria-invalid')).not.toBe('true');
  expect(await fieldMessage(nameField)).toBe('');

  expect(pathOf(page)).toBe('/mensen/uitnodigen');
  expect(await toast(page, 'Uitnodiging verstuurd').count()).toBe(0);
  expect(await findPeople(admin, name)).toEqual([]);
});

test('the school form shows the server\'s refusal of a duplicate BRIN code next to the field and saves nothing', async ({
  page,
  admin,
}) => {
  const [existing] = await findSchools(admin, 'De Regenboog');
  if (!existing) throw new Error('demo school De Regenboog not found');
  const name = `Dubbele BRIN ${uniqueSuffix()}`;

  await login(page, BEHEERDER.email);
  await page.goto('/scholen/nieuw');
  await page.getByRole('heading', { level: 1, name: 'Nieuwe school' }).waitFor();
  const main = page.getByRole('main');
  await main.getByRole('textbox', { name: 'Naam' }).fill(name);
  const brin = main.getByRole('textbox', { name: 'BRIN-code' });
  await brin.fill(existing.brin);
  await main.getByRole('textbox', { name: 'Plaats' }).fill('Amsterdam');
  await pickOption(page, main.getByRole('combobox', { name: 'Regio' }), 'Noord');
  await pickOption(page, main.getByRole('combobox', { name: 'Organisatie' }), new RegExp(`^${ZUIDOOST}`), 'Zuidoost');
  await main.getByRole('button', { name: 'Opslaan' }).click();

  await main.getByText('Er is al een school met deze BRIN-code.').waitFor();
  expect(await brin.getAttribute('aria-invalid')).toBe('true');
  expect(await fieldMessage(brin)).toContain('Er is al een school met deze BRIN-code.');
  expect(pathOf(page)).toBe('/scholen/nieuw');
  expect(await toast(page, 'School toegevoegd').count()).toBe(0);
  expect(await findSchools(admin, name)).toEqual([]);
});
