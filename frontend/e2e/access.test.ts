// A directie sees the staff of their own school, never a person of another school.

import { DIRECTIE, LOTTE, MARJOLEIN } from './support/accounts';
import { login, pathOf } from './support/app';
import { personByEmail } from './support/graphql';
import { expect, test } from './support/fixtures';

test("a directie who opens another school's person by URL gets a Dutch no-access message and no data", async ({
  page,
  admin,
}) => {
  const marjolein = await personByEmail(admin, MARJOLEIN.email); // Het Kompas
  const lotte = await personByEmail(admin, LOTTE.email); // De Regenboog, the directie's own school

  // Everything the server answers the browser, to prove the data is not even sent.
  const answers: Promise<string>[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/graphql') {
      answers.push(response.text().catch(() => ''));
    }
  });

  await login(page, DIRECTIE.email);

  // Their own staff: the page works and shows the e-mail address.
  await page.goto(`/mensen/${lotte.id}`);
  await page.getByRole('heading', { level: 1, name: LOTTE.name }).waitFor();
  await page.getByRole('main').getByText(LOTTE.email).waitFor();

  // Someone of another school.
  await page.goto(`/mensen/${marjolein.id}`);
  const main = page.getByRole('main');
  await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
  const text = await main.innerText();
  expect(text).toMatch(/geen toegang/i);
  expect(text).toContain('Je hebt geen toegang tot deze persoon. Deze persoon hoort niet bij jouw school.');
  expect(pathOf(page)).toBe(`/mensen/${marjolein.id}`);
  expect(await page.getByText(MARJOLEIN.email).count()).toBe(0);
  expect(await page.getByText(MARJOLEIN.name).count()).toBe(0);
  expect(text).not.toContain('Het Kompas');

  const bodies = await Promise.all(answers);
  expect(bodies.some((body) => body.includes(LOTTE.email))).toBe(true); // the capture works
  expect(bodies.filter((body) => body.includes(MARJOLEIN.email))).toEqual([]);
  expect(bodies.some((body) => body.includes('"FORBIDDEN"'))).toBe(true);
});
