import { onDeadline, pendingDeadlines } from '../../../domain/journey/journey-deadlines.machine';
import { nextExpectedAction } from '../../../domain/journey/journey.machine';
import { addDays } from '../../../domain/shared/iso-time';
import { cmd, day, deepFreeze, journeyAt, JourneyDriver, RULES } from './journey-fixtures';

describe('pending deadlines per stage', () => {
  it('ENROLLED: the assessment is due assessmentDays after enrolment', () => {
    expect(pendingDeadlines(new JourneyDriver().state, RULES)).toEqual([
      { key: `ASSESSMENT:${day(30)}`, kind: 'ASSESSMENT', dueAt: day(30) },
    ]);
  });

  it('PLANNING: the approval is due planApprovalDays after the assessment', () => {
    const d = journeyAt('PLANNING');
    expect(pendingDeadlines(d.state, RULES)).toEqual([
      { key: `PLAN_APPROVAL:${day(3 + 14)}`, kind: 'PLAN_APPROVAL', dueAt: day(17) },
    ]);
  });

  it('IN_INTERVENTION: one MODULE_END per open module at plannedEnd + grace, keyed by module and plannedEnd', () => {
    const d = journeyAt('IN_INTERVENTION');
    const m = d.state.modules[0];
    expect(m.plannedEnd).toBe(addDays(m.plannedStart, 2 * 30)); // CAPITAL_ACCESS: 2 months
    expect(pendingDeadlines(d.state, RULES)).toEqual([
      { key: `MODULE_END:${m.moduleId}:${m.plannedEnd}`, kind: 'MODULE_END', dueAt: addDays(m.plannedEnd, 14) },
    ]);
  });

  it('RE_EVALUATION, GRADUATED and a pending communication each have theirs', () => {
    const r = journeyAt('RE_EVALUATION');
    expect(pendingDeadlines(r.state, RULES).map((x) => [x.kind, x.dueAt])).toEqual([
      ['RE_EVALUATION', addDays(r.state.stageEnteredAt, 30)],
    ]);

    const g = journeyAt('RE_EVALUATION');
    g.do(cmd.reEvaluate(true));
    g.decide('GRADUATE');
    expect(pendingDeadlines(g.state, RULES).map((x) => x.kind)).toEqual([
      'FOLLOW_UP',
      'FOLLOW_UP',
      'FOLLOW_UP',
      'COMMUNICATION',
    ]);
    expect(pendingDeadlines(g.state, RULES).at(-1)?.dueAt).toBe(addDays(g.now, 7));
    expect(nextExpectedAction(g.state, RULES)).toEqual({
      action: 'recordCommunication',
      by: 'facilitator',
      dueAt: addDays(g.now, 7),
    });
    g.do(cmd.communicate('GRADUATE'));
    expect(pendingDeadlines(g.state, RULES).map((x) => x.dueAt)).toEqual(
      g.state.followUps.map((f) => addDays(f.dueAt, 30)),
    );
  });

  it('none while paused', () => {
    const d = journeyAt('IN_INTERVENTION');
    d.do({ type: 'pause', reasonEvidenceId: 'ev' });
    expect(pendingDeadlines(d.state, RULES)).toEqual([]);
  });
});

