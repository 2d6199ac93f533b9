import { createHash } from 'node:crypto';

/**
 * A UUID (version 5 layout) derived from a namespace and a name: the same client idempotency key
 * always yields the same row id, so a retried request touches the same rows.
 */
export function deterministicUuid(namespace: string, name: string): string {
  const hash = createHash('sha1').update(`${namespace}\u0000${name}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

const KEY = /^[A-Za-z0-9_\-:.]{8,128}$/;
export const isIdempotencyKey = (key: string): boolean => KEY.test(key);
