/** The totals of a ledger that the progress bar shows. */
export interface LedgerTotals {
  norm: number;
  attendanceHours: number;
  approvedHours: number;
  pendingHours: number;
  totalHours: number;
}

export interface Progress {
  /** Widths of the bar's sections in percent of the norm; together at most 100. */
  attendance: number;
  approved: number;
  pending: number;
  /** totalHours against the norm, rounded; may pass 100. */
  percent: number;
  /** Hours still to go (0 once the norm is reached). */
  remaining: number;
  complete: boolean;
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * The sections of a ledger's progress bar: attended hours first, then approved
 * declarations, then (apart) what still waits for review, each capped so the bar
 * never runs past its end.
 */
export function progressOf(totals: LedgerTotals): Progress {
  const norm = totals.norm > 0 ? totals.norm : 0;
  const share = (hours: number) => (norm > 0 ? (Math.max(0, hours) / norm) * 100 : 0);
  const attendance = Math.min(100, share(totals.attendanceHours));
  const approved = Math.min(100 - attendance, share(totals.approvedHours));
  const pending = Math.min(100 - attendance - approved, share(totals.pendingHours));
  const remaining = Math.max(0, round(norm - totals.totalHours));
  return {
    attendance: round(attendance),
    approved: round(approved),
    pending: round(pending),
    percent: norm > 0 ? Math.round((totals.totalHours / norm) * 100) : 0,
    remaining,
    complete: norm > 0 && remaining === 0,
  };
}

/** Hours in the language's number format: 25.5 → "25,5", 26 → "26". */
export function formatHours(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}
