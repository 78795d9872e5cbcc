import type { AssignmentPart } from '@/gql/graphql';

/** The files of a draft as SaveSubmissionDraftInput takes them. */
export interface DraftFiles {
  videoFileId: string | null;
  documentFileId: string | null;
  attachmentFileIds: string[];
}

/**
 * What the draft still lacks to be handed in, in the order of the form:
 * the parts the assignment asks for, then the reflection (always needed).
 */
export function missingParts(
  parts: readonly AssignmentPart[],
  files: DraftFiles,
  text: string,
  reflection: string,
): (AssignmentPart | 'REFLECTION')[] {
  const missing: (AssignmentPart | 'REFLECTION')[] = [];
  if (parts.includes('VIDEO') && !files.videoFileId) missing.push('VIDEO');
  if (parts.includes('DOCUMENT') && !files.documentFileId) missing.push('DOCUMENT');
  if (parts.includes('TEXT') && !text.trim()) missing.push('TEXT');
  if (!reflection.trim()) missing.push('REFLECTION');
  return missing;
}
