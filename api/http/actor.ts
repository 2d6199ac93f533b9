import type { IncomingHttpHeaders } from 'node:http';
import type { Actor, Role } from '../../domain/journey/journey.types';
import { DomainError } from '../../domain/errors/error-codes';

const ROLES: Role[] = ['facilitator', 'manager', 'auditor', 'viewer', 'admin'];

/**
 * Development identity: `x-jejak-user` and `x-jejak-role` headers. This is NOT authentication;
 * issue 6 replaces it with verified JWTs. Kept in one function so that swap touches one place.
 */
export function actorFromHeaders(headers: IncomingHttpHeaders): Actor | null {
  const userId = headers['x-jejak-user'];
  const role = headers['x-jejak-role'];
  if (typeof userId !== 'string' || typeof role !== 'string') return null;
  if (!/^[A-Za-z0-9_\-:.@]{1,128}$/.test(userId) || !ROLES.includes(role as Role)) {
    throw new DomainError('UNAUTHENTICATED', 'x-jejak-user must be an id and x-jejak-role one of ' + ROLES.join(', '));
  }
  return { userId, role: role as Role };
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new DomainError('UNAUTHENTICATED', 'This operation needs an identity (x-jejak-user and x-jejak-role headers)');
  return actor;
}
