import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SessionDetailFieldsFragment, SessionRegisterRowFieldsFragment } from '@/gql/graphql';
import { mockClient, renderWithProviders } from '@/testing/test-utils';
import { AttendanceRegister } from './attendance-register';

const session: SessionDetailFieldsFragment = {
  id: 's1',
  title: 'Jaar 2, dagdeel 3',
  theme: '',
  kind: 'DAGDEEL',
  dagdeel: 'MIDDAG',
  startsAt: '2026-11-24T12:00:00Z',
  endsAt: '2026-11-24T15:30:00Z',
  creditHours: 3.5,
  location: 'Hengelo',
  onlineUrl: '',
  description: '',
  materials: [],
  leergang: { id: 'l1', name: 'Resultaatgericht coachen en adviseren' },
  leerjaar: { id: 'lj2', number: 2 },
  groups: [],
  opleiders: [],
  praktijkPerson: null,
  participantCount: 2,
  published: true,
  cancelledAt: null,
  cancelReason: '',
  holidays: [],
  myAttendance: null,
  myAbsenceReport: null,
  myEvaluation: null,
  canManage: true,
};

const rows: SessionRegisterRowFieldsFragment[] = [
  { person: { id: 'p1', name: 'Marloes Wolters', schools: [] }, attendance: null, absenceReport: null },
  {
    person: { id: 'p2', name: 'Ruben Kroeze', schools: [] },
    attendance: null,
    absenceReport: { reason: 'Naar de tandarts', reportedAt: '2026-11-20T08:00:00Z' },
  },
];

function renderRegister() {
  const mock = mockClient({
    query: () => ({ data: { sessionRegister: { rows } } }),
    mutation: () => ({ data: { registerAttendance: { register: { rows } } } }),
  });
  renderWithProviders(<AttendanceRegister session={session} now={Date.parse('2026-11-24T16:00:00Z')} />, { client: mock.client });
  return mock;
}

describe('AttendanceRegister', () => {
  it('shows absence reports inline and marks everyone present in one go', async () => {
    const { executeMutation } = renderRegister();
    expect(await screen.findByText('Heeft zich afgemeld: Naar de tandarts')).toBeInTheDocument();
    expect(screen.getByText('0 van 2 ingevuld')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: 'Iedereen aanwezig' }));
    expect(screen.getByText('2 van 2 ingevuld')).toBeInTheDocument();
    const marloes = screen.getByRole('radiogroup', { name: 'Aanwezigheid van Marloes Wolters' });
    expect(within(marloes).getByRole('radio', { name: 'Aanwezig' })).toBeChecked();
    const ruben = screen.getByRole('radiogroup', { name: 'Aanwezigheid van Ruben Kroeze' });
    expect(within(ruben).getByRole('radio', { name: 'Afwezig met bericht' })).toBeChecked();

    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(1));
    const [operation] = executeMutation.mock.calls[0] as unknown as [{ variables: unknown }];
    expect(operation.variables).toEqual({
      input: {
        sessionId: 's1',
        entries: [
          { personId: 'p1', status: 'AANWEZIG', note: '' },
          { personId: 'p2', status: 'AFWEZIG_MET_BERICHT', note: '' },
        ],
      },
    });
  });

  it('asks for the minutes of a partial attendance before saving', async () => {
    const { executeMutation } = renderRegister();
    const marloes = await screen.findByRole('radiogroup', { name: 'Aanwezigheid van Marloes Wolters' });
    fireEvent.click(within(marloes).getByRole('radio', { name: 'Gedeeltelijk' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Vul het aantal minuten in, van 1 tot en met 210.')).toBeInTheDocument();
    expect(executeMutation).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole('textbox', { name: 'Minuten aanwezig Marloes Wolters' }), { target: { value: '120' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(1));
    const [operation] = executeMutation.mock.calls[0] as unknown as [{ variables: { input: { entries: unknown[] } } }];
    expect(operation.variables.input.entries).toEqual([{ personId: 'p1', status: 'GEDEELTELIJK', minutes: 120, note: '' }]);
  });
});
