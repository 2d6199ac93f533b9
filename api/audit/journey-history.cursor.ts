import { DomainError } from '../../domain/errors/error-codes';
import type { HistoryItem } from './journey-history.item';
import type { HistoryResume } from './journey-history.service';
import { isUuid } from '../../domain/shared/uuid';

/**
 * A journey-history cursor: the item's position and where each stream stands after it (the last
 * Temporal run, event id and the server page it came in, the last audit row id), so the next page
 * reads only what follows.
 * `resume` is null for a cursor of the form `history:<position>` (a position only), honoured by skipping.
 */
export interface HistoryCursor {
  position: number;
  resume: HistoryResume | null;
}

export function encodeHistoryCursor(position: number, resume: HistoryResume): string {
  const t = resume.temporal;
  const fields = [position, t?.runId ?? '', t?.afterEventId ?? '', resume.auditAfterRowId ?? '', t?.pageToken ?? ''];
  return Buffer.from(`history:2:${fields.join(':')}`).toString('base64url');
}

export function decodeHistoryCursor(cursor: string): HistoryCursor {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const legacy = /^history:(\d{1,9})$/.exec(text);
  if (legacy) return { position: Number(legacy[1]), resume: null };
  const m = /^history:2:(\d{1,9}):([^:]*):(\d{0,12}):(\d{0,19}):([A-Za-z0-9_-]{0,2048})$/.exec(text);
  const [, position, runId, eventId, rowId, pageToken] = m ?? [];
  if (!m || (runId !== '' && !isUuid(runId)) || (runId === '') !== (eventId === '')) {
    throw new DomainError('VALIDATION_FAILED', 'after is not a cursor of this history');
  }
  return {
    position: Number(position),
    resume: {
      temporal: runId ? { runId, afterEventId: Number(eventId), pageToken: pageToken || null } : null,
      auditAfterRowId: rowId || null,
    },
  };
}

/** Where the streams stand once `item` has been given, from where they stood before it. */
export function resumeAfter(before: HistoryResume, item: HistoryItem): HistoryResume {
  if (item.source === 'AUDIT_LOG') return { temporal: before.temporal, auditAfterRowId: item.auditRowId };
  return {
    temporal: {
      runId: item.runId ?? '',
      afterEventId: item.workflowEventId ?? 0,
      pageToken: item.temporalPageToken ?? null,
    },
    auditAfterRowId: before.auditAfterRowId,
  };
}
