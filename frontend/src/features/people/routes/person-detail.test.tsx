import { screen } from '@testing-library/react';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { PersonDetailFieldsFragment } from '@/gql/graphql';
import { makeViewer, mockClient, renderWithProviders } from '@/testing/test-utils';
import PersonDetailRoute from './person-detail';

const lotte: PersonDetailFieldsFragment = {
  id: 'p2',
  name: 'Lotte van Dijk',
  email: 'lotte.vandijk@zuidoostsamen.nl',
  phone: '',
  roles: ['DEELNEMER'],
  status: 'INVITED',
  function: 'IB',
  werktijdfactor: 0.5,
  bouw: 'ONDERBOUW',
  ibStartDate: '2026-08-01',
  isStarter: true,
  createdAt: '2026-11-23T10:00:00Z',
  organisation: null,
  schools: [{ id: 's1', name: 'De Regenboog', plaats: 'Amsterdam' }],
};

function renderDetail(answer: Parameters<typeof mockClient>[0], roles = makeViewer().roles) {
  const { client } = mockClient(answer);
  renderWithProviders(
    <Routes>
      <Route path="/mensen/:id" element={<PersonDetailRoute />} />
    </Routes>,
    { client, route: '/mensen/p2', viewer: makeViewer({ roles, menu: ['home', 'people'] }) },
  );
}

describe('PersonDetailRoute', () => {
  it('explains FORBIDDEN in Dutch and shows no data', async () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('Geen toegang.', { extensions: { code: 'FORBIDDEN' } })],
    });
    renderDetail({ query: () => ({ error }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.getByText('Je hebt geen toegang tot deze persoon. Deze persoon hoort niet bij jouw school.')).toBeInTheDocument();
  });

  it('shows the profile with status and starter badges, and edit controls for a beheerder', async () => {
    renderDetail({ query: () => ({ data: { person: lotte } }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Lotte van Dijk' })).toBeInTheDocument();
    expect(screen.getByText('Uitgenodigd')).toBeInTheDocument();
    expect(screen.getByText("Startende IB'er")).toBeInTheDocument();
    expect(screen.getByText('0,5')).toBeInTheDocument();
    expect(screen.getByText('1 augustus 2026')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bewerken' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Uitnodiging opnieuw versturen' })).toBeInTheDocument();
  });

  it('hides the edit controls from a directie', async () => {
    renderDetail({ query: () => ({ data: { person: lotte } }) }, ['DIRECTIE']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Lotte van Dijk' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bewerken' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Blokkeren' })).not.toBeInTheDocument();
  });
});
