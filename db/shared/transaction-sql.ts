import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { SqlRows } from '../staff/coordinator-of';

/**
 * Raw SQL inside the transaction `tx` is running (what `em.transactional` hands its callback); `sqlOf` is the same
 * outside a transaction.
 */
export function sqlIn(tx: EntityManager): SqlRows {
  const conn = tx.getConnection();
  const ctx = tx.getTransactionContext<Knex.Transaction>();
  return (text, params) => conn.execute<Record<string, unknown>[]>(text, params, 'all', ctx);
}
