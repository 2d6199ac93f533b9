import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ERROR_CODES } from '../../../domain/errors/error-codes';

/** docs/api.md's error table is the catalogue front-end teams read: it must list every code. */
describe('the error catalogue in docs/api.md', () => {
  it('lists every error code with its meaning', () => {
    const doc = readFileSync(path.join(__dirname, '../../../docs/api.md'), 'utf8');
    for (const [code, meaning] of Object.entries(ERROR_CODES)) expect(doc).toContain(`| \`${code}\` | ${meaning} |`);
  });
});
