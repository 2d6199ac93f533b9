import { LIVE_CHANNELS } from '../../domain/live/live-change.types';

/**
 * Statements that change a journey, report job or enrolment import row and, in the same statement, NOTIFY the live
 * channel with the changed row's ids and codes (domain/live/live-change.types.ts). PostgreSQL
 * delivers a notification only when its transaction commits, and only for rows the statement
 * really changed: a retried recording that changes nothing notifies nothing.
 */

/** `statement` must be an insert or update of `journey` (no `returning`); wraps it to notify. */
export function notifyingJourneyWrite(statement: string): string {
  return `with changed as (${statement}
      returning id, programme_id, region_code, facilitator_id, stage, status, seq)
    select pg_notify('${LIVE_CHANNELS.journey}', json_build_object('journeyId', id, 'programmeId', programme_id,
      'regionCode', region_code, 'facilitatorId', facilitator_id, 'stage', stage, 'status', status,
      'seq', seq)::text) from changed`;
}

/** `statement` must be an update of `report_job`; wraps it to notify its new status and progress. */
export function notifyingReportJobWrite(statement: string): string {
  return `with changed as (${statement} returning id, status, progress)
    select pg_notify('${LIVE_CHANNELS.reportJob}', json_build_object('jobId', id, 'status', status,
      'progress', progress)::text) from changed`;
}

/**
 * `statement` must be an update of `enrolment_import` (it may name the table `i`, as `update enrolment_import i`);
 * wraps it to notify the import's id and new status (subscribers read its counts from the row).
 */
export function notifyingEnrolmentImportWrite(statement: string): string {
  return `with changed as (${statement} returning id, status)
    select pg_notify('${LIVE_CHANNELS.enrolmentImport}', json_build_object('importId', id, 'status', status)::text)
    from changed`;
}
