/**
 * Participant satisfaction (issue 19; the seed names participant satisfaction among M&E data, spec 6.5): a short
 * survey of a few items scored 1 (very dissatisfied) to 5 (very satisfied), at a module's end and at graduation.
 * Items and occasions are Jejak's own short list (seed silent on the instrument).
 */
export const SATISFACTION_ITEMS = ['CONTENT_USEFUL', 'FACILITATOR_SUPPORT', 'SCHEDULE_SUITABLE', 'OVERALL'] as const;
export type SatisfactionItem = (typeof SATISFACTION_ITEMS)[number];

export const SATISFACTION_OCCASIONS = ['MODULE_END', 'GRADUATION'] as const;
export type SatisfactionOccasion = (typeof SATISFACTION_OCCASIONS)[number];

export const SATISFACTION_MIN = 1;
export const SATISFACTION_MAX = 5;
/** A score at or above this counts as satisfied (4 "satisfied", 5 "very satisfied"). */
export const SATISFIED_FROM = 4;

export interface SatisfactionAnswer {
  item: SatisfactionItem;
  score: number;
}

/** Problems of a survey's answers (empty: valid): every item once, each a whole score 1..5. */
export function satisfactionProblems(answers: unknown): string[] {
  if (!Array.isArray(answers)) return ['answers must be a list'];
  const list = answers as readonly { item?: unknown; score?: unknown }[];
  const problems: string[] = [];
  for (const item of SATISFACTION_ITEMS) {
    const n = list.filter((a) => a?.item === item).length;
    if (n !== 1) problems.push(`${item} must be answered once (answered ${n} times)`);
  }
  for (const a of list) {
    const known = (SATISFACTION_ITEMS as readonly unknown[]).includes(a?.item);
    const score = a?.score;
    if (!known) problems.push(`unknown item ${String(a?.item)}`);
    else if (
      typeof score !== 'number' ||
      !Number.isInteger(score) ||
      score < SATISFACTION_MIN ||
      score > SATISFACTION_MAX
    )
      problems.push(`${String(a.item)} must be a whole score ${SATISFACTION_MIN}..${SATISFACTION_MAX}`);
  }
  return problems;
}

/** The mean score of a survey's answers. */
export const satisfactionMean = (answers: readonly SatisfactionAnswer[]): number =>
  answers.reduce((sum, a) => sum + a.score, 0) / answers.length;
