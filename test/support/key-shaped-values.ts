/**
 * Finds values in the repository's text that could be used as a secret, so a test can check each is on
 * the list production refuses (config/published-secrets.ts). Key-shaped means:
 * - a base64 or base64url run of 43 to 88 characters (32 to 66 bytes: DATA_ENCRYPTION_KEYS, DATA_HASH_KEY,
 *   a JWT secret) mixing upper case, lower case and digits, that is neither a recorded payload (base64 of
 *   JSON, as in Temporal histories) nor text around a UUID (ids such as `approvePlan-2-<uuid>`);
 * - the literal value, 32+ characters, given to a name that says secret or password (JWT_SECRET: '...',
 *   const TEST_SECRET = "..."), unless it is a placeholder or an expression ($, %, <, {, \).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..');

const BASE64_RUN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{43,88}={0,2}(?![A-Za-z0-9+/=_-])/g;
const SECRET_LITERAL = /(?:secret|password|passphrase)\w*["']?\s*[:=]\s*['"`]?([^\s'"`,;)}]{32,})/gi;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

function isJsonPayload(run: string): boolean {
  try {
    JSON.parse(Buffer.from(run, 'base64').toString('utf8'));
    return true;
  } catch {
    return false;
  }
}

const looksRandom = (run: string): boolean => /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run);

/** Key-shaped values of one line of text. */
export function keyShapedValues(line: string): string[] {
  const found: string[] = [];
  for (const [run] of line.matchAll(BASE64_RUN))
    if (looksRandom(run) && !UUID.test(run) && !isJsonPayload(run)) found.push(run);
  for (const [, value] of line.matchAll(SECRET_LITERAL)) if (!/[$%<{\\]/.test(value)) found.push(value);
  return found;
}

export interface KeyShapedValue {
  /** file:line, relative to the repository root. */
  where: string;
  value: string;
}

/**
 * Every key-shaped value in the repository's text files: those git tracks and new ones it does not
 * ignore (node_modules/, dist/ and .data/ are ignored); files with a NUL byte are binary and skipped.
 */
export function repositoryKeyShapedValues(root = REPOSITORY_ROOT): KeyShapedValue[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const found: KeyShapedValue[] = [];
  for (const file of listed.split('\0').filter(Boolean)) {
    const full = path.join(root, file);
    if (!existsSync(full)) continue; // deleted in the work tree, not yet committed
    const bytes = readFileSync(full);
    if (bytes.includes(0)) continue;
    bytes
      .toString('utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const value of keyShapedValues(line)) found.push({ where: `${file}:${i + 1}`, value });
      });
  }
  return found;
}
