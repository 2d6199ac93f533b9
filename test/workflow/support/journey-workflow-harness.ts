import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { RecordTransitionInput } from '../../../domain/journey/journey-recording.types';
import type { Actor, CommandType, JourneyCommand, JourneyStart } from '../../../domain/journey/journey.types';
import type { ProgrammeRules } from '../../../domain/programme/programme-rules.types';
import {
  commandUpdateId,
  commandUpdates,
  journeyStateQuery,
  journeyWorkflowId,
  type JourneyUpdateResult,
  type JourneyView,
} from '../../../workflows/journey/journey.messages';
import type { journeyWorkflow } from '../../../workflows/journey/journey.workflow';
import { createWorkflowTestEnv } from './workflow-test-env';
import { historyToPlain, journeyRuns } from './journey-history';

export const FACILITATOR: Actor = { userId: 'facilitator-1', role: 'facilitator' };
export const MANAGER: Actor = { userId: 'manager-1', role: 'manager' };

/**
 * A journey workflow on Temporal's time-skipping test server (months pass in a second). The
 * recording activity is replaced by an in-memory recorder so the tests can assert what the
 * workflow asks PostgreSQL to record; the real activity is covered by the integration tests.
 */
export class JourneyWorkflowHarness {
  readonly recorded: RecordTransitionInput[] = [];
  private constructor(
    readonly env: TestWorkflowEnvironment,
    readonly taskQueue: string,
    private readonly workflowBundle: { code: string },
  ) {}

  static async create(): Promise<JourneyWorkflowHarness> {
    const { env, taskQueue, workflowBundle } = await createWorkflowTestEnv();
    return new JourneyWorkflowHarness(env, taskQueue, workflowBundle);
  }

  /** A worker shuts down after runUntil, so each test gets a fresh one on the same task queue. */
  private async createWorker(): Promise<Worker> {
    const recorded = this.recorded;
    return Worker.create({
      connection: this.env.nativeConnection,
      taskQueue: this.taskQueue,
      workflowBundle: this.workflowBundle,
      activities: {
        recordJourneyTransition(input: RecordTransitionInput) {
          recorded.push(input);
          return Promise.resolve({ recordedSeq: input.view.state.seq });
        },
      },
    });
  }

  async nowIso(): Promise<string> {
    return new Date(await this.env.currentTimeMs()).toISOString();
  }

  /** Starts a journey; `rules` is a published version's document, carried as the API carries it. */
  async start(overrides: Partial<JourneyStart> = {}, rules?: ProgrammeRules): Promise<JourneyClient> {
    const journeyId = randomUUID();
    const start: JourneyStart = {
      journeyId,
      programmeId: 'default',
      rulesId: 'default',
      rulesVersion: 1,
      cohortId: null,
      regionCode: '52.71',
      facilitatorId: FACILITATOR.userId,
      vulnerableGroups: [],
      enrolledAt: await this.nowIso(),
      enrolledBy: MANAGER,
      ...overrides,
    };
    const handle = await this.env.client.workflow.start<typeof journeyWorkflow>('journeyWorkflow', {
      workflowId: journeyWorkflowId(journeyId),
      taskQueue: this.taskQueue,
      args: [{ start, ...(rules ? { rules } : {}) }],
    });
    return new JourneyClient(this, handle, journeyId, handle.firstExecutionRunId);
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    return (await this.createWorker()).runUntil(fn);
  }

  async teardown(): Promise<void> {
    await this.env.teardown();
  }
}

export class JourneyClient {
  private n = 0;
  /** `handle` follows the chain of runs (continue-as-new); `firstRunId` is the run the start created. */
  constructor(
    readonly harness: JourneyWorkflowHarness,
    readonly handle: WorkflowHandle,
    readonly journeyId: string,
    readonly firstRunId: string,
  ) {}

  /**
   * Sends a command as the API does: one update per command, update id = commandUpdateId(type, key).
   * `updateId` overrides that, to reach the workflow with a key the server's update-id dedup would
   * otherwise answer by itself.
   */
  async send<K extends CommandType>(
    command: Extract<JourneyCommand, { type: K }>,
    actor?: Actor,
    key = `${command.type}-${++this.n}-${randomUUID()}`,
    updateId = commandUpdateId(command.type, key),
  ): Promise<JourneyView> {
    const by =
      actor ??
      ([
        'approvePlan',
        'closeModule',
        'extendModule',
        'decideGraduation',
        'decideTermination',
        'reassignFacilitator',
        'exit',
        'pause',
        'resume',
      ].includes(command.type)
        ? MANAGER
        : FACILITATOR);
    const answer = await this.handle.executeUpdate(commandUpdates[command.type], {
      updateId,
      args: [{ idempotencyKey: key, actor: by, command }],
    });
    return this.viewOf(answer);
  }

  /**
   * The journey an update answered, as the API builds it: a whole view as it is; else the row recorded at the
   * answer's seq (here the in-memory recorder's latest view of this journey), else the state query.
   */
  async viewOf(answer: JourneyUpdateResult): Promise<JourneyView> {
    if ('state' in answer) return answer;
    expect(answer).toEqual({ journeyId: this.journeyId, seq: expect.any(Number), status: expect.any(String) });
    const row = this.harness.recorded
      .filter((r) => r.view.state.journeyId === this.journeyId)
      .reduce<JourneyView | null>((top, r) => (!top || r.view.state.seq > top.state.seq ? r.view : top), null);
    return row && row.state.seq === answer.seq ? row : this.view();
  }

  view(): Promise<JourneyView> {
    return this.handle.query(journeyStateQuery);
  }

  /** The closed journey the workflow returns (waiting on it lets the test server skip time). */
  result(): Promise<JourneyView> {
    return this.handle.result() as Promise<JourneyView>;
  }

  /**
   * Writes every run of this journey (first to latest) for the replay test when RECORD_HISTORIES=1:
   * test/workflow/histories/<name>.json = { workflowId, runs: [<history>, ...] } (see histories/README.md),
   * gzipped as <name>.json.gz when larger than 1 MB.
   */
  async saveHistoryAs(name: string): Promise<void> {
    if (process.env.RECORD_HISTORIES !== '1') return;
    const dir = path.join(__dirname, '..', 'histories');
    mkdirSync(dir, { recursive: true });
    const runs = (await journeyRuns(this)).map((r) => historyToPlain(r.history));
    const text = `${JSON.stringify({ workflowId: this.handle.workflowId, runs })}\n`;
    const big = text.length > 1_000_000;
    rmSync(path.join(dir, `${name}.json${big ? '' : '.gz'}`), { force: true });
    writeFileSync(path.join(dir, `${name}.json${big ? '.gz' : ''}`), big ? gzipSync(text) : text);
  }
}
