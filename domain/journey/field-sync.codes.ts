import type { CommandType } from './journey.types';

/**
 * The kinds of record a facilitator's device captures offline and sends in one batch (syncFieldRecords), each
 * the journey command of the same name.
 */
export const FIELD_RECORD_COMMANDS = {
  SUBMIT_ASSESSMENT: 'submitAssessment',
  RECORD_ATTENDANCE: 'recordAttendance',
  SUBMIT_RE_EVALUATION: 'submitReEvaluation',
  RECORD_FOLLOW_UP: 'recordFollowUp',
  RECORD_INTENSIVE_VISIT: 'recordIntensiveVisit',
  RECORD_MENTORING_VISIT: 'recordMentoringVisit',
} as const satisfies Record<string, CommandType>;
export type FieldRecordKind = keyof typeof FIELD_RECORD_COMMANDS;
export const FIELD_RECORD_KINDS = Object.keys(FIELD_RECORD_COMMANDS) as FieldRecordKind[];

/**
 * What became of one record of a batch: APPLIED now, ALREADY_APPLIED by an earlier send of the same client id
 * (nothing applied twice), or REFUSED with its error code (nothing changed).
 */
export const FIELD_RECORD_STATUSES = ['APPLIED', 'ALREADY_APPLIED', 'REFUSED'] as const;
export type FieldRecordStatus = (typeof FIELD_RECORD_STATUSES)[number];

/** Records of one journey, in the order the device sent them; journeys are independent of one another. */
export function byJourneyInOrder<T extends { journeyId: string }>(items: readonly T[]): Map<string, number[]> {
  const lanes = new Map<string, number[]>();
  items.forEach((item, index) => {
    const key = item.journeyId.toLowerCase();
    const lane = lanes.get(key);
    if (lane) lane.push(index);
    else lanes.set(key, [index]);
  });
  return lanes;
}
