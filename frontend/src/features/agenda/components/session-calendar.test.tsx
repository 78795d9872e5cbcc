import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { AgendaMeeting } from './calendar-events';
import { SessionCalendar } from './session-calendar';
import { demoIntervisieMeeting } from '@/testing/intervisie-meeting';

const meeting: AgendaMeeting = { ...demoIntervisieMeeting, id: 'im2' };

function renderList(meetings: AgendaMeeting[]) {
  const onOpen = vi.fn();
  const onOpenMeeting = vi.fn();
  renderWithProviders(
    <SessionCalendar
      sessions={[]}
      meetings={meetings}
      view="lijst"
      initialDate="2027-01-12"
      onRangeChange={() => undefined}
      onOpen={onOpen}
      onOpenMeeting={onOpenMeeting}
      onMove={() => undefined}
    />,
  );
  return { onOpen, onOpenMeeting };
}

describe('SessionCalendar with intervisie meetings', () => {
  it('lists a meeting as a link named by time, group and method, which opens the group', async () => {
    const { onOpen, onOpenMeeting } = renderList([meeting]);
    const link = await screen.findByRole('link', { name: "15:30–17:30 Intervisie: Intervisie startende IB'ers Zuidoost (roddelmethode)" });
    expect(link).toHaveAttribute('href', '/intervisie/g1');
    expect(link.closest('.fc-event')).toHaveClass('agenda-event-intervisie');
    expect(link.closest('.fc-event')).not.toHaveClass('fc-event-draggable');
    await userEvent.click(link);
    expect(onOpenMeeting).toHaveBeenCalledExactlyOnceWith(meeting);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('names a cancelled meeting as cancelled and shows it', async () => {
    renderList([{ ...meeting, method: '', cancelledAt: '2027-01-05T10:00:00Z' }]);
    const link = await screen.findByRole('link', { name: "15:30–17:30 Intervisie: Intervisie startende IB'ers Zuidoost, geannuleerd" });
    const event = link.closest('.fc-event');
    expect(event).toHaveClass('agenda-event-cancelled');
    expect(event).toHaveTextContent('Geannuleerd');
  });
});
