import { Client } from 'pg';
import { testDatabaseUrl } from './servers';

/** Runs SQL with plain `pg`, beside the product, to see exactly what PostgreSQL stores. */
export async function rawQuery<T = Record<string, unknown>>(
  text: string,
  params: unknown[] = [],
  databaseUrl = testDatabaseUrl(),
): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Tables of the public schema (every table the product writes). */
export const publicTables = async (databaseUrl?: string): Promise<string[]> =>
  (
    await rawQuery<{ t: string }>(
      'select table_name as t from information_schema.tables ' +
        `where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
      [],
      databaseUrl,
    )
  ).map((r) => r.t);

/** How many rows of each table contain `needle` anywhere in their text form. */
export async function tablesContaining(needle: string, databaseUrl?: string): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  for (const table of await publicTables(databaseUrl)) {
    const [row] = await rawQuery<{ n: string }>(
      `select count(*) as n from "${table}" t where strpos(t::text, $1) > 0`,
      [needle],
      databaseUrl,
    );
    if (Number(row.n) > 0) found[table] = Number(row.n);
  }
  return found;
}
