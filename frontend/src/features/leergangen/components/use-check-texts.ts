import { useTranslation } from 'react-i18next';
import type { ConflictKind, Region } from '@/gql/graphql';
import { formatPeriod } from '../utils/format';

export interface ConflictLike {
  kind: ConflictKind;
  message: string;
  otherSessionId: string;
  otherSessionTitle: string;
}

export interface HolidayLike {
  region: Region;
  name: string;
  startsOn: string;
  endsOn: string;
  message: string;
}

/** The server writes Dutch sentences; other languages build their own from the facts. */
export function useCheckTexts() {
  const { t, i18n } = useTranslation();
  const dutch = i18n.language.startsWith('nl');
  return {
    conflict: (c: ConflictLike) =>
      dutch && c.message ? c.message : t(`leergangen.check.conflictKind.${c.kind}`, { title: c.otherSessionTitle }),
    holiday: (h: HolidayLike) =>
      dutch && h.message
        ? h.message
        : t('leergangen.check.holidayText', {
            name: h.name,
            region: t(`regions.${h.region}`),
            period: formatPeriod(h.startsOn, h.endsOn, i18n.language, ''),
          }),
  };
}

