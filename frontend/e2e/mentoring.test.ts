// Maatje pairing end to end. The bestuur of Zuidoost Samen (Priya Ramdin)
// pairs the second starter, Dewi Soekhoe, with the top suggestion and sees
// why it was suggested; the maatje (Marjolein de Graaf) records a meeting in
// the log she shares with Lotte van Dijk; the directie of De Regenboog
// (Jeroen van der Linden) sees that Lotte and Marjolein meet, and how often,
// but not a word of the log. Intervisie: the facilitator registers attendance
// and plans a meeting; a member sees her own attendance, and the coming meeting
// inside her agenda.

import { BESTUUR, DIRECTIE, LOTTE, MARJOLEIN, uniqueSuffix } from './support/accounts';
import { login, pickOption, toast } from './support/app';
import { describe, expect, test } from './support/fixtures';

const DEWI = 'Dewi Soekhoe';
const FACILITATOR = 'yasmina.elidrissi@dewegwijzer.nl';
const GROUP = "Intervisie startende IB'ers Zuidoost";
const DEMO_LOG_TEXT = 'Zorgroute doorlopen';

describe('maatje pairing', () => {
  test('a bestuur user pairs a starter using the top suggestion, with its reasons', async ({ page, admin }) => {
    await login(page, BESTUUR.email);
    await page.goto('/starters?tab=koppelingen');
    await page.getByRole('button', { name: 'Koppel een maatje' }).click();
    const dialog = page.getByRole('dialog', { name: 'Koppel een maatje' });
    await pickOption(page, dialog.getByRole('combobox', { name: 'Starter' }), new RegExp(`^${DEWI}`), 'Dewi');

    // The ranked suggestions, best first, each with its reasons in Dutch.
    const top = dialog.getByTestId('maatje-suggestion').first();
    await top.waitFor();
    expect(await top.getAttribute('data-rank')).toBe('1');
    const reasons = (await top.getByRole('listitem').allInnerTexts()).map((r) => r.trim());
    expect(reasons).toContain('Zelfde bestuur');
    expect(reasons.some((r) => /^\d+ van \d+ plekken bezet$/.test(r))).toBe(true);
    const maatje = (await top.getByTestId('suggestion-name').innerText()).trim();
    expect(maatje).not.toBe('');
    await top.getByRole('radio').check();
    await dialog.getByRole('button', { name: 'Koppeling maken' }).click();
    await toast(page, `${DEWI} is gekoppeld aan ${maatje}.`).waitFor();

    // The new pairing is in the list, and the reasons shown were stored with it.
    const row = page.getByRole('table', { name: 'Koppelingen' }).getByRole('row', { name: new RegExp(DEWI) });
    await row.waitFor();
    expect(await row.innerText()).toContain(maatje);
    const stored = await admin.query<{ mentorPairings: { nodes: { reason: string; starter: { name: string }; maatje: { name: string } }[] } }>(
      '{ mentorPairings(first: 100) { nodes { reason starter { name } maatje { name } } } }',
    );
    const pairing = stored.mentorPairings.nodes.find((p) => p.starter.name === DEWI);
    expect(pairing?.maatje.name).toBe(maatje);
    expect(pairing?.reason).toBe(reasons.join(' · '));
  });

  test('the maatje adds a log entry to her pairing with the starter', async ({ page }) => {
    const topic = `Voorbereiding MDO groep 6 (${uniqueSuffix()})`;
    await login(page, MARJOLEIN.email);
    await page.goto('/starters?tab=koppelingen');
    await page.getByRole('link', { name: `Bekijk de koppeling van ${LOTTE.name}` }).click();
    await page.getByRole('heading', { level: 1, name: `Koppeling ${LOTTE.name} en ${MARJOLEIN.name}` }).waitFor();
    const log = page.getByRole('region', { name: 'Logboek' });
    await log.getByRole('article').filter({ hasText: DEMO_LOG_TEXT }).waitFor();
    const before = await log.getByRole('article').count();

    await log.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    const form = log.getByRole('form', { name: 'Gesprek vastleggen' });
    // An empty topic is refused at the field, in Dutch.
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => form.getByText('Vul dit veld in.').count()).toBeGreaterThan(0);
    await form.getByRole('textbox', { name: 'Onderwerpen' }).fill(topic);
    await form.getByRole('textbox', { name: 'Afspraken' }).fill('Lotte bereidt het MDO voor met het groeidocument.');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await toast(page, 'Het gesprek is opgeslagen.').waitFor();

    const entry = log.getByRole('article').filter({ hasText: topic });
    await entry.waitFor();
    expect(await entry.innerText()).toContain(`Door ${MARJOLEIN.name}`);
    await expect.poll(() => log.getByRole('article').count()).toBe(before + 1);
    // She may edit her own entry; the contact details of the starter are shown.
    expect(await entry.getByRole('button', { name: /bewerken/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: LOTTE.email }).count()).toBe(1);
  });

  test('the directie sees the pairing and how often they met, not the log', async ({ page }) => {
    await login(page, DIRECTIE.email);
    await page.goto('/starters?tab=koppelingen');
    const row = page.getByRole('table', { name: 'Koppelingen' }).getByRole('row', { name: new RegExp(LOTTE.name) });
    await row.waitFor();
    expect(await row.innerText()).toContain(MARJOLEIN.name);
    expect(await row.innerText()).toMatch(/\d+ gesprekken/);

    await row.getByRole('link', { name: `Bekijk de koppeling van ${LOTTE.name}` }).click();
    await page.getByRole('heading', { level: 1, name: `Koppeling ${LOTTE.name} en ${MARJOLEIN.name}` }).waitFor();
    expect(await page.getByTestId('meeting-count').innerText()).toMatch(/^\d+ gesprekken$/);
    await page.getByText('Het logboek is alleen zichtbaar voor de starter en het maatje.').waitFor();
    expect(await page.getByRole('region', { name: 'Logboek' }).count()).toBe(0);
    expect(await page.getByText(DEMO_LOG_TEXT).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Gesprek vastleggen' }).count()).toBe(0);
    // No contact details of the maatje of another school.
    expect(await page.getByRole('link', { name: MARJOLEIN.email }).count()).toBe(0);
  });
});

