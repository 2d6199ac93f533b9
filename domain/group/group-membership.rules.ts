import type { ErrorCode } from '../errors/error-codes';
import type { JourneyStatus, Stage } from '../journey/journey-codes';
import { isDecisionRole, type GroupKind, type GroupRole, type GroupStatus } from './group.rules';

/**
 * Who may be a member of a group, and when (pure; the API checks every membership change with these).
 * Members are journeys of the group's programme whose region lies within the group's region prefix. By kind:
 * - LEARNING_GROUP takes journeys still taking modules: running (status ACTIVE), not graduated;
 * - BUSINESS_GROUP and COOPERATIVE take running journeys (status ACTIVE, any stage) and graduates (GRADUATED,
 *   or COMPLETED once the follow-ups are done); a paused journey waits until it is resumed;
 * - ALUMNI_GROUP takes graduates only (GRADUATED or COMPLETED), paused or not.
 * A journey is in at most one open learning group (not DISSOLVED) for the same module template at a time.
 */
export const GRADUATED_STAGES: readonly Stage[] = ['GRADUATED', 'COMPLETED'];

export interface GroupFacts {
  id: string;
  kind: GroupKind;
  status: GroupStatus;
  programmeId: string;
  regionCode: string;
  formedOn: string;
  moduleTemplateId: string | null;
}

export interface JourneyFacts {
  id: string;
  programmeId: string;
  regionCode: string;
  stage: Stage;
  status: JourneyStatus;
}

/** A refused change: a code of the error catalogue and why, in words (ids and codes only). */
export interface Refusal {
  code: ErrorCode;
  message: string;
}

const refuse = (code: ErrorCode, message: string): Refusal => ({ code, message });
const graduated = (j: JourneyFacts) => GRADUATED_STAGES.includes(j.stage);

/** Why a journey cannot be a member of a group of this kind and place; null when it can. */
export function eligibilityRefusal(group: GroupFacts, journey: JourneyFacts): Refusal | null {
  if (journey.programmeId !== group.programmeId)
    return refuse('GROUP_MEMBER_NOT_ELIGIBLE', `Journey ${journey.id} belongs to another programme`);
  if (!journey.regionCode.startsWith(group.regionCode))
    return refuse('GROUP_MEMBER_NOT_ELIGIBLE', `Journey ${journey.id} lives outside region ${group.regionCode}`);
  switch (group.kind) {
    case 'ALUMNI_GROUP':
      return graduated(journey)
        ? null
        : refuse('GROUP_MEMBER_NOT_ELIGIBLE', `Journey ${journey.id} has not graduated (${journey.stage})`);
    case 'LEARNING_GROUP':
      if (graduated(journey))
        return refuse('GROUP_MEMBER_NOT_ELIGIBLE', `Journey ${journey.id} has graduated and takes no modules`);
      return statusRefusal(journey);
    default:
      return journey.stage === 'COMPLETED' ? null : statusRefusal(journey);
  }
}

function statusRefusal(journey: JourneyFacts): Refusal | null {
  if (journey.status === 'CLOSED') return refuse('JOURNEY_CLOSED', `Journey ${journey.id} has ended`);
  if (journey.status === 'PAUSED') return refuse('JOURNEY_PAUSED', `Journey ${journey.id} is paused`);
  return null;
}

/** The current member holding a decision role (CHAIR, SECRETARY, TREASURER), other than `except`. */
export function holderOf(open: ReadonlyMap<string, GroupRole>, role: GroupRole, except?: string): string | null {
  if (!isDecisionRole(role)) return null;
  for (const [journeyId, held] of open) if (held === role && journeyId !== except) return journeyId;
  return null;
}

export interface Candidate {
  journeyId: string;
  role: GroupRole;
  joinedOn: string;
}

/** What the group's rows say about the candidates: the state a batch of joins is checked against. */
export interface AdmissionState {
  /** Current members of the group (open memberships) and their roles. */
  open: Map<string, GroupRole>;
  /** The latest leave date of each candidate's earlier memberships of this group. */
  lastLeftOn: ReadonlyMap<string, string>;
  /** Candidates already current members of another open learning group for the same module template. */
  inOtherLearningGroup: ReadonlySet<string>;
  journeys: ReadonlyMap<string, JourneyFacts>;
}

function admissionRefusal(group: GroupFacts, c: Candidate, state: AdmissionState): Refusal | null {
  const journey = state.journeys.get(c.journeyId);
  if (!journey) return refuse('NOT_FOUND', `No journey ${c.journeyId}`);
  const ineligible = eligibilityRefusal(group, journey);
  if (ineligible) return ineligible;
  if (state.open.has(c.journeyId)) return refuse('ALREADY_A_GROUP_MEMBER', `Journey ${c.journeyId} is a member`);
  if (c.joinedOn < group.formedOn)
    return refuse('VALIDATION_FAILED', `joinedOn ${c.joinedOn} is before the group was formed (${group.formedOn})`);
  const leftOn = state.lastLeftOn.get(c.journeyId);
  if (leftOn !== undefined && c.joinedOn < leftOn)
    return refuse('VALIDATION_FAILED', `joinedOn ${c.joinedOn} is before the earlier membership ended (${leftOn})`);
  const holder = holderOf(state.open, c.role);
  if (holder) return refuse('GROUP_ROLE_TAKEN', `${c.role} is held by journey ${holder}`);
  if (group.kind === 'LEARNING_GROUP' && state.inOtherLearningGroup.has(c.journeyId))
    return refuse('IN_ANOTHER_LEARNING_GROUP', `Journey ${c.journeyId} is in another learning group for this module`);
  return null;
}

/**
 * Decides each candidate in order, as if the earlier ones of the batch had joined (so a second CHAIR in the same
 * batch is refused); a journey listed twice is refused the second time. `state.open` gains the admitted.
 */
export function admitMembers(group: GroupFacts, candidates: readonly Candidate[], state: AdmissionState) {
  const seen = new Set<string>();
  return candidates.map((c) => {
    const refusal = seen.has(c.journeyId)
      ? refuse('VALIDATION_FAILED', `Journey ${c.journeyId} is listed twice`)
      : admissionRefusal(group, c, state);
    seen.add(c.journeyId);
    if (!refusal) state.open.set(c.journeyId, c.role);
    return { candidate: c, refusal };
  });
}

export interface OpenMembership {
  journeyId: string;
  role: GroupRole;
  joinedOn: string;
}

/** Why a current membership cannot end on `leftOn`: none open, or a leave date before the join date. */
export function leaveRefusal(membership: OpenMembership | null, journeyId: string, leftOn: string): Refusal | null {
  if (!membership) return refuse('NOT_A_GROUP_MEMBER', `Journey ${journeyId} is not a current member`);
  if (leftOn < membership.joinedOn)
    return refuse('VALIDATION_FAILED', `leftOn ${leftOn} is before the member joined (${membership.joinedOn})`);
  return null;
}

/** Why a current member cannot take `role`: not a current member, or the decision role is someone else's. */
export function roleChangeRefusal(
  open: ReadonlyMap<string, GroupRole>,
  journeyId: string,
  role: GroupRole,
): Refusal | null {
  if (!open.has(journeyId)) return refuse('NOT_A_GROUP_MEMBER', `Journey ${journeyId} is not a current member`);
  const holder = holderOf(open, role, journeyId);
  return holder ? refuse('GROUP_ROLE_TAKEN', `${role} is held by journey ${holder}`) : null;
}
