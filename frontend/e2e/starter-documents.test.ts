// Starter documents as uploaded files. The bestuur of Zuidoost Samen (Priya
// Ramdin) adds a document by uploading a file: a spreadsheet is refused with
// a Dutch message, the PDF uploads with a progress bar (small chunks, slowed
// down) and the document shows a file icon with its type and size. The starter
// (Lotte van Dijk) finds it on Mijn inwerkperiode and downloads the same bytes
// under the file's own name.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { BESTUUR, LOTTE, ZUIDOOST, uniqueSuffix } from './support/accounts';
import { login, pickOption, toast, waitUntil } from './support/app';
import { expect, test } from './support/fixtures';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const PDF = path.join(FIXTURES, 'zorgbeleid.pdf');
const XLSX = path.join(FIXTURES, 'kader-93-aspecten.xlsx');

async function chooseFile(page: Page, button: string, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

test('A bestuur user uploads a document that the starter downloads', async ({ page, newPage }) => {
  const title = `Zorgbeleid ${uniqueSuffix()}`;
  // Small chunks, each answered a little later, so the progress is visible.
  await page.addInitScript(() => window.localStorage.setItem('leergang.uploadChunkSize', '1024'));
  await page.route('**/uploads/**', async (route) => {
    if (route.request().method() === 'PATCH') await new Promise((resolve) => setTimeout(resolve, 300));
    return route.continue().catch(() => undefined);
  });
  await login(page, BESTUUR.email);
  await page.goto('/starters?tab=documenten');
  await page.getByRole('button', { name: 'Document toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Document toevoegen' });
  await pickOption(page, dialog.getByRole('combobox', { name: 'Van' }), `${ZUIDOOST} (hele organisatie)`);
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByText('Bestand uploaden', { exact: true }).click();

  // A spreadsheet is refused on its content, in Dutch.
  await chooseFile(page, 'Kies een bestand', XLSX);
  await dialog.getByText('Dit is geen geldig Word-document (docx).').waitFor();

  // The PDF uploads with a progress bar.
  await chooseFile(page, 'Kies een bestand', PDF);
  const bar = dialog.getByRole('progressbar', { name: 'zorgbeleid.pdf wordt geüpload' });
  await bar.waitFor();
  await waitUntil(async () => Number((await bar.getAttribute('aria-valuenow').catch(() => null)) ?? 100) > 0, 'the progress rises');
  await dialog.getByText('zorgbeleid.pdf is geüpload.').waitFor();
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await toast(page, 'Het document is toegevoegd.').waitFor();

  const row = page.getByRole('row').filter({ hasText: title });
  await row.getByText(/\(PDF, 3,7 KB\)/).waitFor();

  // The starter downloads it from Mijn inwerkperiode.
  const lotte = await newPage();
  await login(lotte, LOTTE.email);
  await lotte.goto('/inwerkperiode');
  const link = lotte.getByRole('link', { name: title });
  await link.waitFor();
  await lotte.getByText(/\(PDF, 3,7 KB\)/).first().waitFor();
  const [download] = await Promise.all([lotte.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('zorgbeleid.pdf');
  expect(readFileSync(await download.path()).equals(readFileSync(PDF))).toBe(true);
});
