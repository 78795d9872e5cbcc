import type { AuditAction } from '@/gql/graphql';

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'LOGIN',
  'LOGIN_FAILED',
  'DENIED',
  'RECORDING_VIEWED',
  'EXPORT',
  'ERASURE',
  'ROLES_CHANGED',
];

export interface AuditFilterValues {
  action: AuditAction | null;
  personId: string | null;
  from: string;
  to: string;
  object: string;
}

export const NO_FILTERS: AuditFilterValues = { action: null, personId: null, from: '', to: '', object: '' };

export function isAuditAction(value: string | null): value is AuditAction {
  return value !== null && (AUDIT_ACTIONS as readonly string[]).includes(value);
}
