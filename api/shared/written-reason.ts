import { DomainError } from '../../domain/errors/error-codes';

/**
 * A written reason for an action on personal data (reveal, erasure): 10-500 characters once trimmed, or
 * REASON_REQUIRED.
 */
export function requireWrittenReason(reason: string, action: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < 10 || trimmed.length > 500)
    throw new DomainError('REASON_REQUIRED', `${action} needs a written reason (10-500 characters)`);
  return trimmed;
}
