import { screen } from '@testing-library/react';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { makeViewer, mockClient, renderWithProviders } from '@/testing/test-utils';
import AssignmentDetailRoute from './assignment-detail';

describe('AssignmentDetailRoute', () => {
  it('explains FORBIDDEN in Dutch and shows no content', async () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('Je hebt geen toegang tot deze praktijkopdracht.', { extensions: { code: 'FORBIDDEN' } })],
    });
    const { client } = mockClient({ query: () => ({ error }) });
    const { container } = renderWithProviders(
      <Routes>
        <Route path="/opdrachten/:id" element={<AssignmentDetailRoute />} />
      </Routes>,
      { client, route: '/opdrachten/a1', viewer: makeViewer({ roles: ['DIRECTIE'], menu: ['home', 'assignments'] }) },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.getByText('Je hebt geen toegang tot deze praktijkopdracht.')).toBeInTheDocument();
    expect(container.querySelector('video')).toBeNull();
  });
});
