import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ERROR_CODES } from '../../../domain/errors/error-codes';
import { placeholdersOf } from '../../../domain/i18n/interpolate';
import { JOURNEY_EVENT_TYPES } from '../../../domain/journey/journey-codes';
import { ERROR_MESSAGES, LABELS, MESSAGES } from '../../../domain/i18n/translate';
import { INDICATOR_CATALOGUE } from '../../../domain/indicator/indicator-catalogue';
import { dimensionLabel, indicatorLabel, knowsIndicator, levelLabel } from '../../../domain/report/indicator-text';
import { REPORT_TEXT } from '../../../domain/report/report-text';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a catalogue as `path -> text`. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [p, text] of leaves(v, `${prefix}${k}.`)) out.set(p, text);
  }
  return out;
}

/** What the two languages of one catalogue disagree on: keys only in one, empty texts, different placeholders. */
export function parityProblems(en: Tree, id: Tree): string[] {
  const a = leaves(en);
  const b = leaves(id);
  const problems: string[] = [];
  for (const k of a.keys()) if (!b.has(k)) problems.push(`${k}: missing in id`);
  for (const k of b.keys()) if (!a.has(k)) problems.push(`${k}: missing in en`);
  for (const [k, text] of a) {
    const other = b.get(k);
    if (other === undefined) continue;
    if (!text.trim() || !other.trim()) problems.push(`${k}: empty text`);
    if (placeholdersOf(text).join() !== placeholdersOf(other).join())
      problems.push(`${k}: placeholders ${placeholdersOf(text).join()} vs ${placeholdersOf(other).join()}`);
  }
  return problems;
}

/** Every catalogue of text a person reads, in both languages. Add a catalogue here when one is added. */
const CATALOGUES: [string, Tree, Tree][] = [
  ['messages', MESSAGES.en, MESSAGES.id],
  ['labels', LABELS.en as unknown as Tree, LABELS.id as unknown as Tree],
  ['error codes', ERROR_MESSAGES.en, ERROR_MESSAGES.id],
  ['report texts (domain/report/report-text.ts)', REPORT_TEXT.en as unknown as Tree, REPORT_TEXT.id as unknown as Tree],
];

describe('Indonesian and English catalogues', () => {
  it.each(CATALOGUES)('%s: every key in both languages, with the same placeholders', (_name, en, id) => {
    expect(leaves(en).size).toBeGreaterThan(3);
    expect(parityProblems(en, id)).toEqual([]);
  });

  it('finds a key that exists in one language only, and a lost placeholder', () => {
    expect(parityProblems({ a: 'x {n}', b: { c: 'y' } }, { a: 'x', b: { d: 'y' } })).toEqual([
      'b.c: missing in id',
      'b.d: missing in en',
      'a: placeholders n vs ',
    ]);
  });

  it('has an Indonesian sentence for every error code, different from the English one', () => {
    for (const code of Object.keys(ERROR_CODES) as (keyof typeof ERROR_CODES)[]) {
      expect(ERROR_MESSAGES.id[code]).toBeTruthy();
      expect(ERROR_MESSAGES.id[code]).not.toBe(ERROR_CODES[code]);
    }
  });

  it('names every event type the journey machine emits', () => {
    const dir = path.join(__dirname, '../../../domain/journey');
    const emitted = new Set<string>(['ENROLLED']); // the start event, built in journey.machine.ts
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      for (const m of readFileSync(path.join(dir, file), 'utf8').matchAll(/emit\(\w+, '([A-Z_]+)'/g)) emitted.add(m[1]);
    }
    expect([...emitted].filter((type) => !(JOURNEY_EVENT_TYPES as readonly string[]).includes(type))).toEqual([]);
  });

  it('names every indicator family, logframe level and dimension of the reports in both languages', () => {
    for (const { family } of INDICATOR_CATALOGUE) {
      expect(knowsIndicator(family)).toBe(true);
      expect(indicatorLabel('id', family)).not.toBe(indicatorLabel('en', family));
    }
    for (const level of ['IMPACT', 'OUTCOME', 'OUTPUT', 'ACTIVITY'] as const)
      expect(levelLabel('id', level)).not.toBe(levelLabel('en', level));
    for (const dimension of ['SEX', 'AGE_BAND', 'DISABILITY', 'REGION', 'COHORT'] as const)
      expect(dimensionLabel('id', dimension)).not.toBe(dimensionLabel('en', dimension));
  });

  it('uses the glossary terms in Indonesian', () => {
    expect(LABELS.id.role.facilitator).toBe('Pendamping');
    expect(LABELS.id.deadline.ASSESSMENT).toBe('Asesmen kebutuhan');
    expect(LABELS.id.stage.GRADUATED).toMatch(/graduasi/i);
    expect(LABELS.id.stage.RE_EVALUATION).toBe('Evaluasi ulang');
    expect(LABELS.id.stage.INTENSIVE_SUPPORT).toBe('Pendampingan intensif');
  });
});
