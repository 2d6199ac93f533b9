import { ERROR_CODES, type ErrorCode } from '../errors/error-codes';
import { ERROR_MESSAGES_ID } from '../errors/error-messages.id';
import { interpolate, type MessageParams } from './interpolate';
import { LABELS_EN } from './labels.en';
import { LABELS_ID } from './labels.id';
import type { LabelCatalogue, LabelGroup } from './labels.types';
import type { Locale } from './locale';
import { MESSAGES_EN, type MessageCatalogue, type MessageKey } from './messages.en';
import { MESSAGES_ID } from './messages.id';

export const MESSAGES: Record<Locale, MessageCatalogue> = { en: MESSAGES_EN, id: MESSAGES_ID };
export const LABELS: Record<Locale, LabelCatalogue> = { en: LABELS_EN, id: LABELS_ID };
export const ERROR_MESSAGES: Record<Locale, { readonly [C in ErrorCode]: string }> = {
  en: ERROR_CODES,
  id: ERROR_MESSAGES_ID,
};

/** A catalogue message in `locale`, placeholders filled from `params`. */
export const t = (locale: Locale, key: MessageKey, params?: MessageParams): string =>
  interpolate(MESSAGES[locale][key], params);

/** The sentence for an error code in `locale`. */
export const errorText = (locale: Locale, code: ErrorCode): string => ERROR_MESSAGES[locale][code];

/**
 * The display name of a code in `locale`. A code outside its table (a stored value from an older
 * version, an action name no table lists) is shown as the code itself rather than failing.
 */
export function label<G extends LabelGroup>(locale: Locale, group: G, code: keyof LabelCatalogue[G] | string): string {
  const table = LABELS[locale][group] as Record<string, string>;
  return Object.prototype.hasOwnProperty.call(table, code) ? table[code as string] : String(code);
}
