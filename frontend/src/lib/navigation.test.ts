import { describe, expect, it } from 'vitest';
import { loginUrl, safeReturnPath } from './navigation';

describe('safeReturnPath', () => {
  it.each([
    ['/mensen/p7', '/mensen/p7'],
    ['/scholen?zoek=a', '/scholen?zoek=a'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['/inloggen', '/'],
  ])('%s → %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});

describe('loginUrl', () => {
  it('adds the return path, except for the home page and public pages', () => {
    expect(loginUrl('/mensen')).toBe('/inloggen?terug=%2Fmensen');
    expect(loginUrl('/')).toBe('/inloggen');
    expect(loginUrl('/uitnodiging/abc')).toBe('/inloggen');
  });
});
