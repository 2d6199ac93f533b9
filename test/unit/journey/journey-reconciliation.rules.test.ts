import {
  countByKind,
  planReconciliation,
  unrestoredSeqs,
  type RepairPlan,
} from '../../../domain/journey/journey-reconciliation.rules';

const sides = (readModelSeq: number | null, workflowSeq: number | null, readModelClosed = false) => ({
  readModelSeq,
  workflowSeq,
  readModelClosed,
});

describe('reconciling a journey after stores were restored from different moments', () => {
  it('leaves a journey alone when the row and the workflow are at the same step', () => {
    expect(planReconciliation(sides(7, 7))).toEqual({ kind: 'IN_STEP', repair: 'NONE' });
  });

  it('replays the steps after the row when PostgreSQL came back from an older backup', () => {
    expect(planReconciliation(sides(4, 9))).toEqual({
      kind: 'WORKFLOW_AHEAD',
      repair: 'REPLAY_STEPS',
      afterSeq: 4,
      toSeq: 9,
    });
  });

  it('replays every step when the journey row is gone but its workflow runs', () => {
    expect(planReconciliation(sides(null, 3))).toEqual({
      kind: 'JOURNEY_ROW_MISSING',
      repair: 'REPLAY_STEPS',
      afterSeq: 0,
      toSeq: 3,
    });
  });

  it('rolls the row back and supersedes later events when Temporal came back from an older backup', () => {
    expect(planReconciliation(sides(9, 6))).toEqual({
      kind: 'READ_MODEL_AHEAD',
      repair: 'ROLL_BACK_ROW',
      toSeq: 6,
      supersededAfterSeq: 6,
    });
  });

  it('reports an open journey whose workflow Temporal lost, and repairs nothing', () => {
    expect(planReconciliation(sides(5, null))).toEqual({ kind: 'WORKFLOW_MISSING', repair: 'REPORT_ONLY' });
  });

  it('accepts a closed journey without a workflow: retention deletes closed workflows', () => {
    expect(planReconciliation(sides(12, null, true))).toEqual({ kind: 'IN_STEP', repair: 'NONE' });
  });

  it('has nothing to say about a journey neither store knows', () => {
    expect(planReconciliation(sides(null, null))).toBeNull();
  });

  it('names the seqs lost with a cut history chain, and none when every run was read', () => {
    const plan = planReconciliation(sides(2, 6)) as Extract<RepairPlan, { repair: 'REPLAY_STEPS' }>;
    expect(unrestoredSeqs(plan, [5, 6], false)).toEqual([3, 4]);
    expect(unrestoredSeqs(plan, [5, 6], true)).toEqual([]);
  });

  it('counts every kind for the report, zeros included', () => {
    const plans = [sides(1, 1), sides(1, 2), sides(3, 2), sides(1, 3)].map((s) => planReconciliation(s)!);
    expect(countByKind(plans)).toEqual({
      IN_STEP: 1,
      WORKFLOW_AHEAD: 2,
      READ_MODEL_AHEAD: 1,
      WORKFLOW_MISSING: 0,
      JOURNEY_ROW_MISSING: 0,
    });
  });
});
