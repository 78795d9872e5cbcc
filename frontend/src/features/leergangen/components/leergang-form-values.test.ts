import { describe, expect, it } from 'vitest';
import type { LeergangDetailFieldsFragment } from '@/gql/graphql';
import { emptyGroup, emptyLeergang, leergangToFormValues, toLeergangFields, validateLeergang } from './leergang-form-values';

const leergang: LeergangDetailFieldsFragment = {
  id: 'l1',
  name: 'Opbrengstgericht intern begeleiden',
  description: 'Eén jaar',
  status: 'LOPEND',
  deelnemerCount: 2,
  canManage: true,
  createdAt: '2026-11-01T10:00:00Z',
  clientOrganisation: { id: 'o1', name: 'Stichting Zuidoost Samen', kind: 'BESTUUR' },
  leerjaren: [
    { id: 'lj2', number: 2, hoursNorm: 32, startsOn: null, endsOn: null },
    { id: 'lj1', number: 1, hoursNorm: 40, startsOn: '2027-09-01', endsOn: '2028-07-14' },
  ],
  groups: [{ id: 'g1', name: 'Groep A', members: [{ id: 'p1', name: 'Lotte van Dijk', schools: [] }] }],
  opleiders: [{ id: 'op1', name: 'Marit Jansen' }],
  stuurgroep: [{ id: 'b1', name: 'Priya Ramdin', roles: ['BESTUUR'] }],
};

describe('leergang form values', () => {
  it('starts a new leergang with one leerjaar of 40 hours, one group and the opleider', () => {
    const values = emptyLeergang(['op1']);
    expect(values.leerjaren).toEqual([{ hoursNorm: 40, startsOn: null, endsOn: null }]);
    expect(values.groups).toHaveLength(1);
    expect(values.groups[0]?.name).toBe('Groep 1');
    expect(values.opleiderIds).toEqual(['op1']);
    expect(values.status).toBe('CONCEPT');
  });

  it('maps a stored leergang to the form and back, numbering leerjaren in order', () => {
    const fields = toLeergangFields(leergangToFormValues(leergang));
    expect(fields).toEqual({
      name: 'Opbrengstgericht intern begeleiden',
      description: 'Eén jaar',
      status: 'LOPEND',
      clientOrganisationId: 'o1',
      leerjaren: [
        { number: 1, hoursNorm: 40, startsOn: '2027-09-01', endsOn: '2028-07-14' },
        { number: 2, hoursNorm: 32, startsOn: null, endsOn: null },
      ],
      groups: [{ id: 'g1', name: 'Groep A', memberIds: ['p1'] }],
      opleiderIds: ['op1'],
      stuurgroepIds: ['b1'],
    });
  });

  it('trims texts, reads a Dutch decimal comma and falls back to 40 hours', () => {
    const values = emptyLeergang(['op1']);
    values.name = '  Nieuwe leergang ';
    values.clientOrganisationId = 'o1';
    values.leerjaren = [
      { hoursNorm: '37,5', startsOn: null, endsOn: null },
      { hoursNorm: '', startsOn: '2028-09-01', endsOn: null },
    ];
    values.groups = [{ ...emptyGroup(' Groep B '), memberIds: ['p1', 'p2'] }];
    const fields = toLeergangFields(values);
    expect(fields.name).toBe('Nieuwe leergang');
    expect(fields.leerjaren).toEqual([
      { number: 1, hoursNorm: 37.5, startsOn: null, endsOn: null },
      { number: 2, hoursNorm: 40, startsOn: '2028-09-01', endsOn: null },
    ]);
    expect(fields.groups).toEqual([{ id: null, name: 'Groep B', memberIds: ['p1', 'p2'] }]);
  });

  it('explains missing and invalid fields in Dutch, next to the right row', () => {
    const values = emptyLeergang([]);
    values.leerjaren = [{ hoursNorm: 2000, startsOn: '2028-07-01', endsOn: '2027-09-01' }];
    values.groups = [emptyGroup('A'), emptyGroup('a'), emptyGroup('')];
    expect(validateLeergang(values)).toEqual({
      name: 'Vul dit veld in.',
      clientOrganisationId: 'Kies de opdrachtgever.',
      'leerjaren.0.hoursNorm': 'Vul een aantal uren van 0 tot en met 1000 in.',
      'leerjaren.0.endsOn': 'De einddatum ligt na de begindatum.',
      'groups.1.name': 'Twee groepen hebben dezelfde naam.',
      'groups.2.name': 'Vul dit veld in.',
      opleiderIds: 'Kies ten minste één opleider.',
    });
  });
});
