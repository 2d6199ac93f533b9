/**
 * Disability recorded as the Washington Group Short Set on Functioning (WG-SS, Washington Group on Disability
 * Statistics, https://www.washingtongroup-disability.com/question-sets/wg-short-set-on-functioning-wg-ss/):
 * six functional domains, each answered on four levels. The yes/no disability and a level are derived from the
 * answers by the pure rules of functioning.rules.ts, never typed by hand.
 */
export const FUNCTIONING_DOMAINS = ['SEEING', 'HEARING', 'WALKING', 'COGNITION', 'SELF_CARE', 'COMMUNICATION'] as const;
export type FunctioningDomain = (typeof FUNCTIONING_DOMAINS)[number];

/** The four answer levels, least difficulty first (the order the cut-off compares in). */
export const FUNCTIONING_LEVELS = [
  'NO_DIFFICULTY',
  'SOME_DIFFICULTY',
  'A_LOT_OF_DIFFICULTY',
  'CANNOT_DO_AT_ALL',
] as const;
export type FunctioningLevel = (typeof FUNCTIONING_LEVELS)[number];

/** One answer per domain. */
export type FunctioningAnswers = Record<FunctioningDomain, FunctioningLevel>;
