import { describe, expect, it } from 'vitest';
import {
  CANCELLED_CLASS,
  INTERVISIE_CLASS,
  INTERVISIE_COLOURS,
  MAX_INTERVISIE_WINDOW_MS,
  intervisiePath,
  intervisieWindow,
  toCalendarEvents,
  toIntervisieEvents,
} from './calendar-events';
import type { AgendaMeeting, AgendaSession } from './calendar-events';
import { contrastRatio, leergangColour } from './leergang-colour';
import { demoIntervisieMeeting } from '@/testing/intervisie-meeting';

const meeting: AgendaMeeting = { ...demoIntervisieMeeting, id: 'im2' };

const session: AgendaSession = {
  id: 's1',
  title: 'Groep 1, bijeenkomst 3',
  kind: 'DAGDEEL',
  dagdeel: 'OCHTEND',
  startsAt: '2027-01-12T08:00:00Z',
  endsAt: '2027-01-12T11:30:00Z',
  location: 'Amsterdam',
  published: true,
  cancelledAt: null,
  canManage: true,
  leergang: { id: 'l1', name: 'Opbrengstgericht intern begeleiden' },
  holidays: [],
};

describe('toIntervisieEvents', () => {
  it('makes an event titled by the group, linking to the group, marked as intervisie', () => {
    const [event] = toIntervisieEvents([meeting]);
    expect(event).toMatchObject({
      id: 'intervisie:im2',
      title: "Intervisie startende IB'ers Zuidoost",
      start: '2027-01-12T14:30:00Z',
      end: '2027-01-12T16:30:00Z',
      url: '/intervisie/g1',
      classNames: [INTERVISIE_CLASS],
      backgroundColor: INTERVISIE_COLOURS.background,
      borderColor: INTERVISIE_COLOURS.border,
      textColor: INTERVISIE_COLOURS.text,
      extendedProps: { kind: 'intervisie', meeting },
    });
  });

  it('is never draggable nor resizable', () => {
    const [event] = toIntervisieEvents([meeting]);
    expect(event?.editable).toBe(false);
    expect(event?.startEditable).toBe(false);
    expect(event?.durationEditable).toBe(false);
  });

  it('strikes a cancelled meeting through, and keeps it marked as intervisie', () => {
    const [event] = toIntervisieEvents([{ ...meeting, cancelledAt: '2027-01-05T10:00:00Z', cancelReason: 'Ziekte' }]);
    expect(event?.classNames).toEqual([INTERVISIE_CLASS, CANCELLED_CLASS]);
    expect(event?.backgroundColor).not.toBe(INTERVISIE_COLOURS.background);
    expect(event?.editable).toBe(false);
  });

  it('looks different from every session, also without colour vision: light with dark text', () => {
    const sessionEvent = toCalendarEvents([session])[0];
    expect(sessionEvent?.classNames).not.toContain(INTERVISIE_CLASS);
    expect(sessionEvent?.extendedProps).toEqual({ kind: 'session', session });
    expect(sessionEvent?.backgroundColor).toBe(leergangColour('l1'));
    expect(contrastRatio(INTERVISIE_COLOURS.text, INTERVISIE_COLOURS.background)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(INTERVISIE_COLOURS.border, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('keeps the ids of a meeting and a session with the same id apart', () => {
    const ids = [...toCalendarEvents([{ ...session, id: 'x' }]), ...toIntervisieEvents([{ ...meeting, id: 'x' }])].map((e) => e.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('encodes the group id in the path', () => {
    expect(intervisiePath('a/b')).toBe('/intervisie/a%2Fb');
  });
});

describe('intervisieWindow', () => {
  it('asks for the visible range of a month view as it is', () => {
    expect(intervisieWindow('2026-12-27T23:00:00.000Z', '2027-02-07T23:00:00.000Z')).toEqual({
      from: '2026-12-27T23:00:00.000Z',
      to: '2027-02-07T23:00:00.000Z',
    });
  });

  it('cuts a longer range to the 100 days the server answers', () => {
    const window = intervisieWindow('2027-01-01T00:00:00.000Z', '2027-12-31T00:00:00.000Z');
    expect(window?.from).toBe('2027-01-01T00:00:00.000Z');
    expect(new Date(window?.to ?? '').getTime() - new Date('2027-01-01T00:00:00.000Z').getTime()).toBe(MAX_INTERVISIE_WINDOW_MS);
  });

  it('asks nothing for an empty or broken range', () => {
    expect(intervisieWindow('', '')).toBeNull();
    expect(intervisieWindow('2027-01-02T00:00:00.000Z', '2027-01-01T00:00:00.000Z')).toBeNull();
  });
});
