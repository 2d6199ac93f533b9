/**
 * What `npm run bench` measures and against which servers, from the environment. BENCH_SCALE
 * multiplies every count (1 = the default run, about 10 minutes on a 2-core machine; 4 gives the
 * issue's 1,000 enrolments per level; 10 gives 100k list rows).
 */
export interface BenchConfig {
  scale: number;
  databaseUrl?: string;
  temporalAddress?: string;
  namespace: string;
  enrolments: number;
  enrolConcurrency: number[];
  commandJourneys: number;
  commandsPerLevel: number;
  commandConcurrency: number[];
  listRows: number;
  listSeconds: number;
  listConcurrency: number;
  helloSeconds: number;
  fsyncCommits: number;
}

export function loadBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const scale = Number(env.BENCH_SCALE ?? '1');
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`BENCH_SCALE must be a positive number, got "${env.BENCH_SCALE}"`);
  const n = (base: number) => Math.max(1, Math.round(base * scale));
  return {
    scale,
    databaseUrl: env.BENCH_DATABASE_URL || undefined,
    temporalAddress: env.BENCH_TEMPORAL_ADDRESS || undefined,
    namespace: env.BENCH_TEMPORAL_NAMESPACE ?? 'default',
    enrolments: n(250),
    enrolConcurrency: [1, 8, 32],
    commandJourneys: n(100),
    commandsPerLevel: n(300),
    commandConcurrency: [8, 32],
    listRows: n(10_000),
    listSeconds: 5,
    listConcurrency: 8,
    helloSeconds: 5,
    fsyncCommits: 1_000,
  };
}
