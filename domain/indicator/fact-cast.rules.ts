/**
 * Reading a JSON value as PostgreSQL reads `value->>'key'` cast to a type, for the fact projection
 * (journey-fact.rules.ts): absent or unreadable values are null, as the indicators left them out.
 */
const TRUE = new Set(['true', 't', 'yes', 'y', 'on', '1']);
const FALSE = new Set(['false', 'f', 'no', 'n', 'off', '0']);

export const factCast = {
  /** `->>`: text of a scalar, JSON text of an object or array, null for JSON null or absent. */
  text(v: unknown): string | null {
    if (v === null || v === undefined) return null;
    if (typeof v === 'object') return JSON.stringify(v);
    if (typeof v === 'string') return v;
    return typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
  },
  /** `::float8`. */
  num(v: unknown): number | null {
    if (v === null || v === undefined || v === '' || typeof v === 'boolean' || typeof v === 'object') return null;
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  },
  /** `::int` (whole numbers only). */
  int(v: unknown): number | null {
    const n = factCast.num(v);
    return n !== null && Number.isInteger(n) ? n : null;
  },
  /** `::boolean`. */
  bool(v: unknown): boolean | null {
    if (typeof v === 'boolean') return v;
    if (typeof v !== 'string') return null;
    const s = v.trim().toLowerCase();
    return TRUE.has(s) ? true : FALSE.has(s) ? false : null;
  },
  /** `::timestamptz`, as an ISO instant. */
  time(v: unknown): string | null {
    if (typeof v !== 'string') return null;
    const t = Date.parse(v);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  },
  /** `->` on an object: its fields; anything else has none. */
  obj(v: unknown): Record<string, unknown> {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  },
};
