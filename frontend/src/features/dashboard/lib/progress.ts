// Pure helpers of the dashboards: number formats, trends, tones and export
// addresses. Kept free of React so they are tested on their own.

export interface CompetencyTrendInput {
  latest?: number | null;
  previous?: number | null;
  delta?: number | null;
}

export type Trend = 'up' | 'down' | 'same' | 'first' | 'none';

/** How a competency moved between the two newest self-scans. */
export function scanTrend(c: CompetencyTrendInput): Trend {
  if (c.latest === null || c.latest === undefined) return 'none';
  if (c.delta === null || c.delta === undefined) return 'first';
  if (Math.abs(c.delta) < 0.005) return 'same';
  return c.delta > 0 ? 'up' : 'down';
}

/** "85%" (or "85,5%") in the language's format; "—" when unknown. */
export function formatPercent(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value) + '%';
}

/** Hours with at most one decimal: "26", "26,5". */
export function formatHours(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

/** A scan average with at most two decimals. */
export function formatScore(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

export type Tone = 'green' | 'yellow' | 'red' | 'gray';

/** Attendance colour: 80% and more is fine, below 60% needs attention. */
export function attendanceTone(percent: number | null | undefined): Tone {
  if (percent === null || percent === undefined) return 'gray';
  if (percent >= 80) return 'green';
  if (percent >= 60) return 'yellow';
  return 'red';
}

export interface ExportFilter {
  schoolId?: string | null;
  leergangId?: string | null;
  organisationId?: string | null;
}

/** The download address of a dashboard table (server/downloads_dashboard.go). */
export function exportHref(table: 'staff' | 'schools', format: 'csv' | 'xlsx', filter: ExportFilter = {}): string {
  const params = new URLSearchParams();
  if (filter.schoolId) params.set('school', filter.schoolId);
  if (filter.leergangId) params.set('leergang', filter.leergangId);
  if (filter.organisationId) params.set('organisation', filter.organisationId);
  const query = params.toString();
  return `/downloads/dashboard/${table}.${format}${query ? `?${query}` : ''}`;
}

export interface SummaryRow {
  attendance: { percent?: number | null };
  hours: { onTrack: boolean };
}

/** The numbers of the chart's text alternative: average attendance and hours on track. */
export function summarise(rows: readonly SummaryRow[]): { average: number | null; onTrack: number; count: number } {
  const known = rows.map((r) => r.attendance.percent).filter((p): p is number => p !== null && p !== undefined);
  const average = known.length === 0 ? null : Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 10) / 10;
  return { average, onTrack: rows.filter((r) => r.hours.onTrack).length, count: rows.length };
}
