import 'reflect-metadata';
/**
 * `npm run bench:indicators`: the programme dashboard (computeIndicators, all built-in indicators)
 * at 10k and 100k beneficiaries. Own embedded PostgreSQL (or BENCH_DATABASE_URL), migrated, then
 * synthetic read-model rows bulk-inserted with SQL (bench/indicators-seed.ts). For each size: the
 * dashboard without and with all five dimensions (1 warm-up, then BENCH_REPEAT timed runs), and
 * EXPLAIN (ANALYZE, BUFFERS) of every statement. Prints markdown; writes bench/results/indicators-<ts>.md.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Pool } from 'pg';
import { computeIndicators, programmeSetup } from '../db/indicators/indicator.query';
import { indicatorStatements } from '../db/indicators/indicator-statements.sql';
import { loadDataKeys } from '../config/env';
import { migrateUp, openMigratedOrm } from '../db/migrate';
import type { Dimension } from '../domain/indicator/indicator.types';
import { startEmbeddedPostgres } from '../infra/embedded-postgres';
import { freePort } from '../infra/free-port';
import { seedIndicatorData } from './indicators-seed';

const root = path.resolve(__dirname, '..', '..');
const say = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const ALL: Dimension[] = ['SEX', 'AGE_BAND', 'DISABILITY', 'REGION', 'COHORT'];
const PROGRAMME = 'bench-indicators';

async function time(
  em: () => EntityManager,
  dims: Dimension[],
  repeat: number,
): Promise<{ ms: number[]; figures: number; groups: number }> {
  const first = await computeIndicators(em(), { programmeId: PROGRAMME }, dims);
  const ms: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    await computeIndicators(em(), { programmeId: PROGRAMME }, dims);
    ms.push(performance.now() - t0);
  }
  return {
    ms: ms.sort((a, b) => a - b),
    figures: first.length,
    groups: first.reduce((s, f) => s + f.breakdown.length, 0),
  };
}

/** Baseline of the same run: one scan of the programme's people (the population count, no dimension). */
async function baseline(pool: Pool, repeat: number): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i <= repeat; i++) {
    const t0 = performance.now();
    await pool.query('select count(*) from journey j join beneficiary b on b.id = j.id where j.programme_id = $1', [
      PROGRAMME,
    ]);
    if (i > 0) ms.push(performance.now() - t0);
  }
  return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)];
}

/** CPU time (user + system, ms) the PostgreSQL backend `pid` has used: /proc/<pid>/stat, in clock ticks. */
function backendCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of every statement, each as the product runs it (its own transaction, work_mem 64MB,
 * hash_mem_multiplier 8), one after the other, without parallel workers so that the backend's CPU time is the
 * statement's whole cost (the comparison that holds on a loaded machine); also the statements over the facts'
 * families that an open period reads from journey_summary and the side rows instead, marked "(facts)".
 */
async function explain(pool: Pool, em: EntityManager, dims: Dimension[]): Promise<string[]> {
  const { logframe, daysPerMonth } = await programmeSetup(em, PROGRAMME);
  const out: string[] = [];
  const times: string[] = [];
  const ctx = {
    period: { from: null, to: null },
    daysPerMonth,
    businessStartWithinMonths: logframe.businessStartWithinMonths,
  };
  const summary = indicatorStatements({ programmeId: PROGRAMME }, dims, logframe, ctx);
  const facts = indicatorStatements({ programmeId: PROGRAMME }, dims, logframe, ctx, false)
    .filter((st) => !summary.some((s) => s.name === st.name))
    .map((st) => ({ ...st, name: `${st.name} (facts)` }));
  for (const st of [...summary, ...facts]) {
    let i = 0;
    const sql = st.sql.replace(/\?/g, () => `$${++i}`);
    const client = await pool.connect();
    try {
      const pid = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0].pid;
      await client.query(
        `begin read only; set local work_mem = '64MB'; set local hash_mem_multiplier = 8;
         set local max_parallel_workers_per_gather = 0`,
      );
      const cpu0 = backendCpuMs(pid);
      const plan = await client.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers, format text) ${sql}`,
        st.params,
      );
      const cpu = backendCpuMs(pid) - cpu0;
      await client.query('commit');
      const lines = plan.rows.map((r) => r['QUERY PLAN']);
      times.push(`| ${st.name} | ${lines.at(-1)!.replace(/^Execution Time: /, '')} | ${cpu.toFixed(0)} |`);
      out.push(`#### ${st.name}\n\n\`\`\`\n${lines.join('\n')}\n\`\`\``);
    } finally {
      client.release();
    }
  }
  return ['| Statement | Execution time | Backend CPU ms |', '|---|---|---|', ...times, '', ...out];
}

