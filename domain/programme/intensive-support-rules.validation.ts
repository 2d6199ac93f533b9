import type { ProgrammeRules } from './programme-rules.types';

const positive = (name: string, value: unknown, problems: string[], allowZero = false): void => {
  if (!(typeof value === 'number' && Number.isFinite(value) && (allowZero ? value >= 0 : value > 0)))
    problems.push(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, got ${String(value)}`);
};

/**
 * The optional intensive-support and graduation-mentoring settings of default v5, when set: visit grace and answer
 * days positive (grace may be zero), change thresholds positive, mentoring intervals positive and not shrinking
 * back (mentoring tapers: each interval at least as long as the one before).
 */
export function intensiveSupportProblems(rules: ProgrammeRules): string[] {
  const problems: string[] = [];
  const intensive = rules.intensiveSupport;
  if (intensive.visitGraceDays !== undefined)
    positive('intensiveSupport.visitGraceDays', intensive.visitGraceDays, problems, true);
  if (intensive.alternativeAnswerDays !== undefined)
    positive('intensiveSupport.alternativeAnswerDays', intensive.alternativeAnswerDays, problems);
  const change = intensive.significantChange;
  if (change !== undefined) {
    positive('intensiveSupport.significantChange.minIncomeRatioRise', change?.minIncomeRatioRise, problems);
    positive('intensiveSupport.significantChange.minWelfareLevelsUp', change?.minWelfareLevelsUp, problems);
    if (typeof change?.businessStartedCounts !== 'boolean')
      problems.push('intensiveSupport.significantChange.businessStartedCounts must be true or false');
    if (change?.workStartedCounts !== undefined && typeof change?.workStartedCounts !== 'boolean')
      problems.push('intensiveSupport.significantChange.workStartedCounts must be true or false');
  }
  const mentoring = rules.graduationMentoring;
  if (mentoring !== undefined) {
    const days = Array.isArray(mentoring?.visitIntervalsDays) ? mentoring.visitIntervalsDays : [];
    if (days.length === 0) problems.push('graduationMentoring.visitIntervalsDays must list at least one interval');
    days.forEach((d, i) => {
      positive(`graduationMentoring.visitIntervalsDays[${i}]`, d, problems);
      if (i > 0 && d < days[i - 1])
        problems.push('graduationMentoring.visitIntervalsDays must taper: each interval at least the one before');
    });
  }
  return problems;
}
