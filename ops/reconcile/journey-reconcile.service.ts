import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import type { FieldCipher } from '../../config/crypto/field-cipher';
import type { AuditRowContent } from '../../db/audit/audit-hash';
import { journeyRowSides, rollBackJourneyRow } from '../../db/journey/journey-reconciliation.sql';
import { writeJourneyTransition } from '../../db/journey/journey-transition.sql';
import {
  countByKind,
  planReconciliation,
  unrestoredSeqs,
  type ReconciliationKind,
  type RepairPlan,
} from '../../domain/journey/journey-reconciliation.rules';
import { journeyStateQuery, journeyWorkflowId, type JourneyView } from '../../workflows/journey/journey.messages';
import { recordedStepsAfter } from './journey-recorded-steps.temporal';

export interface ReconcileOptions {
  /** Find and report, change nothing. */
  dryRun: boolean;
  /** Who runs the command (the audit rows' actor). */
  operator: string;
  /** The task queue the journeys' workflows run on: the one installation this command looks at. */
  taskQueue: string;
  /** Opens the replayed steps' forms (facts, audit reasons). */
  cipher: FieldCipher;
}

/** One journey that needed attention: ids and seqs only, never personal data. */
export interface ReconcileFinding {
  journeyId: string;
  kind: Exclude<ReconciliationKind, 'IN_STEP'>;
  readModelSeq: number | null;
  workflowSeq: number | null;
  restoredSeqs: number[];
  unrestoredSeqs: number[];
  supersededSeqs: number[];
  repaired: boolean;
  /** Why a repair could not be made (e.g. the beneficiary row itself predates the PostgreSQL backup). */
  problem: string | null;
}

export interface ReconcileReport {
  /** Ties this run's RECONCILIATION audit rows together (their request id). */
  runId: string;
  dryRun: boolean;
  journeysCompared: number;
  counts: Record<ReconciliationKind, number>;
  findings: ReconcileFinding[];
}

const JOURNEY_PREFIX = journeyWorkflowId('');
const BATCH = 8;

/** The journey's workflow view (its state and seq); null when Temporal has no such workflow. */
async function workflowView(client: Client, journeyId: string): Promise<JourneyView | null> {
  try {
    return await client.workflow.getHandle(journeyWorkflowId(journeyId)).query(journeyStateQuery);
  } catch (err) {
    const e = err as { name?: string; code?: number; cause?: { code?: number } };
    if (e.name === 'WorkflowNotFoundError' || e.code === 5 || e.cause?.code === 5) return null;
    throw err;
  }
}

/** The journeys Temporal runs on this task queue (the one place Jejak lists workflows: operators' repair). */
async function workflowJourneyIds(client: Client, taskQueue: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const query = `WorkflowType = 'journeyWorkflow' AND TaskQueue = '${taskQueue.replace(/'/g, "''")}'`;
  for await (const wf of client.workflow.list({ query })) {
    if (wf.workflowId.startsWith(JOURNEY_PREFIX)) ids.add(wf.workflowId.slice(JOURNEY_PREFIX.length));
  }
  return ids;
}

function auditRow(
  opts: ReconcileOptions,
  runId: string,
  view: JourneyView,
  plan: RepairPlan,
  before: number | null,
  after: Record<string, unknown>,
): AuditRowContent {
  const { state } = view;
  return {
    at: new Date(),
    actorId: opts.operator,
    actorRole: 'operator',
    action: `reconcile.${plan.kind}`,
    journeyId: state.journeyId,
    programmeId: state.programmeId,
    regionCode: state.regionCode,
    reason: 'restore reconciliation: read model and workflow disagreed',
    before: { seq: before },
    after: { seq: state.seq, ...after },
    requestId: runId,
    idempotencyKey: null,
    workflowId: journeyWorkflowId(state.journeyId),
    runId: null,
    eventSeq: null,
    source: 'RECONCILIATION',
  };
}

