import { describe, expect, it } from 'vitest';
import type { SessionForEditQuery } from '@/gql/graphql';
import { emptyMaterial, emptySession, sessionToFormValues, toSessionFields, validateSession } from './session-form-values';

const defaults = { leerjaarId: 'lj1', opleiderIds: ['op1'], groupIds: ['g1', 'g2'] };

const stored: SessionForEditQuery['session'] = {
  id: 's1',
  kind: 'TWEEDAAGSE',
  dagdeel: null,
  title: 'Tweedaagse',
  theme: 'Coachen op resultaat',
  startsAt: '2028-02-10T08:30:00Z',
  endsAt: '2028-02-11T15:30:00Z',
  location: 'Landgoed De Holtweijde',
  onlineUrl: '',
  capacity: 14,
  description: '',
  overnight: true,
  published: true,
  cancelledAt: null,
  canManage: true,
  materials: [{ label: 'Reader', url: 'https://example.nl/reader.pdf' }],
  leergang: { id: 'l1' },
  leerjaar: { id: 'lj1' },
  groups: [{ id: 'g1' }],
  opleiders: [{ id: 'op1', name: 'Marit Jansen' }],
  praktijkPerson: null,
};

describe('session form values', () => {
  it('starts as an ochtend with its default times and all groups', () => {
    expect(emptySession(defaults)).toMatchObject({
      kind: 'DAGDEEL',
      dagdeel: 'OCHTEND',
      startTime: '09:00',
      endTime: '12:30',
      groupIds: ['g1', 'g2'],
      published: false,
    });
  });

  it('maps a stored tweedaagse to Amsterdam date and times and back', () => {
    const values = sessionToFormValues(stored);
    expect(values).toMatchObject({ date: '2028-02-10', startTime: '09:30', endTime: '16:30', kind: 'TWEEDAAGSE', capacity: 14 });
    const fields = toSessionFields(values);
    expect(fields).toEqual({
      leerjaarId: 'lj1',
      kind: 'TWEEDAAGSE',
      dagdeel: null,
      title: 'Tweedaagse',
      theme: 'Coachen op resultaat',
      startsAt: '2028-02-10T09:30:00+01:00',
      endsAt: '2028-02-11T16:30:00+01:00',
      location: 'Landgoed De Holtweijde',
      onlineUrl: '',
      capacity: 14,
      description: '',
      materials: [{ label: 'Reader', url: 'https://example.nl/reader.pdf' }],
      overnight: true,
      groupIds: ['g1'],
      opleiderIds: ['op1'],
      praktijkPersonId: null,
      published: true,
    });
  });

  it('sends the deelnemer instead of groups for praktijkbegeleiding, and a summer dagdeel with +02:00', () => {
    const praktijk = toSessionFields({
      ...emptySession(defaults),
      kind: 'PRAKTIJKBEGELEIDING',
      dagdeel: 'MIDDAG',
      date: '2027-06-15',
      startTime: '13:00',
      endTime: '14:30',
      title: ' Praktijkbezoek ',
      praktijkPersonId: 'p9',
      capacity: '',
    });
    expect(praktijk).toMatchObject({
      kind: 'PRAKTIJKBEGELEIDING',
      dagdeel: null,
      title: 'Praktijkbezoek',
      startsAt: '2027-06-15T13:00:00+02:00',
      endsAt: '2027-06-15T14:30:00+02:00',
      groupIds: [],
      praktijkPersonId: 'p9',
      capacity: null,
      overnight: false,
    });
  });

  it('explains what is missing before anything is sent', () => {
    const values = { ...emptySession({ leerjaarId: null, opleiderIds: [], groupIds: [] }), endTime: '08:00', materials: [{ ...emptyMaterial(), url: 'www' }] };
    expect(validateSession(values)).toEqual({
      leerjaarId: 'Kies een leerjaar.',
      date: 'Vul een datum in als dd-mm-jjjj.',
      endTime: 'De eindtijd ligt na de begintijd.',
      title: 'Vul dit veld in.',
      location: 'Vul een locatie in, of een link voor een online bijeenkomst.',
      groupIds: 'Kies de groep of groepen die komen.',
      opleiderIds: 'Kies ten minste één opleider.',
      'materials.0.label': 'Vul dit veld in.',
      'materials.0.url': 'Vul een volledige link in, die begint met https://.',
    });
    // An online session needs no location; an intervisie no opleider.
    const online = { ...emptySession(defaults), kind: 'INTERVISIE' as const, opleiderIds: [], date: '2027-03-09', title: 'Intervisie', onlineUrl: 'https://meet.example.nl/abc' };
    expect(validateSession(online)).toEqual({});
  });
});