async function main(): Promise<void> {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const repeat = Number(process.env.BENCH_REPEAT ?? 5);
  const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
  let databaseUrl = process.env.BENCH_DATABASE_URL;
  let stop = (): Promise<void> => Promise.resolve();
  const dir = path.join(root, '.data', `bench-indicators-${stamp}`);
  if (!databaseUrl) {
    mkdirSync(dir, { recursive: true });
    const pg = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'postgres'),
      port: await freePort(),
      database: 'jejak_bench',
      logFile: path.join(dir, 'postgres.log'),
    });
    databaseUrl = pg.url;
    stop = async () => {
      await pg.stop();
      if (!process.env.BENCH_KEEP_DATA) rmSync(dir, { recursive: true, force: true });
    };
  }
  const report: string[] = [
    `# Programme dashboard (computeIndicators) at ${sizes.join(' and ')} beneficiaries, ${new Date().toISOString()}`,
    '',
  ];
  try {
    await migrateUp(databaseUrl, loadDataKeys());
    const orm = await openMigratedOrm(databaseUrl, 10);
    const pool = new Pool({ connectionString: databaseUrl, max: 4 });
    pool.on('error', () => undefined); // idle clients cut when PostgreSQL stops at the end
    await pool.query(
      `insert into programme (id, name, name_id, name_en, implementing_agency, region_codes, period_start, period_end,
       rules_id, rules_version, small_cell_threshold, updated_at)
       values ($1, 'Indicator benchmark', 'Indicator benchmark', 'Indicator benchmark', 'Jejak', '["52", "31"]',
       '2026-01-01', '2030-12-31', 'default', 1, 5, now()) on conflict do nothing`,
      [PROGRAMME],
    );
    report.push(
      '| Beneficiaries | Events | Evidence | Seed s | Figures | Groups ' +
        '| Dashboard, no breakdown: min / median / max ms | With 5 dimensions: min / median / max ms ' +
        '| Baseline ms | 5 dimensions / baseline |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    const plans: string[] = [];
    const loads: string[] = [];
    let seeded = 0;
    for (const size of sizes) {
      say(`seeding up to ${size} beneficiaries...`);
      const seed = await seedIndicatorData(pool, PROGRAMME, size - seeded, `${stamp}-${size}`);
      seeded = size;
      say(`seeded in ${seed.seconds.toFixed(1)} s (${seed.events} events, ${seed.evidence} evidence rows); timing...`);
      const em = () => orm.em.fork();
      const plain = await time(em, [], repeat);
      const dims = await time(em, ALL, repeat);
      const base = await baseline(pool, repeat);
      const median = (r: { ms: number[] }) => r.ms[Math.floor(r.ms.length / 2)];
      const f = (r: { ms: number[] }) =>
        [r.ms[0], r.ms[Math.floor(r.ms.length / 2)], r.ms.at(-1)!].map((v) => v.toFixed(0)).join(' / ');
      report.push(
        `| ${size} | ${seed.events} | ${seed.evidence} | ${seed.seconds.toFixed(1)} ` +
          `| ${plain.figures} | ${dims.groups} | ${f(plain)} | ${f(dims)} | ${base.toFixed(1)} ` +
          `| ${(median(dims) / base).toFixed(1)} |`,
      );
      say(report.at(-1)!);
      const load = os.loadavg().map((l) => l.toFixed(1));
      loads.push(`${size}: ${load.join(' / ')}`);
      plans.push(`### EXPLAIN ANALYZE at ${size}, five dimensions`, '', ...(await explain(pool, em(), ALL)));
    }
    report.push(
      '',
      `Machine: ${os.cpus().length} cores (shared); PostgreSQL embedded (fsync on), default settings. ` +
        `${repeat} timed runs after one warm-up. Baseline: the median of one count over the programme's people ` +
        '(journey joined to beneficiary), measured in the same run. Load average (1 / 5 / 15 min) when the timing ' +
        `of each size ended: ${loads.join('; ')}.`,
      '',
      ...plans,
    );
    await pool.end();
    await orm.close(true);
  } finally {
    await stop();
  }
  const text = report.join('\n') + '\n';
  process.stdout.write(text);
  mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'results', `indicators-${stamp.slice(0, 12)}.md`), text);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
