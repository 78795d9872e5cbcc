import type { LeergangDetailFieldsFragment, LeergangFields, LeergangStatus } from '@/gql/graphql';
import { i18n } from '@/lib/i18n';
import { daysBetween, isDateString } from '../utils/amsterdam-time';

export const LEERGANG_STATUSES: LeergangStatus[] = ['CONCEPT', 'LOPEND', 'AFGEROND'];
export const DEFAULT_HOURS_NORM = 40;

/** The form's field names match the server's `extensions.field` names. */
export const LEERGANG_FIELDS = [
  'name',
  'description',
  'status',
  'clientOrganisationId',
  'leerjaren',
  'groups',
  'opleiderIds',
  'stuurgroepIds',
] as const;

export interface LeerjaarFormValues {
  /** NumberInput hands out a string while the number is incomplete or empty. */
  hoursNorm: number | string;
  startsOn: string | null;
  endsOn: string | null;
}

export interface GroupFormValues {
  /** A stable key for React while rows are added and removed. */
  key: string;
  /** The server's id; null for a new group. */
  id: string | null;
  name: string;
  memberIds: string[];
}

export interface LeergangFormValues {
  name: string;
  description: string;
  status: LeergangStatus;
  clientOrganisationId: string | null;
  leerjaren: LeerjaarFormValues[];
  groups: GroupFormValues[];
  opleiderIds: string[];
  stuurgroepIds: string[];
}

let keyCounter = 0;
export function newKey(prefix = 'row'): string {
  keyCounter += 1;
  return `${prefix}-${keyCounter}`;
}

export function emptyLeerjaar(): LeerjaarFormValues {
  return { hoursNorm: DEFAULT_HOURS_NORM, startsOn: null, endsOn: null };
}

export function emptyGroup(name = ''): GroupFormValues {
  return { key: newKey('group'), id: null, name, memberIds: [] };
}

/** A new leergang: one leerjaar, one group, and the opleider who creates it. */
export function emptyLeergang(opleiderIds: string[] = []): LeergangFormValues {
  return {
    name: '',
    description: '',
    status: 'CONCEPT',
    clientOrganisationId: null,
    leerjaren: [emptyLeerjaar()],
    groups: [emptyGroup(i18n.t('leergangen.form.defaultGroupName'))],
    opleiderIds,
    stuurgroepIds: [],
  };
}

export function leergangToFormValues(l: LeergangDetailFieldsFragment): LeergangFormValues {
  return {
    name: l.name,
    description: l.description,
    status: l.status,
    clientOrganisationId: l.clientOrganisation.id,
    leerjaren: [...l.leerjaren]
      .sort((a, b) => a.number - b.number)
      .map((lj) => ({ hoursNorm: lj.hoursNorm, startsOn: lj.startsOn, endsOn: lj.endsOn })),
    groups: l.groups.map((g) => ({ key: newKey('group'), id: g.id, name: g.name, memberIds: g.members.map((m) => m.id) })),
    opleiderIds: l.opleiders.map((p) => p.id),
    stuurgroepIds: l.stuurgroep.map((p) => p.id),
  };
}

/** Reads an hours norm, accepting a Dutch decimal comma; null when empty. */
export function parseHours(value: number | string): number | null {
  if (typeof value === 'number') return value;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const parsed = Number(trimmed.replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : Number.NaN;
}

type Errors = Record<string, string>;

/** Checks in Dutch (or English) before anything is sent; the server checks again. */
export function validateLeergang(values: LeergangFormValues): Errors {
  const errors: Errors = {};
  if (!values.name.trim()) errors.name = i18n.t('validation.required');
  if (!values.clientOrganisationId) errors.clientOrganisationId = i18n.t('leergangen.validation.clientRequired');
  if (values.leerjaren.length === 0) errors.leerjaren = i18n.t('leergangen.validation.leerjaarRequired');
  values.leerjaren.forEach((lj, index) => {
    const hours = parseHours(lj.hoursNorm);
    if (hours !== null && (Number.isNaN(hours) || hours < 0 || hours > 1000)) {
      errors[`leerjaren.${index}.hoursNorm`] = i18n.t('leergangen.validation.hoursRange');
    }
    if (isDateString(lj.startsOn) && isDateString(lj.endsOn) && daysBetween(lj.startsOn, lj.endsOn) < 0) {
      errors[`leerjaren.${index}.endsOn`] = i18n.t('leergangen.validation.endBeforeStart');
    }
  });
  if (values.groups.length === 0) errors.groups = i18n.t('leergangen.validation.groupRequired');
  const seen = new Set<string>();
  values.groups.forEach((g, index) => {
    const name = g.name.trim().toLowerCase();
    if (!name) errors[`groups.${index}.name`] = i18n.t('validation.required');
    else if (seen.has(name)) errors[`groups.${index}.name`] = i18n.t('leergangen.validation.groupDuplicate');
    seen.add(name);
  });
  if (values.opleiderIds.length === 0) errors.opleiderIds = i18n.t('leergangen.validation.opleiderRequired');
  return errors;
}

/** The GraphQL input: leerjaren numbered from 1 in order, trimmed texts. */
export function toLeergangFields(values: LeergangFormValues): LeergangFields {
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    status: values.status,
    clientOrganisationId: values.clientOrganisationId ?? '',
    leerjaren: values.leerjaren.map((lj, index) => ({
      number: index + 1,
      hoursNorm: parseHours(lj.hoursNorm) ?? DEFAULT_HOURS_NORM,
      startsOn: isDateString(lj.startsOn) ? lj.startsOn : null,
      endsOn: isDateString(lj.endsOn) ? lj.endsOn : null,
    })),
    groups: values.groups.map((g) => ({ id: g.id, name: g.name.trim(), memberIds: g.memberIds })),
    opleiderIds: values.opleiderIds,
    stuurgroepIds: values.stuurgroepIds,
  };
}
