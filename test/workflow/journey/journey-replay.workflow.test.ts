import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { historyPayloadText } from '../../support/history-text';
import { historyFromPlain } from '../support/journey-history';
import { replayRecorded } from '../support/workflow-test-env';

/**
 * Replays every committed journey history (test/workflow/histories/*.json, recorded from real runs
 * of the workflow tests) against the CURRENT workflow code. A change that would make a running
 * journey nondeterministic fails here: guard it with `patched()` instead of re-recording.
 */
const DIR = path.join(__dirname, '..', 'histories');
interface Recorded {
  workflowId: string;
  runs: unknown[];
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') || f.endsWith('.json.gz'))
  .sort();
const read = (file: string): string => {
  const raw = readFileSync(path.join(DIR, file));
  return (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
};
const recorded = files.map((file) => ({ file, ...(JSON.parse(read(file)) as Recorded) }));

describe('journey workflow: replay of recorded histories', () => {
  it('has recorded histories to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const r of recorded) expect(r.runs.length).toBeGreaterThan(0);
  });

  it('carries ids and codes only: no personal data in any recorded history', () => {
    for (const r of recorded) {
      const text = r.runs.map((run) => historyPayloadText(historyFromPlain(run))).join('\n');
      // NIK (16 digits), phone numbers, e-mail addresses, and the personal fields the API keeps in PostgreSQL.
      expect(text).not.toMatch(/\b\d{16}\b/);
      expect(text).not.toMatch(/(\+62|\b08)\d{8,11}\b/);
      expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}\b/i);
      expect(text).not.toMatch(/"(fullName|name|nik|phone|address|birthDate|dateOfBirth|notes?)"\s*:/i);
    }
  });

  it('replays every run of every history against the current workflow bundle without nondeterminism', async () => {
    const { failures, replayed } = await replayRecorded(recorded);
    expect(failures).toEqual([]);
    expect(replayed).toBe(recorded.reduce((n, r) => n + r.runs.length, 0));
  }, 120_000);
});
