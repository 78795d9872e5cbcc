// Helpers that use the app the way a person does: through labelled controls.

import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './accounts';
import { ACTION_TIMEOUT_MS } from './fixtures';

export function mainMenu(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Hoofdmenu' });
}

/** The labels of the main menu, in order, once it is shown. */
export async function menuLabels(page: Page, menuName = 'Hoofdmenu'): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: menuName });
  await nav.getByRole('link').first().waitFor();
  return (await nav.getByRole('link').allTextContents()).map((label) => label.trim());
}

export function emailField(page: Page): Locator {
  return page.getByRole('textbox', { name: 'E-mailadres' });
}

export function passwordField(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Wachtwoord', exact: true });
}

export function loginButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Inloggen', exact: true });
}

/** Signs in through the login form and waits for the main menu. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/inloggen');
  await emailField(page).fill(email);
  await passwordField(page).fill(password);
  await loginButton(page).click();
  const menu = mainMenu(page);
  const refusal = page.getByRole('main').getByRole('alert');
  await menu.or(refusal).first().waitFor();
  if (await refusal.isVisible()) {
    throw new Error(`Login as ${email} was refused: ${await refusal.innerText()}`);
  }
}

/** Signs out with the header button and waits for the login page. */
export async function logout(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForURL((url) => url.pathname === '/inloggen');
  await loginButton(page).waitFor();
}

/** A notification (toast); Mantine gives each one role="alert". */
export function toast(page: Page, text: string | RegExp): Locator {
  return page.getByRole('alert').filter({ hasText: text });
}

/**
 * Picks an option of a Mantine Select or MultiSelect. With `search` the text is
 * typed first (searchable selects); otherwise the list is opened with the keyboard.
 */
export async function pickOption(page: Page, combobox: Locator, option: string | RegExp, search?: string): Promise<void> {
  if (search !== undefined) {
    await combobox.fill(search);
  } else {
    await combobox.focus();
    await page.keyboard.press('ArrowDown');
  }
  await page.getByRole('option', { name: option }).click();
}

/** Closes an open combobox dropdown. */
export async function closeDropdown(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
}

/**
 * The error text announced for a form field: the elements its aria-describedby
 * points to, which is where Mantine puts the message shown under the field.
 */
export async function fieldMessage(field: Locator): Promise<string> {
  return field.evaluate((element) => {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' | ');
  });
}

/** Whether the element has keyboard focus. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Waits until `check` holds (polling), or fails with `message`. */
export async function waitUntil(check: () => Promise<boolean>, message: string, timeout = ACTION_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The part of an in-app URL after the origin, e.g. "/mensen/123?x=1". */
export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}
