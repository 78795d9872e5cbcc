import type { Dagdeel, ProposeYearQuery, SessionFields, SessionKind } from '@/gql/graphql';
import { i18n } from '@/lib/i18n';
import { fromRfc3339, isDateString, isTimeString, minutesOf } from '../utils/amsterdam-time';
import { sessionMoments } from '../utils/session-times';
import { isWebUrl } from './session-form-values';
import { newKey } from './leergang-form-values';
import type { HolidayLike } from './use-check-texts';

export type RowStatus = 'pending' | 'saving' | 'done' | 'failed';

/** One proposed session as the opleider adjusts it. */
export interface PlanRow {
  key: string;
  kind: SessionKind;
  dagdeel: Dagdeel | null;
  title: string;
  date: string | null;
  startTime: string;
  endTime: string;
  /** The warnings that came with the proposal, until the live check answers. */
  holidays: readonly HolidayLike[];
  status: RowStatus;
  /** Why saving this row failed. */
  message?: string;
  sessionId?: string;
}

export interface PatternValues {
  leerjaarId: string | null;
  dagdelen: number | string;
  dagdeel: Dagdeel;
  tweedaagse: boolean;
  from: string | null;
  to: string | null;
}

/** What every planned session shares. */
export interface CommonValues {
  location: string;
  onlineUrl: string;
  groupIds: string[];
  opleiderIds: string[];
  published: boolean;
}

export function proposalsToRows(proposals: ProposeYearQuery['proposeYear']): PlanRow[] {
  return proposals.map((p) => {
    const start = fromRfc3339(p.startsAt);
    const end = fromRfc3339(p.endsAt);
    return {
      key: newKey('proposal'),
      kind: p.kind,
      dagdeel: p.dagdeel,
      title: p.title,
      date: start.date,
      startTime: start.time,
      endTime: end.time,
      holidays: p.holidays,
      status: 'pending',
    };
  });
}

/** Checks the pattern before asking for a proposal. */
export function validatePattern(values: PatternValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.leerjaarId) errors.leerjaarId = i18n.t('leergangen.validation.leerjaarPick');
  const n = typeof values.dagdelen === 'number' ? values.dagdelen : Number(values.dagdelen);
  if (values.dagdelen === '' || !Number.isInteger(n) || n < 0 || n > 20) errors.dagdelen = i18n.t('leergangen.validation.dagdelenRange');
  if ((values.from && !isDateString(values.from)) || (values.to && !isDateString(values.to))) errors.from = i18n.t('leergangen.validation.dateRequired');
  return errors;
}

export function validateCommon(values: CommonValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.onlineUrl.trim() && !isWebUrl(values.onlineUrl)) errors.onlineUrl = i18n.t('leergangen.validation.urlInvalid');
  if (!values.location.trim() && !values.onlineUrl.trim()) errors.location = i18n.t('leergangen.validation.locationRequired');
  if (values.groupIds.length === 0) errors.groupIds = i18n.t('leergangen.validation.groupsRequired');
  if (values.opleiderIds.length === 0) errors.opleiderIds = i18n.t('leergangen.validation.opleiderRequired');
  return errors;
}

/** What is wrong with a row's own fields, or null. */
export function rowProblem(row: PlanRow): string | null {
  if (!row.title.trim()) return i18n.t('leergangen.validation.titleRequired');
  if (!isDateString(row.date)) return i18n.t('leergangen.validation.dateRequired');
  if (!isTimeString(row.startTime) || !isTimeString(row.endTime)) return i18n.t('leergangen.validation.timeInvalid');
  if (row.kind !== 'TWEEDAAGSE' && minutesOf(row.endTime) <= minutesOf(row.startTime)) return i18n.t('leergangen.validation.endAfterStart');
  return null;
}

/** The createSession input for a row. Call after rowProblem said nothing. */
export function rowToSessionFields(row: PlanRow, leerjaarId: string, common: CommonValues): SessionFields {
  const moments = sessionMoments(row);
  if (!moments) throw new Error('rowToSessionFields needs a valid row');
  return {
    leerjaarId,
    kind: row.kind,
    dagdeel: row.kind === 'DAGDEEL' ? row.dagdeel : null,
    title: row.title.trim(),
    theme: '',
    startsAt: moments.startsAt,
    endsAt: moments.endsAt,
    location: common.location.trim(),
    onlineUrl: common.onlineUrl.trim(),
    capacity: null,
    description: '',
    materials: [],
    overnight: row.kind === 'TWEEDAAGSE',
    groupIds: common.groupIds,
    opleiderIds: common.opleiderIds,
    praktijkPersonId: null,
    published: common.published,
  };
}
