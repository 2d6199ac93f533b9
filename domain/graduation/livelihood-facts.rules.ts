/**
 * What a re-evaluation or a follow-up records about the person's livelihood: the work they are in (employer
 * kind, formal or informal, contract, monthly wage, months in work) and the business they run (kind, running,
 * monthly revenue, workers). Figures in rupiah stay in PostgreSQL (the evidence row); the journey gets only
 * `livelihoodSummary`: whether in work, for how many months, and whether the business runs.
 */
export const EMPLOYER_KINDS = ['COMPANY', 'GOVERNMENT', 'HOUSEHOLD', 'COOPERATIVE', 'SELF_EMPLOYED', 'OTHER'] as const;
export type EmployerKind = (typeof EMPLOYER_KINDS)[number];
/** Formal work is registered (a contract, social security); informal is not (domain spec §3.3, employment). */
export const EMPLOYMENT_FORMALITIES = ['FORMAL', 'INFORMAL'] as const;
export type EmploymentFormality = (typeof EMPLOYMENT_FORMALITIES)[number];
/** Permanent (tetap), fixed-term, daily or casual, or no contract at all. */
export const CONTRACT_KINDS = ['PERMANENT', 'FIXED_TERM', 'DAILY_OR_CASUAL', 'NONE'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];
export const BUSINESS_KINDS = ['TRADE', 'FOOD', 'AGRICULTURE', 'LIVESTOCK', 'CRAFT', 'SERVICE', 'OTHER'] as const;
export type BusinessKind = (typeof BUSINESS_KINDS)[number];

export interface EmploymentFacts {
  inWork: boolean;
  employerKind?: EmployerKind | null;
  formality?: EmploymentFormality | null;
  contractKind?: ContractKind | null;
  monthlyWage?: number | null;
  monthsInWork?: number | null;
}

export interface BusinessFacts {
  running: boolean;
  kind?: BusinessKind | null;
  monthlyRevenue?: number | null;
  workers?: number | null;
}

export interface LivelihoodFacts {
  employment?: EmploymentFacts | null;
  business?: BusinessFacts | null;
  /** The older single answer "the business or economic activity is running"; must agree with `business`. */
  businessRunning?: boolean | null;
}

/** What the journey keeps: codes and counts, never a figure in rupiah. */
export interface LivelihoodSummary {
  businessRunning: boolean;
  inWork?: boolean;
  monthsInWork?: number;
}

const given = (v: unknown): boolean => v !== undefined && v !== null;

/**
 * Why the facts contradict each other, or null. A wage, employer, contract or months in work without being in
 * work; being in work without its employer kind, formality, wage and months; revenue or workers for a business
 * that does not run; a running business without its kind; `businessRunning` that disagrees with the business.
 */
export function livelihoodFactsProblem(facts: LivelihoodFacts): string | null {
  const e = facts.employment;
  if (e && !e.inWork) {
    const stray = (['employerKind', 'formality', 'contractKind', 'monthlyWage', 'monthsInWork'] as const).filter((k) =>
      k === 'monthlyWage' || k === 'monthsInWork' ? given(e[k]) && e[k] !== 0 : given(e[k]),
    );
    if (stray.length > 0) return `employment: ${stray.join(', ')} given for a person not in work`;
  }
  if (e && e.inWork) {
    const missing = (['employerKind', 'formality', 'monthlyWage', 'monthsInWork'] as const).filter((k) => !given(e[k]));
    if (missing.length > 0) return `employment: in work but ${missing.join(', ')} missing`;
  }
  const b = facts.business;
  if (b && !b.running && ((given(b.monthlyRevenue) && b.monthlyRevenue !== 0) || (given(b.workers) && b.workers !== 0)))
    return 'business: revenue or workers given for a business that is not running';
  if (b && b.running && !given(b.kind)) return 'business: running but its kind is missing';
  if (b && given(facts.businessRunning) && facts.businessRunning !== b.running)
    return `businessRunning (${facts.businessRunning}) disagrees with business.running (${b.running})`;
  return null;
}

/** The journey's part of consistent facts (check `livelihoodFactsProblem` first). */
export function livelihoodSummary(facts: LivelihoodFacts): LivelihoodSummary {
  const businessRunning = facts.business?.running ?? facts.businessRunning ?? false;
  const e = facts.employment;
  if (!e) return { businessRunning };
  return { businessRunning, inWork: e.inWork, monthsInWork: e.inWork ? (e.monthsInWork ?? 0) : 0 };
}
