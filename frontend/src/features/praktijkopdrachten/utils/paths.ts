export function assignmentPath(id: string): string {
  return `/opdrachten/${encodeURIComponent(id)}`;
}

export function submissionPath(assignmentId: string, submissionId: string): string {
  return `/opdrachten/${encodeURIComponent(assignmentId)}/inzendingen/${encodeURIComponent(submissionId)}`;
}
