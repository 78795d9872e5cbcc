import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { IntervisieMeetingFieldsFragment } from '@/gql/graphql';
import { makeViewer, mockClient, renderWithProviders } from '@/testing/test-utils';
import { MeetingForm } from './meeting-form';
import { demoIntervisieMeeting } from '@/testing/intervisie-meeting';

vi.mock('@/lib/notify', () => ({ notifyError: vi.fn(), notifySuccess: vi.fn() }));

const meeting: IntervisieMeetingFieldsFragment = demoIntervisieMeeting;

const facilitator = makeViewer({ roles: ['OPLEIDER'], menu: ['home', 'intervisie'], person: { id: 'op3', name: 'Yasmina El Idrissi' } });

function renderForm() {
  const onClose = vi.fn();
  const { client, executeMutation } = mockClient();
  renderWithProviders(<MeetingForm opened onClose={onClose} groupId="g1" meeting={meeting} />, { client, viewer: facilitator });
  return { onClose, executeMutation };
}

// jsdom has no document.fonts, which Mantine's autosizing Textarea (the summary) listens to.
beforeAll(() => {
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener: vi.fn(), removeEventListener: vi.fn() } });
  }
});

describe('MeetingForm', () => {
  it('closes only the open calendar on Escape in the date field, and keeps the edits', async () => {
    const { onClose, executeMutation } = renderForm();
    const dialog = await screen.findByRole('dialog', { name: 'Bijeenkomst bewerken' });
    const location = within(dialog).getByRole('textbox', { name: 'Locatie' });
    await userEvent.clear(location);
    await userEvent.type(location, 'Het Kompas, lokaal 3');

    const date = within(dialog).getByRole('textbox', { name: /^Datum/ });
    expect(date).toHaveValue('12-01-2027');
    await userEvent.click(date);
    // The calendar of January 2027 is open under the field.
    await waitFor(() => expect(document.querySelector('[data-dates-dropdown]')).toHaveTextContent(/januari 2027/i));
    expect(date).toHaveAttribute('data-mantine-stop-propagation', 'true');

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(date).not.toHaveAttribute('data-mantine-stop-propagation'));
    await waitFor(() => expect(document.querySelector('[data-dates-dropdown]')).toBeNull());
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Bijeenkomst bewerken' })).toBeInTheDocument();
    expect(location).toHaveValue('Het Kompas, lokaal 3');
    expect(date).toHaveValue('12-01-2027');
    expect(executeMutation).not.toHaveBeenCalled();

    // With the calendar closed, Escape closes the dialog as usual.
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
    expect(executeMutation).not.toHaveBeenCalled();
  });
});
