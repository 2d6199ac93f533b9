import { proxyActivities } from '@temporalio/workflow';
import type {
  GroupMeetingWatchActivities,
  GroupMeetingWatchResult,
} from '../../domain/group/group-meeting-watch.types';

const watch = proxyActivities<GroupMeetingWatchActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 5 },
});

/**
 * One round of the group meeting watch, started by its Temporal Schedule: escalate every open group whose
 * meeting is overdue on the day the round started (the workflow's clock, so a replay asks the same). The rule
 * and the writing live in the activity; a round that keeps failing ends, and the next one catches up.
 */
export async function groupMeetingWatchWorkflow(): Promise<GroupMeetingWatchResult> {
  return watch.escalateOverdueGroups({ at: new Date().toISOString() });
}
