/** Starts a report job's workflow: the job id only (everything else is on the job's row). */
export interface ReportWorkflowInput {
  jobId: string;
}

/** One workflow per report job. */
export const reportWorkflowId = (jobId: string): string => `report-${jobId}`;
