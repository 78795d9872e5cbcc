/** Sessions are planned, and shown, in Dutch time whatever the browser's zone. */
export const TIME_ZONE = 'Europe/Amsterdam';

const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

function format(date: Date, language: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(language, { timeZone: TIME_ZONE, ...options }).format(date);
}

/**
 * "dinsdag 9 maart 2027, 09:00–12:30"; over two days (a tweedaagse)
 * "donderdag 5 november 2026, 09:30 – vrijdag 6 november 2026, 16:30".
 */
export function formatSessionWhen(startsAt: string, endsAt: string, language: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startsAt} – ${endsAt}`;
  const startDay = format(start, language, DAY);
  const endDay = format(end, language, DAY);
  if (startDay === endDay) {
    return `${startDay}, ${format(start, language, TIME)}–${format(end, language, TIME)}`;
  }
  return `${startDay}, ${format(start, language, TIME)} – ${endDay}, ${format(end, language, TIME)}`;
}

/** "9 mrt 2027, 10:15" for a moment such as a report's time, in Dutch time. */
export function formatMoment(value: string, language: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return format(date, language, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' });
}

/** Hours in the language's number format: 3.5 → "3,5". */
export function formatHours(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}
