import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { SqlInTransaction } from '../../db/audit/audit-append';

/** Runs `work` in its own transaction with a plain SQL executor bound to it. */
export async function inAuditTransaction<T>(
  em: EntityManager,
  work: (sql: SqlInTransaction) => Promise<T>,
): Promise<T> {
  return em.fork().transactional(async (tx) => {
    const conn = tx.getConnection();
    const ctx = tx.getTransactionContext<Knex.Transaction>();
    return work((text, params) => conn.execute<Record<string, unknown>[]>(text, params, 'all', ctx));
  });
}

/** One read statement outside any transaction. */
export const auditQuery = (em: EntityManager, text: string, params: unknown[]): Promise<Record<string, unknown>[]> =>
  em.getConnection().execute<Record<string, unknown>[]>(text, params, 'all');