describe('overdue escalation', () => {
  it('a late assessment is marked overdue once and escalated to the manager', () => {
    const d = new JourneyDriver();
    const t = d.fire('ASSESSMENT');
    expect(t).toMatchObject({ ok: true });
    if (!t.ok) return;
    expect(t.events).toEqual([
      expect.objectContaining({ type: 'OVERDUE', seq: 2, actor: { userId: 'system', role: 'system' } }),
    ]);
    expect(t.effects).toEqual([
      expect.objectContaining({
        kind: 'ESCALATE_TO_MANAGER',
        data: expect.objectContaining({ kind: 'ASSESSMENT', dueAt: day(30) }),
      }),
    ]);
    expect(d.state.overdue).toEqual([
      {
        key: `ASSESSMENT:${day(30)}`,
        kind: 'ASSESSMENT',
        dueAt: day(30),
        since: day(30),
        escalatedTo: 'MANAGER',
        escalatedAt: day(30),
      },
    ]);
    expect(d.state.firedDeadlines).toEqual([`ASSESSMENT:${day(30)}`]);
    expect(pendingDeadlines(d.state, RULES)).toEqual([]);

    // Firing the same key again changes nothing (same object back).
    const again = onDeadline(d.state, `ASSESSMENT:${day(30)}`, RULES, day(31));
    expect(again).toEqual({ ok: true, state: d.state, events: [], effects: [] });

    // Doing the work clears the overdue mark.
    d.advance(2).assess();
    expect(d.state.overdue).toEqual([]);
  });

  it('a module past its end and grace is escalated; an extension gives it a new deadline and clears the mark', () => {
    const d = journeyAt('IN_INTERVENTION');
    const m = d.state.modules[0];
    const t = d.fire('MODULE_END');
    expect(t.ok && t.effects[0]).toMatchObject({ kind: 'ESCALATE_TO_MANAGER', reason: 'MODULE_END overdue' });
    expect(d.state.overdue).toHaveLength(1);
    d.do({ type: 'extendModule', moduleId: m.moduleId, extraDays: 30, reasonEvidenceId: 'ev-flood' });
    expect(d.state.overdue).toEqual([]);
    expect(d.state.modules[0]).toMatchObject({ plannedEnd: addDays(m.plannedEnd, 30), extensionsDays: 30 });
    expect(pendingDeadlines(d.state, RULES)).toEqual([
      {
        key: `MODULE_END:${m.moduleId}:${addDays(m.plannedEnd, 30)}`,
        kind: 'MODULE_END',
        dueAt: addDays(m.plannedEnd, 44),
      },
    ]);
  });

  it('unknown, stale and early keys leave the state untouched', () => {
    const state = deepFreeze(new JourneyDriver().state);
    for (const [key, now] of [
      ['NOPE', day(40)],
      [`ASSESSMENT:${day(29)}`, day(40)],
      [`ASSESSMENT:${day(30)}`, day(29)],
    ]) {
      const t = onDeadline(state, key, RULES, now);
      expect(t.ok && t.state).toBe(state);
      expect(t.ok && t.events).toEqual([]);
    }
  });

  it('the end of an intensive cycle moves the journey to RE_EVALUATION without escalation', () => {
    const d = journeyAt('INTENSIVE_SUPPORT');
    const cycle = d.state.intensiveCycles[0];
    const [deadline] = pendingDeadlines(d.state, RULES);
    expect(deadline).toEqual({
      key: `INTENSIVE_CYCLE_END:1:${cycle.plannedEnd}`,
      kind: 'INTENSIVE_CYCLE_END',
      dueAt: cycle.plannedEnd,
    });
    const t = d.fire('INTENSIVE_CYCLE_END');
    expect(t.ok && t.events.map((e) => e.type)).toEqual(['INTENSIVE_CYCLE_ENDED', 'STAGE_CHANGED']);
    expect(t.ok && t.effects).toEqual([]);
    expect(d.state.stage).toBe('RE_EVALUATION');
  });

  it('an unrecorded follow-up becomes overdue after its grace period', () => {
    const d = journeyAt('GRADUATED');
    const t = d.fire('FOLLOW_UP');
    expect(t.ok && t.state.overdue[0]).toMatchObject({
      kind: 'FOLLOW_UP',
      dueAt: addDays(d.state.followUps[0].dueAt, 30),
    });
    d.do(cmd.followUp(0));
    expect(d.state.overdue).toEqual([]);
  });
});

describe('pause and resume stop the clock', () => {
  it('moves module ends, and with them the timers, by the paused time', () => {
    const d = journeyAt('IN_INTERVENTION');
    const before = pendingDeadlines(d.state, RULES)[0];
    const m = d.state.modules[0];
    d.advance(1).do({ type: 'pause', reasonEvidenceId: 'ev-hospital' });
    d.advance(20).do({ type: 'resume' });
    expect(d.state.paused).toBeNull();
    expect(d.state.modules[0].plannedEnd).toBe(addDays(m.plannedEnd, 20));
    expect(d.state.modules[0].plannedStart).toBe(addDays(m.plannedStart, 20)); // still PLANNED: the start slips too
    const after = pendingDeadlines(d.state, RULES)[0];
    expect(after.dueAt).toBe(addDays(before.dueAt, 20));
    expect(after.key).not.toBe(before.key); // a new timer
    expect(d.events.at(-1)).toMatchObject({ type: 'RESUMED', data: { pausedMs: 20 * 86_400_000 } });
  });

  it('moves the assessment deadline, counted from enrolment, by the paused time', () => {
    const d = new JourneyDriver();
    d.advance(5).do({ type: 'pause', reasonEvidenceId: 'ev' });
    d.advance(10).do({ type: 'resume' });
    expect(pendingDeadlines(d.state, RULES)).toEqual([
      { key: `ASSESSMENT:${day(40)}`, kind: 'ASSESSMENT', dueAt: day(40) },
    ]);
    expect(d.state.pauseHistory).toEqual([{ since: day(5), until: day(15) }]);
  });

  it('moves the intensive cycle end and pending follow-ups', () => {
    const i = journeyAt('INTENSIVE_SUPPORT');
    const end = i.state.intensiveCycles[0].plannedEnd;
    i.do({ type: 'pause', reasonEvidenceId: 'ev' });
    i.advance(7).do({ type: 'resume' });
    expect(i.state.intensiveCycles[0].plannedEnd).toBe(addDays(end, 7));

    const g = journeyAt('GRADUATED');
    g.do(cmd.followUp(0));
    const dues = g.state.followUps.map((f) => f.dueAt);
    g.do({ type: 'pause', reasonEvidenceId: 'ev' });
    g.advance(3).do({ type: 'resume' });
    expect(g.state.followUps.map((f) => f.dueAt)).toEqual([dues[0], addDays(dues[1], 3), addDays(dues[2], 3)]);
  });
});
