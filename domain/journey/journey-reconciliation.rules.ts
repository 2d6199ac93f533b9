/**
 * After PostgreSQL and Temporal are restored from backups taken at different moments, a journey's read model
 * (the journey row and its events) and its workflow can disagree. These pure rules name the disagreement and the
 * repair the reconciliation command (ops/reconcile) applies; docs/backup-and-restore.md explains them.
 */

export const RECONCILIATION_KINDS = [
  'IN_STEP',
  'WORKFLOW_AHEAD',
  'READ_MODEL_AHEAD',
  'WORKFLOW_MISSING',
  'JOURNEY_ROW_MISSING',
] as const;
export type ReconciliationKind = (typeof RECONCILIATION_KINDS)[number];

/** What each store knows of one journey; null seq: that store has no record of it. */
export interface JourneySides {
  readModelSeq: number | null;
  /** The journey row's status: a CLOSED journey's workflow may be gone by Temporal's retention, rightly. */
  readModelClosed: boolean;
  workflowSeq: number | null;
}

export type RepairPlan =
  | { kind: 'IN_STEP'; repair: 'NONE' }
  /** Re-apply, through the read model's writer, the steps recorded after `afterSeq` up to the workflow's seq. */
  | { kind: 'WORKFLOW_AHEAD' | 'JOURNEY_ROW_MISSING'; repair: 'REPLAY_STEPS'; afterSeq: number; toSeq: number }
  /** Bring the row back to the workflow's seq and mark (never delete) the events above it as superseded. */
  | { kind: 'READ_MODEL_AHEAD'; repair: 'ROLL_BACK_ROW'; toSeq: number; supersededAfterSeq: number }
  /** Nothing to repair from: the workflow is the source of the journey's state. Reported for an operator. */
  | { kind: 'WORKFLOW_MISSING'; repair: 'REPORT_ONLY' };

/** The kind of disagreement and its repair plan; null when neither store knows the journey. */
export function planReconciliation(sides: JourneySides): RepairPlan | null {
  const { readModelSeq: rm, workflowSeq: wf } = sides;
  if (rm === null && wf === null) return null;
  if (wf === null)
    return sides.readModelClosed
      ? { kind: 'IN_STEP', repair: 'NONE' }
      : { kind: 'WORKFLOW_MISSING', repair: 'REPORT_ONLY' };
  if (rm === null) return { kind: 'JOURNEY_ROW_MISSING', repair: 'REPLAY_STEPS', afterSeq: 0, toSeq: wf };
  if (wf > rm) return { kind: 'WORKFLOW_AHEAD', repair: 'REPLAY_STEPS', afterSeq: rm, toSeq: wf };
  if (rm > wf) return { kind: 'READ_MODEL_AHEAD', repair: 'ROLL_BACK_ROW', toSeq: wf, supersededAfterSeq: wf };
  return { kind: 'IN_STEP', repair: 'NONE' };
}

/**
 * The seqs of a replay the workflow's histories no longer hold: every seq in (afterSeq, toSeq] without a recorded
 * step, when the history chain was cut (an earlier run deleted by retention). With the whole chain read, a seq
 * without a step is a transition that recorded nothing (a declined deadline), not a loss.
 */
export function unrestoredSeqs(
  plan: Extract<RepairPlan, { repair: 'REPLAY_STEPS' }>,
  recoveredSeqs: readonly number[],
  wholeChainRead: boolean,
): number[] {
  if (wholeChainRead) return [];
  const got = new Set(recoveredSeqs);
  const missing: number[] = [];
  for (let s = plan.afterSeq + 1; s <= plan.toSeq; s++) if (!got.has(s)) missing.push(s);
  return missing;
}

/** Per-kind counts for the command's report (every kind present, zero included). */
export function countByKind(plans: readonly RepairPlan[]): Record<ReconciliationKind, number> {
  const counts = Object.fromEntries(RECONCILIATION_KINDS.map((k) => [k, 0])) as Record<ReconciliationKind, number>;
  for (const p of plans) counts[p.kind]++;
  return counts;
}
