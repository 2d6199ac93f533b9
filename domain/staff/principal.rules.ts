import { ROLES, type Role } from '../journey/journey-codes';
import type { Actor } from '../journey/journey.types';

/**
 * Roles a person can hold (the workflow's internal 'system' is never a caller). `safeguarding` is
 * the dedicated team that handles safeguarding reports (domain spec 7.4): the only role that may
 * read a reporter's identity. The programme's institutional framework (domain spec, institutional
 * framework): `coordinator` (koordinator lapangan) oversees facilitators; `partner` (mitra pelaksana)
 * acts for an organisation of `scope.organisations`; `mentor` delivers the modules assigned to them;
 * `government` (pemda, desa) and `donor` read aggregated figures only, never a person's record.
 */
export const CALLER_ROLES = ROLES.filter((r): r is Exclude<Role, 'system'> => r !== 'system');
export type CallerRole = Exclude<Role, 'system'>;

/**
 * Where a caller may act: programme ids, region code prefixes ("52" covers "52.71.03") and the
 * organisations (implementing partners) they act for. `*` alone in a list means every programme /
 * region / organisation. `organisations` is empty for a caller who acts for none (fail closed: an
 * organisation-scoped record is then out of scope).
 */
export interface Scope {
  programmes: string[];
  regions: string[];
  organisations: string[];
}

/** The verified caller of one request: from a JWT's claims (sub, name, roles, scope). */
export interface Principal {
  userId: string;
  name: string;
  /** Every role in the token. */
  roles: CallerRole[];
  /** The role this request acts in: the token's only role, or the one chosen with `x-jejak-act-as`. */
  role: CallerRole;
  scope: Scope;
}

/** What travels to the workflow: id and role only (never names or scope). */
export const actorOf = (p: Principal): Actor => ({ userId: p.userId, role: p.role });

export const ALL = '*';

export function programmeInScope(scope: Scope, programmeId: string): boolean {
  return scope.programmes.includes(ALL) || scope.programmes.includes(programmeId);
}

/** A region prefix covers every code starting with it ("52" covers "52", "52.71", "52.71.03"). */
export function regionInScope(scope: Scope, regionCode: string): boolean {
  return scope.regions.some((prefix) => prefix === ALL || regionCode.startsWith(prefix));
}

/** A region prefix (or `*`) lies inside the scope's regions: `52.71` inside `52`; `*` only inside `*`. */
export function regionPrefixInScope(scope: Scope, prefix: string): boolean {
  return scope.regions.some((r) => r === ALL || (prefix !== ALL && prefix.startsWith(r)));
}

/** The caller acts for this organisation (an empty list acts for none). */
export function organisationInScope(scope: Scope, organisationId: string | null | undefined): boolean {
  if (!organisationId) return false;
  return scope.organisations.includes(ALL) || scope.organisations.includes(organisationId);
}

export function inScope(scope: Scope, programmeId: string, regionCode: string): boolean {
  return programmeInScope(scope, programmeId) && regionInScope(scope, regionCode);
}
