/**
 * The runs of a workflow id, first to latest, with their event counts: the product's own chain walk
 * (api/audit/journey-history.temporal.ts, first run id, then each continued-as-new event's next run).
 */
import type { Client } from '@temporalio/client';
import { temporalHistory } from '../api/audit/journey-history.temporal';

export interface RunEvents {
  runId: string;
  events: number;
}

export async function runsOf(temporal: Client, workflowId: string): Promise<RunEvents[]> {
  const runs: RunEvents[] = [];
  for await (const item of temporalHistory(temporal, workflowId)) {
    if (runs.at(-1)?.runId !== item.runId) runs.push({ runId: item.runId!, events: 0 });
    runs[runs.length - 1].events++;
  }
  return runs;
}

export const totalEvents = (runs: RunEvents[]): number => runs.reduce((sum, r) => sum + r.events, 0);
