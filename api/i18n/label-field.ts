import type { LabelCatalogue, LabelGroup } from '../../domain/i18n/labels.types';
import { label } from '../../domain/i18n/translate';
import type { GraphQLContext } from '../context';

/**
 * The one pattern for display names: beside a stable code field `x` an object has `xLabel`, the
 * code's name in the request's language (Accept-Language `id` or `en`, else DEFAULT_LOCALE).
 * Clients keep matching on the code; people read the label.
 */
export const labelDescription = (what: string, exampleId: string, exampleEn: string): string =>
  `${what}, for display, in the language of the request (Accept-Language id or en, else the deployment's ` +
  `DEFAULT_LOCALE), e.g. "${exampleId}" / "${exampleEn}". Match on the code, show this.`;

/** The label of `code` for this request; null stays null (an optional code not set yet). */
export function labelFor<G extends LabelGroup>(
  ctx: GraphQLContext,
  group: G,
  code: keyof LabelCatalogue[G] | string | null | undefined,
): string | null {
  return code === null || code === undefined ? null : label(ctx.locale, group, code);
}

/** The same for a code that is always set. */
export const requiredLabel = <G extends LabelGroup>(
  ctx: GraphQLContext,
  group: G,
  code: keyof LabelCatalogue[G] | string,
): string => label(ctx.locale, group, code);
