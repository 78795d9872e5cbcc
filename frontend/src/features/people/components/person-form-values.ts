import type { Bouw, DeelnemerFunction, PersonFields, Role } from '@/gql/graphql';
import { i18n } from '@/lib/i18n';
import { isValidEmail } from '@/lib/validation';

export const ROLES: Role[] = ['DEELNEMER', 'OPLEIDER', 'DIRECTIE', 'BESTUUR', 'BEHEERDER'];
export const FUNCTIONS: DeelnemerFunction[] = ['IB', 'KC', 'SCHOOLCOACH', 'AMBULANT_BEGELEIDER'];
export const BOUW_OPTIONS: Bouw[] = ['ONDERBOUW', 'BOVENBOUW', 'BEIDE'];

/** The form's own field names match the server's `extensions.field` names. */
export const PERSON_FIELDS = [
  'name',
  'email',
  'phone',
  'roles',
  'schoolIds',
  'organisationId',
  'function',
  'werktijdfactor',
  'bouw',
  'ibStartDate',
] as const;

export interface PersonFormValues {
  name: string;
  email: string;
  phone: string;
  roles: Role[];
  schoolIds: string[];
  organisationId: string | null;
  function: DeelnemerFunction | null;
  /** NumberInput hands out a string while the number is incomplete or empty. */
  werktijdfactor: number | string;
  bouw: Bouw | null;
  ibStartDate: string | null;
}

export const EMPTY_PERSON: PersonFormValues = {
  name: '',
  email: '',
  phone: '',
  roles: [],
  schoolIds: [],
  organisationId: null,
  function: null,
  werktijdfactor: '',
  bouw: null,
  ibStartDate: null,
};

/** Reads the werktijdfactor as a number, accepting a Dutch decimal comma; null when empty. */
export function parseFactor(value: number | string): number | null {
  if (typeof value === 'number') return value;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const parsed = Number(trimmed.replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : Number.NaN;
}

export function validatePerson(values: PersonFormValues): Partial<Record<keyof PersonFormValues, string>> {
  const errors: Partial<Record<keyof PersonFormValues, string>> = {};
  if (!values.name.trim()) errors.name = i18n.t('validation.required');
  if (!values.email.trim()) errors.email = i18n.t('validation.required');
  else if (!isValidEmail(values.email)) errors.email = i18n.t('validation.emailInvalid');
  if (values.roles.length === 0) errors.roles = i18n.t('validation.rolesRequired');
  if (values.roles.includes('DEELNEMER')) {
    const factor = parseFactor(values.werktijdfactor);
    if (factor !== null && (Number.isNaN(factor) || factor < 0 || factor > 1)) {
      errors.werktijdfactor = i18n.t('validation.werktijdfactorRange');
    }
  }
  return errors;
}

/** The GraphQL input; the deelnemer fields are cleared for anyone who is not a deelnemer. */
export function toPersonFields(values: PersonFormValues): PersonFields {
  const deelnemer = values.roles.includes('DEELNEMER');
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    roles: values.roles,
    schoolIds: values.schoolIds,
    organisationId: values.organisationId,
    function: deelnemer ? values.function : null,
    werktijdfactor: deelnemer ? parseFactor(values.werktijdfactor) : null,
    bouw: deelnemer ? values.bouw : null,
    ibStartDate: deelnemer ? values.ibStartDate : null,
  };
}
