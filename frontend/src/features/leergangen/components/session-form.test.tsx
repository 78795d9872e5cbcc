import { screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { LeergangDetailFieldsFragment } from '@/gql/graphql';
import { makeViewer, mockClient, renderWithProviders } from '@/testing/test-utils';
import { SessionForm } from './session-form';
import { emptySession } from './session-form-values';

const leergang: LeergangDetailFieldsFragment = {
  id: 'l1',
  name: 'Opbrengstgericht intern begeleiden',
  description: '',
  status: 'LOPEND',
  deelnemerCount: 2,
  canManage: true,
  createdAt: '2026-11-01T10:00:00Z',
  clientOrganisation: { id: 'o1', name: 'Stichting Zuidoost Samen', kind: 'BESTUUR' },
  leerjaren: [{ id: 'lj1', number: 1, hoursNorm: 40, startsOn: '2027-09-01', endsOn: '2028-07-14' }],
  groups: [
    {
      id: 'g1',
      name: 'Groep A',
      members: [
        { id: 'p1', name: 'Lotte van Dijk', schools: [] },
        { id: 'p2', name: 'Marjolein de Graaf', schools: [] },
      ],
    },
  ],
  opleiders: [{ id: 'op1', name: 'Marit Jansen' }],
  stuurgroep: [],
};

const conflict = {
  kind: 'OPLEIDER' as const,
  message: 'Marit Jansen geeft dan al ‘Dagdeel 1’ (9 maart 2027, 09:00–12:30).',
  otherSessionId: 's9',
  otherSessionTitle: 'Dagdeel 1',
};
const holiday = {
  region: 'NOORD' as const,
  name: 'kerstvakantie',
  startsOn: '2027-12-25',
  endsOn: '2028-01-09',
  message: 'Valt in de kerstvakantie van regio noord (25 december 2027 t/m 9 januari 2028).',
};

function renderForm(check: { conflicts: (typeof conflict)[]; holidays: (typeof holiday)[] }) {
  const { client, executeQuery } = mockClient({
    query: () => ({ data: { checkSession: check, people: { nodes: [{ id: 'op1', name: 'Marit Jansen', schools: [] }] } } }),
  });
  const onSubmit = vi.fn(() => Promise.resolve(undefined));
  renderWithProviders(
    <SessionForm
      leergang={leergang}
      initialValues={{ ...emptySession({ leerjaarId: 'lj1', opleiderIds: ['op1'], groupIds: ['g1'] }), date: '2027-03-09', title: 'Extra dagdeel', location: 'Zaal 2' }}
      knownPeople={leergang.opleiders}
      onSubmit={onSubmit}
      submitting={false}
      submitLabel="Bijeenkomst plannen"
    />,
    { client, viewer: makeViewer({ roles: ['OPLEIDER'], menu: ['home', 'leergangen'] }) },
  );
  return { executeQuery, onSubmit };
}

// jsdom has no document.fonts, which Mantine's autosizing Textarea listens to.
beforeAll(() => {
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener: vi.fn(), removeEventListener: vi.fn() } });
  }
});

describe('SessionForm', () => {
  it('shows a clash before saving, names the other session and blocks saving', async () => {
    const { executeQuery } = renderForm({ conflicts: [conflict], holidays: [] });
    expect(await screen.findByText('Dit botst met een andere bijeenkomst')).toBeInTheDocument();
    expect(screen.getByText(conflict.message)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bekijk ‘Dagdeel 1’' })).toHaveAttribute('href', '/sessies/s9');
    expect(screen.getByRole('button', { name: 'Bijeenkomst plannen' })).toBeDisabled();
    // The check was asked with Amsterdam winter time.
    const checkCall = executeQuery.mock.calls.find((call) => {
      const [operation] = call as unknown as [{ variables: { input?: { startsAt?: string } } }];
      return operation.variables.input?.startsAt !== undefined;
    }) as unknown as [{ variables: { input: Record<string, unknown> } }] | undefined;
    expect(checkCall?.[0].variables.input).toMatchObject({
      leergangId: 'l1',
      startsAt: '2027-03-09T09:00:00+01:00',
      endsAt: '2027-03-09T12:30:00+01:00',
      location: 'Zaal 2',
      groupIds: ['g1'],
      opleiderIds: ['op1'],
    });
  });

  it('warns about a school holiday without blocking', async () => {
    renderForm({ conflicts: [], holidays: [holiday] });
    expect(await screen.findByText('Let op: schoolvakantie')).toBeInTheDocument();
    expect(screen.getByText(holiday.message)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Bijeenkomst plannen' })).toBeEnabled());
  });
});
