// The app works with the keyboard alone, and speaks English on request.

import { OPLEIDER } from './support/accounts';
import { emailField, isFocused, login, loginButton, mainMenu, menuLabels, passwordField, pathOf } from './support/app';
import { expect, test } from './support/fixtures';

test('the login form is reachable with Tab and submits with Enter', async ({ page }) => {
  await page.goto('/inloggen');
  await loginButton(page).waitFor();

  // Tab from the top of the page until the e-mail field has focus.
  let tabs = 0;
  while (!(await isFocused(emailField(page)))) {
    expect(tabs, 'Tab never reached the e-mail field').toBeLessThan(6);
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  await page.keyboard.type(OPLEIDER.email);

  await page.keyboard.press('Tab');
  expect(await isFocused(passwordField(page))).toBe(true);
  await page.keyboard.type('Leergang-demo-2026');

  await page.keyboard.press('Tab');
  expect(await isFocused(loginButton(page))).toBe(true);

  // Back to the password field; Enter there submits the form.
  await page.keyboard.press('Shift+Tab');
  expect(await isFocused(passwordField(page))).toBe(true);
  await page.keyboard.press('Enter');

  await mainMenu(page).waitFor();
  expect(pathOf(page)).toBe('/');
  await page.getByRole('banner').getByText(OPLEIDER.name, { exact: true }).waitFor();
});

/** Some of the opleider's menu entries in each language. */
const DUTCH = ['Start', 'Scholen', 'Mensen', 'Mijn profiel'];
const ENGLISH = ['Home', 'Schools', 'People', 'My profile'];

test('switching the language to EN changes the menu, and the choice is remembered', async ({ page }) => {
  await login(page, OPLEIDER.email);
  expect(await menuLabels(page)).toEqual(expect.arrayContaining(DUTCH));
  expect(await page.locator('html').getAttribute('lang')).toBe('nl');

  const dutchSwitch = page.getByRole('banner').getByRole('group', { name: 'Taal' });
  const english = dutchSwitch.getByRole('button', { name: 'EN', exact: true });
  expect(await dutchSwitch.getByRole('button', { name: 'NL', exact: true }).getAttribute('aria-pressed')).toBe('true');
  expect(await english.getAttribute('aria-pressed')).toBe('false');

  // With the keyboard: focus the EN button and press Enter.
  await english.focus();
  await page.keyboard.press('Enter');

  expect(await menuLabels(page, 'Main menu')).toEqual(expect.arrayContaining(ENGLISH));
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  await page.getByRole('banner').getByRole('button', { name: 'Log out' }).waitFor();
  expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
  expect(await page.getByRole('navigation').getByRole('link', { name: 'Scholen' }).count()).toBe(0);
  const englishSwitch = page.getByRole('banner').getByRole('group', { name: 'Language' });
  expect(await englishSwitch.getByRole('button', { name: 'EN', exact: true }).getAttribute('aria-pressed')).toBe('true');

  // The choice survives a reload.
  await page.reload();
  expect(await menuLabels(page, 'Main menu')).toEqual(expect.arrayContaining(ENGLISH));

  // And back to Dutch, with the mouse this time.
  await englishSwitch.getByRole('button', { name: 'NL', exact: true }).click();
  expect(await menuLabels(page)).toEqual(expect.arrayContaining(DUTCH));
  expect(await page.locator('html').getAttribute('lang')).toBe('nl');
});
