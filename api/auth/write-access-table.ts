import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { accessTableMarkdown } from './access-policy';

/**
 * `npm run docs:access`: regenerates the role table of docs/security.md (between its access-table
 * markers) from ACCESS_POLICY, so the document never drifts from what the API enforces.
 */
const root = path.resolve(__dirname, '..', '..', ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []));
const SECURITY_DOC = path.join(root, 'docs', 'security.md');
const MARKERS = /(<!-- access-table:start -->\n)[\s\S]*?(\n<!-- access-table:end -->)/;

export function withAccessTable(doc: string): string {
  if (!MARKERS.test(doc)) throw new Error(`${SECURITY_DOC} has no access-table markers`);
  return doc.replace(MARKERS, (_all, start: string, end: string) => `${start}${accessTableMarkdown()}${end}`);
}

if (require.main === module) {
  writeFileSync(SECURITY_DOC, withAccessTable(readFileSync(SECURITY_DOC, 'utf8')));
  process.stdout.write(`wrote the role table of ${SECURITY_DOC}\n`);
}
