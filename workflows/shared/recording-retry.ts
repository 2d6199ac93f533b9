import type { ActivityOptions } from '@temporalio/workflow';

/**
 * How a workflow calls the activity that records its steps in PostgreSQL (journeys and complaints).
 * PostgreSQL may be down for a while: keep retrying, never giving up on a step, backing off from a
 * second to a minute; each attempt may take 30 seconds.
 */
export const RECORDING_ACTIVITY_OPTIONS = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
} as const satisfies ActivityOptions;
