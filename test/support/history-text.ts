import type { temporal } from '@temporalio/proto';

/** Every payload of a workflow history decoded to text, to prove what never travels through Temporal. */
export function historyPayloadText(history: temporal.api.history.v1.IHistory): string {
  const parts: string[] = [];
  const walk = (value: unknown): void => {
    if (value instanceof Uint8Array) {
      parts.push(Buffer.from(value).toString('utf8'));
      return;
    }
    if (Array.isArray(value)) {
      value.forEach(walk);
      return;
    }
    if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
    if (typeof value === 'string') parts.push(value);
  };
  walk(history);
  return parts.join('\n');
}
