import { evaluateGraduation } from '../graduation/graduation-criteria.rules';
import { journeyTrackOf } from '../graduation/livelihood-track.rules';
import { addDays } from '../shared/iso-time';
import { cycleChange } from './intensive-change.rules';
import { begin, changeStage, closeJourney, emit, invalid, reject, update, type Handler } from './journey-draft.machine';
import { pendingDecision } from './journey-deadline-schedule.machine';
import {
  firstFailure,
  isNonEmpty,
  requireBoolean,
  requireId,
  requireOneOf,
  requireRatio,
  requireWorkFacts,
  workFactsOf,
} from './journey-payload-checks';
import type { FollowUp } from './journey.types';

/**
 * RE_EVALUATION -> GRADUATION_REVIEW -> GRADUATED | NOT_GRADUATED | TERMINATION_REVIEW, and the
 * communication every decision needs before the journey moves on (rules README, Sources of the process:
 * communication).
 */
export const submitReEvaluation: Handler<'submitReEvaluation'> = (state, cmd, { rules, now }) => {
  const bad = firstFailure(
    requireId('evidenceId', cmd.evidenceId),
    requireRatio('incomeToMinimumWageRatio', cmd.incomeToMinimumWageRatio),
    requireBoolean('businessRunning', cmd.businessRunning),
    requireBoolean('mindsetChanged', cmd.mindsetChanged),
    requireWorkFacts(cmd.inWork, cmd.monthsInWork),
  );
  if (bad) return bad;
  const facts = {
    evidenceId: cmd.evidenceId,
    incomeToMinimumWageRatio: cmd.incomeToMinimumWageRatio,
    businessRunning: cmd.businessRunning,
    mindsetChanged: cmd.mindsetChanged,
    ...workFactsOf(cmd),
  };
  const proposal = evaluateGraduation(facts, rules, journeyTrackOf(state));
  // The review of the cycle that just ended measures its change (rules with thresholds: v5).
  const cycle = state.intensiveCycles.at(-1);
  const change =
    cycle?.endedAt && !cycle.measuredChange
      ? cycleChange(cycle.startedAt, state.reEvaluations, { ...facts, at: now, proposal }, rules)
      : null;
  const draft = begin(state);
  if (cycle && change)
    update(draft, {
      intensiveCycles: state.intensiveCycles.map((c) => (c === cycle ? { ...c, measuredChange: change } : c)),
    });
  update(draft, {
    reEvaluations: [...state.reEvaluations, { ...facts, at: now, proposal }],
    welfareHistory: [...state.welfareHistory, { level: proposal.welfareLevel, at: now, source: 'RE_EVALUATION' }],
  });
  emit(draft, 'RE_EVALUATION_SUBMITTED', {
    evidenceId: cmd.evidenceId,
    proposal: proposal.proposal,
    welfareLevel: proposal.welfareLevel,
    criteria: proposal.criteria,
    ...(cycle && change ? { cycle: cycle.cycle, measuredChange: change } : {}),
  });
  changeStage(draft, 'GRADUATION_REVIEW', now);
  return draft;
};

/**
 * The manager decides; the criteria only propose. A decision against the proposal needs a reason.
 * NOT_YET after `cyclesBeforeTerminationReview` completed intensive cycles, with the criteria still not
 * met, opens the termination review (rules README, Sources of the process: not-graduated path) instead
 * of another round.
 */
