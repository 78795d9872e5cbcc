import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProgressRowFieldsFragment } from '@/gql/graphql';
import { makeViewer, renderWithProviders } from '@/testing/test-utils';
import { StaffTable } from './staff-table';

const row: ProgressRowFieldsFragment = {
  personId: 'p1',
  personName: 'Lotte van Dijk',
  schools: [{ id: 's1', name: 'De Regenboog' }],
  leergangId: 'l1',
  leergangName: 'Opbrengstgericht intern begeleiden',
  leerjaarNumber: 1,
  attendance: { attendedMinutes: 450, expectedMinutes: 600, pastSessions: 3, absences: 1, percent: 75 },
  hours: { hours: 7.5, pending: 0, norm: 40, expectedByNow: 12, onTrack: false },
  assignments: {
    total: 2,
    notStarted: 1,
    handedIn: 1,
    withFeedback: 0,
    completed: 0,
    overdue: 1,
    submitted: 1,
  },
  leervragen: { total: 2, notReflected: 1, nogNiet: 0, opWeg: 0, beantwoord: 1, bijgesteld: 0 },
  checklist: { done: 12, total: 24 },
  competencies: [
    { competencyId: 'c1', name: 'Coach', latest: 3.25, previous: 2.75, delta: 0.5 },
    { competencyId: 'c2', name: 'Verbinder', latest: 2, previous: null, delta: null },
  ],
};

describe('StaffTable', () => {
  it('says every fact of a row in words, with the scan trend for screen readers', () => {
    renderWithProviders(<StaffTable rows={[row]} caption="Medewerkers van De Regenboog" />, {
      viewer: makeViewer({ roles: ['DIRECTIE'], menu: ['home', 'dashboard'] }),
    });
    const table = screen.getByRole('table', { name: 'Medewerkers van De Regenboog' });
    const tr = within(table).getByRole('row', { name: /Lotte van Dijk/ });
    expect(within(tr).getByRole('link', { name: 'Lotte van Dijk' }).getAttribute('href')).toBe('/voortgang/mensen/p1');
    expect(within(tr).getByText('75% (1 afwezig)')).toBeTruthy();
    expect(within(tr).getByText('7,5 van 40')).toBeTruthy();
    expect(within(tr).getByText('achter op schema (verwacht 12)')).toBeTruthy();
    expect(within(tr).getByText('1 van 2 ingeleverd')).toBeTruthy();
    expect(within(tr).getByText('1 te laat')).toBeTruthy();
    expect(within(tr).getByText('Coach: 3,25, 0,5 hoger dan de vorige scan')).toBeTruthy();
    expect(within(tr).getByText('Verbinder: 2 (eerste scan)')).toBeTruthy();
    expect(within(tr).getByText('12 van 24')).toBeTruthy();
    // Role queries over a whole table are slow on a busy machine.
  }, 30_000);
});
