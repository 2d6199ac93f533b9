import { addDays } from '../shared/iso-time';
import { TERMINATION_ALTERNATIVES } from './journey-codes';
import { begin, changeStage, emit, invalid, reject, update, type Handler } from './journey-draft.machine';
import { requireId, requireOneOf } from './journey-payload-checks';
import type { IntensiveCycle, TerminationFollowThrough } from './journey.types';

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

/**
 * The decision shows what the manager decided on: the change measured in the last cycle (v5) goes into the event.
 * Under rules with `alternativeAnswerDays` (v5) a TERMINATE keeps its alternatives to be answered (journey stays open
 * in TERMINATED until then); before, a termination closes once communicated.
 */
export const decideTermination: Handler<'decideTermination'> = (state, cmd, { rules, now, actor }) => {
  const bad = requireOneOf('decision', cmd.decision, ['ANOTHER_CYCLE', 'TERMINATE'] as const);
  if (bad) return bad;
  const alternatives = cmd.alternatives ?? [];
  if (!Array.isArray(alternatives) || alternatives.some((a) => !TERMINATION_ALTERNATIVES.includes(a)))
    return invalid(`alternatives must be among ${TERMINATION_ALTERNATIVES.join(', ')}`);
  if (new Set(alternatives).size !== alternatives.length) return invalid('Each alternative is offered once');
  if (alternatives.length > 0 && cmd.decision !== 'TERMINATE')
    return invalid('Alternatives are offered with a TERMINATE decision only');
  const measuredChange = [...state.intensiveCycles].reverse().find((c) => c.measuredChange)?.measuredChange;
  const draft = begin(state);
  update(draft, {
    decisions: [...state.decisions, { kind: cmd.decision, at: now, by: actor, reasonEvidenceId: cmd.reasonEvidenceId }],
  });
  emit(draft, 'TERMINATION_DECIDED', {
    decision: cmd.decision,
    reasonEvidenceId: cmd.reasonEvidenceId,
    completedCycles: state.intensiveCycles.filter((c) => c.endedAt).length,
    ...(alternatives.length > 0 ? { alternatives } : {}),
    ...(measuredChange ? { measuredChange } : {}),
  });
  if (cmd.decision === 'ANOTHER_CYCLE') {
    // No communication of its own: startIntensiveSupport that follows is communicated.
    update(draft, { notGraduatedEvaluation: null });
    changeStage(draft, 'NOT_GRADUATED', now);
  } else {
    // Alternatives are offered when the decision is conveyed; closed on communication.
    update(draft, { pendingCommunication: 'TERMINATE' });
    if (rules.intensiveSupport.alternativeAnswerDays !== undefined) {
      const termination: TerminationFollowThrough = {
        decidedAt: now,
        alternatives: alternatives.map((alternative) => ({ alternative })),
        ...(measuredChange ? { measuredChange } : {}),
      };
      update(draft, { termination });
    }
    changeStage(draft, 'TERMINATED', now);
  }
  return draft;
};
