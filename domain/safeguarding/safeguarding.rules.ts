/**
 * Safeguarding reports (domain spec 7.4; rules README, Sources of the process: safeguarding): anyone
 * may report, anonymously or not; the reporter's identity is protected and handled by a dedicated
 * team; victims get psychological, medical and legal support and are accompanied to the
 * authorities; zero tolerance: participants or staff proven to have harassed are expelled,
 * non-compliant partners dropped. Pure rules.
 */
export const SAFEGUARDING_CATEGORIES = ['EXPLOITATION', 'VIOLENCE', 'HARASSMENT', 'DISCRIMINATION', 'OTHER'] as const;
export const AT_RISK_GROUPS = ['CHILD', 'WOMAN', 'ELDERLY', 'PERSON_WITH_DISABILITY'] as const;
/** Steps the safeguarding team records itself; PARTICIPANT_EXITED is written by the sanction path only. */
export const SAFEGUARDING_ACTIONS = [
  'PSYCHOLOGICAL_SUPPORT',
  'MEDICAL_SUPPORT',
  'LEGAL_SUPPORT',
  'REFERRAL_TO_AUTHORITIES',
  'FINDING_PROVEN',
  'FINDING_NOT_PROVEN',
  'PARTICIPANT_EXITED',
  'STAFF_SANCTIONED',
  'PARTNER_COOPERATION_ENDED',
  'CLOSED',
] as const;
export type SafeguardingCategory = (typeof SAFEGUARDING_CATEGORIES)[number];
export type SafeguardingAction = (typeof SAFEGUARDING_ACTIONS)[number];
export const SAFEGUARDING_STATUSES = ['OPEN', 'CLOSED'] as const;
export type SafeguardingStatus = (typeof SAFEGUARDING_STATUSES)[number];
/** The team's finding on a report; null while undecided. */
export const SAFEGUARDING_FINDINGS = ['PROVEN', 'NOT_PROVEN'] as const;
export type SafeguardingFinding = (typeof SAFEGUARDING_FINDINGS)[number] | null;

export interface SafeguardingCase {
  status: SafeguardingStatus;
  finding: SafeguardingFinding;
}

export const SAFEGUARDING_LIMITS = { descriptionChars: 8000, reporterChars: 300, noteChars: 4000 } as const;

export type ActionCheck =
  | { ok: true; next: SafeguardingCase }
  | { ok: false; code: 'VALIDATION_FAILED' | 'COMMAND_NOT_ALLOWED_IN_STAGE'; message: string };

/**
 * Whether the team may record `action` on the case now, and the case after it. Sanctions need a
 * PROVEN finding first ("proven to have harassed"; rules README, Sources of the process:
 * safeguarding); a closed case takes no more steps.
 */
export function checkSafeguardingAction(c: SafeguardingCase, action: SafeguardingAction, byTeam = true): ActionCheck {
  if (!SAFEGUARDING_ACTIONS.includes(action))
    return { ok: false, code: 'VALIDATION_FAILED', message: `kind must be one of ${SAFEGUARDING_ACTIONS.join(', ')}` };
  if (c.status === 'CLOSED')
    return { ok: false, code: 'COMMAND_NOT_ALLOWED_IN_STAGE', message: 'The safeguarding report is closed' };
  if (action === 'PARTICIPANT_EXITED' && byTeam)
    return {
      ok: false,
      code: 'VALIDATION_FAILED',
      message: 'A participant leaves through applySafeguardingSanction (the journey exit), not as a note',
    };
  const sanction =
    action === 'PARTICIPANT_EXITED' || action === 'STAFF_SANCTIONED' || action === 'PARTNER_COOPERATION_ENDED';
  if (sanction && c.finding !== 'PROVEN')
    return {
      ok: false,
      code: 'COMMAND_NOT_ALLOWED_IN_STAGE',
      message: 'A sanction needs a PROVEN finding first (zero tolerance applies to what is proven)',
    };
  if (action === 'FINDING_PROVEN') return { ok: true, next: { ...c, finding: 'PROVEN' } };
  if (action === 'FINDING_NOT_PROVEN') return { ok: true, next: { ...c, finding: 'NOT_PROVEN' } };
  if (action === 'CLOSED') return { ok: true, next: { ...c, status: 'CLOSED' } };
  return { ok: true, next: c };
}
