/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; objects as JSON. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = fieldText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Dates as ISO 8601, other objects (arrays included) as JSON, anything else as `String()` writes it. */
function fieldText(value: NonNullable<unknown>): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return String(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return '';
}
