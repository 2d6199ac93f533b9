/**
 * The languages Jejak speaks: Indonesian (`id`, the working language of facilitators, coordinators
 * and local government) and English (`en`). Pure: no I/O; the API resolves one locale per request.
 */
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** `id`, `id-ID`, `in` (the old ISO code for Indonesian), `EN-us` ... to a Locale; null when it is neither language. */
export function localeOfTag(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'id' || primary === 'in') return 'id';
  if (primary === 'en') return 'en';
  return null;
}

interface Weighted {
  locale: Locale | null;
  wildcard: boolean;
  q: number;
  order: number;
}

function parseRange(part: string, order: number): Weighted | null {
  const [rawTag, ...params] = part.split(';').map((s) => s.trim());
  if (!rawTag || !/^(\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)$/.test(rawTag)) return null;
  let q = 1;
  for (const p of params) {
    if (!/^q\s*=/i.test(p)) continue;
    const m = /^q\s*=\s*([0-9](\.[0-9]{0,3})?)$/i.exec(p);
    if (!m) return null; // a malformed weight: the range is ignored
    q = Number(m[1]);
  }
  if (!(q > 0) || q > 1) return null; // q=0 means "not this one"
  return { locale: rawTag === '*' ? null : localeOfTag(rawTag), wildcard: rawTag === '*', q, order };
}

/**
 * The locale for an HTTP `Accept-Language` header (RFC 9110 §12.5.4): the supported language with
 * the highest q-value, the earlier one on a tie; `*` or no supported language (or no header, or a
 * malformed one) gives the deployment's default.
 */
export function resolveLocale(acceptLanguage: string | string[] | undefined | null, fallback: Locale): Locale {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (!header || header.length > 1024) return fallback;
  const ranges = header
    .split(',')
    .map((part, i) => parseRange(part, i))
    .filter((r): r is Weighted => r !== null);
  ranges.sort((a, b) => b.q - a.q || a.order - b.order);
  for (const r of ranges) {
    if (r.wildcard) return fallback;
    if (r.locale) return r.locale;
  }
  return fallback;
}
