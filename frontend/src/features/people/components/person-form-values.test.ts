import { describe, expect, it } from 'vitest';
import { EMPTY_PERSON, parseFactor, toPersonFields, validatePerson } from './person-form-values';

describe('person form values', () => {
  it('reads a Dutch decimal comma', () => {
    expect(parseFactor('0,6')).toBe(0.6);
    expect(parseFactor(0.4)).toBe(0.4);
    expect(parseFactor('')).toBeNull();
    expect(parseFactor('abc')).toBeNaN();
  });

  it('clears the deelnemer fields for someone who is not a deelnemer', () => {
    const fields = toPersonFields({
      ...EMPTY_PERSON,
      name: ' Jan ',
      email: 'jan@school.nl',
      roles: ['DIRECTIE'],
      function: 'IB',
      werktijdfactor: 0.5,
      bouw: 'BEIDE',
      ibStartDate: '2025-08-01',
    });
    expect(fields).toMatchObject({ name: 'Jan', roles: ['DIRECTIE'], function: null, werktijdfactor: null, bouw: null, ibStartDate: null });
  });

  it('keeps them for a deelnemer', () => {
    const fields = toPersonFields({ ...EMPTY_PERSON, roles: ['DEELNEMER'], function: 'KC', werktijdfactor: '0,8', ibStartDate: '2025-08-01' });
    expect(fields).toMatchObject({ function: 'KC', werktijdfactor: 0.8, ibStartDate: '2025-08-01' });
  });

  it('checks required fields, the e-mail address and the werktijdfactor range in Dutch', () => {
    expect(validatePerson({ ...EMPTY_PERSON, email: 'geen-adres' })).toEqual({
      name: 'Vul dit veld in.',
      email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@school.nl.',
      roles: 'Kies minstens één rol.',
    });
    const tooMuch = validatePerson({ ...EMPTY_PERSON, name: 'A', email: 'a@b.nl', roles: ['DEELNEMER'], werktijdfactor: 1.2 });
    expect(tooMuch).toEqual({ werktijdfactor: 'Vul een getal van 0 tot en met 1 in.' });
  });
});
