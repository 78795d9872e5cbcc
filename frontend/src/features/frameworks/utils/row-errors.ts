import type { ErrorSource } from '@/lib/errors';
import { codeOf, graphQLErrors, messageOf } from '@/lib/errors';
import type { TranslateOptions } from '@/lib/errors';

/** One problem in an imported file, as the server reports it. */
export interface ImportRowError {
  /** The spreadsheet row (the header is row 1); 0 for the file as a whole. */
  row: number;
  sheet: string;
  reason: string;
  message: string;
}

/**
 * The errors of a failed import that concern the file's rows (BAD_USER_INPUT
 * with field "file"), in the server's order. Other errors (a taken name, no
 * access) are not in this list.
 */
export function importRowErrors(error: ErrorSource | null | undefined, options: TranslateOptions): ImportRowError[] {
  const out: ImportRowError[] = [];
  for (const e of graphQLErrors(error)) {
    if (codeOf(e) !== 'BAD_USER_INPUT' || e.extensions?.field !== 'file') continue;
    const row = typeof e.extensions.row === 'number' ? e.extensions.row : 0;
    const sheet = typeof e.extensions.sheet === 'string' ? e.extensions.sheet : '';
    const reason = typeof e.extensions.reason === 'string' ? e.extensions.reason : '';
    out.push({ row, sheet, reason, message: messageOf(e, options) });
  }
  return out;
}
