import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { RecordComplaintStepInput } from '../../../domain/complaint/complaint-recording.types';
import type { ComplaintState, ComplaintStep } from '../../../domain/complaint/complaint.machine';
import type { Actor } from '../../../domain/journey/journey.types';
import {
  complaintStateQuery,
  complaintUpdateId,
  complaintUpdates,
  complaintWorkflowId,
  type ComplaintWorkflowInput,
} from '../../../workflows/complaint/complaint.messages';
import type { complaintWorkflow } from '../../../workflows/complaint/complaint.workflow';
import { createWorkflowTestEnv } from './workflow-test-env';
import { historyToPlain } from './journey-history';

export const MANAGER: Actor = { userId: 'manager-1', role: 'manager' };
/** The default rules answer a complaint within 14 days (grievance.complaintResponseDays). */
export const RESPONSE_DAYS = 14;

/**
 * Complaint workflows on Temporal's time-skipping test server. The recording activity is an
 * in-memory recorder, so a test sees what the workflow asks PostgreSQL to record and when; the real
 * activity is covered by test/e2e/complaints.e2e.test.ts.
 */
export class ComplaintWorkflowHarness {
  readonly recorded: RecordComplaintStepInput[] = [];
  private constructor(
    readonly env: TestWorkflowEnvironment,
    readonly taskQueue: string,
    private readonly workflowBundle: { code: string },
  ) {}

  static async create(): Promise<ComplaintWorkflowHarness> {
    const { env, taskQueue, workflowBundle } = await createWorkflowTestEnv();
    return new ComplaintWorkflowHarness(env, taskQueue, workflowBundle);
  }

  async start(): Promise<ComplaintClient> {
    const complaintId = randomUUID();
    const input: ComplaintWorkflowInput = {
      complaintId,
      receivedAt: new Date(await this.env.currentTimeMs()).toISOString(),
      rulesId: 'default',
      rulesVersion: 1,
    };
    const handle = await this.env.client.workflow.start<typeof complaintWorkflow>('complaintWorkflow', {
      workflowId: complaintWorkflowId(complaintId),
      taskQueue: this.taskQueue,
      args: [input],
    });
    return new ComplaintClient(this, handle, complaintId);
  }

  /** Runs `fn` with a fresh worker on the harness's task queue (a worker shuts down after runUntil). */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const recorded = this.recorded;
    const worker = await Worker.create({
      connection: this.env.nativeConnection,
      taskQueue: this.taskQueue,
      workflowBundle: this.workflowBundle,
      activities: {
        recordComplaintStep(input: RecordComplaintStepInput) {
          recorded.push(input);
          return Promise.resolve();
        },
      },
    });
    return worker.runUntil(fn);
  }

  async teardown(): Promise<void> {
    await this.env.teardown();
  }
}

export class ComplaintClient {
  private n = 0;
  constructor(
    readonly harness: ComplaintWorkflowHarness,
    readonly handle: WorkflowHandle,
    readonly complaintId: string,
  ) {}

  /**
   * Sends a staff step as the API does (update id = complaintUpdateId(type, key)); `updateId`
   * overrides that, to reach the workflow with a key the server's update-id dedup would answer itself.
   */
  step(
    step: ComplaintStep,
    actor: Actor = MANAGER,
    key = `${step.type}-${++this.n}-${randomUUID()}`,
    updateId = complaintUpdateId(step.type, key),
  ): Promise<ComplaintState> {
    return this.handle.executeUpdate(complaintUpdates[step.type], { updateId, args: [{ key, actor, step }] });
  }

  state(): Promise<ComplaintState> {
    return this.handle.query(complaintStateQuery);
  }

  result(): Promise<ComplaintState> {
    return this.handle.result() as Promise<ComplaintState>;
  }

  /** What the recorder was asked to record for this complaint, in order: step kind and seq. */
  recorded(): { kind: string; seq: number; by: string }[] {
    return this.harness.recorded
      .filter((r) => r.state.complaintId === this.complaintId)
      .map((r) => ({ kind: r.kind, seq: r.state.seq, by: r.actor.role }));
  }

  /**
   * Writes this complaint's history for the replay test when RECORD_HISTORIES=1:
   * test/workflow/histories/complaint/<name>.json = { workflowId, runs: [<history>] }.
   */
  async saveHistoryAs(name: string): Promise<void> {
    if (process.env.RECORD_HISTORIES !== '1') return;
    const dir = path.join(__dirname, '..', 'histories', 'complaint');
    mkdirSync(dir, { recursive: true });
    const history = historyToPlain(await this.handle.fetchHistory());
    writeFileSync(
      path.join(dir, `${name}.json`),
      `${JSON.stringify({ workflowId: this.handle.workflowId, runs: [history] })}\n`,
    );
  }
}
