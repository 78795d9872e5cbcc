import type { TFunction } from 'i18next';
import { formatDate } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

/** Formats an average or a score for the tables ("2,5"; "–" when missing). */
export function formatScore(value: number | null | undefined, language: string): string {
  if (value == null) return '–';
  return value.toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });
}

/** The period of a moment: "vanaf 1-8-2026" or "1-8-2026 t/m 12-9-2026". */
export function momentPeriod(m: { opensOn: string; closesOn: string | null }, t: TFunction): string {
  const language = currentLanguage();
  const from = formatDate(m.opensOn, language);
  return m.closesOn ? t('growth.moments.until', { from, to: formatDate(m.closesOn, language) }) : t('growth.moments.from', { date: from });
}

/** The link to the viewer's scan form at a moment (self-scan, or rating the deelnemer). */
export function scanLink(momentId: string, personId: string | null): string {
  return `/groei/scan/${momentId}` + (personId ? `?persoon=${encodeURIComponent(personId)}` : '');
}
