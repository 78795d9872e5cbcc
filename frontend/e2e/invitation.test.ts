// An invited person opens the link from the outbox, sets a password, and can log in with it.

import { BEHEERDER, uniqueSuffix } from './support/accounts';
import { login, logout, mainMenu, pathOf, toast } from './support/app';
import { findSchools, personByEmail } from './support/graphql';
import { expect, test } from './support/fixtures';

test('an invitee sets a password from the outbox link and logs in again with it', async ({ page, newPage, admin, baseURL }) => {
  const suffix = uniqueSuffix();
  const name = `Sam Uitgenodigd ${suffix}`;
  const email = `sam.${suffix}@e2e.example.nl`;
  const password = `Zonnige-Klas-${suffix}`;

  // Setup: the invitation itself (the invite form has its own test).
  const [regenboog] = await findSchools(admin, 'De Regenboog');
  if (!regenboog) throw new Error('demo school De Regenboog not found');
  await admin.query('mutation Invite($input: InvitePersonInput!) { invitePerson(input: $input) { person { id } } }', {
    input: { person: { name, email, roles: ['DEELNEMER'], schoolIds: [regenboog.id] } },
  });

  // The beheerder reads the mail in the Postvak.
  await login(page, BEHEERDER.email);
  await mainMenu(page).getByRole('link', { name: 'Postvak' }).click();
  await page.getByRole('heading', { level: 1, name: 'Postvak' }).waitFor();
  const main = page.getByRole('main');
  await main.getByRole('searchbox', { name: 'Zoek op ontvanger of onderwerp' }).fill(email);
  const message = main.getByRole('button').filter({ hasText: `Aan: ${email}` });
  await message.waitFor();
  expect(await message.innerText()).toContain('Je uitnodiging voor Leergang');
  if ((await message.getAttribute('aria-expanded')) !== 'true') await message.click();
  const link = main.getByRole('link', { name: /\/uitnodiging\// });
  await link.waitFor();
  const href = await link.getAttribute('href');
  expect(href).toMatch(new RegExp(`^${baseURL}/uitnodiging/[A-Za-z0-9_-]{20,}$`));
  const invitationPath = new URL(href ?? '').pathname;

  // The invitee, in a browser of their own.
  const invitee = await newPage();
  await invitee.goto(invitationPath);
  await invitee.getByRole('heading', { level: 1, name: 'Wachtwoord instellen' }).waitFor();
  await invitee.getByText(`Welkom, ${name}! Kies een wachtwoord voor je account ${email}.`).waitFor();

  const newPassword = invitee.getByRole('textbox', { name: 'Nieuw wachtwoord' });
  const repeat = invitee.getByRole('textbox', { name: 'Herhaal het wachtwoord' });
  const submit = invitee.getByRole('button', { name: 'Wachtwoord instellen en inloggen' });
  // Two different passwords are caught before anything is sent.
  await newPassword.fill(password);
  await repeat.fill(`${password}x`);
  await submit.click();
  await invitee.getByText('De wachtwoorden zijn niet gelijk.').waitFor();
  expect(pathOf(invitee)).toBe(invitationPath);

  await repeat.fill(password);
  await submit.click();
  await toast(invitee, 'Je wachtwoord is ingesteld. Welkom bij Leergang!').waitFor();
  await mainMenu(invitee).waitFor();
  expect(pathOf(invitee)).toBe('/');
  await invitee.getByRole('banner').getByText(name, { exact: true }).waitFor();
  expect((await personByEmail(admin, email)).status).toBe('ACTIVE');

  await logout(invitee);

  // The link works once.
  await invitee.goto(invitationPath);
  await invitee.getByRole('heading', { level: 1, name: 'Uitnodiging niet gevonden' }).waitFor();

  // The new password signs in.
  await login(invitee, email, password);
  expect(pathOf(invitee)).toBe('/');
  await invitee.getByRole('banner').getByText(name, { exact: true }).waitFor();
});
