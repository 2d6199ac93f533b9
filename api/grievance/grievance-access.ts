import { DomainError } from '../../domain/errors/error-codes';
import { inScope } from '../../domain/staff/principal.rules';
import { outOfScope } from '../auth/scope';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import { assertUuid } from '../journey/journey-read.service';

/**
 * A complaint, conflict or safeguarding report named by id (scope rule RECORD): a malformed id is
 * VALIDATION_FAILED, an unknown one NOT_FOUND, one outside the caller's programmes and regions FORBIDDEN.
 */
export async function loadRecordInScope<T extends { programmeId: string; regionCode: string }>(
  ctx: GraphQLContext,
  what: string,
  id: string,
  load: (id: string) => Promise<T | null>,
): Promise<T> {
  const principal = requirePrincipal(ctx.principal);
  assertUuid(id);
  const row = await load(id.toLowerCase());
  if (!row) throw new DomainError('NOT_FOUND', `No ${what} ${id}`);
  if (!inScope(principal.scope, row.programmeId, row.regionCode))
    throw outOfScope(`${what[0].toUpperCase()}${what.slice(1)} ${id}`);
  return row;
}

/** Trimmed text within limits, or VALIDATION_FAILED naming the field. */
export function boundedText(name: string, value: string | null | undefined, min: number, max: number): string {
  const text = (value ?? '').trim();
  if (text.length < min || text.length > max)
    throw new DomainError('VALIDATION_FAILED', `${name} must be ${min}-${max} characters`);
  return text;
}
