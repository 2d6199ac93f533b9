import type { EntityManager } from '@mikro-orm/postgresql';
import { auditRowHash, GENESIS_HASH } from '../../db/audit/audit-hash';
import { DomainError } from '../../domain/errors/error-codes';
import type { AuditChainVerification } from './audit-log.object';
import { auditBatch } from './audit-log.service';
import { auditQuery } from './audit-sql';

/**
 * Recomputes the chain from `fromId` to `toId` (inclusive; omitted: the whole table), a batch at a
 * time. Each row must hash (content + its prevHash) to its stored hash, and its prevHash must be
 * the hash of the row before it. Names the first row where either fails.
 */
export async function verifyAuditChain(
  em: EntityManager,
  fromId?: string,
  toId?: string,
  batchSize = 2000,
): Promise<AuditChainVerification> {
  for (const v of [fromId, toId])
    if (v !== undefined && !/^\d{1,19}$/.test(v))
      throw new DomainError('VALIDATION_FAILED', 'fromId and toId are audit row ids');
  const start = fromId ? BigInt(fromId) : 0n;
  const end = toId ? BigInt(toId) : null;
  const before = await auditQuery(em, 'select hash from audit_log where id < ?::bigint order by id desc limit 1', [
    start.toString(),
  ]);
  let expectedPrev = before.length ? String(before[0].hash) : GENESIS_HASH;
  let checked = 0;
  let after: string | null = start > 0n ? (start - 1n).toString() : null;
  for (;;) {
    const batch = await auditBatch(em, undefined, after, batchSize);
    for (const row of batch) {
      if (end !== null && BigInt(row.id) > end)
        return { ok: true, checkedRows: checked, firstBrokenId: null, problem: null, lastHash: expectedPrev };
      checked++;
      if (row.prevHash !== expectedPrev)
        return { ok: false, checkedRows: checked, firstBrokenId: row.id, problem: 'LINK_MISMATCH', lastHash: null };
      if (auditRowHash(row.id, row, row.prevHash) !== row.hash)
        return { ok: false, checkedRows: checked, firstBrokenId: row.id, problem: 'HASH_MISMATCH', lastHash: null };
      expectedPrev = row.hash;
    }
    if (batch.length < batchSize) break;
    after = batch[batch.length - 1].id;
  }
  return {
    ok: true,
    checkedRows: checked,
    firstBrokenId: null,
    problem: null,
    lastHash: checked ? expectedPrev : null,
  };
}
