import { decodeHistoryCursor, encodeHistoryCursor, resumeAfter } from './journey-history.cursor';
import type { HistoryItem } from './journey-history.item';
import type { HistoryResume } from './journey-history.service';

export interface HistoryPage {
  edges: { cursor: string; node: HistoryItem & { position: number } }[];
  hasNextPage: boolean;
}

/**
 * One page of a merged history after cursor `after`: `open` gives the stream from where a cursor
 * says both sources stand (or from the start); a position-only cursor (`history:<position>`) reads from the start
 * and skips to the item after that position.
 */
export async function historyPage(
  open: (resume: HistoryResume | undefined) => Promise<AsyncGenerator<HistoryItem>>,
  first: number,
  after?: string | null,
): Promise<HistoryPage> {
  const from = after ? decodeHistoryCursor(after) : null;
  const skipTo = from && !from.resume ? from.position + 1 : 0;
  let position = from?.resume ? from.position + 1 : 0;
  let at: HistoryResume = from?.resume ?? { temporal: null, auditAfterRowId: null };
  const items = await open(from?.resume ?? undefined);
  const edges: HistoryPage['edges'] = [];
  let hasNextPage = false;
  try {
    for await (const item of items) {
      if (edges.length === first) {
        hasNextPage = true;
        break;
      }
      at = resumeAfter(at, item);
      if (position >= skipTo) edges.push({ cursor: encodeHistoryCursor(position, at), node: { ...item, position } });
      position++;
    }
  } finally {
    await items.return(undefined);
  }
  return { edges, hasNextPage };
}
