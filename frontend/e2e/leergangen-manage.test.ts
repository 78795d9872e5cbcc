// A beheerder manages the sessions of a leergang from its Bijeenkomsten tab: cancels
// one with a reason, deletes one, and copies the leergang a year later.

import { BEHEERDER, ZUIDOOST, uniqueSuffix } from './support/accounts';
import { fieldMessage, isFocused, login, pathOf, toast, waitUntil } from './support/app';
import { findPeople } from './support/graphql';
import type { GraphQLClient } from './support/graphql';
import { expect, test } from './support/fixtures';

interface Created {
  leergangId: string;
  leerjaarId: string;
  groupId: string;
}

async function organisationId(client: GraphQLClient, name: string): Promise<string> {
  const data = await client.query<{ organisations: { nodes: { id: string; name: string }[] } }>(
    'query O($search: String) { organisations(first: 10, search: $search) { nodes { id name } } }',
    { search: name },
  );
  const org = data.organisations.nodes.find((o) => o.name === name);
  if (!org) throw new Error(`organisation ${name} not found`);
  return org.id;
}

async function createLeergang(client: GraphQLClient, name: string, opleiderId: string): Promise<Created> {
  const data = await client.query<{
    createLeergang: { leergang: { id: string; leerjaren: { id: string }[]; groups: { id: string }[] } };
  }>(
    `mutation C($input: CreateLeergangInput!) {
      createLeergang(input: $input) { leergang { id leerjaren { id } groups { id } } }
    }`,
    {
      input: {
        leergang: {
          name,
          status: 'LOPEND',
          clientOrganisationId: await organisationId(client, ZUIDOOST),
          leerjaren: [{ number: 1, startsOn: '2028-09-01', endsOn: '2029-07-13' }],
          groups: [{ name: 'Groep 1', memberIds: [] }],
          opleiderIds: [opleiderId],
          stuurgroepIds: [],
        },
      },
    },
  );
  const l = data.createLeergang.leergang;
  return { leergangId: l.id, leerjaarId: l.leerjaren[0]?.id ?? '', groupId: l.groups[0]?.id ?? '' };
}

async function createSession(
  client: GraphQLClient,
  c: Created,
  opleiderId: string,
  title: string,
  startsAt: string,
  endsAt: string,
  location: string,
): Promise<string> {
  const data = await client.query<{ createSession: { session: { id: string } } }>(
    'mutation S($input: CreateSessionInput!) { createSession(input: $input) { session { id } } }',
    {
      input: {
        leergangId: c.leergangId,
        session: {
          leerjaarId: c.leerjaarId,
          kind: 'DAGDEEL',
          dagdeel: 'OCHTEND',
          title,
          startsAt,
          endsAt,
          location,
          groupIds: [c.groupId],
          opleiderIds: [opleiderId],
          published: true,
        },
      },
    },
  );
  return data.createSession.session.id;
}

async function sessionIds(client: GraphQLClient, leergangId: string, from: string, to: string): Promise<string[]> {
  const data = await client.query<{ sessions: { id: string }[] }>(
    'query L($from: Time!, $to: Time!, $id: ID!) { sessions(from: $from, to: $to, leergangId: $id) { id } }',
    { from, to, id: leergangId },
  );
  return data.sessions.map((s) => s.id);
}

async function deleteSessions(client: GraphQLClient, leergangId: string, from: string, to: string): Promise<void> {
  for (const id of await sessionIds(client, leergangId, from, to)) {
    await client.query('mutation D($input: DeleteSessionInput!) { deleteSession(input: $input) { deletedId } }', { input: { id } });
  }
}

