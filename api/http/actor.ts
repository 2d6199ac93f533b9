import type { IncomingHttpHeaders } from 'node:http';
import type { Actor } from '../../domain/journey/journey.types';
import { DomainError } from '../../domain/errors/error-codes';
import { createTokenVerifier, type JwtConfig, type TokenVerifier } from '../auth/jwt';
import type { CallerRole, Principal } from '../../domain/staff/principal.rules';

const verifiers = new WeakMap<JwtConfig, TokenVerifier>();

function verifierFor(config: JwtConfig): TokenVerifier {
  let verifier = verifiers.get(config);
  if (!verifier) {
    verifier = createTokenVerifier(config);
    verifiers.set(config, verifier);
  }
  return verifier;
}

/**
 * The caller of a request, from `Authorization: Bearer <JWT>` (verified with jose: HS256 secret
 * or JWKS, see api/auth/jwt.ts). No header: null (anonymous). A bad token: UNAUTHENTICATED.
 * A token with several roles acts in its first, or in the one named by `x-jejak-act-as`.
 */
export async function actorFromHeaders(headers: IncomingHttpHeaders, config: JwtConfig): Promise<Principal | null> {
  const header = headers.authorization;
  if (header === undefined || header === '') return null;
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(header.trim());
  if (!match || header.length > 8192) throw new DomainError('UNAUTHENTICATED', 'Authorization must be "Bearer <JWT>"');
  const principal = await verifierFor(config)(match[1]);
  const actAs = headers['x-jejak-act-as'];
  if (typeof actAs === 'string' && actAs !== '') {
    if (!principal.roles.includes(actAs as CallerRole))
      throw new DomainError(
        'UNAUTHENTICATED',
        `x-jejak-act-as names a role the token does not hold (${principal.roles.join(', ')})`,
      );
    return { ...principal, role: actAs as CallerRole };
  }
  return principal;
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor)
    throw new DomainError(
      'UNAUTHENTICATED',
      'This operation needs an identity: Authorization: Bearer <JWT> (npm run token mints development tokens)',
    );
  return actor;
}

export function requirePrincipal(principal: Principal | null): Principal {
  if (!principal)
    throw new DomainError(
      'UNAUTHENTICATED',
      'This operation needs an identity: Authorization: Bearer <JWT> (npm run token mints development tokens)',
    );
  return principal;
}
