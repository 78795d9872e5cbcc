import { formatDate } from '@/lib/format';
import { i18n } from '@/lib/i18n';

/** "ma 8 dec 2026, 15:30–17:30" in the viewer's language, in Amsterdam time. */
export function meetingWhen(startsAt: string, endsAt: string, language: string): string {
  const time = (value: string) =>
    new Date(value).toLocaleTimeString(language.startsWith('nl') ? 'nl-NL' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Amsterdam',
    });
  return i18n.t('mentoring.intervisie.when', { date: formatDate(startsAt, language), from: time(startsAt), to: time(endsAt) });
}

/** The first meeting that has not ended and is not cancelled. */
export function nextMeeting<M extends { endsAt: string; cancelledAt: string | null }>(meetings: readonly M[], now = Date.now()): M | undefined {
  return meetings.find((m) => !m.cancelledAt && new Date(m.endsAt).getTime() > now);
}