describe('intervisie', () => {
  test('the facilitator registers attendance and plans a meeting', async ({ page }) => {
    await login(page, FACILITATOR);
    await page.goto('/intervisie');
    await page.getByRole('link', { name: GROUP }).click();
    await page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    const meetings = page.getByRole('region', { name: 'Bijeenkomsten' });
    const past = meetings.getByRole('article').filter({ hasText: 'incidentmethode' });
    await past.waitFor();
    expect(await past.innerText()).toContain('Korte samenvatting na afloop');

    // Register: Femke was there after all, for an hour.
    const register = past.getByRole('table', { name: 'Aanwezigheid' });
    await pickOption(page, register.getByRole('combobox', { name: 'Aanwezigheid Femke Bos' }), 'Gedeeltelijk');
    await register.getByRole('textbox', { name: 'Minuten aanwezig Femke Bos' }).fill('60');
    await past.getByRole('button', { name: 'Aanwezigheid registreren' }).click();
    await toast(page, 'De aanwezigheid is opgeslagen.').waitFor();

    // Plan a meeting with a suggested method; an address or link is required.
    await page.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe bijeenkomst' });
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => dialog.getByText('Vul een adres in, of een link voor een online bijeenkomst.').count()).toBe(1);
    await dialog.getByRole('textbox', { name: 'Online link' }).fill('https://meet.example.nl/intervisie');
    await dialog.getByRole('combobox', { name: 'Werkvorm' }).fill('socratisch');
    await page.getByRole('option', { name: 'socratisch gesprek' }).click();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await toast(page, 'De bijeenkomst is opgeslagen.').waitFor();
    await meetings.getByRole('article').filter({ hasText: 'socratisch gesprek' }).waitFor();
  });

  test('a member sees her own attendance and no register', async ({ page }) => {
    await login(page, LOTTE.email);
    await page.goto('/intervisie');
    await page.getByRole('link', { name: GROUP }).click();
    const hers = page.getByRole('region', { name: 'Bijeenkomsten' }).getByRole('article').filter({ hasText: 'incidentmethode' });
    await hers.getByText('Mijn aanwezigheid: Aanwezig').waitFor();
    expect(await page.getByRole('table', { name: 'Aanwezigheid' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Bijeenkomst plannen' }).count()).toBe(0);
  });

  test('a member sees the coming meeting inside her agenda, and opens its group by keyboard', async ({ page }) => {
    // The demo plans the next meeting in 22 days, 15:30–17:30, with the roddelmethode.
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      new Date(Date.now() + 22 * 24 * 60 * 60 * 1000),
    );
    await login(page, LOTTE.email);
    await page.goto(`/agenda?weergave=maand&datum=${day}`);
    await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    const name = `15:30–17:30 Intervisie: ${GROUP} (roddelmethode)`;
    const event = page.locator('.fc-daygrid').getByRole('link', { name });
    await event.waitFor();
    expect(await event.getAttribute('class')).toContain('agenda-event-intervisie');
    expect(await event.getAttribute('class')).not.toContain('fc-event-draggable');
    expect(await event.getAttribute('title')).toBe(name);
    await page.getByTestId('agenda-legend-intervisie').getByText('Intervisiebijeenkomst').waitFor();
    // No separate list under the calendar any more: the list view is the linear alternative.
    expect(await page.getByRole('heading', { name: 'Intervisie in deze periode' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Lijst' }).click();
    await page.locator('.fc-list').getByRole('link', { name }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/intervisie\/[^/]+$/);
  });
});
