import { ApplicationFailure, ContinueAsNew, continueAsNew, proxyActivities } from '@temporalio/workflow';
import { continuesAsNew } from '../../domain/enrolment-import/enrolment-import.rules';
import type { EnrolmentImportActivities } from '../../domain/enrolment-import/enrolment-import.types';
import type { EnrolmentImportWorkflowInput } from './enrolment-import.messages';

const steps = proxyActivities<EnrolmentImportActivities>({
  startToCloseTimeout: '10 minutes',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '30 seconds',
    maximumAttempts: 10,
    nonRetryableErrorTypes: ['DomainError'],
  },
});
const finish = proxyActivities<EnrolmentImportActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '1 minute' },
});

/**
 * One enrolment import: apply its rows page by page (each page records its rows and the import's counts, so
 * clients poll PostgreSQL, never this workflow), continuing as new after a share of pages so the history stays
 * small for any file. After a worker crash the next worker replays and asks for the next page: the rows already
 * recorded are not applied again. A page that keeps failing marks the import FAILED.
 */
export async function enrolmentImportWorkflow(input: EnrolmentImportWorkflowInput): Promise<void> {
  let pages = 0;
  try {
    for (;;) {
      const progress = await steps.applyEnrolmentImportPage(input.importId);
      pages++;
      if (progress.done >= progress.total) break;
      if (continuesAsNew(pages, progress)) return await continueAsNew<typeof enrolmentImportWorkflow>(input);
    }
    await finish.finishEnrolmentImport(input.importId);
  } catch (err) {
    if (err instanceof ContinueAsNew) throw err;
    const cause = (err as { cause?: unknown }).cause;
    const message =
      cause instanceof ApplicationFailure ? cause.message : 'The import could not be completed; start it again later';
    await finish.failEnrolmentImport(input.importId, message);
  }
}