export const decideGraduation: Handler<'decideGraduation'> = (state, cmd, { rules, now, actor }) => {
  const bad = requireOneOf('decision', cmd.decision, ['GRADUATE', 'NOT_YET'] as const);
  if (bad) return bad;
  const latest = state.reEvaluations[state.reEvaluations.length - 1];
  if (!latest) return reject('COMMAND_NOT_ALLOWED_IN_STAGE', 'No re-evaluation to decide on');
  const overridesProposal = cmd.decision !== latest.proposal.proposal;
  if (overridesProposal && !isNonEmpty(cmd.reasonEvidenceId)) {
    return reject(
      'REASON_REQUIRED',
      `Deciding ${cmd.decision} against the ${latest.proposal.proposal} proposal needs a reason`,
    );
  }
  const draft = begin(state);
  const decision = {
    kind: cmd.decision,
    at: now,
    by: actor,
    ...(isNonEmpty(cmd.reasonEvidenceId) ? { reasonEvidenceId: cmd.reasonEvidenceId } : {}),
  };
  update(draft, { decisions: [...state.decisions, decision], pendingCommunication: cmd.decision });
  emit(draft, 'GRADUATION_DECIDED', {
    decision: cmd.decision,
    proposal: latest.proposal.proposal,
    overridesProposal,
    reasonEvidenceId: decision.reasonEvidenceId ?? null,
  });

  if (cmd.decision === 'GRADUATE') {
    // Post-graduation monitoring of income and business continuity (rules README, Sources of the process:
    // after graduation); the interval is a rule.
    const followUps: FollowUp[] = rules.followUpScheduleMonths.map((months, index) => ({
      index,
      monthsAfterGraduation: months,
      dueAt: addDays(now, months * rules.daysPerMonth),
    }));
    update(draft, { followUps });
    emit(draft, 'FOLLOW_UPS_SCHEDULED', {
      followUps: followUps.map(({ index, monthsAfterGraduation, dueAt }) => ({ index, monthsAfterGraduation, dueAt })),
    });
    changeStage(draft, 'GRADUATED', now);
    return draft;
  }
  const completedCycles = state.intensiveCycles.filter((c) => c.endedAt).length;
  const review =
    latest.proposal.proposal === 'NOT_YET' && completedCycles >= rules.intensiveSupport.cyclesBeforeTerminationReview;
  // A new round needs a new evaluation of causes with the beneficiary.
  update(draft, { notGraduatedEvaluation: null });
  changeStage(draft, review ? 'TERMINATION_REVIEW' : 'NOT_GRADUATED', now);
  return draft;
};

/**
 * Records that the pending decision was conveyed to the beneficiary. A termination is the one decision
 * that closes the journey, and it closes only once communicated (rules README, Sources of the process:
 * communication): until then the journey sits in TERMINATED with `closed` still null and accepts this
 * command alone.
 */
export const recordCommunication: Handler<'recordCommunication'> = (state, cmd, { rules, now }) => {
  if (!state.pendingCommunication)
    return reject('COMMAND_NOT_ALLOWED_IN_STAGE', 'No decision is waiting to be communicated');
  const bad = requireId('evidenceId', cmd.evidenceId);
  if (bad) return bad;
  if (cmd.decision !== state.pendingCommunication)
    return invalid(
      `The decision waiting to be communicated is ${state.pendingCommunication}, not ${String(cmd.decision)}`,
    );
  const target = pendingDecision(state);
  const draft = begin(state);
  update(draft, {
    decisions: state.decisions.map((d) => (d === target ? { ...d, communicatedAt: now } : d)),
    pendingCommunication: null,
  });
  emit(draft, 'COMMUNICATION_RECORDED', {
    decision: cmd.decision,
    evidenceId: cmd.evidenceId,
    decidedAt: target?.at ?? null,
  });
  const answerDays = rules.intensiveSupport.alternativeAnswerDays;
  const toAnswer = state.termination?.alternatives.some((a) => !a.answer);
  if (state.stage === 'TERMINATED' && state.termination && toAnswer && answerDays !== undefined) {
    // v5: the alternatives were offered now; the journey stays open until each is answered.
    update(draft, { termination: { ...state.termination, answerDueAt: addDays(now, answerDays) } });
  } else if (state.stage === 'TERMINATED')
    closeJourney(
      draft,
      'TERMINATED',
      now,
      target?.reasonEvidenceId ? { reasonEvidenceId: target.reasonEvidenceId } : {},
    );
  return draft;
};
