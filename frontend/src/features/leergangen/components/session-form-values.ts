import type { Dagdeel, SessionFields, SessionForEditQuery, SessionKind } from '@/gql/graphql';
import { i18n } from '@/lib/i18n';
import { fromRfc3339, isDateString, isTimeString, minutesOf } from '../utils/amsterdam-time';
import { DAGDEEL_TIMES, dagdeelOfTimes, sessionMoments } from '../utils/session-times';
import { newKey } from './leergang-form-values';

/** Form field names; the server's names map onto them with SESSION_FIELD_MAP. */
export const SESSION_FIELDS = [
  'leerjaarId',
  'kind',
  'dagdeel',
  'date',
  'startTime',
  'endTime',
  'title',
  'theme',
  'location',
  'onlineUrl',
  'opleiderIds',
  'groupIds',
  'praktijkPersonId',
  'capacity',
  'description',
  'materials',
] as const;

/** The server checks start and end as moments; the form has a date and two times. */
export const SESSION_FIELD_MAP: Readonly<Record<string, string>> = { startsAt: 'startTime', endsAt: 'endTime' };

export interface MaterialFormValues {
  key: string;
  label: string;
  url: string;
}

export interface SessionFormValues {
  leerjaarId: string | null;
  kind: SessionKind;
  dagdeel: Dagdeel | null;
  /** The (first) day, "YYYY-MM-DD", in Amsterdam. */
  date: string | null;
  startTime: string;
  /** For a tweedaagse: the end time on the second day. */
  endTime: string;
  title: string;
  theme: string;
  location: string;
  onlineUrl: string;
  opleiderIds: string[];
  groupIds: string[];
  praktijkPersonId: string | null;
  capacity: number | string;
  description: string;
  materials: MaterialFormValues[];
  overnight: boolean;
  published: boolean;
}

export interface SessionDefaults {
  leerjaarId: string | null;
  opleiderIds: string[];
  groupIds: string[];
}

export function emptySession({ leerjaarId, opleiderIds, groupIds }: SessionDefaults): SessionFormValues {
  const [startTime, endTime] = DAGDEEL_TIMES.OCHTEND;
  return {
    leerjaarId,
    kind: 'DAGDEEL',
    dagdeel: 'OCHTEND',
    date: null,
    startTime,
    endTime,
    title: '',
    theme: '',
    location: '',
    onlineUrl: '',
    opleiderIds,
    groupIds,
    praktijkPersonId: null,
    capacity: '',
    description: '',
    materials: [],
    overnight: false,
    published: false,
  };
}

export function emptyMaterial(): MaterialFormValues {
  return { key: newKey('material'), label: '', url: '' };
}

type EditableSession = SessionForEditQuery['session'];

export function sessionToFormValues(s: EditableSession): SessionFormValues {
  const start = fromRfc3339(s.startsAt);
  const end = fromRfc3339(s.endsAt);
  return {
    leerjaarId: s.leerjaar.id,
    kind: s.kind,
    dagdeel: s.dagdeel ?? (s.kind === 'DAGDEEL' ? dagdeelOfTimes(start.time, end.time) : null),
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    title: s.title,
    theme: s.theme,
    location: s.location,
    onlineUrl: s.onlineUrl,
    opleiderIds: s.opleiders.map((p) => p.id),
    groupIds: s.groups.map((g) => g.id),
    praktijkPersonId: s.praktijkPerson?.id ?? null,
    capacity: s.capacity ?? '',
    description: s.description,
    materials: s.materials.map((m) => ({ key: newKey('material'), label: m.label, url: m.url })),
    overnight: s.overnight,
    published: s.published,
  };
}

function parseCapacity(value: number | string): number | null {
  if (typeof value === 'number') return value;
  const trimmed = value.trim();
  if (!trimmed) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : Number.NaN;
}

const URL_PATTERN = /^https?:\/\/[^\s/?#]+\.[^\s]*$|^https?:\/\/localhost(:\d+)?(\/\S*)?$/i;

export function isWebUrl(value: string): boolean {
  return URL_PATTERN.test(value.trim());
}

type Errors = Record<string, string>;

export function validateSession(values: SessionFormValues): Errors {
  const errors: Errors = {};
  const t = i18n.t.bind(i18n);
  if (!values.leerjaarId) errors.leerjaarId = t('leergangen.validation.leerjaarPick');
  if (values.kind === 'DAGDEEL' && !values.dagdeel) errors.dagdeel = t('leergangen.validation.dagdeelRequired');
  if (!isDateString(values.date)) errors.date = t('leergangen.validation.dateRequired');
  if (!isTimeString(values.startTime)) errors.startTime = t('leergangen.validation.timeInvalid');
  if (!isTimeString(values.endTime)) errors.endTime = t('leergangen.validation.timeInvalid');
  else if (values.kind !== 'TWEEDAAGSE' && isTimeString(values.startTime) && minutesOf(values.endTime) <= minutesOf(values.startTime)) {
    errors.endTime = t('leergangen.validation.endAfterStart');
  }
  if (!values.title.trim()) errors.title = t('validation.required');
  const praktijk = values.kind === 'PRAKTIJKBEGELEIDING';
  if (values.onlineUrl.trim() && !isWebUrl(values.onlineUrl)) errors.onlineUrl = t('leergangen.validation.urlInvalid');
  if (!praktijk && !values.location.trim() && !values.onlineUrl.trim()) errors.location = t('leergangen.validation.locationRequired');
  if (praktijk && !values.praktijkPersonId) errors.praktijkPersonId = t('leergangen.validation.praktijkPersonRequired');
  if (!praktijk && values.groupIds.length === 0) errors.groupIds = t('leergangen.validation.groupsRequired');
  if (values.kind !== 'INTERVISIE' && values.opleiderIds.length === 0) errors.opleiderIds = t('leergangen.validation.opleiderRequired');
  const capacity = parseCapacity(values.capacity);
  if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1 || capacity > 1000)) {
    errors.capacity = t('leergangen.validation.capacityRange');
  }
  values.materials.forEach((m, index) => {
    if (!m.label.trim()) errors[`materials.${index}.label`] = t('validation.required');
    if (!isWebUrl(m.url)) errors[`materials.${index}.url`] = t('leergangen.validation.urlInvalid');
  });
  return errors;
}

/** The GraphQL input. Call after validateSession passed. */
export function toSessionFields(values: SessionFormValues): SessionFields {
  const moments = sessionMoments(values);
  if (!moments || !values.leerjaarId) throw new Error('toSessionFields needs valid values');
  const praktijk = values.kind === 'PRAKTIJKBEGELEIDING';
  const tweedaagse = values.kind === 'TWEEDAAGSE';
  return {
    leerjaarId: values.leerjaarId,
    kind: values.kind,
    dagdeel: values.kind === 'DAGDEEL' ? values.dagdeel : null,
    title: values.title.trim(),
    theme: values.theme.trim(),
    startsAt: moments.startsAt,
    endsAt: moments.endsAt,
    location: values.location.trim(),
    onlineUrl: values.onlineUrl.trim(),
    capacity: parseCapacity(values.capacity),
    description: values.description.trim(),
    materials: values.materials.map((m) => ({ label: m.label.trim(), url: m.url.trim() })),
    overnight: tweedaagse ? values.overnight : false,
    groupIds: praktijk ? [] : values.groupIds,
    opleiderIds: values.opleiderIds,
    praktijkPersonId: praktijk ? values.praktijkPersonId : null,
    published: values.published,
  };
}
