import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ERROR_CODES } from '../../../domain/errors/error-codes';

/** The README's error table is the catalogue front-end teams read: it must list every code. */
describe('the README error catalogue', () => {
  it('lists every error code with its meaning', () => {
    const readme = readFileSync(path.join(__dirname, '../../../README.md'), 'utf8');
    for (const [code, meaning] of Object.entries(ERROR_CODES)) expect(readme).toContain(`| \`${code}\` | ${meaning} |`);
  });
});
