import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LeergangAttendanceStatsQuery, LeergangDetailFieldsFragment } from '@/gql/graphql';
import { makeViewer, mockClient, renderWithProviders } from '@/testing/test-utils';
import { LeergangAttendance } from './leergang-attendance';

const leergang: LeergangDetailFieldsFragment = {
  id: 'l1',
  name: 'Resultaatgericht coachen en adviseren',
  description: '',
  status: 'LOPEND',
  deelnemerCount: 8,
  canManage: true,
  createdAt: '2025-06-01T10:00:00Z',
  clientOrganisation: { id: 'o2', name: 'Samenwerkingsverband Twentekant', kind: 'SAMENWERKINGSVERBAND' },
  leerjaren: [
    { id: 'b', number: 2, hoursNorm: 40, startsOn: '2026-08-01', endsOn: '2027-07-31' },
    { id: 'a', number: 1, hoursNorm: 40, startsOn: '2025-08-01', endsOn: '2026-07-31' },
  ],
  groups: [],
  opleiders: [],
  stuurgroep: [],
};

const unregistered: LeergangAttendanceStatsQuery = {
  attendanceStats: [
    {
      session: {
        id: 's1',
        title: 'Jaar 1, dagdeel 1',
        kind: 'DAGDEEL',
        startsAt: '2026-01-13T12:30:00Z',
        endsAt: '2026-01-13T16:00:00Z',
        leerjaar: { id: 'a', number: 1 },
      },
      aanwezig: 0,
      gedeeltelijk: 0,
      afwezigMetBericht: 0,
      afwezigZonderBericht: 0,
      registered: 0,
      rate: null,
    },
  ],
};

describe('LeergangAttendance', () => {
  it('says there is nothing registered yet, offers the leerjaren and notes that erased people still count', async () => {
    const { client } = mockClient({ query: () => ({ data: unregistered }) });
    renderWithProviders(<LeergangAttendance leergang={leergang} />, { client, viewer: makeViewer({ roles: ['OPLEIDER'] }) });
    expect(await screen.findByText('Nog geen bijeenkomsten met registratie')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Opkomst per bijeenkomst' })).toBeInTheDocument();
    const filter = screen.getByRole('radiogroup', { name: 'Leerjaar' });
    expect(filter).toHaveTextContent('Alle leerjarenLeerjaar 1Leerjaar 2');
    expect(screen.getByText(/gewist \(AVG\) telt hier nog mee, anoniem/)).toBeInTheDocument();
  });
});
