import {
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { DomainError } from '../../domain/errors/error-codes';
import { CALLER_ROLES, type CallerRole, type Principal, type Scope } from '../../domain/staff/principal.rules';

/** What the API needs to verify tokens (from config/env.ts). */
export interface JwtConfig {
  /** HS256 shared secret (development, tests). */
  jwtSecret: string | null;
  /** JWKS URL (production): keys fetched, cached and re-fetched on an unknown `kid` by jose. */
  jwtJwksUrl: string | null;
  jwtIssuer: string | null;
  jwtAudience: string | null;
}

export type TokenVerifier = (token: string) => Promise<Principal>;

const ID = /^[A-Za-z0-9_\-:.@]{1,128}$/;
const SCOPE_ITEM = /^(\*|[A-Za-z0-9_\-.]{1,64})$/;
const unauthenticated = (why: string) => new DomainError('UNAUTHENTICATED', `Invalid token: ${why}`);

const stringList = (value: unknown, max: number): string[] | null =>
  Array.isArray(value) && value.length <= max && value.every((v) => typeof v === 'string' && SCOPE_ITEM.test(v))
    ? (value as string[])
    : null;

/**
 * Checks the claims after the signature: sub, name, roles, scope { programmes, regions, organisations }.
 * `organisations` may be absent (the caller acts for no organisation) except for a partner, who acts
 * only for the organisations listed.
 */
export function principalFromClaims(payload: JWTPayload): Principal {
  const sub = payload.sub;
  if (typeof sub !== 'string' || !ID.test(sub)) throw unauthenticated('sub must be a user id');
  const rawRoles = payload.roles;
  if (
    !Array.isArray(rawRoles) ||
    rawRoles.length === 0 ||
    !rawRoles.every((r) => CALLER_ROLES.includes(r as CallerRole))
  ) {
    throw unauthenticated(`roles must be a non-empty list of ${CALLER_ROLES.join(', ')}`);
  }
  const scope = payload.scope as Partial<Scope> | undefined;
  const programmes = stringList(scope?.programmes, 200);
  const regions = stringList(scope?.regions, 500);
  if (
    !scope ||
    typeof scope !== 'object' ||
    !programmes ||
    !regions ||
    programmes.length === 0 ||
    regions.length === 0
  ) {
    throw unauthenticated('scope must list programmes and regions (unscoped tokens are refused)');
  }
  const organisations = scope.organisations === undefined ? [] : stringList(scope.organisations, 200);
  if (!organisations) throw unauthenticated('scope.organisations must be a list of organisation ids');
  const roles = [...new Set(rawRoles as CallerRole[])];
  if (roles.includes('partner') && organisations.length === 0) {
    throw unauthenticated('a partner token must list the organisations it acts for (scope.organisations)');
  }
  const name = typeof payload.name === 'string' ? payload.name.slice(0, 200) : sub;
  return { userId: sub, name, roles, role: roles[0], scope: { programmes, regions, organisations } };
}

export function createTokenVerifier(config: JwtConfig): TokenVerifier {
  const options = {
    ...(config.jwtIssuer ? { issuer: config.jwtIssuer } : {}),
    ...(config.jwtAudience ? { audience: config.jwtAudience } : {}),
  };
  let verify: (token: string) => Promise<JWTPayload>;
  if (config.jwtJwksUrl) {
    const jwks: JWTVerifyGetKey = createRemoteJWKSet(new URL(config.jwtJwksUrl), {
      cacheMaxAge: 10 * 60_000,
      cooldownDuration: 30_000,
    });
    verify = async (token) =>
      (await jwtVerify(token, jwks, { ...options, algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'] })).payload;
  } else if (config.jwtSecret) {
    const key = new TextEncoder().encode(config.jwtSecret);
    verify = async (token) => (await jwtVerify(token, key, { ...options, algorithms: ['HS256'] })).payload;
  } else {
    throw new Error('JWT verification needs JWT_SECRET or JWT_JWKS_URL');
  }
  return async (token) => {
    let payload: JWTPayload;
    try {
      payload = await verify(token);
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw unauthenticated('expired');
      if (err instanceof joseErrors.JWSSignatureVerificationFailed) throw unauthenticated('signature does not verify');
      if (err instanceof joseErrors.JWTClaimValidationFailed) throw unauthenticated(`claim ${err.claim} ${err.reason}`);
      if (err instanceof joseErrors.JOSEError) throw unauthenticated('malformed or not signed with an accepted key');
      throw err; // e.g. the JWKS endpoint is down: not the caller's fault
    }
    if (typeof payload.exp !== 'number') throw unauthenticated('exp is required');
    return principalFromClaims(payload);
  };
}

export interface DevTokenClaims {
  sub: string;
  name?: string;
  roles: CallerRole[];
  /** `organisations` may be left out: the caller acts for no organisation. */
  scope: Omit<Scope, 'organisations'> & { organisations?: string[] };
}

/** Mints an HS256 development token (npm run token, the test harness). Never for production. */
export async function mintDevToken(
  secret: string,
  claims: DevTokenClaims,
  ttlSeconds = 8 * 3600,
  issuer?: string | null,
  audience?: string | null,
): Promise<string> {
  let jwt = new SignJWT({ name: claims.name ?? claims.sub, roles: claims.roles, scope: claims.scope })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds);
  if (issuer) jwt = jwt.setIssuer(issuer);
  if (audience) jwt = jwt.setAudience(audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
