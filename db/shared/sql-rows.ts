import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/** Runs one SQL statement (in the caller's transaction, where it has one) and returns its rows. */
export type SqlRows = (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** SQL through an entity manager's connection, for callers outside a transaction (the API). */
export const sqlOf =
  (em: Pick<EntityManager, 'getConnection'>): SqlRows =>
  (text, params) =>
    em.getConnection().execute<Record<string, unknown>[]>(text, params);

/**
 * Raw SQL inside the transaction `tx` is running (what `em.transactional` hands its callback); `sqlOf` is the same
 * outside a transaction.
 */
export function sqlIn(tx: EntityManager): SqlRows {
  const conn = tx.getConnection();
  const ctx = tx.getTransactionContext<Knex.Transaction>();
  return (text, params) => conn.execute<Record<string, unknown>[]>(text, params, 'all', ctx);
}
