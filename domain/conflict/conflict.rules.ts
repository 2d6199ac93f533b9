/**
 * Conflict management (domain spec 7.3; rules README, Sources of the process: conflicts): identify,
 * analyse (type, category minor / moderate / major, parties, impact), resolve (mediation,
 * negotiation, facilitation; cultural dialogue for socio-cultural conflicts), document and learn.
 * Pure rules, no I/O.
 */
export const CONFLICT_TYPES = [
  'COMMUNICATION',
  'INTEREST',
  'TECHNICAL_OPERATIONAL',
  'SOCIO_CULTURAL',
  'OTHER',
] as const;
export const CONFLICT_CATEGORIES = ['MINOR', 'MODERATE', 'MAJOR'] as const;
export const RESOLUTION_METHODS = ['MEDIATION', 'NEGOTIATION', 'FACILITATION', 'DIALOGUE'] as const;
export type ConflictType = (typeof CONFLICT_TYPES)[number];
export type ConflictCategory = (typeof CONFLICT_CATEGORIES)[number];
export type ResolutionMethod = (typeof RESOLUTION_METHODS)[number];
export const CONFLICT_STATUSES = ['OPEN', 'RESOLVED'] as const;
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number];

export interface ConflictRecordInput {
  type: ConflictType;
  category: ConflictCategory;
  parties: string[];
  journeyIds: string[];
  groupIds: string[];
  description: string;
}

export interface ConflictResolutionInput {
  method: ResolutionMethod;
  outcome: string;
  lessonsLearned: string;
}

/** Text limits: enough for a field note, too small for a document dump. */
export const CONFLICT_LIMITS = {
  parties: 20,
  partyChars: 120,
  journeys: 200,
  groups: 50,
  descriptionChars: 4000,
  outcomeChars: 4000,
  lessonsChars: 4000,
} as const;

const len = (s: string) => s.trim().length;

/** Problems with a conflict about to be recorded (sentences; empty = valid). */
export function conflictRecordProblems(input: ConflictRecordInput): string[] {
  const p: string[] = [];
  if (!CONFLICT_TYPES.includes(input.type)) p.push(`type must be one of ${CONFLICT_TYPES.join(', ')}`);
  if (!CONFLICT_CATEGORIES.includes(input.category))
    p.push(`category must be one of ${CONFLICT_CATEGORIES.join(', ')}`);
  if (input.parties.length < 1 || input.parties.length > CONFLICT_LIMITS.parties)
    p.push(`parties: 1-${CONFLICT_LIMITS.parties} entries`);
  if (input.parties.some((x) => len(x) < 2 || x.length > CONFLICT_LIMITS.partyChars))
    p.push(`each party: 2-${CONFLICT_LIMITS.partyChars} characters`);
  if (input.journeyIds.length > CONFLICT_LIMITS.journeys) p.push(`at most ${CONFLICT_LIMITS.journeys} journeys`);
  if (input.groupIds.length > CONFLICT_LIMITS.groups) p.push(`at most ${CONFLICT_LIMITS.groups} groups`);
  if (len(input.description) < 10 || input.description.length > CONFLICT_LIMITS.descriptionChars)
    p.push(`description: 10-${CONFLICT_LIMITS.descriptionChars} characters`);
  return p;
}

/** Resolving: a method, a written outcome and the lessons learned ("document and learn"). */
export function conflictResolutionProblems(status: ConflictStatus, input: ConflictResolutionInput): string[] {
  const p: string[] = [];
  if (status !== 'OPEN') p.push('the conflict is already resolved');
  if (!RESOLUTION_METHODS.includes(input.method)) p.push(`method must be one of ${RESOLUTION_METHODS.join(', ')}`);
  if (len(input.outcome) < 3 || input.outcome.length > CONFLICT_LIMITS.outcomeChars)
    p.push(`outcome: 3-${CONFLICT_LIMITS.outcomeChars} characters`);
  if (len(input.lessonsLearned) < 3 || input.lessonsLearned.length > CONFLICT_LIMITS.lessonsChars)
    p.push(`lessonsLearned: 3-${CONFLICT_LIMITS.lessonsChars} characters`);
  return p;
}

/**
 * A major conflict "could stop the whole programme if not resolved quickly" (rules README, Sources of
 * the process: conflicts): the manager hears at once.
 */
export const notifiesManagerAtOnce = (category: ConflictCategory): boolean => category === 'MAJOR';
