import type { CommentKind, SubmissionStatus } from '@/gql/graphql';

/** Every status in the order a submission goes through them. */
export const SUBMISSION_STATUSES: SubmissionStatus[] = [
  'CONCEPT',
  'INGELEVERD',
  'IN_BEOORDELING',
  'FEEDBACK_GEGEVEN',
  'AFGEROND',
  'HERKANSING',
];

export const STATUS_COLORS: Record<SubmissionStatus, string> = {
  CONCEPT: 'gray',
  INGELEVERD: 'blue',
  IN_BEOORDELING: 'yellow',
  FEEDBACK_GEGEVEN: 'teal',
  AFGEROND: 'green',
  HERKANSING: 'orange',
};

/** The colour of a comment's kind: markers and badges. */
export const KIND_COLORS: Record<CommentKind, string> = {
  STERK_PUNT: 'green',
  TIP: 'blue',
  VRAAG: 'grape',
  ZELFREFLECTIE: 'orange',
};

/** What the deelnemer can do with their own submission. */
export interface DeelnemerActions {
  /** Change the draft: files, reflection, text, consent. */
  editDraft: boolean;
  handIn: boolean;
  /** Timestamped self-reflection on the draft's video. */
  selfReflect: boolean;
  /** Answer the opleider's comments (once the feedback is given). */
  reply: boolean;
}

/**
 * The deelnemer's actions: the draft is open while the submission is a
 * concept or a herkansing (and the server says it may change); replies are
 * possible once the feedback is given, until the submission is afgerond.
 */
export function deelnemerActions(status: SubmissionStatus | null, canEdit: boolean): DeelnemerActions {
  const open = status === null || status === 'CONCEPT' || status === 'HERKANSING';
  const editDraft = open && (status === null || canEdit);
  return {
    editDraft,
    handIn: editDraft && status !== null,
    selfReflect: editDraft && status !== null,
    reply: status === 'FEEDBACK_GEGEVEN' || status === 'HERKANSING',
  };
}

/** What an opleider who may review can do with a handed-in version. */
export interface ReviewerActions {
  /** Timestamped comments on the video. */
  comment: boolean;
  /** Write or change the feedback, feed forward and rubric scores. */
  writeFeedback: boolean;
  /** Give the feedback to the deelnemer ("Feedback geven"). */
  publish: boolean;
  /** Afronden or Herkansing. */
  decide: boolean;
  reply: boolean;
}

const NONE: ReviewerActions = { comment: false, writeFeedback: false, publish: false, decide: false, reply: false };

/**
 * The opleider's actions on the newest handed-in version; older versions are
 * read-only. Feedback can change until the opleider decides; deciding comes
 * after the feedback is given.
 */
export function reviewerActions(status: SubmissionStatus, canReview: boolean, isNewestHandedIn: boolean): ReviewerActions {
  if (!canReview) return NONE;
  const reviewing = status === 'INGELEVERD' || status === 'IN_BEOORDELING' || status === 'FEEDBACK_GEGEVEN';
  if (!isNewestHandedIn) return { ...NONE, reply: status !== 'AFGEROND' };
  return {
    comment: reviewing,
    writeFeedback: reviewing,
    publish: status === 'INGELEVERD' || status === 'IN_BEOORDELING',
    decide: status === 'FEEDBACK_GEGEVEN',
    reply: status !== 'AFGEROND' && status !== 'CONCEPT',
  };
}

/** Whether a due date (YYYY-MM-DD) has passed on `today` (YYYY-MM-DD). */
export function isOverdue(dueOn: string, today: string, status: SubmissionStatus | null): boolean {
  return dueOn < today && (status === null || status === 'CONCEPT' || status === 'HERKANSING');
}

/** Today as YYYY-MM-DD in the browser's time zone. */
export function todayString(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** How many submissions are in each status. */
export function countByStatus(items: readonly { status: SubmissionStatus }[]): Record<SubmissionStatus, number> {
  const counts = Object.fromEntries(SUBMISSION_STATUSES.map((s) => [s, 0])) as Record<SubmissionStatus, number>;
  for (const item of items) counts[item.status] += 1;
  return counts;
}
