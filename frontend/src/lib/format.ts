/** Parses a GraphQL Date ("YYYY-MM-DD") as a local calendar date. */
export function parseDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** "12 maart 2025" / "12 March 2025" for a GraphQL Date. */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = parseDate(value);
  return date ? new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date) : value;
}

/** Date and time of a GraphQL Time (RFC 3339) in the browser's time zone. */
export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Date only of a GraphQL Time. */
export function formatDay(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

/** A werktijdfactor such as 0.6 in the language's number format ("0,6"). */
export function formatFactor(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}
