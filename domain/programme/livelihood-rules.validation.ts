import { INCOME_BASES, INCOME_COMPARISONS, type ProgrammeRules } from './programme-rules.types';

/**
 * Checks of the livelihood settings (v5 on): the criteria per track and the income measure. Absent settings
 * are fine (older versions); present ones must be complete and in range.
 */
export function checkLivelihood(rules: ProgrammeRules, problems: string[]): void {
  const byTrack = rules.graduation.byTrack;
  if (byTrack !== undefined) {
    const months = byTrack?.JOB?.minMonthsInWork;
    if (!(typeof months === 'number' && Number.isInteger(months) && months >= 0 && months <= 120))
      problems.push(`graduation.byTrack.JOB.minMonthsInWork must be a whole number within 0..120, got ${months}`);
    if (typeof byTrack?.BUSINESS?.requireBusinessRunning !== 'boolean')
      problems.push('graduation.byTrack.BUSINESS.requireBusinessRunning must be true or false');
  }
  const measure = rules.incomeMeasure;
  if (measure === undefined) return;
  if (!INCOME_BASES.includes(measure?.basis))
    problems.push(`incomeMeasure.basis must be one of ${INCOME_BASES.join(', ')}`);
  if (!INCOME_COMPARISONS.includes(measure?.comparison))
    problems.push(`incomeMeasure.comparison must be one of ${INCOME_COMPARISONS.join(', ')}`);
  const size = measure?.perCapitaReferenceHouseholdSize;
  if (!(typeof size === 'number' && size >= 1 && size <= 20))
    problems.push(`incomeMeasure.perCapitaReferenceHouseholdSize must be within 1..20, got ${size}`);
  const line = measure?.povertyLinePerCapitaMonthly;
  if (line !== undefined && !(typeof line === 'number' && line > 0 && line <= 100_000_000))
    problems.push(`incomeMeasure.povertyLinePerCapitaMonthly must be rupiah within 1..100,000,000, got ${line}`);
}
