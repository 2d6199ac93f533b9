import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlInTransaction } from '../../db/audit/audit-append';
import { sqlIn, sqlOf } from '../../db/shared/sql-rows';

/** Runs `work` in its own transaction with a plain SQL executor bound to it. */
export async function inAuditTransaction<T>(
  em: EntityManager,
  work: (sql: SqlInTransaction) => Promise<T>,
): Promise<T> {
  return em.fork().transactional((tx) => work(sqlIn(tx)));
}

/** One read statement outside any transaction. */
export const auditQuery = (em: EntityManager, text: string, params: unknown[]): Promise<Record<string, unknown>[]> =>
  sqlOf(em)(text, params);
