import { createHash } from 'node:crypto';

/**
 * The hand-over's part of every journey key: the client's key with the programme and both facilitators, so
 * the same key for another hand-over never matches an earlier one's reassignments.
 */
export function handOverKeyPrefix(input: {
  programmeId: string;
  fromFacilitatorId: string;
  toFacilitatorId: string;
  idempotencyKey: string;
}): string {
  const hash = createHash('sha256')
    .update([input.programmeId, input.fromFacilitatorId, input.toFacilitatorId, input.idempotencyKey].join('\u0000'))
    .digest('hex');
  return `ho-${hash.slice(0, 20)}-`;
}

/**
 * The reassignFacilitator key of one journey of a hand-over: the workflow update id is `type:key`, so a
 * retried hand-over sends the same update and each journey is reassigned once (processed keys survive
 * continue-as-new). 60 characters, within the 128 of an idempotency key.
 */
export const handOverJourneyKey = (prefix: string, journeyId: string): string => `${prefix}${journeyId}`;
