import { nextExpectedAction } from '../../../domain/journey/journey.machine';
import { pendingDeadlines } from '../../../domain/journey/journey-deadlines.machine';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import { addDays } from '../../../domain/shared/iso-time';
import { cmd, journeyAt, type JourneyDriver } from './journey-fixtures';

// Module delivery checks (v4+) are not what is tested here: the driver runs modules faster than their minimum.
const V5 = { ...getProgrammeRules('default', 5), moduleDelivery: undefined };
const V4 = { ...getProgrammeRules('default', 4), moduleDelivery: undefined };
const visit = (visitedAt: string, n = 1) =>
  ({ type: 'recordIntensiveVisit', visitedAt, kind: 'HOME_VISIT', evidenceId: `ev-visit-${n}` }) as const;

/** Two cycles without change, the termination review, and TERMINATE with alternatives (v5). */
function terminatedWithAlternatives(): JourneyDriver {
  const d = journeyAt('TERMINATION_REVIEW', V5);
  d.do({
    type: 'decideTermination',
    decision: 'TERMINATE',
    reasonEvidenceId: 'ev-termination',
    alternatives: ['REFERRAL', 'RE_ENTRY_LATER'],
  });
  return d;
}

describe('intensive-support visits (v5: visitGraceDays)', () => {
  it('a visit in the cycle is kept and moves the next visit; one outside the cycle is VISIT_DATE_OUT_OF_CYCLE', () => {
    const d = journeyAt('INTENSIVE_SUPPORT', V5);
    const cycle = d.state.intensiveCycles[0];
    const every = V5.intensiveSupport.visitEveryDays;
    const grace = V5.intensiveSupport.visitGraceDays!;
    expect(nextExpectedAction(d.state, V5)).toEqual({
      action: 'recordIntensiveVisit',
      by: 'facilitator',
      dueAt: addDays(cycle.startedAt, every + grace),
    });
    d.advance(5);
    expect(d.try(visit(addDays(cycle.startedAt, -1)))).toMatchObject({ ok: false, code: 'VISIT_DATE_OUT_OF_CYCLE' });
    expect(d.try(visit(addDays(d.now, 1)))).toMatchObject({ ok: false, code: 'VISIT_DATE_OUT_OF_CYCLE' });
    const visitedAt = addDays(d.now, -1);
    const t = d.do(visit(visitedAt));
    expect(t.events[0]).toMatchObject({ type: 'INTENSIVE_VISIT_RECORDED', data: { kind: 'HOME_VISIT', visitedAt } });
    expect(d.state.intensiveCycles[0].visits).toEqual([
      { visitedAt, kind: 'HOME_VISIT', evidenceId: 'ev-visit-1', recordedAt: d.now },
    ]);
    expect(pendingDeadlines(d.state, V5).find((x) => x.kind === 'INTENSIVE_VISIT')?.dueAt).toBe(
      addDays(visitedAt, every + grace),
    );
  });

  it('a missed visit becomes overdue and climbs the ladder; the visit recorded clears it', () => {
    const d = journeyAt('INTENSIVE_SUPPORT', V5);
    d.fire('INTENSIVE_VISIT');
    expect(d.state.overdue).toEqual([expect.objectContaining({ kind: 'INTENSIVE_VISIT', escalatedTo: 'FACILITATOR' })]);
    d.fire('INTENSIVE_VISIT'); // the coordinator's rung (same kind)
    d.fire('INTENSIVE_VISIT'); // the manager's
    expect(d.state.overdue[0].escalatedTo).toBe('MANAGER');
    expect(d.effects.map((e) => e.kind)).toEqual([
      'ESCALATE_TO_FACILITATOR',
      'ESCALATE_TO_COORDINATOR',
      'ESCALATE_TO_MANAGER',
    ]);
    d.do(visit(d.now));
    expect(d.state.overdue).toEqual([]);
  });

  it('under v4 visits may be recorded but are never overdue, and the next action stays as it was', () => {
    const d = journeyAt('INTENSIVE_SUPPORT', V4);
    expect(pendingDeadlines(d.state, V4).map((x) => x.kind)).toEqual(['INTENSIVE_CYCLE_END']);
    expect(nextExpectedAction(d.state, V4).action).toBe('NONE');
  });
});

