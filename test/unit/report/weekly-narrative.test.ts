import {
  mondayOf,
  narrativeTextProblems,
  normaliseNarrative,
  sundayOf,
  WEEKLY_NARRATIVE_MAX_CHARS,
  weekOfProblem,
} from '../../../domain/report/weekly-narrative.rules';

const texts = { fieldConstraints: 'Rain', participantFeedback: 'Liked it', nextWeekPlan: 'Visit Bu Sari' };

describe('weekly narrative rules', () => {
  it('finds the Monday of any day of an ISO week, and its Sunday', () => {
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // a Sunday belongs to the week before
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2027-01-01T10:00:00Z')).toBe('2026-12-28');
    expect(sundayOf('2026-11-30')).toBe('2026-12-06');
  });

  it('accepts a past or the current Monday', () => {
    expect(weekOfProblem('2026-11-30', '2026-12-06')).toBeNull();
    expect(weekOfProblem('2026-11-23', '2026-12-06')).toBeNull();
    expect(weekOfProblem('2026-12-07', '2026-12-07')).toBeNull();
  });

  it('refuses a day that is not a Monday, a future week, or no date at all', () => {
    expect(weekOfProblem('2026-12-01', '2026-12-06')).toMatch(/Monday.*2026-11-30/);
    expect(weekOfProblem('2026-12-07', '2026-12-06')).toMatch(/future/);
    expect(weekOfProblem('2026-02-30', '2026-12-06')).toMatch(/real date/);
    expect(weekOfProblem('next week', '2026-12-06')).toMatch(/YYYY-MM-DD/);
  });

  it('needs the three texts, allows lessons learned to be left out, and limits every length', () => {
    expect(narrativeTextProblems(texts)).toEqual([]);
    expect(narrativeTextProblems({ ...texts, nextWeekPlan: '   ' })).toEqual(['nextWeekPlan must not be empty']);
    const long = 'x'.repeat(WEEKLY_NARRATIVE_MAX_CHARS + 1);
    expect(narrativeTextProblems({ ...texts, lessonsLearned: long })).toEqual([
      `lessonsLearned must be at most ${WEEKLY_NARRATIVE_MAX_CHARS} characters`,
    ]);
    expect(narrativeTextProblems({ ...texts, fieldConstraints: 'y'.repeat(WEEKLY_NARRATIVE_MAX_CHARS) })).toEqual([]);
  });

  it('stores trimmed texts and an empty lessons learned as none', () => {
    expect(normaliseNarrative({ ...texts, fieldConstraints: ' Rain ', lessonsLearned: '  ' })).toEqual({
      ...texts,
      lessonsLearned: null,
    });
  });
});
