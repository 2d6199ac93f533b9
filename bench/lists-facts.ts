/**
 * Facts about the list queries: SQL statements per GraphQL request at page sizes 10, 50 and 100
 * (an in-process API whose ORM counts its statements; not timed), and EXPLAIN ANALYZE plans of the
 * SQL, with the indexes they use.
 */
import { Client, Connection } from '@temporalio/client';
import type { Pool } from 'pg';
import { startApi } from '../api/server';
import { loadConfig } from '../config/env';
import { createLogger } from '../config/logger';
import { openMigratedOrm } from '../db/migrate';
import type { BenchReport } from './bench-report';
import { gql, type Identity } from './http-client';
import { buildListSql, type ListKind } from './list-sql';

export interface ListCase {
  name: string;
  query: string;
  variables: (first: number) => Record<string, unknown>;
  who: Identity;
  sql: ListKind;
}

export async function statementsPerRequest(
  databaseUrl: string,
  temporalAddress: string,
  namespace: string,
  jwtSecret: string,
  cases: ListCase[],
): Promise<Record<string, string>> {
  const counter = { n: 0 };
  const orm = await openMigratedOrm(databaseUrl, 2, {
    onQuery: (m) => {
      if (/\[query\]/.test(m)) counter.n++;
    },
  });
  const connection = await Connection.connect({ address: temporalAddress });
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_NAMESPACE: namespace,
    PORT: '0',
    LOG_LEVEL: 'silent',
    JWT_SECRET: jwtSecret,
    DATA_ENCRYPTION_KEYS: process.env.DATA_ENCRYPTION_KEYS,
    DATA_HASH_KEY: process.env.DATA_HASH_KEY,
  }); // the run's data keys: the lists open sealed NIKs
  const api = await startApi(
    { orm, temporal: new Client({ connection, namespace }), config, logger: createLogger('bench-count', 'silent') },
    0,
  );
  const out: Record<string, string> = {};
  try {
    for (const c of cases) {
      const counts: string[] = [];
      for (const first of [10, 50, 100]) {
        await gql(api.url, c.query, c.variables(first), c.who); // warm: schema, loaders
        const before = counter.n;
        await gql(api.url, c.query, c.variables(first), c.who);
        counts.push(`first ${first}: ${counter.n - before}`);
      }
      out[`SQL statements per request, ${c.name}`] = counts.join(', ');
    }
  } finally {
    await api.stop();
    await connection.close();
    await orm.close(true);
  }
  return out;
}

export async function explainPlans(pool: Pool, report: BenchReport, cases: ListCase[], rows: number): Promise<void> {
  for (const c of cases) {
    const sql = buildListSql(c.sql, 50);
    const used = new Set<string>();
    for (const [part, st] of [
      ['count', sql.count],
      ['page', sql.page],
    ] as const) {
      const res = await pool.query<{ 'QUERY PLAN': string }>({
        text: `explain (analyze, costs off, timing on, summary on) ${st.text}`,
        values: st.values,
      });
      const plan = res.rows.map((r) => r['QUERY PLAN']).join('\n');
      for (const m of plan.matchAll(
        /(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\w+)/g,
      ))
        used.add(m[1]);
      if (/Seq Scan on journey/.test(plan)) used.add(`(seq scan of journey in ${part})`);
      report.plans[`${c.name} ${part} at ${rows} rows`] = `${st.text}\n--\n${plan}`;
    }
    report.facts[`Indexes used, ${c.name} at ${rows} rows`] = [...used].join(', ') || 'none';
  }
}
