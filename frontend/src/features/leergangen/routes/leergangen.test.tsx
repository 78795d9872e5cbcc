import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LeergangenQuery } from '@/gql/graphql';
import { makeViewer, mockClient, renderWithProviders } from '@/testing/test-utils';
import LeergangenRoute from './leergangen';

const data: LeergangenQuery = {
  leergangen: {
    totalCount: 1,
    pageInfo: { hasNextPage: false, endCursor: null },
    nodes: [
      {
        id: 'l1',
        name: 'Resultaatgericht coachen en adviseren',
        status: 'LOPEND',
        deelnemerCount: 8,
        clientOrganisation: { id: 'o2', name: 'Samenwerkingsverband Twentekant' },
        leerjaren: [
          { id: 'a', number: 1, startsOn: '2025-08-01', endsOn: '2026-07-31' },
          { id: 'b', number: 2, startsOn: '2026-08-01', endsOn: '2027-07-31' },
          { id: 'c', number: 3, startsOn: '2027-08-01', endsOn: '2028-07-31' },
        ],
      },
    ],
  },
};

function renderList(roles: ReturnType<typeof makeViewer>['roles']) {
  const { client } = mockClient({ query: () => ({ data }) });
  renderWithProviders(<LeergangenRoute />, { client, viewer: makeViewer({ roles, menu: ['home', 'leergangen'] }) });
}

describe('LeergangenRoute', () => {
  it('lists leergangen with client, status, period and deelnemers, and offers a new one to an opleider', async () => {
    renderList(['OPLEIDER']);
    const link = await screen.findByRole('link', { name: 'Resultaatgericht coachen en adviseren' });
    expect(link).toHaveAttribute('href', '/leergangen/l1');
    const row = link.closest('tr');
    expect(row).toHaveTextContent('Samenwerkingsverband Twentekant');
    expect(row).toHaveTextContent('Lopend');
    expect(row).toHaveTextContent('3 leerjaren');
    expect(row).toHaveTextContent('1 aug 2025 – 31 jul 2028');
    expect(row).toHaveTextContent('8');
    expect(screen.getByRole('link', { name: 'Nieuwe leergang' })).toHaveAttribute('href', '/leergangen/nieuw');
  });

  it('offers no new leergang to a deelnemer', async () => {
    renderList(['DEELNEMER']);
    await screen.findByRole('link', { name: 'Resultaatgericht coachen en adviseren' });
    expect(screen.queryByRole('link', { name: 'Nieuwe leergang' })).not.toBeInTheDocument();
  });
});
