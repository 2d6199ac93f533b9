import { onDeadline, pendingDeadlines } from '../../../domain/journey/journey-deadlines.machine';
import type { EscalationLevel, Transition } from '../../../domain/journey/journey.types';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import { day, JourneyDriver } from './journey-fixtures';

const V3 = getProgrammeRules('default', 3); // coordinator after 3 days, manager after 7
const KEY = `ASSESSMENT:${day(30)}`;

/** A journey on v3 whose assessment (due day 30) was missed. */
function lateAssessment(): JourneyDriver {
  const d = new JourneyDriver(V3);
  d.fire('ASSESSMENT');
  return d;
}

/** Fires the rung of the late assessment at `at` (as the workflow's timer would) and keeps the result. */
function rung(d: JourneyDriver, level: Exclude<EscalationLevel, 'FACILITATOR'>, at: string): Transition {
  d.now = at;
  const t = onDeadline(d.state, `ESCALATE_${level}:${KEY}`, V3, at);
  if (t.ok) {
    d.state = t.state;
    d.events.push(...t.events);
    d.effects.push(...t.effects);
  }
  return t;
}

const told = (d: JourneyDriver) => d.effects.map((fx) => fx.kind);

describe('the escalation ladder of an overdue step', () => {
  it('an overdue assessment goes to the facilitator at once', () => {
    const d = lateAssessment();
    expect(d.state.overdue).toEqual([
      {
        key: KEY,
        kind: 'ASSESSMENT',
        dueAt: day(30),
        since: day(30),
        escalatedTo: 'FACILITATOR',
        escalatedAt: day(30),
      },
    ]);
    expect(d.effects).toEqual([
      {
        kind: 'ESCALATE_TO_FACILITATOR',
        reason: 'ASSESSMENT overdue',
        data: { journeyId: 'ben-0001', key: KEY, kind: 'ASSESSMENT', dueAt: day(30), facilitatorId: 'facilitator-1' },
      },
    ]);
    expect(pendingDeadlines(d.state, V3)).toEqual([
      {
        key: `ESCALATE_COORDINATOR:${KEY}`,
        kind: 'ASSESSMENT',
        dueAt: day(33),
        rung: { level: 'COORDINATOR', overdueKey: KEY },
      },
      {
        key: `ESCALATE_MANAGER:${KEY}`,
        kind: 'ASSESSMENT',
        dueAt: day(37),
        rung: { level: 'MANAGER', overdueKey: KEY },
      },
    ]);
  });

  it('an overdue assessment goes to the coordinator after 3 days and to the manager after 7', () => {
    const d = lateAssessment();
    const coordinator = rung(d, 'COORDINATOR', day(33));
    expect(coordinator).toMatchObject({
      ok: true,
      events: [{ type: 'ESCALATED', data: { key: KEY, kind: 'ASSESSMENT', dueAt: day(30), level: 'COORDINATOR' } }],
      effects: [
        {
          kind: 'ESCALATE_TO_COORDINATOR',
          reason: 'ASSESSMENT overdue',
          data: { journeyId: 'ben-0001', key: KEY, kind: 'ASSESSMENT', facilitatorId: 'facilitator-1' },
        },
      ],
    });
    expect(d.state.overdue[0]).toMatchObject({ escalatedTo: 'COORDINATOR', escalatedAt: day(33), since: day(30) });
    expect(pendingDeadlines(d.state, V3).map((x) => [x.key, x.dueAt])).toEqual([[`ESCALATE_MANAGER:${KEY}`, day(37)]]);

    rung(d, 'MANAGER', day(37));
    expect(d.state.overdue[0]).toMatchObject({ escalatedTo: 'MANAGER', escalatedAt: day(37) });
    expect(told(d)).toEqual(['ESCALATE_TO_FACILITATOR', 'ESCALATE_TO_COORDINATOR', 'ESCALATE_TO_MANAGER']);
    expect(pendingDeadlines(d.state, V3)).toEqual([]);
  });

  it('a rung does not fire before its day, nor twice', () => {
    const d = lateAssessment();
    const early = rung(d, 'COORDINATOR', day(32.9));
    expect(early.ok && early.state === d.state && early.events).toEqual([]);
    rung(d, 'COORDINATOR', day(33));
    const again = rung(d, 'COORDINATOR', day(34));
    expect(again.ok && again.effects).toEqual([]);
    expect(told(d)).toEqual(['ESCALATE_TO_FACILITATOR', 'ESCALATE_TO_COORDINATOR']);
  });

  it("done before the coordinator's rung: nobody else is told", () => {
    const d = lateAssessment();
    d.advance(2).assess();
    expect(d.state.overdue).toEqual([]);
    expect(pendingDeadlines(d.state, V3).some((x) => x.rung)).toBe(false);
    expect(rung(d, 'COORDINATOR', day(33))).toMatchObject({ ok: true, events: [], effects: [] });
    expect(rung(d, 'MANAGER', day(37))).toMatchObject({ ok: true, events: [], effects: [] });
    expect(told(d)).toEqual(['ESCALATE_TO_FACILITATOR']);
  });

  it("done after the coordinator's rung: the manager is never told", () => {
    const d = lateAssessment();
    rung(d, 'COORDINATOR', day(33));
    d.advance(1).assess();
    expect(rung(d, 'MANAGER', day(37))).toMatchObject({ ok: true, events: [], effects: [] });
    expect(told(d)).toEqual(['ESCALATE_TO_FACILITATOR', 'ESCALATE_TO_COORDINATOR']);
  });

  it("a paused journey's clock stops: no rung fires while paused", () => {
    const d = lateAssessment();
    d.advance(1).do({ type: 'pause', reasonEvidenceId: 'ev-hospital' });
    expect(pendingDeadlines(d.state, V3)).toEqual([]);
    expect(rung(d, 'COORDINATOR', day(40))).toMatchObject({ ok: true, events: [], effects: [] });
    expect(rung(d, 'MANAGER', day(40))).toMatchObject({ ok: true, events: [], effects: [] });
    expect(told(d)).toEqual(['ESCALATE_TO_FACILITATOR']);
  });

  it('after a pause the assessment is due later, and its ladder starts again from there', () => {
    const d = lateAssessment();
    d.advance(1).do({ type: 'pause', reasonEvidenceId: 'ev-hospital' }); // day 31
    d.advance(10).do({ type: 'resume' }); // day 41: the clock stopped for 10 days
    expect(pendingDeadlines(d.state, V3).map((x) => [x.kind, x.dueAt, !!x.rung])).toEqual([
      ['ASSESSMENT', day(40), false],
    ]);
    d.fire('ASSESSMENT');
    expect(pendingDeadlines(d.state, V3).map((x) => [x.rung?.level, x.dueAt])).toEqual([
      ['COORDINATOR', day(43)],
      ['MANAGER', day(47)],
    ]);
  });

  it("a closed journey's ladder stops", () => {
    const d = lateAssessment();
    d.advance(1).do({ type: 'exit', exitKind: 'RELOCATION', reasonEvidenceId: 'ev-moved' });
    expect(pendingDeadlines(d.state, V3)).toEqual([]);
    expect(rung(d, 'COORDINATOR', day(33))).toMatchObject({ ok: true, events: [], effects: [] });
  });

  it('a late timer never takes the ladder down: after the manager, the coordinator is not told', () => {
    const d = lateAssessment();
    rung(d, 'MANAGER', day(40)); // a worker down for days fires the later rung first
    expect(d.state.overdue[0]).toMatchObject({ escalatedTo: 'MANAGER' });
    expect(pendingDeadlines(d.state, V3)).toEqual([]);
    expect(rung(d, 'COORDINATOR', day(40))).toMatchObject({ ok: true, events: [], effects: [] });
  });

  it('without a ladder (v1, v2) a missed deadline goes to the manager at once and nothing follows', () => {
    const d = new JourneyDriver(getProgrammeRules('default', 2));
    d.fire('ASSESSMENT');
    expect(told(d)).toEqual(['ESCALATE_TO_MANAGER']);
    expect(d.state.overdue[0]).toMatchObject({ escalatedTo: 'MANAGER', escalatedAt: day(30) });
    expect(pendingDeadlines(d.state, d.rules)).toEqual([]);
  });
});
