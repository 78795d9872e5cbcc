import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** frontend/ */
export const FRONTEND_DIR = fileURLToPath(new URL('../..', import.meta.url));
/** The repository root. */
export const REPO_DIR = path.dirname(FRONTEND_DIR);
/** Screenshots and the server log of the last run (git-ignored). */
export const RESULTS_DIR = path.join(FRONTEND_DIR, 'test-results');

/** The last lines of a log file, or a note that it cannot be read. */
export function logTail(file: string, lines = 40): string {
  try {
    const text = readFileSync(file, 'utf8').trimEnd();
    return text.split('\n').slice(-lines).join('\n');
  } catch (error) {
    return `(cannot read ${file}: ${error instanceof Error ? error.message : String(error)})`;
  }
}