/**
 * Compares every journey's read model with its workflow and repairs the read model from the workflow, which holds
 * the journey's state (docs/backup-and-restore.md). Idempotent: a second run finds every repaired journey in step.
 */
export async function reconcileJourneys(
  orm: MikroORM,
  client: Client,
  opts: ReconcileOptions,
): Promise<ReconcileReport> {
  const runId = randomUUID();
  const rows = await journeyRowSides(orm);
  const ids = [...new Set([...rows.keys(), ...(await workflowJourneyIds(client, opts.taskQueue))])].sort();
  const plans: RepairPlan[] = [];
  const findings: ReconcileFinding[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const views = await Promise.all(batch.map((id) => workflowView(client, id)));
    for (const [j, journeyId] of batch.entries()) {
      const row = rows.get(journeyId);
      const view = views[j];
      const plan = planReconciliation({
        readModelSeq: row?.seq ?? null,
        readModelClosed: row?.closed ?? false,
        workflowSeq: view?.state.seq ?? null,
      });
      if (!plan) continue;
      plans.push(plan);
      if (plan.kind === 'IN_STEP') continue;
      const finding: ReconcileFinding = {
        journeyId,
        kind: plan.kind,
        readModelSeq: row?.seq ?? null,
        workflowSeq: view?.state.seq ?? null,
        restoredSeqs: [],
        unrestoredSeqs: [],
        supersededSeqs: [],
        repaired: false,
        problem: null,
      };
      findings.push(finding);
      if (opts.dryRun || !view) continue;
      try {
        await repair(orm, client, opts, runId, plan, view, finding);
        finding.repaired = true;
      } catch (err) {
        const e = err as { code?: string; message?: string };
        finding.problem =
          e.code === '23503'
            ? 'the beneficiary row is not in PostgreSQL (enrolled after the backup)'
            : String(e.message);
      }
    }
  }
  return { runId, dryRun: opts.dryRun, journeysCompared: ids.length, counts: countByKind(plans), findings };
}

async function repair(
  orm: MikroORM,
  client: Client,
  opts: ReconcileOptions,
  runId: string,
  plan: RepairPlan,
  view: JourneyView,
  finding: ReconcileFinding,
): Promise<void> {
  const workflowId = journeyWorkflowId(view.state.journeyId);
  if (plan.repair === 'ROLL_BACK_ROW') {
    finding.supersededSeqs = await rollBackJourneyRow(orm, { view, workflowId }, (superseded) =>
      auditRow(opts, runId, view, plan, finding.readModelSeq, { supersededSeqs: superseded }),
    );
    return;
  }
  if (plan.repair !== 'REPLAY_STEPS') return;
  const found = await recordedStepsAfter(client, workflowId, plan.afterSeq);
  const runs = found.runs
    .map((r) => ({ ...r, steps: r.steps.filter((s) => s.seq <= plan.toSeq) }))
    .filter((r) => r.steps.length > 0);
  finding.restoredSeqs = runs.flatMap((r) => r.steps.map((s) => s.seq));
  finding.unrestoredSeqs = unrestoredSeqs(plan, finding.restoredSeqs, found.wholeChainRead);
  const audit = auditRow(opts, runId, view, plan, finding.readModelSeq, {
    restoredSeqs: finding.restoredSeqs,
    unrestoredSeqs: finding.unrestoredSeqs,
  });
  if (runs.length === 0) {
    await writeJourneyTransition(orm, opts.cipher, { workflowId, runId: '', steps: [], view }, [audit]);
    return;
  }
  // Each run's steps through the read model's one writer, oldest first; the repair's audit row with the last.
  for (const [k, r] of runs.entries()) {
    await writeJourneyTransition(
      orm,
      opts.cipher,
      { workflowId, runId: r.runId, steps: r.steps, view },
      k === runs.length - 1 ? [audit] : [],
    );
  }
}
