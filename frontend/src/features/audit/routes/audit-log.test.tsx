import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { AuditLogQuery } from '@/gql/graphql';
import { makeViewer, mockClient, renderWithProviders } from '@/testing/test-utils';
import AuditLogRoute from './audit-log';

const log: AuditLogQuery = {
  auditLog: {
    totalCount: 2,
    pageInfo: { hasNextPage: false, endCursor: 'b' },
    nodes: [
      {
        id: '2',
        at: '2026-11-23T09:15:00Z',
        action: 'LOGIN_FAILED',
        actorId: null,
        actorName: null,
        objectType: 'person',
        objectId: '',
        subjectId: null,
        subjectName: null,
        requestId: 'abc123',
        ip: '10.0.0.7',
        detail: [{ key: 'email', value: 'iemand@example.nl' }],
      },
      {
        id: '1',
        at: '2026-11-22T08:00:00Z',
        action: 'EXPORT',
        actorId: 'p1',
        actorName: 'Sanne de Vries',
        objectType: 'person',
        objectId: 'p9',
        subjectId: 'p9',
        subjectName: null,
        requestId: 'def456',
        ip: '10.0.0.8',
        detail: [],
      },
    ],
  },
};

describe('AuditLogRoute', () => {
  it('shows who did what and when, in Dutch, with the request id', async () => {
    const { client } = mockClient({ query: () => ({ data: { ...log, people: { nodes: [] } } }) });
    renderWithProviders(
      <Routes>
        <Route path="/audit" element={<AuditLogRoute />} />
      </Routes>,
      { client, route: '/audit', viewer: makeViewer({ menu: ['home', 'audit'] }) },
    );
    const rows = await screen.findAllByTestId('audit-entry');
    expect(rows).toHaveLength(2);
    const [failed, exported] = rows as [HTMLElement, HTMLElement];
    expect(within(failed).getByText('Mislukte inlogpoging')).toBeInTheDocument();
    expect(within(failed).getByText('Niet ingelogd')).toBeInTheDocument();
    expect(within(failed).getByText('email: iemand@example.nl')).toBeInTheDocument();
    expect(within(failed).getByText('abc123')).toBeInTheDocument();
    // Shown in local time, the UTC moment kept machine-readable.
    expect(failed.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-23T09:15:00Z');
    expect(failed.querySelector('time')?.textContent).toMatch(/2026/);
    // The subject was erased since: only the id is left.
    expect(within(exported).getByText('Verwijderde gebruiker')).toBeInTheDocument();
    expect(within(exported).getByText('Sanne de Vries')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Handeling' })).toBeInTheDocument();
  });
});
