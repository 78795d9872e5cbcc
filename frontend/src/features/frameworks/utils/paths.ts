/** The framework editor's path. */
export function frameworkPath(id: string): string {
  return `/kaders/${encodeURIComponent(id)}`;
}
