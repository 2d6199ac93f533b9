import { decodeHistoryCursor, encodeHistoryCursor } from '../../../api/audit/journey-history.cursor';
import { emptyItem, type HistoryItem } from '../../../api/audit/journey-history.item';
import { historyPage } from '../../../api/audit/journey-history.page';
import { mergeByTime, type HistoryResume } from '../../../api/audit/journey-history.service';

const RUN_A = '0a0a0a0a-0000-4000-8000-00000000000a';
const RUN_B = '0b0b0b0b-0000-4000-8000-00000000000b';
const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
const temporalEvent = (runId: string, eventId: number, s: number): HistoryItem => ({
  ...emptyItem('TEMPORAL', t(s), 'TIMER_FIRED'),
  runId,
  workflowEventId: eventId,
});
const auditRow = (id: number, s: number): HistoryItem => ({
  ...emptyItem('AUDIT_LOG', t(s), 'JOURNEY_EVENT'),
  auditRowId: String(id),
});

// Two runs (the second continued-as-new from the first) and audit rows between, some at the same second as an event.
const temporal = [1, 2, 3, 4, 5]
  .map((id) => temporalEvent(RUN_A, id, id * 2))
  .concat([1, 2, 3, 4].map((id) => temporalEvent(RUN_B, id, 10 + id * 2)));
const audit = [3, 4, 8, 12, 13, 19, 30].map((s, i) => auditRow(100 + i, s));

/** An async iterator over `items`, as the service's sources are; `onPull` runs for each item it hands out. */
function iterate<T>(items: T[], onPull: () => void = () => undefined): AsyncIterator<T> {
  let next = 0;
  return {
    next: () => {
      if (next >= items.length) return Promise.resolve({ done: true, value: undefined });
      onPull();
      return Promise.resolve({ done: false, value: items[next++] });
    },
  };
}

/** The two sources as the service opens them, counting every item they hand out. */
function sources() {
  const pulled = { count: 0 };
  const from = <T>(items: T[]) => iterate(items, () => pulled.count++);
  const open = (resume: HistoryResume | undefined) => {
    const tr = resume?.temporal;
    const tStart = tr
      ? temporal.findIndex((e) => e.runId === tr.runId && e.workflowEventId === tr.afterEventId) + 1
      : 0;
    const aStart = resume?.auditAfterRowId ? audit.findIndex((r) => r.auditRowId === resume.auditAfterRowId) + 1 : 0;
    return Promise.resolve(mergeByTime(from(temporal.slice(tStart)), from(audit.slice(aStart))));
  };
  return { open, pulled };
}

async function allPages(first: number) {
  const { open, pulled } = sources();
  const items: (HistoryItem & { position: number })[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const page = await historyPage(open, first, after);
    pages++;
    items.push(...page.edges.map((e) => e.node));
    if (!page.hasNextPage) return { items, pages, pulled: pulled.count };
    after = page.edges.at(-1)!.cursor;
  }
}

describe('journey history pages', () => {
  const whole = temporal.length + audit.length;

  it.each([1, 2, 3, 7, whole, 1000])(
    'pages of %i give the whole merged history once, in order, numbered from 0',
    async (first) => {
      const { open } = sources();
      const expected: HistoryItem[] = [];
      for await (const item of await open(undefined)) expected.push(item);
      const { items, pages } = await allPages(first);
      expect(items).toEqual(expected.map((item, position) => ({ ...item, position })));
      expect(pages).toBe(Math.max(1, Math.ceil(whole / first)));
    },
  );

  it('reads only what follows the cursor: a page pulls at most its size plus one look-ahead per source', async () => {
    const { pulled, pages } = await allPages(3);
    expect(pulled).toBeLessThanOrEqual(whole + pages * 2);
  });

  it('honours a version-1 cursor (a position only) by skipping to the position after it', async () => {
    const { open } = sources();
    const legacy = Buffer.from('history:3').toString('base64url');
    const page = await historyPage(open, 4, legacy);
    expect(page.edges.map((e) => e.node.position)).toEqual([4, 5, 6, 7]);
    const next = await historyPage(open, 100, page.edges.at(-1)!.cursor);
    expect(next.edges[0].node.position).toBe(8);
    expect(next.edges).toHaveLength(whole - 8);
  });

  it.each([
    ['not base64 of a cursor', 'zzz'],
    ['a run id that is not one', Buffer.from('history:2:5:run-1:3:').toString('base64url')],
    ['an event id without its run', Buffer.from('history:2:5::3:101').toString('base64url')],
    ['a negative position', Buffer.from('history:-1').toString('base64url')],
  ])('refuses %s with VALIDATION_FAILED before reading anything', async (_what, cursor) => {
    const { open, pulled } = sources();
    await expect(historyPage(open, 10, cursor)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(pulled.count).toBe(0);
  });

  it('a cursor names where both sources stand after its item, with the server page the event came in', async () => {
    const token = Buffer.from('server page 7').toString('base64url');
    const resume = { temporal: { runId: RUN_B, afterEventId: 2, pageToken: token }, auditAfterRowId: '104' };
    const text = Buffer.from(encodeHistoryCursor(9, resume), 'base64url').toString('utf8');
    expect(text).toBe(`history:2:9:${RUN_B}:2:104:${token}`);
    expect(decodeHistoryCursor(encodeHistoryCursor(9, resume))).toEqual({ position: 9, resume });

    const paged = temporal.map((e) => ({ ...e, temporalPageToken: e.runId === RUN_B ? token : null }));
    const open = () => Promise.resolve(mergeByTime(iterate(paged), iterate(audit)));
    const page = await historyPage(open, whole, null);
    const lastOfB = page.edges.filter((e) => e.node.runId === RUN_B).at(-1)!;
    expect(decodeHistoryCursor(lastOfB.cursor).resume?.temporal).toEqual({
      runId: RUN_B,
      afterEventId: 4,
      pageToken: token,
    });
  });
});
