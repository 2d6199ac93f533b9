/**
 * Calibration: what this machine does with nothing of Jejak in the way. A bare Node `http` hello
 * server (own process) under the load generator, PostgreSQL's durability settings (must be on),
 * and its commit rate: sequential single-row INSERT commits, each one WAL flush (fdatasync).
 */
import { Client } from 'pg';
import { request } from './http-client';
import { runLoad } from './load-loop';
import type { BenchReport } from './bench-report';
import { figures } from './bench-report';
import type { BenchProcess } from './bench-processes';

export async function calibrationBench(
  report: BenchReport,
  hello: BenchProcess,
  databaseUrl: string,
  seconds: number,
  commits: number,
): Promise<void> {
  await runLoad({
    label: 'warm-up',
    concurrency: 32,
    seconds: 1,
    job: async () => {
      await request(hello.url!);
    },
  });
  const http = await runLoad({
    label: 'hello',
    concurrency: 32,
    seconds,
    job: async () => {
      await request(hello.url!);
    },
  });
  report.rows.push({
    benchmark: 'Calibration',
    case: 'bare Node http hello, keep-alive, concurrency 32',
    jejak: figures(http),
  });

  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  try {
    const setting = async (name: string) =>
      (await pg.query<{ setting: string }>(`select setting from pg_settings where name = $1`, [name])).rows[0]?.setting;
    const fsync = await setting('fsync');
    const syncCommit = await setting('synchronous_commit');
    report.facts['PostgreSQL fsync / synchronous_commit / wal_sync_method'] =
      `${fsync} / ${syncCommit} / ${await setting('wal_sync_method')}`;
    if (fsync !== 'on' || syncCommit !== 'on')
      report.notes.push(
        `WARNING: PostgreSQL fsync=${fsync}, synchronous_commit=${syncCommit}: ` +
          'durability is off, the figures flatter Jejak',
      );
    // A real (WAL-logged) table, not a temporary one: dropped afterwards.
    await pg.query(
      'create table if not exists bench_commit_probe (id int primary key, at timestamptz not null default now())',
    );
    await pg.query('truncate bench_commit_probe');
    const commitsRun = await runLoad({
      label: 'commits',
      concurrency: 1,
      count: commits,
      job: async (i) => {
        await pg.query('insert into bench_commit_probe (id) values ($1)', [i]);
      },
    });
    report.rows.push({
      benchmark: 'Calibration',
      case: `PostgreSQL single-row INSERT commits (each a WAL flush), ×${commits}, sequential`,
      jejak: figures(commitsRun),
    });
    await pg.query('drop table bench_commit_probe');
  } finally {
    await pg.end();
  }
}
