import { ApplicationFailure, proxyActivities } from '@temporalio/workflow';
import type { ReportActivities } from '../../domain/report/report-activities.types';
import type { ReportWorkflowInput } from './report.messages';

const steps = proxyActivities<ReportActivities>({
  startToCloseTimeout: '10 minutes',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '30 seconds',
    maximumAttempts: 5,
    nonRetryableErrorTypes: ['DomainError'],
  },
});
const fail = proxyActivities<ReportActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '1 minute' },
});

/**
 * One report: compute its figures, then render and store the file. Progress lives on the job row
 * (the activities move it), so clients poll PostgreSQL, never this workflow. A step that keeps
 * failing marks the job FAILED with its message, and the workflow ends.
 */
export async function reportWorkflow(input: ReportWorkflowInput): Promise<void> {
  try {
    await steps.computeReportFigures(input.jobId);
    await steps.renderReportFile(input.jobId);
  } catch (err) {
    const cause = (err as { cause?: unknown }).cause;
    const message =
      cause instanceof ApplicationFailure ? cause.message : 'The report could not be generated; request it again later';
    await fail.failReportJob(input.jobId, message);
  }
}
