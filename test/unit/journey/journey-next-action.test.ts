import { nextExpectedAction } from '../../../domain/journey/journey.machine';
import type { JourneyCommand, JourneyState } from '../../../domain/journey/journey.types';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import { addDays, DAY_MS, millisBetween } from '../../../domain/shared/iso-time';
import { actor, cmd, journeyAt, type JourneyDriver } from './journey-fixtures';

/**
 * nextAction is what a client shows as "what happens next and who must do it". These tests drive journeys by
 * doing exactly what it names, as that role, and nothing else: every step must be accepted, in the order the
 * rules README gives (Sources of the process: communication).
 */
function commandFor(state: JourneyState, action: string): JourneyCommand {
  switch (action) {
    case 'submitReEvaluation':
      return cmd.reEvaluate(false);
    case 'decideGraduation':
      return { type: 'decideGraduation', decision: state.reEvaluations.at(-1)!.proposal.proposal };
    case 'recordCommunication':
      return { type: 'recordCommunication', decision: state.pendingCommunication!, evidenceId: 'ev-comm' };
    case 'recordNotGraduatedEvaluation':
      return { type: 'recordNotGraduatedEvaluation', evidenceId: 'ev-causes' };
    case 'startIntensiveSupport':
      return { type: 'startIntensiveSupport', evidenceId: 'ev-plan' };
    case 'decideTermination':
      return { type: 'decideTermination', decision: 'TERMINATE', reasonEvidenceId: 'ev-analysis' };
    case 'recordFollowUp':
      return cmd.followUp(state.followUps.find((f) => !f.recordedAt)!.index);
    default:
      throw new Error(`no command for ${action}`);
  }
}

/** Follows nextAction until the journey closes; returns each step as "STAGE action by [pending decision]". */
function followNextAction(d: JourneyDriver, stepAt?: (step: string) => void): string[] {
  const steps: string[] = [];
  for (let n = 0; n < 60 && !d.state.closed; n++) {
    const next = nextExpectedAction(d.state, d.rules);
    const step = [d.state.stage, next.action, next.by, d.state.pendingCommunication ?? ''].join(' ').trim();
    steps.push(step);
    stepAt?.(step);
    if (next.action === 'NONE') {
      // Only the system acts: the intensive cycle ends on its timer.
      expect(next.by).toBe('system');
      d.fire('INTENSIVE_CYCLE_END');
      continue;
    }
    // A follow-up is done when nextAction says it is due.
    if (next.action === 'recordFollowUp' && next.dueAt) d.advance(millisBetween(d.now, next.dueAt) / DAY_MS);
    d.do(commandFor(d.state, next.action), actor(next.by));
  }
  return steps;
}

describe('nextAction names what the journey requires next, in order', () => {
  it('after the cycles run out, NOT_YET is communicated first, then the manager decides on termination', () => {
    const rules = getProgrammeRules('default', 1);
    const d = journeyAt('RE_EVALUATION', rules);
    const steps = followNextAction(d, (step) => {
      if (step === 'TERMINATION_REVIEW recordCommunication facilitator NOT_YET') {
        // What nextAction names is also what the machine demands: the decision is refused until then.
        const early = d.try({ type: 'decideTermination', decision: 'TERMINATE', reasonEvidenceId: 'ev-analysis' });
        expect(early).toMatchObject({ ok: false, code: 'COMMUNICATION_REQUIRED' });
        const decision = d.state.decisions.at(-1)!;
        expect(nextExpectedAction(d.state, rules).dueAt).toBe(addDays(decision.at, rules.deadlines.communicationDays));
      }
    });
    const round = [
      'GRADUATION_REVIEW decideGraduation manager',
      'NOT_GRADUATED recordCommunication facilitator NOT_YET',
      'NOT_GRADUATED recordNotGraduatedEvaluation facilitator',
      'NOT_GRADUATED startIntensiveSupport facilitator',
      'INTENSIVE_SUPPORT recordCommunication facilitator INTENSIVE_SUPPORT',
      'INTENSIVE_SUPPORT NONE system',
      'RE_EVALUATION submitReEvaluation facilitator',
    ];
    expect(steps).toEqual([
      'RE_EVALUATION submitReEvaluation facilitator',
      ...round,
      ...round,
      'GRADUATION_REVIEW decideGraduation manager',
      'TERMINATION_REVIEW recordCommunication facilitator NOT_YET',
      'TERMINATION_REVIEW decideTermination manager',
      'TERMINATED recordCommunication facilitator TERMINATE',
    ]);
    expect(d.state.closed).toMatchObject({ stage: 'TERMINATED' });
    expect(d.state.decisions.map((x) => [x.kind, Boolean(x.communicatedAt)])).toEqual([
      ['NOT_YET', true],
      ['INTENSIVE_SUPPORT', true],
      ['NOT_YET', true],
      ['INTENSIVE_SUPPORT', true],
      ['NOT_YET', true],
      ['TERMINATE', true],
    ]);
    expect(nextExpectedAction(d.state, rules)).toEqual({ action: 'NONE', by: 'system', dueAt: null });
  });

  it.each(['default', 'training-sandbox'])(
    '%s v2: a graduate whose facilitator records each follow-up when nextAction says it is due completes',
    (rulesId) => {
      const rules = getProgrammeRules(rulesId, 2);
      const d = journeyAt('GRADUATION_REVIEW', rules);
      d.do({ type: 'decideGraduation', decision: 'GRADUATE', reasonEvidenceId: 'ev-override' });
      const steps = followNextAction(d);
      expect(steps).toEqual([
        'GRADUATED recordCommunication facilitator GRADUATE',
        ...rules.followUpScheduleMonths.map(() => 'GRADUATED recordFollowUp facilitator'),
      ]);
      expect(d.state.closed).toMatchObject({ stage: 'COMPLETED' });
    },
  );
});
