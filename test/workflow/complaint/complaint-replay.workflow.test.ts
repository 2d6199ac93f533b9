import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { historyPayloadText } from '../../support/history-text';
import { historyFromPlain } from '../support/journey-history';
import { replayRecorded } from '../support/workflow-test-env';

/**
 * Replays every committed complaint history (test/workflow/histories/complaint/*.json, recorded from
 * runs of complaint-steps.workflow.test.ts) against the CURRENT workflow code: complaints running in
 * production must keep replaying. The files without a suffix were recorded before 'complaint-outbox'
 * (the update handler awaited the recording activity itself); `*.outbox.json` after it.
 */
const DIR = path.join(__dirname, '..', 'histories', 'complaint');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const recorded = files.map(
  (file) => ({ file, ...JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) }) as { file: string; runs: unknown[] },
);

describe('complaint workflow: replay of recorded histories', () => {
  it('has histories of both generations, with ids and codes only', () => {
    expect(files.filter((f) => !f.endsWith('.outbox.json')).length).toBeGreaterThanOrEqual(3);
    expect(files.filter((f) => f.endsWith('.outbox.json')).length).toBeGreaterThanOrEqual(3);
    for (const r of recorded) {
      const text = r.runs.map((run) => historyPayloadText(historyFromPlain(run))).join('\n');
      expect(text).not.toMatch(/"(fullName|name|nik|phone|address|text|body|contact)"\s*:/i);
    }
  });

  it('replays every history against the current workflow bundle without nondeterminism', async () => {
    const { failures, replayed } = await replayRecorded(recorded);
    expect(failures).toEqual([]);
    expect(replayed).toBe(recorded.reduce((n, r) => n + r.runs.length, 0));
  }, 120_000);
});
