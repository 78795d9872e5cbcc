import { describe, expect, it } from 'vitest';
import { countByStatus, deelnemerActions, isOverdue, reviewerActions, todayString } from './status';

describe('deelnemerActions', () => {
  it('lets a deelnemer start before there is a submission, but not hand in yet', () => {
    expect(deelnemerActions(null, false)).toEqual({ editDraft: true, handIn: false, selfReflect: false, reply: false });
  });

  it('opens the draft in concept and herkansing', () => {
    expect(deelnemerActions('CONCEPT', true)).toMatchObject({ editDraft: true, handIn: true, selfReflect: true });
    expect(deelnemerActions('HERKANSING', true)).toMatchObject({ editDraft: true, handIn: true, reply: true });
  });

  it('follows the server when it says the draft cannot change', () => {
    expect(deelnemerActions('CONCEPT', false).editDraft).toBe(false);
  });

  it('closes the draft once handed in; replies come with the feedback', () => {
    expect(deelnemerActions('INGELEVERD', true)).toEqual({ editDraft: false, handIn: false, selfReflect: false, reply: false });
    expect(deelnemerActions('IN_BEOORDELING', true).reply).toBe(false);
    expect(deelnemerActions('FEEDBACK_GEGEVEN', false)).toEqual({ editDraft: false, handIn: false, selfReflect: false, reply: true });
    expect(deelnemerActions('AFGEROND', false).reply).toBe(false);
  });
});

describe('reviewerActions', () => {
  it('allows nothing without the right to review', () => {
    expect(reviewerActions('INGELEVERD', false, true)).toEqual({
      comment: false,
      writeFeedback: false,
      publish: false,
      decide: false,
      reply: false,
    });
  });

  it('comments, writes and gives feedback on a handed-in version', () => {
    expect(reviewerActions('INGELEVERD', true, true)).toEqual({
      comment: true,
      writeFeedback: true,
      publish: true,
      decide: false,
      reply: true,
    });
    expect(reviewerActions('IN_BEOORDELING', true, true).publish).toBe(true);
  });

  it('decides after the feedback is given, and may still change it', () => {
    expect(reviewerActions('FEEDBACK_GEGEVEN', true, true)).toEqual({
      comment: true,
      writeFeedback: true,
      publish: false,
      decide: true,
      reply: true,
    });
  });

  it('keeps finished submissions and older versions read-only', () => {
    expect(reviewerActions('AFGEROND', true, true)).toMatchObject({ comment: false, writeFeedback: false, decide: false, reply: false });
    expect(reviewerActions('HERKANSING', true, true)).toMatchObject({ comment: false, writeFeedback: false, decide: false });
    expect(reviewerActions('FEEDBACK_GEGEVEN', true, false)).toMatchObject({ comment: false, writeFeedback: false, decide: false, reply: true });
  });
});

describe('isOverdue', () => {
  it('is overdue after the due date while nothing was handed in', () => {
    expect(isOverdue('2026-03-01', '2026-03-02', null)).toBe(true);
    expect(isOverdue('2026-03-01', '2026-03-02', 'CONCEPT')).toBe(true);
    expect(isOverdue('2026-03-01', '2026-03-01', null)).toBe(false);
    expect(isOverdue('2026-03-01', '2026-03-02', 'INGELEVERD')).toBe(false);
  });
});

describe('todayString', () => {
  it('formats the local date', () => {
    expect(todayString(new Date(2026, 2, 5, 23, 59))).toBe('2026-03-05');
  });
});

describe('countByStatus', () => {
  it('counts every status, zero included', () => {
    const counts = countByStatus([{ status: 'INGELEVERD' }, { status: 'INGELEVERD' }, { status: 'AFGEROND' }]);
    expect(counts.INGELEVERD).toBe(2);
    expect(counts.AFGEROND).toBe(1);
    expect(counts.CONCEPT).toBe(0);
  });
});
