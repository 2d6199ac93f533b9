import { JOURNEY_STAGES, JOURNEY_STATUSES, type JourneyStatus, type Stage } from '../journey/journey-codes';
import { ENROLMENT_IMPORT_STATUSES, type EnrolmentImportStatus } from '../enrolment-import/enrolment-import.types';
import { REPORT_JOB_STATUSES, type ReportJobStatus } from '../report/report.types';
import { isUuid } from '../shared/uuid';

/**
 * The PostgreSQL NOTIFY channels of live updates (docs/live-updates.md). The worker's recording
 * transactions notify (delivered only when they commit); every API process LISTENs on one
 * connection and fans the notices out to its subscribers.
 */
export const LIVE_CHANNELS = {
  journey: 'jejak_journey_changed',
  reportJob: 'jejak_report_job_changed',
  enrolmentImport: 'jejak_enrolment_import_changed',
} as const;
export type LiveChannel = (typeof LIVE_CHANNELS)[keyof typeof LIVE_CHANNELS];

/**
 * A committed journey step: ids and codes only, never personal data. programmeId, regionCode and
 * facilitatorId let a process skip subscribers it cannot concern without a query; the scope check
 * itself reads the journey row.
 */
export interface JourneyChangeNotice {
  journeyId: string;
  programmeId: string;
  regionCode: string;
  facilitatorId: string | null;
  stage: Stage;
  status: JourneyStatus;
  seq: number;
}

/** A report job's status or progress moved (committed). */
export interface ReportJobChangeNotice {
  jobId: string;
  status: ReportJobStatus;
  progress: number;
}

/** An enrolment import's status or counts moved (committed: a page's results recorded, or it finished). */
export interface EnrolmentImportChangeNotice {
  importId: string;
  status: EnrolmentImportStatus;
}

const record = (text: string): Record<string, unknown> | null => {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};
const str = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 128;

/** A journey notice from its NOTIFY payload; null for anything malformed (dropped, never guessed). */
export function parseJourneyNotice(text: string): JourneyChangeNotice | null {
  const r = record(text);
  if (!r || !str(r.journeyId) || !isUuid(r.journeyId) || !str(r.programmeId) || !str(r.regionCode)) return null;
  if (r.facilitatorId !== null && !str(r.facilitatorId)) return null;
  if (!JOURNEY_STAGES.includes(r.stage as Stage) || !JOURNEY_STATUSES.includes(r.status as JourneyStatus)) return null;
  if (!Number.isSafeInteger(r.seq)) return null;
  return {
    journeyId: r.journeyId.toLowerCase(),
    programmeId: r.programmeId,
    regionCode: r.regionCode,
    facilitatorId: r.facilitatorId,
    stage: r.stage as Stage,
    status: r.status as JourneyStatus,
    seq: r.seq as number,
  };
}

/** A report job notice from its NOTIFY payload; null for anything malformed. */
export function parseReportJobNotice(text: string): ReportJobChangeNotice | null {
  const r = record(text);
  if (!r || !str(r.jobId) || !isUuid(r.jobId)) return null;
  if (!REPORT_JOB_STATUSES.includes(r.status as ReportJobStatus)) return null;
  if (typeof r.progress !== 'number' || !Number.isFinite(r.progress)) return null;
  return { jobId: r.jobId.toLowerCase(), status: r.status as ReportJobStatus, progress: r.progress };
}

/** An enrolment import notice from its NOTIFY payload; null for anything malformed. */
export function parseEnrolmentImportNotice(text: string): EnrolmentImportChangeNotice | null {
  const r = record(text);
  if (!r || !str(r.importId) || !isUuid(r.importId)) return null;
  if (!ENROLMENT_IMPORT_STATUSES.includes(r.status as EnrolmentImportStatus)) return null;
  return { importId: r.importId.toLowerCase(), status: r.status as EnrolmentImportStatus };
}
