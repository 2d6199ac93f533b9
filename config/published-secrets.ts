/**
 * Secrets printed in this repository: a former docker-compose.yml fallback, the tests' fixtures and any
 * documentation example. Anyone can read them, so in production config/env.ts refuses each of them as a
 * token secret, a sealing key or the blind-index key. test/unit/config/published-secrets.test.ts scans
 * the repository's text files for key-shaped values and fails on any that is not listed here.
 */
import type { DataKeys } from './crypto/field-cipher';

export const PUBLISHED_SECRETS: readonly string[] = [
  // docker-compose.yml's former fallback for DATA_ENCRYPTION_KEYS (as k1) and DATA_HASH_KEY.
  'Y2hhbmdlLW1lLWNoYW5nZS1tZS1jaGFuZ2UtbWUtMzI=',
  // HS256 secrets of the tests: test/support/app-harness.ts, test/unit/api/auth-jwt.test.ts.
  'jejak-test-secret-0123456789abcdef0123456789',
  'unit-test-secret-0123456789abcdef0123456789',
];

/** How to make a key of one's own, for the messages that refuse one. */
export const HOW_TO_MAKE_A_KEY =
  "make one with `openssl rand -base64 32` (or `node -e \"console.log(require('node:crypto')" +
  ".randomBytes(32).toString('base64'))\"`)";

/** True when the text of a secret (JWT_SECRET, a base64 key) is one printed in the repository. */
export function isPublishedSecret(text: string): boolean {
  return PUBLISHED_SECRETS.includes(text.trim());
}

/**
 * True when key bytes are those of a published secret, whichever way they were written (base64 with or
 * without padding, base64url, or the text itself), so re-encoding a published key does not pass.
 */
export function isPublishedKey(key: Buffer): boolean {
  return PUBLISHED_SECRETS.some(
    (secret) => Buffer.from(secret, 'base64').equals(key) || Buffer.from(secret, 'utf8').equals(key),
  );
}

/**
 * Why production may not use these data keys, or null. A published key may still follow the first one in
 * DATA_ENCRYPTION_KEYS: it then only opens values sealed before, until `npm run db:rotate-keys` re-seals them.
 */
export function publishedDataKeyProblem(dataKeys: DataKeys): string | null {
  const current = dataKeys.currentKeyId;
  if (isPublishedKey(dataKeys.keys[current]))
    return (
      `DATA_ENCRYPTION_KEYS key "${current}" is printed in the Jejak repository, so anyone could open what it ` +
      `seals: ${HOW_TO_MAKE_A_KEY}, put it first and keep "${current}" after it until ` +
      '`npm run db:rotate-keys` has re-sealed the data'
    );
  if (isPublishedKey(dataKeys.hashKey))
    return `DATA_HASH_KEY is printed in the Jejak repository, so anyone could match NIKs to it: ${HOW_TO_MAKE_A_KEY}`;
  return null;
}
