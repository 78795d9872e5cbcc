import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeViewer, mockClient, renderWithProviders } from '@/testing/test-utils';
import { StaffStatuses } from './staff-statuses';

// The same answer goes to every query; the school filter finds its (empty) list in it too.
const answer = {
  data: {
    schools: { nodes: [] },
    submissionStatuses: {
      totalCount: 1,
      pageInfo: { hasNextPage: false, endCursor: null },
      nodes: [
        {
          submissionId: 's1',
          assignmentTitle: 'Coachgesprek op resultaat',
          leergangName: 'Resultaatgericht coachen en adviseren',
          leerjaarNumber: 2,
          dueOn: '2027-07-31',
          status: 'FEEDBACK_GEGEVEN',
          version: 1,
          handedInAt: '2027-06-01T10:00:00Z',
          feedbackGivenAt: '2027-06-10T10:00:00Z',
          completedAt: null,
          person: { id: 'p1', name: 'Marloes Wolters' },
        },
      ],
    },
  },
};

describe('StaffStatuses', () => {
  it('shows status and dates of the staff, with nothing that leads to the content', async () => {
    const { client } = mockClient({ query: () => answer });
    renderWithProviders(<StaffStatuses leergangen={[]} />, {
      client,
      viewer: makeViewer({ roles: ['BESTUUR'], menu: ['home', 'assignments'] }),
    });
    const table = await screen.findByRole('table', { name: 'Status van de praktijkopdrachten van je medewerkers' });
    const row = within(table).getByRole('row', { name: /Marloes Wolters/ });
    expect(within(row).getByText('Feedback gegeven')).toBeInTheDocument();
    expect(within(row).getByText('Resultaatgericht coachen en adviseren, leerjaar 2')).toBeInTheDocument();
    expect(within(row).getByText('31 juli 2027')).toBeInTheDocument();
    expect(within(table).queryAllByRole('link')).toHaveLength(0);
  });
});
