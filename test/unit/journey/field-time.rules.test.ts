import { fieldSyncRules, fieldTimeRefusal, lastStepAt, withFieldTime } from '../../../domain/journey/field-time.rules';
import type { JourneyState } from '../../../domain/journey/journey.types';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';

const rules = fieldSyncRules(getProgrammeRules('default', 5));
const recordedAt = '2026-12-06T06:00:00.000Z';
const check = (occurredAt: string, extra: { lastStepAt?: string; approved?: boolean } = {}) =>
  fieldTimeRefusal(
    { occurredAt, recordedAt, lastStepAt: extra.lastStepAt ?? null, approved: extra.approved ?? false },
    rules,
  )?.code ?? 'ACCEPTED';

describe('field records captured offline: which field times are accepted', () => {
  it('v5 lets a record arrive 14 days late and a device clock run 10 minutes ahead', () => {
    expect(rules).toEqual({ maxLateDays: 14, clockSkewMinutes: 10 });
  });

  it('a record from yesterday is accepted; one 15 days old needs a manager approval, then is accepted', () => {
    expect(check('2026-12-05T06:00:00.000Z')).toBe('ACCEPTED');
    expect(check('2026-11-21T05:59:00.000Z')).toBe('LATE_RECORD_NEEDS_APPROVAL');
    expect(check('2026-11-21T05:59:00.000Z', { approved: true })).toBe('ACCEPTED');
  });

  it('a device clock a few minutes ahead is tolerated; a record in the future is refused even when approved', () => {
    expect(check('2026-12-06T06:09:00.000Z')).toBe('ACCEPTED');
    expect(check('2026-12-06T06:11:00.000Z')).toBe('OCCURRED_AT_IN_FUTURE');
    expect(check('2026-12-06T06:11:00.000Z', { approved: true })).toBe('OCCURRED_AT_IN_FUTURE');
  });

  it('a record dated before the last step of its kind arrived out of order and needs approval', () => {
    const last = '2026-12-05T10:00:00.000Z';
    expect(check('2026-12-05T09:00:00.000Z', { lastStepAt: last })).toBe('LATE_RECORD_NEEDS_APPROVAL');
    expect(check('2026-12-05T09:00:00.000Z', { lastStepAt: last, approved: true })).toBe('ACCEPTED');
    expect(check('2026-12-05T10:00:00.000Z', { lastStepAt: last })).toBe('ACCEPTED');
  });

  it('a field time that is not an ISO date-time is invalid input', () => {
    expect(check('yesterday')).toBe('VALIDATION_FAILED');
  });

  it("the order a record must keep: its kind's latest field time, never before the current stage began", () => {
    const state = { stageEnteredAt: '2026-12-01T00:00:00.000Z' } as JourneyState;
    expect(lastStepAt(state, 'recordAttendance')).toBe('2026-12-01T00:00:00.000Z');
    const later = withFieldTime(state, 'recordAttendance', '2026-12-03T08:00:00Z');
    expect(lastStepAt(later, 'recordAttendance')).toBe('2026-12-03T08:00:00.000Z');
    expect(lastStepAt(later, 'submitAssessment')).toBe('2026-12-01T00:00:00.000Z');
    // an approved earlier record never moves the kind's latest time back
    expect(withFieldTime(later, 'recordAttendance', '2026-12-02T08:00:00Z')).toBe(later);
  });
});
