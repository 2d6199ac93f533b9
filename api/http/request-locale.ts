import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingHttpHeaders } from 'node:http';
import { resolveLocale, type Locale } from '../../domain/i18n/locale';

/**
 * The language of the request being answered. Resolvers read it from the GraphQL context
 * (`ctx.locale`); Apollo's formatError has no context, so the server also runs each GraphQL request
 * inside this store and the error mapping reads it here.
 */
const store = new AsyncLocalStorage<Locale>();

export const localeOfRequest = (headers: IncomingHttpHeaders, fallback: Locale): Locale =>
  resolveLocale(headers['accept-language'], fallback);

export const withRequestLocale = <T>(locale: Locale, fn: () => T): T => store.run(locale, fn);

/** The current request's locale; English outside a request (tests calling the mapping directly). */
export const currentLocale = (): Locale => store.getStore() ?? 'en';
