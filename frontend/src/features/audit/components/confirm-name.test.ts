import { describe, expect, it } from 'vitest';
import { sameName } from './confirm-name';

describe('sameName', () => {
  it('ignores case and extra spaces, as the server does', () => {
    expect(sameName('  marloes   WOLTERS ', 'Marloes Wolters')).toBe(true);
  });

  it('refuses another or an empty name', () => {
    expect(sameName('Marloes', 'Marloes Wolters')).toBe(false);
    expect(sameName('   ', ' ')).toBe(false);
  });
});