describe('measured change and termination alternatives (v5)', () => {
  it('the review after a cycle measures its change; the termination carries it and the alternatives offered', () => {
    const d = terminatedWithAlternatives();
    const cycles = d.state.intensiveCycles;
    expect(cycles.map((c) => c.measuredChange?.significant)).toEqual([false, false]);
    expect(cycles[1].measuredChange?.from.at).toBe(d.state.reEvaluations[1].at);
    expect(cycles[1].measuredChange?.to.at).toBe(d.state.reEvaluations[2].at);
    expect(d.events.find((e) => e.type === 'TERMINATION_DECIDED')?.data).toMatchObject({
      alternatives: ['REFERRAL', 'RE_ENTRY_LATER'],
      measuredChange: cycles[1].measuredChange,
    });
    expect(d.state.termination).toEqual({
      decidedAt: d.now,
      alternatives: [{ alternative: 'REFERRAL' }, { alternative: 'RE_ENTRY_LATER' }],
      measuredChange: cycles[1].measuredChange,
    });
  });

  it('stays open until every alternative is answered, overdue past alternativeAnswerDays, then closes', () => {
    const d = terminatedWithAlternatives();
    expect(
      d.try({
        type: 'recordTerminationAlternativeAnswer',
        alternative: 'REFERRAL',
        answer: 'ACCEPTED',
        evidenceId: 'ev-a',
      }),
    ).toMatchObject({
      ok: false,
      code: 'COMMUNICATION_REQUIRED',
    });
    d.do(cmd.communicate('TERMINATE'));
    expect(d.state.closed).toBeNull();
    expect(d.state.termination?.answerDueAt).toBe(addDays(d.now, V5.intensiveSupport.alternativeAnswerDays!));
    expect(nextExpectedAction(d.state, V5)).toEqual({
      action: 'recordTerminationAlternativeAnswer',
      by: 'facilitator',
      dueAt: d.state.termination?.answerDueAt,
    });
    d.fire('ALTERNATIVE_ANSWER');
    expect(d.state.overdue.map((o) => o.kind)).toEqual(['ALTERNATIVE_ANSWER']);
    const answer = (alternative: 'REFERRAL' | 'RE_ENTRY_LATER' | 'OTHER_PROGRAMME', a: 'ACCEPTED' | 'DECLINED') =>
      d.try({ type: 'recordTerminationAlternativeAnswer', alternative, answer: a, evidenceId: `ev-${alternative}` });
    expect(answer('OTHER_PROGRAMME', 'ACCEPTED')).toMatchObject({ ok: false, code: 'UNKNOWN_ALTERNATIVE' });
    expect(answer('REFERRAL', 'ACCEPTED')).toMatchObject({ ok: true });
    expect(answer('REFERRAL', 'DECLINED')).toMatchObject({ ok: false, code: 'UNKNOWN_ALTERNATIVE' });
    expect(d.state.closed).toBeNull();
    const last = answer('RE_ENTRY_LATER', 'DECLINED');
    expect(last.ok && last.events.map((e) => e.type)).toEqual(['TERMINATION_ALTERNATIVE_ANSWERED', 'JOURNEY_CLOSED']);
    expect(d.state.closed).toMatchObject({ stage: 'TERMINATED', reasonEvidenceId: 'ev-termination' });
    expect(d.state.overdue).toEqual([]);
  });

  it('under v4 a termination with alternatives closes once communicated, as before', () => {
    const d = journeyAt('TERMINATION_REVIEW', V4);
    d.do({ type: 'decideTermination', decision: 'TERMINATE', reasonEvidenceId: 'ev-t', alternatives: ['REFERRAL'] });
    expect(d.state.termination).toBeUndefined();
    expect(d.state.intensiveCycles.every((c) => c.measuredChange === undefined)).toBe(true);
    d.do(cmd.communicate('TERMINATE'));
    expect(d.state.closed?.stage).toBe('TERMINATED');
  });

  it('alternatives only with TERMINATE, each once, from the domain list', () => {
    const d = journeyAt('TERMINATION_REVIEW', V5);
    const decide = (decision: 'TERMINATE' | 'ANOTHER_CYCLE', alternatives: string[]) =>
      d.try({ type: 'decideTermination', decision, reasonEvidenceId: 'ev', alternatives } as never);
    expect(decide('ANOTHER_CYCLE', ['REFERRAL'])).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(decide('TERMINATE', ['REFERRAL', 'REFERRAL'])).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(decide('TERMINATE', ['PRAYER'])).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });
});

describe('graduation ends gradually (v5: graduationMentoring)', () => {
  it('the follow-up plan first, then mentoring visits at tapering intervals from graduation', () => {
    const d = journeyAt('GRADUATED', V5);
    const graduatedAt = d.state.decisions.find((x) => x.kind === 'GRADUATE')!.at;
    expect(nextExpectedAction(d.state, V5)).toEqual({ action: 'recordFollowUpPlan', by: 'facilitator', dueAt: null });
    d.do({ type: 'recordFollowUpPlan', evidenceId: 'ev-plan' });
    const [first, second] = V5.graduationMentoring!.visitIntervalsDays;
    expect(nextExpectedAction(d.state, V5)).toEqual({
      action: 'recordMentoringVisit',
      by: 'facilitator',
      dueAt: addDays(graduatedAt, first),
    });
    d.advance(first + 1);
    const t = d.do({ type: 'recordMentoringVisit', visitedAt: d.now, kind: 'PHONE', evidenceId: 'ev-m1' });
    expect(t.events[0].data).toMatchObject({ nextDueAt: addDays(d.now, second) });
    expect(nextExpectedAction(d.state, V5).dueAt).toBe(addDays(d.now, second));
    expect(
      d.try({ type: 'recordMentoringVisit', visitedAt: addDays(graduatedAt, -1), kind: 'PHONE', evidenceId: 'e' }),
    ).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
  });

  it('under v4 nothing of it is expected: the next action is the follow-up', () => {
    const d = journeyAt('GRADUATED', V4);
    expect(nextExpectedAction(d.state, V4).action).toBe('recordFollowUp');
  });
});
