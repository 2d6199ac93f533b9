import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Where development-only secrets live: `.data/dev-secrets/` of the clone (git-ignored). */
export const devSecretsDir = (): string =>
  resolve(process.env.JEJAK_DEV_SECRETS_DIR ?? join(process.cwd(), '.data', 'dev-secrets'));

/**
 * A development secret (random `bytes`, base64), generated once into `.data/dev-secrets/<name>`
 * and reused by every process of the clone (API, `npm run token`). Never used in production:
 * config/env.ts requires the real variable there. Says so on stderr when it first creates one.
 */
export function devSecret(name: string, bytes: number, variable: string): string {
  const dir = devSecretsDir();
  const file = join(dir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  // .data stays readable: embedded PostgreSQL runs as another user under it.
  mkdirSync(dirname(dir), { recursive: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const value = randomBytes(bytes).toString('base64');
  writeFileSync(file, `${value}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  process.stderr.write(
    `${variable} is not set: generated a DEVELOPMENT value into ${file} (never use it in production)\n`,
  );
  return value;
}
