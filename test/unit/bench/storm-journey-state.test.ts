import { pendingDeadlines, onDeadline } from '../../../domain/journey/journey-deadlines.machine';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import { buildStormJourney } from '../../../bench/storm-journey-state';
import { planDues } from '../../../bench/storm-run';

const rules = getProgrammeRules('default', 1);
const due = new Date('2026-12-01T09:00:30.000Z');
const journey = buildStormJourney('00000000-0000-4000-8000-000000000001', 'facilitator-1', due, 'test');

describe('timer-storm journey built with the pure machine', () => {
  it(
    'has one ACTIVE module whose MODULE_END deadline falls exactly at the chosen instant, ' +
      'and nothing else pending',
    () => {
      expect(journey.state.stage).toBe('IN_INTERVENTION');
      expect(journey.state.modules.map((m) => m.status)).toEqual(['ACTIVE']);
      expect(pendingDeadlines(journey.state, rules)).toEqual([
        {
          key: `MODULE_END:${journey.state.modules[0].moduleId}:${journey.state.modules[0].plannedEnd}`,
          kind: 'MODULE_END',
          dueAt: due.toISOString(),
        },
      ]);
    },
  );

  it('records one step per command, in seq order, and carries what continue-as-new after approval would carry', () => {
    expect(journey.steps.map((s) => [s.seq, s.action ?? 'enroll'])).toEqual([
      [1, 'enroll'],
      [2, 'submitAssessment'],
      [3, 'approvePlan'],
      [4, 'scheduleSession'],
      [5, 'recordAttendance'],
    ]);
    expect(journey.steps[1].evidenceIds).toEqual([journey.assessmentEvidenceId]);
    const { carried } = journey.input;
    expect(carried.state).toBe(journey.state);
    expect(carried.recordedSeq).toBe(journey.state.seq);
    expect(carried.outbox).toEqual([]);
    expect(carried.processedKeys.map(([, type]) => type)).toEqual(['scheduleSession', 'recordAttendance']);
  });

  it('turns into an OVERDUE MODULE_END step once due, the effect the storm waits for', () => {
    const [deadline] = pendingDeadlines(journey.state, rules);
    const t = onDeadline(journey.state, deadline.key, rules, due.toISOString());
    expect(t.ok && t.events.map((e) => [e.type, e.data.kind])).toEqual([['OVERDUE', 'MODULE_END']]);
  });
});

describe('storm due instants', () => {
  it('spreads one set over the span and puts the other inside one minute, 30 s after', () => {
    const { spread, aligned } = planDues(4, 100, 1_000_000);
    expect(spread).toEqual([1_000_000, 1_025_000, 1_050_000, 1_075_000]);
    expect(aligned).toEqual([1_130_000, 1_145_000, 1_160_000, 1_175_000]);
  });
});
