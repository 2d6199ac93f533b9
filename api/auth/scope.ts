import { DomainError } from '../../domain/errors/error-codes';
import type { GraphQLContext } from '../context';
import {
  ALL,
  inScope,
  organisationInScope,
  regionPrefixInScope,
  type Principal,
  type Scope,
} from '../../domain/staff/principal.rules';
import { isUuid } from '../../domain/shared/uuid';
import { assertJourneyInTeam } from './team-scope';

type ScopeContext = Pick<GraphQLContext, 'principal' | 'loaders' | 'em'>;

export const outOfScope = (what: string) =>
  new DomainError('FORBIDDEN', `${what} is outside your scope (programmes and regions of your token)`);

/**
 * A journey (= beneficiary) must lie in the caller's programmes and regions, read from the
 * beneficiary row (written before the journey starts, so always there). With `ownCaseload`, a
 * facilitator may act only on journeys assigned to them or to nobody yet. A coordinator, always,
 * only on the journeys of their team (api/auth/team-scope.ts). An id that is not a UUID or names
 * nobody is left to the resolver (VALIDATION_FAILED, NOT_FOUND or null).
 */
export async function assertJourneyInScope(
  ctx: ScopeContext,
  journeyId: unknown,
  options: { ownCaseload?: boolean; partner?: 'ASSIGNED' | 'REFERRAL' } = {},
): Promise<void> {
  const principal = ctx.principal;
  if (!principal || typeof journeyId !== 'string' || !isUuid(journeyId)) return;
  const id = journeyId.toLowerCase();
  const person = await ctx.loaders.beneficiary.load(id);
  if (!person) return;
  if (!inScope(principal.scope, person.programmeId, person.regionCode)) throw outOfScope(`Journey ${id}`);
  if (principal.role === 'coordinator') await assertJourneyInTeam(ctx, principal, id);
  if (options.ownCaseload && principal.role === 'facilitator') {
    const journey = await ctx.loaders.journey.load(id);
    if (journey?.facilitatorId && journey.facilitatorId !== principal.userId) {
      throw new DomainError('FORBIDDEN', `Journey ${id} is in another facilitator's caseload`);
    }
  }
  if (principal.role === 'partner') await assertPartnerOrganisation(ctx, principal, id, options.partner ?? 'ASSIGNED');
}

/**
 * A partner acts only for the organisations of its token (fail closed: none named, or none in scope, is
 * refused): the one the journey is assigned to, or the one its open referral names.
 */
async function assertPartnerOrganisation(
  ctx: ScopeContext,
  principal: Principal,
  id: string,
  which: 'ASSIGNED' | 'REFERRAL',
): Promise<void> {
  const journey = await ctx.loaders.journey.load(id);
  const organisationId =
    which === 'ASSIGNED' ? journey?.partnerOrganisationId : journey?.state.referral?.organisationId;
  if (!organisationInScope(principal.scope, organisationId))
    throw new DomainError(
      'FORBIDDEN',
      which === 'ASSIGNED'
        ? `Journey ${id} is not assigned to an organisation you act for`
        : `The referral of journey ${id} does not name an organisation you act for`,
    );
}

export function assertProgrammeInScope(principal: Principal | null, programmeId: unknown): void {
  if (!principal || typeof programmeId !== 'string') return;
  if (!principal.scope.programmes.includes(ALL) && !principal.scope.programmes.includes(programmeId))
    throw outOfScope(`Programme ${programmeId}`);
}

/**
 * Figures of a programme filtered to a region prefix: the prefix must lie inside the caller's regions
 * (government reads its own regions only); no prefix counts the caller's own regions.
 */
export function assertRegionFilterInScope(principal: Principal | null, filter: unknown): void {
  const prefix = (filter as { regionPrefix?: unknown } | null | undefined)?.regionPrefix;
  if (principal && typeof prefix === 'string' && prefix && !regionPrefixInScope(principal.scope, prefix))
    throw outOfScope(`Region ${prefix}`);
}

export function assertPlaceInScope(principal: Principal | null, programmeId: string, regionCode: string): void {
  if (principal && !inScope(principal.scope, programmeId, regionCode))
    throw outOfScope(`Programme ${programmeId} in region ${regionCode}`);
}

/**
 * SQL conditions limiting rows to a scope (bound parameters only): programme in the list, region
 * code starting with one of the prefixes. Nothing for `*`.
 */
export function scopeConditions(
  scope: Scope | null | undefined,
  programmeColumn: string,
  regionColumn: string,
): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!scope) return { where: ['false'], params };
  if (!scope.programmes.includes(ALL)) {
    where.push(`${programmeColumn} in (${scope.programmes.map(() => '?').join(', ')})`);
    params.push(...scope.programmes);
  }
  if (!scope.regions.includes(ALL)) {
    where.push(`(${scope.regions.map(() => `${regionColumn} like ? escape '\\'`).join(' or ')})`);
    params.push(...scope.regions.map((r) => `${r.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  }
  return { where, params };
}

/**
 * SQL conditions limiting a partner's journey rows to those assigned to the organisations of its token
 * (none: no row); nothing for other roles or `*`.
 */
export function partnerConditions(
  principal: Principal | null | undefined,
  organisationColumn: string,
): { where: string[]; params: unknown[] } {
  if (principal?.role !== 'partner') return { where: [], params: [] };
  const { organisations } = principal.scope;
  if (organisations.includes(ALL)) return { where: [`${organisationColumn} is not null`], params: [] };
  if (organisations.length === 0) return { where: ['false'], params: [] };
  return {
    where: [`${organisationColumn} in (${organisations.map(() => '?').join(', ')})`],
    params: [...organisations],
  };
}

/**
 * The audit log has rows of every area (and some of none): a caller whose scope is not `*` for
 * both programmes and regions must name a journey in scope, or a programme and a region code
 * (or `prefix*`) inside their scope, so every row they can read is theirs to read.
 */
export async function assertAuditFilterInScope(
  ctx: ScopeContext,
  filter: { journeyId?: unknown; programmeId?: unknown; regionCode?: unknown } | null | undefined,
): Promise<void> {
  const principal = ctx.principal;
  if (!principal) return;
  const { programmes, regions } = principal.scope;
  if (programmes.includes(ALL) && regions.includes(ALL)) return;
  if (typeof filter?.journeyId === 'string' && isUuid(filter.journeyId)) {
    const person = await ctx.loaders.beneficiary.load(filter.journeyId.toLowerCase());
    if (person && inScope(principal.scope, person.programmeId, person.regionCode)) return;
    throw outOfScope(`Journey ${filter.journeyId}`);
  }
  const programmeOk =
    programmes.includes(ALL) || (typeof filter?.programmeId === 'string' && programmes.includes(filter.programmeId));
  const region = typeof filter?.regionCode === 'string' ? filter.regionCode.replace(/\*$/, '') : null;
  const regionOk = regions.includes(ALL) || (region !== null && regions.some((prefix) => region.startsWith(prefix)));
  if (!programmeOk || !regionOk) {
    throw new DomainError(
      'FORBIDDEN',
      'Your scope is limited: filter the audit log by a journeyId in scope, or by a programmeId and regionCode ' +
        '(or prefix*) within your scope',
    );
  }
}
