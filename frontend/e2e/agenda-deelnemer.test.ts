// The deelnemer (Marloes Wolters, schoolcoach in Twentekant year 2): her own
// calendar without the Zuidoost sessions, her hours "26 van 40", and an
// evaluation of a session that has ended. Times show in Dutch time by the app
// itself (see agenda-opleider.test.ts).

import { DEELNEMER } from './support/accounts';
import { login, mainMenu, toast } from './support/app';
import { describe, expect, test } from './support/fixtures';

describe('the deelnemer’s agenda and hours', () => {
  test('sees her own sessions only, and her hours: 26 van 40', async ({ page }) => {
    await login(page, DEELNEMER.email);
    await mainMenu(page).getByRole('link', { name: 'Agenda' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();

    // This month's Twentekant sessions, none of Zuidoost (a list is easiest to read).
    await page.getByRole('button', { name: 'Lijst' }).click();
    await page.locator('.fc-list').waitFor();
    await page.getByRole('link', { name: /Jaar 2, tweedaagse \(Resultaatgericht coachen en adviseren\)/ }).first().waitFor();
    await page.getByRole('link', { name: /Jaar 2, dagdeel 3/ }).waitFor();
    expect(await page.getByRole('link', { name: /Groep \d, bijeenkomst/ }).count()).toBe(0);
    expect(await page.getByText('Opbrengstgericht intern begeleiden').count()).toBe(0);
    // She cannot move sessions.
    expect(await page.getByText('Sleep een bijeenkomst').count()).toBe(0);

    await mainMenu(page).getByRole('link', { name: 'Uren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn uren' }).waitFor();
    const year2 = page.getByRole('region', { name: 'Resultaatgericht coachen en adviseren, leerjaar 2' });
    await year2.getByText('26 van 40 uur', { exact: true }).waitFor();
    const bar = year2.getByRole('progressbar');
    expect(await bar.getAttribute('aria-valuetext')).toBe('26 van 40 uur');
    expect(await bar.getAttribute('aria-valuenow')).toBe('26');
    // The partial attendance and the declaration waiting for review.
    await year2.getByRole('row', { name: /Jaar 2, dagdeel 2 .* Gedeeltelijk/ }).waitFor();
    await year2.getByText('Wacht op beoordeling').first().waitFor();
    await page.getByRole('region', { name: 'Uren opgeven' }).waitFor();
  });

  test('evaluates a session that has ended', async ({ page, admin }) => {
    await login(page, DEELNEMER.email);
    await mainMenu(page).getByRole('link', { name: 'Agenda' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    await page.getByRole('button', { name: 'Vorige periode' }).click();
    await page.getByRole('link', { name: /Jaar 2, dagdeel 2 \(/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Jaar 2, dagdeel 2' }).waitFor();
    const sessionId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');

    const mine = page.getByRole('region', { name: 'Mijn deelname' });
    await mine.getByText('Gedeeltelijk', { exact: true }).waitFor();
    await mine.getByText('120 minuten aanwezig').waitFor();

    // Sending without a rating is refused in the form.
    await mine.getByRole('button', { name: 'Evaluatie versturen' }).click();
    await mine.getByText('Kies een cijfer van 1 tot en met 5.').waitFor();

    // Mantine draws the stars over visually hidden radio buttons: pick the fourth star by its label.
    const rating = mine.getByRole('radiogroup', { name: 'Cijfer' });
    const four = rating.getByRole('radio', { name: '4 van de 5 sterren' });
    await rating.locator(`label[for="${await four.getAttribute('id')}"]`).click();
    expect(await four.isChecked()).toBe(true);
    await mine.getByRole('textbox', { name: 'Tops: wat ging goed?' }).fill('De oefeningen met echte casussen.');
    await mine.getByRole('textbox', { name: 'Tips: wat kan beter?' }).fill('Iets meer pauze.');
    await mine.getByRole('button', { name: 'Evaluatie versturen' }).click();
    await toast(page, 'Bedankt voor je evaluatie').waitFor();
    await mine.getByText('Jouw evaluatie').waitFor();
    await mine.getByText('4 van de 5 sterren').waitFor();

    const data = await admin.query<{ sessionEvaluations: { count: number; tops: string[]; tips: string[] } }>(
      'query E($id: ID!) { sessionEvaluations(sessionId: $id) { count tops tips } }',
      { id: sessionId },
    );
    expect(data.sessionEvaluations.count).toBeGreaterThanOrEqual(1);
    expect(data.sessionEvaluations.tops).toContain('De oefeningen met echte casussen.');
    expect(data.sessionEvaluations.tips).toContain('Iets meer pauze.');
  });

  test('reports her absence for a coming session, which the opleider sees in the register', async ({ page, admin }) => {
    const from = Date.now();
    const data = await admin.query<{ sessions: { id: string; title: string; leergang: { name: string } }[] }>(
      'query S($from: Time!, $to: Time!) { sessions(from: $from, to: $to) { id title leergang { name } } }',
      { from: new Date(from).toISOString(), to: new Date(from + 99 * 24 * 3600 * 1000).toISOString() },
    );
    const session = data.sessions.find((s) => s.title === 'Jaar 2, dagdeel 4' && s.leergang.name === 'Resultaatgericht coachen en adviseren');
    if (!session) throw new Error('the demo has no "Jaar 2, dagdeel 4" in the coming months');

    await login(page, DEELNEMER.email);
    await page.goto(`/sessies/${session.id}`);
    const mine = page.getByRole('region', { name: 'Mijn deelname' });
    await mine.getByRole('button', { name: 'Afmelden' }).click();
    // A reason is required.
    await mine.getByRole('button', { name: 'Afmelden' }).click();
    await mine.getByText('Vul dit veld in.').waitFor();
    await mine.getByRole('textbox', { name: 'Reden' }).fill('Teamdag op mijn school');
    await mine.getByRole('button', { name: 'Afmelden' }).click();
    await toast(page, 'Je bent afgemeld').waitFor();
    await mine.getByText(/^Je hebt je afgemeld op .*: Teamdag op mijn school$/).waitFor();

    const register = await admin.query<{ sessionRegister: { rows: { person: { name: string }; absenceReport: { reason: string } | null }[] } }>(
      'query R($id: ID!) { sessionRegister(sessionId: $id) { rows { person { name } absenceReport { reason } } } }',
      { id: session.id },
    );
    expect(register.sessionRegister.rows.find((r) => r.person.name === DEELNEMER.name)?.absenceReport?.reason).toBe('Teamdag op mijn school');
  });
});
