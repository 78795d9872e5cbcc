import { describe, expect, it, vi } from 'vitest';
import { applyFieldErrors, hasErrorCode, mapFieldErrors, messageOf, normaliseField, requestIdOf } from './errors';
import type { GraphQLErrorLike } from './errors';

const reasons: Record<string, string> = {
  email_taken: 'This e-mail address is already in use.',
  out_of_range: 'This value is out of the allowed range.',
};
const translateReason = (reason: string) => reasons[reason];

function badInput(field: string, reason: string, message: string): GraphQLErrorLike {
  return { message, extensions: { code: 'BAD_USER_INPUT', field, reason } };
}

const validationFailure = {
  graphQLErrors: [
    badInput('email', 'email_taken', 'Dit e-mailadres is al in gebruik.'),
    badInput('werktijdfactor', 'out_of_range', 'De werktijdfactor ligt tussen 0 en 1.'),
  ],
};

describe('mapFieldErrors', () => {
  it('puts every BAD_USER_INPUT error next to its field with the Dutch server message', () => {
    const result = mapFieldErrors(validationFailure, {
      language: 'nl',
      translateReason,
      fields: ['email', 'werktijdfactor', 'name'],
    });
    expect(result.fieldErrors).toEqual({
      email: 'Dit e-mailadres is al in gebruik.',
      werktijdfactor: 'De werktijdfactor ligt tussen 0 en 1.',
    });
    expect(result.otherErrors).toEqual([]);
  });

  it('translates by reason in English', () => {
    const result = mapFieldErrors(validationFailure, { language: 'en', translateReason, fields: ['email', 'werktijdfactor'] });
    expect(result.fieldErrors.email).toBe('This e-mail address is already in use.');
    expect(result.fieldErrors.werktijdfactor).toBe('This value is out of the allowed range.');
  });

  it("falls back to the server's message for a reason without translation", () => {
    const error = { graphQLErrors: [badInput('brin', 'something_new', 'Deze BRIN-code klopt niet.')] };
    const result = mapFieldErrors(error, { language: 'en', translateReason, fields: ['brin'] });
    expect(result.fieldErrors.brin).toBe('Deze BRIN-code klopt niet.');
  });

  it('normalises dotted and indexed field paths and applies a field map', () => {
    const error = {
      graphQLErrors: [
        badInput('input.person.email', 'email_taken', 'Bezet.'),
        badInput('schoolIds[1]', 'not_allowed', 'Die school mag niet.'),
        badInput('newPassword', 'password_too_short', 'Te kort.'),
      ],
    };
    const result = mapFieldErrors(error, {
      language: 'nl',
      translateReason,
      fields: ['email', 'schoolIds', 'password'],
      fieldMap: { newPassword: 'password' },
    });
    expect(result.fieldErrors).toEqual({ email: 'Bezet.', schoolIds: 'Die school mag niet.', password: 'Te kort.' });
  });

  it('keeps errors for unknown fields and other codes as general messages', () => {
    const error = {
      graphQLErrors: [
        badInput('roles', 'not_allowed', 'Deze rol mag je niet geven.'),
        { message: 'Deze organisatie heeft nog scholen.', extensions: { code: 'CONFLICT' } },
      ],
    };
    const result = mapFieldErrors(error, { language: 'nl', translateReason, fields: ['name'] });
    expect(result.fieldErrors).toEqual({});
    expect(result.otherErrors).toEqual(['Deze rol mag je niet geven.', 'Deze organisatie heeft nog scholen.']);
  });

  it('keeps the first error when a field has several', () => {
    const error = { graphQLErrors: [badInput('email', 'required', 'Eerste.'), badInput('email', 'invalid_email', 'Tweede.')] };
    expect(mapFieldErrors(error, { language: 'nl', translateReason, fields: ['email'] }).fieldErrors.email).toBe('Eerste.');
  });
});

describe('applyFieldErrors', () => {
  it('calls setFieldError per field and returns the rest', () => {
    const form = { setFieldError: vi.fn() };
    const rest = applyFieldErrors(
      form,
      { graphQLErrors: [...validationFailure.graphQLErrors, badInput('unknown', 'required', 'Iets anders.')] },
      { language: 'nl', translateReason, fields: ['email', 'werktijdfactor'] },
    );
    expect(form.setFieldError).toHaveBeenCalledWith('email', 'Dit e-mailadres is al in gebruik.');
    expect(form.setFieldError).toHaveBeenCalledWith('werktijdfactor', 'De werktijdfactor ligt tussen 0 en 1.');
    expect(form.setFieldError).toHaveBeenCalledTimes(2);
    expect(rest).toEqual(['Iets anders.']);
  });
});

describe('error helpers', () => {
  it('finds codes and the request id', () => {
    const error = { graphQLErrors: [{ message: 'Interne fout', extensions: { code: 'INTERNAL', requestId: 'req-42' } }] };
    expect(hasErrorCode(error, 'INTERNAL')).toBe(true);
    expect(hasErrorCode(error, 'FORBIDDEN')).toBe(false);
    expect(requestIdOf(error)).toBe('req-42');
    expect(requestIdOf(undefined)).toBeUndefined();
  });

  it('uses the translated reason in Dutch only when the server sent no message', () => {
    expect(messageOf({ message: '', extensions: { reason: 'email_taken' } }, { language: 'nl', translateReason })).toBe(
      'This e-mail address is already in use.',
    );
    expect(messageOf({ message: 'Al in gebruik.', extensions: { reason: 'email_taken' } }, { language: 'nl', translateReason })).toBe(
      'Al in gebruik.',
    );
  });

  it('normalises field names', () => {
    expect(normaliseField('input.person.werktijdfactor')).toBe('werktijdfactor');
    expect(normaliseField('schoolIds[0]')).toBe('schoolIds');
    expect(normaliseField('email')).toBe('email');
  });
});
