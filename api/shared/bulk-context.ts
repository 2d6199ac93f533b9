import { domainCodeOf, localizedMessage } from '../errors/error-mapping';
import type { ErrorCode } from '../../domain/errors/error-codes';
import { errorText } from '../../domain/i18n/translate';
import type { GraphQLContext } from '../context';
import { createLoaders } from '../loaders';

/**
 * The request's context for one row or entry of a bulk operation: its own MikroORM fork (an
 * EntityManager must not serve concurrent units of work) and loaders; same caller and request id.
 */
export function itemContext(ctx: GraphQLContext): GraphQLContext {
  const em = ctx.em.fork();
  return { ...ctx, em, loaders: createLoaders(em) };
}

/**
 * A failure as a report line: its catalogue code and message in the request's language; anything unexpected is
 * INTERNAL (and logged).
 */
export function failureOf(
  ctx: GraphQLContext,
  err: unknown,
  item: Record<string, unknown>,
): { code: ErrorCode; message: string } {
  const domain = domainCodeOf(err);
  if (domain) return { code: domain.code, message: localizedMessage(domain, ctx.locale).message };
  ctx.logger.error({ ...item, err: (err as Error)?.message }, 'bulk item failed unexpectedly');
  return { code: 'INTERNAL', message: errorText(ctx.locale, 'INTERNAL') };
}
