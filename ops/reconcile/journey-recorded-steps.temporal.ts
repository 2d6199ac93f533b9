import type { Client } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';
import type {
  RecordedStep,
  RecordTransitionInput,
  RecordTransitionResult,
} from '../../domain/journey/journey-recording.types';
import type { JourneyWorkflowInput } from '../../workflows/journey/journey.messages';

type Payload = temporal.api.common.v1.IPayload;

/** The SDK core's name for the marker a local activity leaves in history (its only trace there). */
const LOCAL_ACTIVITY_MARKER = 'core_local_activity';
const RECORDING_ACTIVITY = 'recordJourneyTransition';

/** Steps one run of the journey's workflow asked to record, by the run that recorded them. */
export interface RecordedStepsOfRun {
  runId: string;
  steps: RecordedStep[];
}

export interface RecordedStepsFound {
  runs: RecordedStepsOfRun[];
  /** False when an earlier run of the continue-as-new chain was gone (retention) before its steps were read. */
  wholeChainRead: boolean;
}

function decode<T>(payload: Payload | null | undefined): T | null {
  try {
    return payload ? defaultPayloadConverter.fromPayload<T>(payload) : null;
  } catch {
    return null;
  }
}

const notFound = (err: unknown): boolean => {
  const e = err as { code?: number; cause?: { code?: number }; name?: string };
  return e.code === 5 || e.cause?.code === 5 || e.name === 'WorkflowNotFoundError';
};

/** The recording activity's steps in one run's history: scheduled activity inputs and local activity markers. */
function stepsInHistory(events: temporal.api.history.v1.IHistoryEvent[]): {
  steps: RecordedStep[];
  previousRunId: string | null;
  recordedSeqAtStart: number;
} {
  const steps: RecordedStep[] = [];
  let previousRunId: string | null = null;
  let recordedSeqAtStart = 0;
  for (const e of events) {
    const started = e.workflowExecutionStartedEventAttributes;
    if (started) {
      previousRunId = started.continuedExecutionRunId || null;
      const input = decode<JourneyWorkflowInput>(started.input?.payloads?.[0]);
      recordedSeqAtStart = input?.carried?.recordedSeq ?? 0;
      steps.push(...(input?.carried?.outbox ?? []));
    }
    const scheduled = e.activityTaskScheduledEventAttributes;
    if (scheduled?.activityType?.name === RECORDING_ACTIVITY) {
      steps.push(...(decode<RecordTransitionInput>(scheduled.input?.payloads?.[0])?.steps ?? []));
    }
    const marker = e.markerRecordedEventAttributes;
    if (marker?.markerName === LOCAL_ACTIVITY_MARKER) {
      const data = decode<{ activity_type?: string }>(marker.details?.data?.payloads?.[0]);
      if (data?.activity_type === RECORDING_ACTIVITY)
        steps.push(...(decode<RecordTransitionResult>(marker.details?.result?.payloads?.[0])?.recorded?.steps ?? []));
    }
  }
  return { steps, previousRunId, recordedSeqAtStart };
}

/**
 * The steps the journey's workflow recorded with a seq above `afterSeq`, read from its histories: the current run,
 * then earlier runs of the continue-as-new chain while they exist and may hold such steps. Each step once (by seq),
 * in seq order within its run; runs oldest first.
 */
export async function recordedStepsAfter(
  client: Client,
  workflowId: string,
  afterSeq: number,
): Promise<RecordedStepsFound> {
  const runs: RecordedStepsOfRun[] = [];
  const seen = new Set<number>();
  let runId: string | null = (await client.workflow.getHandle(workflowId).describe()).runId;
  let wholeChainRead = true;
  while (runId) {
    let history;
    try {
      history = await client.workflow.getHandle(workflowId, runId).fetchHistory();
    } catch (err) {
      if (!notFound(err)) throw err;
      wholeChainRead = false;
      break;
    }
    const found = stepsInHistory(history.events ?? []);
    const steps = found.steps
      .filter((s) => s.seq > afterSeq && !seen.has(s.seq) && (seen.add(s.seq), true))
      .sort((a, b) => a.seq - b.seq);
    if (steps.length > 0) runs.unshift({ runId, steps });
    runId = found.recordedSeqAtStart > afterSeq ? found.previousRunId : null;
  }
  return { runs, wholeChainRead };
}
