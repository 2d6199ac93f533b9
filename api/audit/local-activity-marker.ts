import { defaultPayloadConverter } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';

type Event = temporal.api.history.v1.IHistoryEvent;

/** The SDK core's name for the marker a local activity leaves in history (its only trace there). */
export const LOCAL_ACTIVITY_MARKER = 'core_local_activity';

export interface LocalActivityMarker {
  activityType: string | null;
  activityId: string | null;
  attempt: number;
  /** The activity's result, decoded (null when absent or not decodable). */
  result: unknown;
}

/** A payload decoded by the default converter; null when absent or not decodable. */
export function decodePayload<T>(payload: temporal.api.common.v1.IPayload | null | undefined): T | null {
  try {
    return payload ? defaultPayloadConverter.fromPayload<T>(payload) : null;
  } catch {
    return null;
  }
}

/** A local activity's marker event, decoded; null for any other event. */
export function localActivityMarker(e: Event): LocalActivityMarker | null {
  const m = e.markerRecordedEventAttributes;
  if (m?.markerName !== LOCAL_ACTIVITY_MARKER) return null;
  const data = decodePayload<{ activity_type?: string; activity_id?: string; attempt?: number }>(
    m.details?.data?.payloads?.[0],
  );
  return {
    activityType: data?.activity_type ?? null,
    activityId: data?.activity_id ?? null,
    attempt: Number(data?.attempt ?? 1),
    result: decodePayload(m.details?.result?.payloads?.[0]),
  };
}
