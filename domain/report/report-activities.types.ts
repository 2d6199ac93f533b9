/**
 * The steps of a report job, run as Temporal activities (activities/report/report.activities.ts
 * implements them; workflows/report/report.workflow.ts calls them). Each takes the job id only and
 * reads the rest from the job's row; each is idempotent.
 */
export interface ReportActivities {
  /** Computes the job's indicator figures (small cells withheld) and stores them on the job. */
  computeReportFigures(jobId: string): Promise<void>;
  /** Draws the stored figures in the job's format and locale and stores the file: the job is DONE. */
  renderReportFile(jobId: string): Promise<void>;
  /** Marks a job that cannot finish FAILED with a message a person can act on. */
  failReportJob(jobId: string, message: string): Promise<void>;
}
