// An opleider opens the Opkomst tab of a demo leergang: the stacked chart of
// its past sessions, and the table alternative whose numbers match the
// attendance the demo registered (read back through the attendance grid). A
// deelnemer of the same leergang has no such tab.

import { DEELNEMER, OPLEIDER } from './support/accounts';
import { isFocused, login, waitUntil } from './support/app';
import type { GraphQLClient } from './support/graphql';
import { expect, test } from './support/fixtures';

const LEERGANG = 'Resultaatgericht coachen en adviseren';

type Status = 'AANWEZIG' | 'GEDEELTELIJK' | 'AFWEZIG_MET_BERICHT' | 'AFWEZIG_ZONDER_BERICHT';

interface Expected {
  title: string;
  leerjaar: number;
  /** aanwezig, gedeeltelijk, afwezig met bericht, afwezig zonder bericht, geregistreerd, opkomst */
  cells: string[];
}

/** The opkomst the table must show, counted from the attendance grid as the beheerder sees it. */
async function expectedStats(admin: GraphQLClient, leergangId: string): Promise<Expected[]> {
  const data = await admin.query<{
    attendanceGrid: {
      sessions: { id: string; title: string; kind: string; endsAt: string; published: boolean; leerjaar: { number: number } }[];
      cells: { sessionId: string; status: Status | null }[];
    };
  }>(
    `query G($id: ID!) { attendanceGrid(leergangId: $id) {
      sessions { id title kind endsAt published leerjaar { number } }
      cells { sessionId status }
    } }`,
    { id: leergangId },
  );
  const now = Date.now();
  return data.attendanceGrid.sessions
    .filter((s) => s.published && s.kind !== 'PRAKTIJKBEGELEIDING' && Date.parse(s.endsAt) <= now)
    .map((s) => {
      const statuses = data.attendanceGrid.cells.filter((c) => c.sessionId === s.id && c.status !== null).map((c) => c.status);
      const n = (status: Status) => statuses.filter((x) => x === status).length;
      const came = n('AANWEZIG') + n('GEDEELTELIJK');
      const rate = statuses.length === 0 ? 'nog niet geregistreerd' : `${Math.round((came * 100) / statuses.length)}%`;
      const counts = [n('AANWEZIG'), n('GEDEELTELIJK'), n('AFWEZIG_MET_BERICHT'), n('AFWEZIG_ZONDER_BERICHT'), statuses.length];
      return { title: s.title, leerjaar: s.leerjaar.number, cells: [...counts.map(String), rate] };
    });
}

test('an opleider sees the opkomst per bijeenkomst as a chart and as a table with the registered numbers', async ({ page, newPage, admin }) => {
  const found = await admin.query<{ leergangen: { nodes: { id: string; name: string }[] } }>(
    'query L($search: String) { leergangen(first: 10, search: $search) { nodes { id name } } }',
    { search: LEERGANG },
  );
  const leergangId = found.leergangen.nodes.find((l) => l.name === LEERGANG)?.id;
  if (!leergangId) throw new Error(`demo leergang ${LEERGANG} not found`);
  const expected = await expectedStats(admin, leergangId);
  const registered = expected.filter((e) => e.cells[4] !== '0');
  expect(registered.length).toBeGreaterThan(3);
  // The demo has every status somewhere: a partial, an excused and an unexcused absence.
  expect(expected.some((e) => e.cells[1] !== '0') && expected.some((e) => e.cells[2] !== '0') && expected.some((e) => e.cells[3] !== '0')).toBe(true);

  await login(page, OPLEIDER.email);
  await page.goto('/leergangen');
  await page.getByRole('main').getByRole('link', { name: LEERGANG }).click();
  await page.getByRole('heading', { level: 1, name: LEERGANG }).waitFor();
  const main = page.getByRole('main');

  // To the Opkomst tab with the arrow keys: Overzicht, Bijeenkomsten, Opkomst.
  const overview = main.getByRole('tab', { name: 'Overzicht' });
  await overview.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const tab = main.getByRole('tab', { name: 'Opkomst' });
  await waitUntil(async () => (await tab.getAttribute('aria-selected')) === 'true', 'the Opkomst tab selected');
  expect(await isFocused(tab)).toBe(true);
  const panel = main.getByRole('tabpanel', { name: 'Opkomst' });
  const section = panel.getByRole('region', { name: 'Opkomst per bijeenkomst' });
  await section.waitFor();

  // The chart: a bar stack per session, with a legend in words.
  const chart = section.getByTestId('attendance-stats-chart');
  await chart.locator('.recharts-bar-rectangle').first().waitFor();
  for (const label of ['Aanwezig', 'Gedeeltelijk aanwezig', 'Afwezig met bericht', 'Afwezig zonder bericht']) {
    await chart.getByText(label, { exact: true }).waitFor();
  }
  // In the order of the stack, not alphabetical.
  const legend = (await chart.locator('.recharts-legend-wrapper').textContent()) ?? '';
  expect(legend.indexOf('Gedeeltelijk aanwezig')).toBeLessThan(legend.indexOf('Afwezig met bericht'));
  // Date and title of every session on the axis.
  const drawn = (await chart.textContent()) ?? '';
  for (const e of expected) expect(drawn).toContain(` · ${e.title}`);
  await section.getByText('Ook de aanwezigheid van mensen van wie de gegevens zijn gewist (AVG) telt hier nog mee', { exact: false }).waitFor();

  // The table alternative, by keyboard, holds every number.
  const toggle = section.getByRole('button', { name: 'Toon als tabel' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await section.getByRole('button', { name: 'Toon als grafiek', pressed: true }).waitFor();
  const table = section.getByRole('table', { name: `Opkomst per bijeenkomst van ${LEERGANG}` });
  await table.waitFor();
  expect(await chart.count()).toBe(0);

  const checkRows = async (want: Expected[]) => {
    await waitUntil(async () => (await table.locator('tbody tr').count()) === want.length, `${want.length} rows in the table`);
    const headers = (await table.locator('tbody tr th').allTextContents()).map((h) => h.split(' · ')[1]);
    expect(headers).toEqual(want.map((e) => e.title));
    for (const e of want) {
      const row = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(`· ${e.title}$`) }) });
      expect(await row.getByRole('cell').allTextContents(), e.title).toEqual(e.cells);
    }
  };
  await checkRows(expected);
  const sum = (i: number) => expected.reduce((n, e) => n + Number(e.cells[i]), 0);
  const total = table.getByRole('row', { name: /^Totaal/ });
  expect((await total.getByRole('cell').allTextContents()).slice(0, 5)).toEqual([0, 1, 2, 3, 4].map((i) => String(sum(i))));

  // One leerjaar at a time.
  const filter = section.getByRole('radiogroup', { name: 'Leerjaar' });
  await filter.locator('label', { hasText: 'Leerjaar 1' }).click();
  await checkRows(expected.filter((e) => e.leerjaar === 1));
  await filter.locator('label', { hasText: 'Alle leerjaren' }).click();
  await checkRows(expected);

  // A deelnemer of this leergang has no Opkomst tab.
  const deelnemer = await newPage();
  await login(deelnemer, DEELNEMER.email);
  await deelnemer.goto(`/leergangen/${leergangId}?tab=opkomst`);
  await deelnemer.getByRole('heading', { level: 1, name: LEERGANG }).waitFor();
  await deelnemer.getByRole('main').getByRole('tab', { name: 'Overzicht', selected: true }).waitFor();
  expect(await deelnemer.getByRole('main').getByRole('tab', { name: 'Opkomst' }).count()).toBe(0);
});
