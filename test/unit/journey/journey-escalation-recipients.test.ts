import { notificationInserts } from '../../../db/journey/journey-notification-rows';
import { coordinatorOf } from '../../../db/staff/coordinator-of';
import { journeyStatus, nextExpectedAction } from '../../../domain/journey/journey.machine';
import type { JourneyEffect } from '../../../domain/journey/journey.types';
import type { RecordTransitionInput } from '../../../domain/journey/journey-recording.types';
import { SYSTEM_ACTOR as SYSTEM } from '../../../domain/journey/journey-deadlines.machine';
import { JourneyDriver, RULES } from './journey-fixtures';

const kinds: JourneyEffect['kind'][] = ['ESCALATE_TO_FACILITATOR', 'ESCALATE_TO_COORDINATOR', 'ESCALATE_TO_MANAGER'];

function recording(): RecordTransitionInput {
  const { state } = new JourneyDriver();
  const effects = kinds.map((kind) => ({ kind, reason: 'ASSESSMENT overdue', data: { key: 'ASSESSMENT:x' } }));
  return {
    workflowId: `journey-${state.journeyId}`,
    runId: 'run-1',
    steps: [
      {
        seq: 2,
        events: [{ seq: 2, type: 'OVERDUE', at: '2026-02-04T00:00:00.000Z', actor: SYSTEM, data: {} }],
        effects,
        actor: SYSTEM,
        evidenceIds: [],
        idempotencyKey: null,
        requestId: null,
      },
    ],
    view: { state, status: journeyStatus(state), nextAction: nextExpectedAction(state, RULES) },
  };
}

describe('who each rung of the ladder is for', () => {
  it("each rung names its role: the facilitator, the coordinator found, the manager's role only", () => {
    const insert = notificationInserts(recording(), 'coordinator-7')!;
    const rows = [0, 1, 2].map((i) => insert.params.slice(i * 8, i * 8 + 8));
    expect(rows.map((r) => [r[0], r[2], r[4], r[5]])).toEqual([
      ['ben-0001:2:0', 'ESCALATE_TO_FACILITATOR', 'facilitator-1', 'facilitator'],
      ['ben-0001:2:1', 'ESCALATE_TO_COORDINATOR', 'coordinator-7', 'coordinator'],
      ['ben-0001:2:2', 'ESCALATE_TO_MANAGER', null, 'manager'],
    ]);
    expect(insert.sql).toMatch(/on conflict \(key\) do nothing/);
  });

  it('a facilitator without a known coordinator: the rung is recorded for the role, with no person', () => {
    const insert = notificationInserts(recording(), null)!;
    expect(insert.params.slice(8, 16)).toEqual(expect.arrayContaining([null, 'coordinator']));
  });

  it("coordinatorOf reads the facilitator's coordinator_id in the programme", async () => {
    const calls: unknown[][] = [];
    const sql = (_text: string, params: unknown[]) => {
      calls.push(params);
      return Promise.resolve([{ coordinator_id: 'coordinator-7' }]);
    };
    await expect(coordinatorOf(sql, 'default', 'facilitator-1')).resolves.toBe('coordinator-7');
    expect(calls).toEqual([['default', 'facilitator-1']]);
    await expect(coordinatorOf(sql, 'default', null)).resolves.toBeNull();
    expect(calls).toHaveLength(1);
  });
});
