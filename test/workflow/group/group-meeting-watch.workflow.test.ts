import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { GroupMeetingWatchInput, GroupMeetingWatchResult } from '../../../domain/group/group-meeting-watch.types';
import { GROUP_MEETING_WATCH_WORKFLOW } from '../../../workflows/group/group-meeting-watch.messages';
import { createWorkflowTestEnv } from '../support/workflow-test-env';

/**
 * The group meeting watch's workflow on Temporal's time-skipping test server, with an in-memory activity: it
 * only asks its activity for one round and answers the counts; the rule and the writing are covered by
 * test/unit/group/group-meeting-escalation.rules.test.ts and test/e2e/group-meeting-watch.e2e.test.ts.
 */
describe('group meeting watch workflow', () => {
  let env: TestWorkflowEnvironment;
  let taskQueue: string;
  let workflowBundle: { code: string };
  beforeAll(async () => {
    ({ env, taskQueue, workflowBundle } = await createWorkflowTestEnv());
  }, 120_000);
  afterAll(() => env?.teardown());

  it('asks for one round on the moment it started, the same moment again when the activity is retried', async () => {
    const asked: GroupMeetingWatchInput[] = [];
    const counts: GroupMeetingWatchResult = { examined: 3, overdue: 2, escalated: 1 };
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle,
      activities: {
        escalateOverdueGroups(input: GroupMeetingWatchInput): Promise<GroupMeetingWatchResult> {
          asked.push(input);
          return asked.length === 1 ? Promise.reject(new Error('PostgreSQL is down')) : Promise.resolve(counts);
        },
      },
    });
    const workflowId = 'group-meeting-watch:test-round';
    const result = await worker.runUntil(
      env.client.workflow.execute(GROUP_MEETING_WATCH_WORKFLOW, { workflowId, taskQueue, args: [] }),
    );
    expect(result).toEqual(counts);
    expect(asked).toHaveLength(2);
    expect(asked[1]).toEqual(asked[0]);
    expect(new Date(asked[0].at).toISOString()).toBe(asked[0].at);

    // Replay-safe: the recorded history replays against the current workflow code.
    const history = await env.client.workflow.getHandle(workflowId).fetchHistory();
    await expect(Worker.runReplayHistory({ workflowBundle }, history, workflowId)).resolves.toBeUndefined();
  });
});
