import type { ProgrammeRules, WelfareLevel } from '../programme/programme-rules.types';
import { isWelfareAtMost } from './welfare-level.rules';

/**
 * Selection criteria (rules README, Sources of the process: selection): prioritise the poorer and more
 * vulnerable, those with potential (motivation, skills, resources) and those committed to take part;
 * ensure vulnerable groups are represented by a quota. The thresholds and quota values are seed
 * silent and live in the rules (spec 10.7).
 */
export interface SelectionCandidate {
  welfareLevel: WelfareLevel;
  potentialScore: number; // 0..5
  committed: boolean;
  vulnerableGroups: string[];
}

export type SelectionFailure =
  'WELFARE_LEVEL_TOO_HIGH' | 'POTENTIAL_TOO_LOW' | 'NOT_COMMITTED' | 'INVALID_POTENTIAL_SCORE';

export interface SelectionResult {
  eligible: boolean;
  failures: SelectionFailure[];
  /** Quota groups of the rules this candidate counts towards. */
  quotaGroups: string[];
}

export function checkSelection(
  candidate: SelectionCandidate,
  rules: Pick<ProgrammeRules, 'selection'>,
): SelectionResult {
  const s = rules.selection;
  const failures: SelectionFailure[] = [];
  if (!isWelfareAtMost(candidate.welfareLevel, s.maxWelfareLevelAtSelection)) failures.push('WELFARE_LEVEL_TOO_HIGH');
  if (!Number.isFinite(candidate.potentialScore) || candidate.potentialScore < 0 || candidate.potentialScore > 5) {
    failures.push('INVALID_POTENTIAL_SCORE');
  } else if (candidate.potentialScore < s.minPotentialScore) {
    failures.push('POTENTIAL_TOO_LOW');
  }
  if (s.requireCommitment && !candidate.committed) failures.push('NOT_COMMITTED');
  const quotaGroups = s.vulnerableGroupQuotas.map((q) => q.group).filter((g) => candidate.vulnerableGroups.includes(g));
  return { eligible: failures.length === 0, failures, quotaGroups };
}

export interface QuotaStatus {
  group: string;
  minPercent: number;
  count: number;
  actualPercent: number;
  met: boolean;
}

/** Cohort-level view of the quotas: how far each vulnerable group is represented. */
export function quotaStatus(
  members: { vulnerableGroups: string[] }[],
  rules: Pick<ProgrammeRules, 'selection'>,
): QuotaStatus[] {
  return rules.selection.vulnerableGroupQuotas.map((q) => {
    const count = members.filter((m) => m.vulnerableGroups.includes(q.group)).length;
    const actualPercent = members.length === 0 ? 0 : (count * 100) / members.length;
    return { group: q.group, minPercent: q.minPercent, count, actualPercent, met: actualPercent >= q.minPercent };
  });
}
