import { describe, expect, it } from 'vitest';
import { isAuditAction } from './audit-filter-values';

describe('isAuditAction', () => {
  it('accepts the actions of the schema only', () => {
    expect(isAuditAction('LOGIN_FAILED')).toBe(true);
    expect(isAuditAction('login_failed')).toBe(false);
    expect(isAuditAction(null)).toBe(false);
  });
});
