import { ApplicationFailure } from '@temporalio/workflow';
import type { ErrorCode } from '../../domain/errors/error-codes';

const KEY_REUSED: ErrorCode = 'IDEMPOTENCY_KEY_REUSED';

/**
 * The idempotency keys a workflow has applied, each with the type of the step it applied (a journey
 * command, a complaint step). A client retrying a step with its key gets the current answer and
 * nothing is applied twice; a key reused for another step is refused. Workflows carry the entries
 * across continue-as-new, so a retry after a new run is still recognised.
 */
export class ProcessedKeys {
  private readonly applied: Map<string, string>;

  constructor(carried: readonly [string, string][] = []) {
    this.applied = new Map(carried);
  }

  /**
   * True when `key` already applied a step of this `type` (answer, apply nothing); false when the key
   * is new. Throws IDEMPOTENCY_KEY_REUSED (not retryable) when the key applied a step of another type.
   */
  alreadyApplied(key: string, type: string): boolean {
    const seen = this.applied.get(key);
    if (seen === undefined) return false;
    if (seen === type) return true;
    throw ApplicationFailure.create({ type: KEY_REUSED, message: `key already used for ${seen}`, nonRetryable: true });
  }

  add(key: string, type: string): void {
    this.applied.set(key, type);
  }

  /** The keys in the order they were applied, to carry into the next run. */
  entries(): [string, string][] {
    return [...this.applied.entries()];
  }
}