test('a beheerder cancels, deletes and copies from the Bijeenkomsten tab, by keyboard where it matters', async ({ page, admin }) => {
  const suffix = uniqueSuffix();
  const name = `Leergang beheer ${suffix}`;
  const copyName = `Leergang beheer ${suffix} (2029)`;
  const location = `Kraaiennest 10, zaal ${suffix}`;
  const [yasmina] = await findPeople(admin, 'Yasmina El Idrissi');
  if (!yasmina) throw new Error('demo opleider Yasmina El Idrissi not found');
  const created = await createLeergang(admin, name, yasmina.id);
  const sessionInput = (title: string, day: string) =>
    createSession(admin, created, yasmina.id, title, `${day}T09:00:00+02:00`, `${day}T12:30:00+02:00`, location);
  let copyId = '';

  try {
    await sessionInput(`Afgelast ${suffix}`, '2028-10-03');
    await sessionInput(`Verwijderd ${suffix}`, '2028-10-04');
    await sessionInput(`Blijft ${suffix}`, '2028-10-05');

    await login(page, BEHEERDER.email);
    await page.goto(`/leergangen/${created.leergangId}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const main = page.getByRole('main');

    // The tabs work with the arrow keys.
    const overview = main.getByRole('tab', { name: 'Overzicht' });
    await overview.focus();
    await page.keyboard.press('ArrowRight');
    const sessionsTab = main.getByRole('tab', { name: 'Bijeenkomsten' });
    await waitUntil(async () => (await sessionsTab.getAttribute('aria-selected')) === 'true', 'the Bijeenkomsten tab selected');
    expect(await isFocused(sessionsTab)).toBe(true);
    const panel = main.getByRole('tabpanel', { name: 'Bijeenkomsten' });
    await panel.getByRole('link', { name: `Blijft ${suffix}` }).waitFor();

    // --- cancel with a reason (required) ---
    await panel.getByRole('button', { name: `Acties voor Afgelast ${suffix}` }).click();
    await page.getByRole('menuitem', { name: 'Annuleren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bijeenkomst annuleren' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Bijeenkomst annuleren' }).click();
    const reason = dialog.getByRole('textbox', { name: 'Reden' });
    await waitUntil(async () => (await fieldMessage(reason)).includes('Vul dit veld in.'), 'the reason is required');
    await reason.fill('De opleider is ziek; een nieuwe datum volgt.');
    await dialog.getByRole('button', { name: 'Bijeenkomst annuleren' }).click();
    await toast(page, `‘Afgelast ${suffix}’ is geannuleerd`).waitFor();
    const cancelledRow = panel.getByRole('row').filter({ hasText: `Afgelast ${suffix}` });
    await cancelledRow.getByText('Geannuleerd: De opleider is ziek; een nieuwe datum volgt.').waitFor();
    await cancelledRow.getByText('Geannuleerd', { exact: true }).waitFor();

    // --- delete after confirmation ---
    await panel.getByRole('button', { name: `Acties voor Verwijderd ${suffix}` }).click();
    await page.getByRole('menuitem', { name: 'Verwijderen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Bijeenkomst verwijderen' });
    await confirm.getByRole('button', { name: 'Verwijderen' }).click();
    await toast(page, `‘Verwijderd ${suffix}’ is verwijderd`).waitFor();
    await waitUntil(async () => (await panel.getByRole('link', { name: `Verwijderd ${suffix}` }).count()) === 0, 'the deleted session gone');
    await panel.getByText('1 bijeenkomst', { exact: true }).waitFor();

    // --- copy a year later (52 weeks), without members ---
    await main.getByRole('button', { name: 'Kopiëren' }).click();
    const copy = page.getByRole('dialog', { name: 'Leergang kopiëren' });
    await copy.getByRole('textbox', { name: 'Naam van de kopie' }).fill(copyName);
    expect(await copy.getByRole('textbox', { name: 'Aantal weken' }).inputValue()).toBe('52');
    await copy.getByText('Alle data schuiven 364 dagen op.').waitFor();
    expect(await copy.getByRole('checkbox', { name: 'Deelnemers van de groepen meekopiëren' }).isChecked()).toBe(false);
    await copy.getByRole('button', { name: 'Kopie maken' }).click();
    await toast(page, 'Kopie gemaakt').waitFor();
    await page.getByRole('heading', { level: 1, name: copyName }).waitFor();
    copyId = pathOf(page).split('/')[2] ?? '';
    expect(copyId).not.toBe(created.leergangId);
    await main.getByText('Concept', { exact: true }).first().waitFor();
    await main.getByRole('tab', { name: 'Bijeenkomsten' }).click();
    // Only the session that was neither cancelled nor deleted comes along, 364 days later, as a concept.
    const copiedRow = main.getByRole('tabpanel', { name: 'Bijeenkomsten' }).getByRole('row').filter({ hasText: `Blijft ${suffix}` });
    await copiedRow.waitFor();
    expect(await copiedRow.innerText()).toContain('do 4 okt 2029');
    expect(await copiedRow.innerText()).toContain('09:00–12:30');
    expect(await copiedRow.textContent()).toContain('Concept');
    expect(await main.getByRole('link', { name: `Afgelast ${suffix}` }).count()).toBe(0);
  } finally {
    await deleteSessions(admin, created.leergangId, '2028-09-01T00:00:00Z', '2028-12-01T00:00:00Z');
    if (copyId) await deleteSessions(admin, copyId, '2029-09-01T00:00:00Z', '2029-12-01T00:00:00Z');
  }
});
