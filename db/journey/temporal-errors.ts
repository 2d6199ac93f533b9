import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/common';
import { ServiceError, WorkflowUpdateFailedError } from '@temporalio/client';
import { DomainError, isErrorCode } from '../../domain/errors/error-codes';

/**
 * Translates what the Temporal client throws into the error catalogue (a DomainError); anything else is
 * returned unchanged. A validator's rejection arrives as WorkflowUpdateFailedError whose cause is an
 * ApplicationFailure typed with our code.
 */
export function fromTemporalError(err: unknown, closed: () => boolean): unknown {
  if (err instanceof WorkflowUpdateFailedError) {
    const cause = err.cause as { type?: string; message?: string } | undefined;
    if (cause && isErrorCode(cause.type)) return new DomainError(cause.type, cause.message);
    return new DomainError('INTERNAL', 'The journey could not apply the command');
  }
  if (err instanceof WorkflowNotFoundError) {
    return closed()
      ? new DomainError('JOURNEY_CLOSED')
      : new DomainError('NOT_FOUND', 'The journey workflow does not exist');
  }
  if (err instanceof ServiceError || (err as { code?: number })?.code === 14) {
    return new DomainError('UPSTREAM_UNAVAILABLE', 'Temporal is unavailable; the command was not applied, retry later');
  }
  return err;
}

export const isAlreadyStarted = (err: unknown) => err instanceof WorkflowExecutionAlreadyStartedError;
