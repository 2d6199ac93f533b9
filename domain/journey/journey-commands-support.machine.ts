import { addDays } from '../shared/iso-time';
import { begin, changeStage, emit, reject, update, type Handler } from './journey-draft.machine';
import { requireId, requireOneOf } from './journey-payload-checks';
import type { IntensiveCycle } from './journey.types';

/**
 * The not-graduated path (rules README, Sources of the process: not-graduated path): evaluation of causes
 * with the beneficiary, intensive support in cycles (duration and visit rhythm are rules; seed silent),
 * re-evaluation when a cycle ends (timer in journey-deadlines), and the termination review once cycles are
 * exhausted.
 */
export const recordNotGraduatedEvaluation: Handler<'recordNotGraduatedEvaluation'> = (state, cmd, { now }) => {
  const bad = requireId('evidenceId', cmd.evidenceId);
  if (bad) return bad;
  const draft = begin(state);
  update(draft, { notGraduatedEvaluation: { evidenceId: cmd.evidenceId, at: now } });
  emit(draft, 'NOT_GRADUATED_EVALUATION_RECORDED', {
    evidenceId: cmd.evidenceId,
    replaces: state.notGraduatedEvaluation?.evidenceId ?? null,
  });
  return draft;
};

/** Needs this round's evaluation first: the focused plan follows from its recommendations. */
export const startIntensiveSupport: Handler<'startIntensiveSupport'> = (state, cmd, { rules, now, actor }) => {
  if (!state.notGraduatedEvaluation) {
    return reject(
      'COMMAND_NOT_ALLOWED_IN_STAGE',
      'Record the evaluation of causes with the beneficiary before intensive support',
    );
  }
  const bad = requireId('evidenceId', cmd.evidenceId);
  if (bad) return bad;
  const cycle: IntensiveCycle = {
    cycle: state.intensiveCycles.length + 1,
    startedAt: now,
    plannedEnd: addDays(now, rules.intensiveSupport.durationDays),
    evidenceId: cmd.evidenceId,
    visitEveryDays: rules.intensiveSupport.visitEveryDays,
  };
  const draft = begin(state);
  update(draft, {
    intensiveCycles: [...state.intensiveCycles, cycle],
    decisions: [...state.decisions, { kind: 'INTENSIVE_SUPPORT', at: now, by: actor }],
    // "Communication at every step", including that termination may follow (rules README, Sources of the
    // process: communication).
    pendingCommunication: 'INTENSIVE_SUPPORT',
  });
  emit(draft, 'INTENSIVE_SUPPORT_STARTED', {
    cycle: cycle.cycle,
    plannedEnd: cycle.plannedEnd,
    visitEveryDays: cycle.visitEveryDays,
    evidenceId: cmd.evidenceId,
  });
  changeStage(draft, 'INTENSIVE_SUPPORT', now);
  return draft;
};

export const decideTermination: Handler<'decideTermination'> = (state, cmd, { now, actor }) => {
  const bad = requireOneOf('decision', cmd.decision, ['ANOTHER_CYCLE', 'TERMINATE'] as const);
  if (bad) return bad;
  const draft = begin(state);
  update(draft, {
    decisions: [...state.decisions, { kind: cmd.decision, at: now, by: actor, reasonEvidenceId: cmd.reasonEvidenceId }],
  });
  emit(draft, 'TERMINATION_DECIDED', {
    decision: cmd.decision,
    reasonEvidenceId: cmd.reasonEvidenceId,
    completedCycles: state.intensiveCycles.filter((c) => c.endedAt).length,
  });
  if (cmd.decision === 'ANOTHER_CYCLE') {
    // No communication of its own: startIntensiveSupport that follows is communicated.
    update(draft, { notGraduatedEvaluation: null });
    changeStage(draft, 'NOT_GRADUATED', now);
  } else {
    // Alternatives are offered when the decision is conveyed; closed on communication.
    update(draft, { pendingCommunication: 'TERMINATE' });
    changeStage(draft, 'TERMINATED', now);
  }
  return draft;
};
