import { DomainError } from '../../domain/errors/error-codes';
import type { Actor } from '../../domain/journey/journey.types';
import { requireActor } from '../http/actor';

/**
 * Who may read the audit log, journey histories and their exports: auditors and managers (the roles of the audit
 * rows of ACCESS_POLICY; the /exports/* handler is not a GraphQL field, so this is its role check).
 */
export function requireAuditReader(actor: Actor | null): Actor {
  const caller = requireActor(actor);
  if (caller.role !== 'auditor' && caller.role !== 'manager')
    throw new DomainError('FORBIDDEN', 'Only auditors and managers may read the audit trail');
  return caller;
}
