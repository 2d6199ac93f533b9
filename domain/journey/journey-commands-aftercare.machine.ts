import { deriveWelfareLevel } from '../assessment/welfare-level.rules';
import { begin, closeJourney, emit, invalid, reject, update, type Handler } from './journey-draft.machine';
import { followUpOpensAt, isFollowUpEarly } from './journey-follow-up-window.rules';
import {
  firstFailure,
  requireBoolean,
  requireId,
  requireOneOf,
  requireRatio,
  requireWorkFacts,
  workFactsOf,
} from './journey-payload-checks';

/**
 * After graduation (rules README, Sources of the process: after graduation): periodic follow-ups of
 * income and business continuity, in schedule order and none before its window opens (the rules'
 * `followUpWindow`), the last one completing the journey; and at most one referral to a more advanced
 * programme, communicated before its answer is recorded. A referral left unanswered does not hold back
 * completion (the answer belongs to the other programme).
 */
export const recordFollowUp: Handler<'recordFollowUp'> = (state, cmd, { rules, now }) => {
  const bad = firstFailure(
    requireId('evidenceId', cmd.evidenceId),
    requireRatio('incomeToMinimumWageRatio', cmd.incomeToMinimumWageRatio),
    requireBoolean('businessRunning', cmd.businessRunning),
    requireWorkFacts(cmd.inWork, cmd.monthsInWork),
  );
  if (bad) return bad;
  const next = state.followUps.find((f) => !f.recordedAt);
  if (!next) return reject('COMMAND_NOT_ALLOWED_IN_STAGE', 'Every follow-up is already recorded');
  if (cmd.index !== next.index) return invalid(`Follow-ups are recorded in order: the next one is index ${next.index}`);
  if (isFollowUpEarly(next, rules, now)) {
    return reject(
      'FOLLOW_UP_NOT_DUE',
      `Follow-up ${next.index} is due at ${next.dueAt}; it may be recorded from ${followUpOpensAt(next, rules)}`,
    );
  }

  const level = deriveWelfareLevel(cmd.incomeToMinimumWageRatio, rules);
  const draft = begin(state);
  const recorded = {
    ...next,
    recordedAt: now,
    evidenceId: cmd.evidenceId,
    incomeToMinimumWageRatio: cmd.incomeToMinimumWageRatio,
    businessRunning: cmd.businessRunning,
    ...workFactsOf(cmd),
  };
  update(draft, {
    followUps: state.followUps.map((f) => (f === next ? recorded : f)),
    welfareHistory: [...state.welfareHistory, { level, at: now, source: 'FOLLOW_UP' }],
  });
  emit(draft, 'FOLLOW_UP_RECORDED', {
    index: next.index,
    monthsAfterGraduation: next.monthsAfterGraduation,
    welfareLevel: level,
    businessRunning: cmd.businessRunning,
    ...workFactsOf(cmd),
    evidenceId: cmd.evidenceId,
  });
  if (draft.state.followUps.every((f) => f.recordedAt)) closeJourney(draft, 'COMPLETED', now);
  return draft;
};

export const refer: Handler<'refer'> = (state, cmd, { now, actor }) => {
  if (state.referral)
    return reject('COMMAND_NOT_ALLOWED_IN_STAGE', `Already referred to ${state.referral.targetProgramme}`);
  const bad = firstFailure(
    requireId('targetProgramme', cmd.targetProgramme),
    requireId('evidenceId', cmd.evidenceId),
    cmd.organisationId == null ? null : requireId('organisationId', cmd.organisationId),
  );
  if (bad) return bad;
  // The receiving organisation, when named, answers the referral itself (its partner: recordReferralAnswer).
  const to = cmd.organisationId == null ? {} : { organisationId: cmd.organisationId };
  const draft = begin(state);
  update(draft, {
    referral: { targetProgramme: cmd.targetProgramme, ...to, referredAt: now },
    decisions: [...state.decisions, { kind: 'REFER', at: now, by: actor }],
    pendingCommunication: 'REFER',
  });
  emit(draft, 'REFERRED', { targetProgramme: cmd.targetProgramme, ...to, evidenceId: cmd.evidenceId });
  return draft;
};

export const recordReferralAnswer: Handler<'recordReferralAnswer'> = (state, cmd, { now, actor }) => {
  if (!state.referral) return reject('COMMAND_NOT_ALLOWED_IN_STAGE', 'There is no referral to answer');
  // A partner answers only a referral addressed to an organisation (the API checks it is the partner's own).
  if (actor.role === 'partner' && !state.referral.organisationId)
    return reject('FORBIDDEN', 'This referral names no receiving organisation: its facilitator records the answer');
  if (state.referral.answer)
    return reject('COMMAND_NOT_ALLOWED_IN_STAGE', `The referral was already ${state.referral.answer}`);
  const bad = firstFailure(
    requireOneOf('answer', cmd.answer, ['ACCEPTED', 'DECLINED'] as const),
    requireId('evidenceId', cmd.evidenceId),
  );
  if (bad) return bad;
  const draft = begin(state);
  update(draft, { referral: { ...state.referral, answer: cmd.answer, answeredAt: now } });
  emit(draft, 'REFERRAL_ANSWERED', {
    targetProgramme: state.referral.targetProgramme,
    ...(state.referral.organisationId ? { organisationId: state.referral.organisationId } : {}),
    answer: cmd.answer,
    evidenceId: cmd.evidenceId,
  });
  return draft;
};
