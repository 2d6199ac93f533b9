/**
 * What `npm run bench` measures and against which servers, from the environment. BENCH_SCALE multiplies
 * the counts, all but the history journeys' commands and the calibration commits (1 = the default run,
 * about 25 minutes on a 2-core machine with the timer storm; 4 gives the issue's 1,000 enrolments per
 * level). Lists are measured at each size of listRows, seeded up in turn.
 */
export interface BenchConfig {
  scale: number;
  databaseUrl?: string;
  temporalAddress?: string;
  namespace: string;
  /** Enrolments per case, each size at each concurrency level (BENCH_ENROLMENTS=1000,5000 for the sizes). */
  enrolments: number[];
  enrolConcurrency: number[];
  commandJourneys: number;
  commandsPerLevel: number;
  commandConcurrency: number[];
  listRows: number[];
  listSeconds: number;
  listConcurrency: number;
  helloSeconds: number;
  fsyncCommits: number;
  /**
   * Timer storm: journeys per set, the spread set's span, and the set-up rate (journeys/s) assumed when placing
   * the first deadline.
   */
  stormJourneys: number;
  stormSpreadS: number;
  stormSetupRate: number;
  /** Commands on one journey (the 2,000 at scale 1), sequential. */
  oneJourneyCommands: number;
  /** Commands on the small and the large auditor-history journey (~500 and ~4,000 Temporal events; not scaled). */
  historyCommands: number[];
  historyRepeats: number;
  /** Members of the group-sessions step's learning group (the 40 at scale 1), and its timed rounds. */
  groupSessionMembers: number;
  /** Journeys and records of the field-sync step's one batch (the 50 and 500 at scale 1). */
  fieldSyncJourneys: number;
  fieldSyncRecords: number;
  groupSessionRounds: number;
  /** Steps of the live-updates step (commit to subscriber latency), one at a time (BENCH_LIVE_STEPS). */
  liveSteps: number;
  /** The province step's enrolments and attendance records (the 100,000 and 10,000 by these variables). */
  provinceEnrolments: number;
  provinceAttendance: number;
  /** Journey worker processes on the one task queue (BENCH_WORKERS, default 1): the two-worker lever. */
  workers: number;
}

export function loadBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const scale = Number(env.BENCH_SCALE ?? '1');
  if (!Number.isFinite(scale) || scale <= 0)
    throw new Error(`BENCH_SCALE must be a positive number, got "${env.BENCH_SCALE}"`);
  const n = (base: number) => Math.max(1, Math.round(base * scale));
  return {
    scale,
    databaseUrl: env.BENCH_DATABASE_URL || undefined,
    temporalAddress: env.BENCH_TEMPORAL_ADDRESS || undefined,
    namespace: env.BENCH_TEMPORAL_NAMESPACE ?? 'default',
    enrolments: env.BENCH_ENROLMENTS ? list(env.BENCH_ENROLMENTS, 'BENCH_ENROLMENTS') : [n(250)],
    enrolConcurrency: env.BENCH_ENROL_CONCURRENCY
      ? list(env.BENCH_ENROL_CONCURRENCY, 'BENCH_ENROL_CONCURRENCY')
      : [1, 8, 32],
    commandJourneys: n(100),
    commandsPerLevel: n(300),
    commandConcurrency: [8, 32],
    listRows: [n(10_000), n(100_000)],
    listSeconds: 5,
    listConcurrency: 8,
    helloSeconds: 5,
    fsyncCommits: 1_000,
    stormJourneys: env.BENCH_STORM_JOURNEYS ? Number(env.BENCH_STORM_JOURNEYS) : n(1_000),
    stormSpreadS: env.BENCH_STORM_SPREAD_S ? Number(env.BENCH_STORM_SPREAD_S) : Math.min(900, n(150)),
    stormSetupRate: Number(env.BENCH_STORM_SETUP_RATE ?? 25),
    oneJourneyCommands: n(2_000),
    historyCommands: [30, 280],
    historyRepeats: 10,
    groupSessionMembers: n(40),
    fieldSyncJourneys: n(50),
    fieldSyncRecords: n(500),
    groupSessionRounds: 10,
    liveSteps: env.BENCH_LIVE_STEPS ? Number(env.BENCH_LIVE_STEPS) : n(200),
    provinceEnrolments: env.BENCH_PROVINCE_ENROLMENTS ? Number(env.BENCH_PROVINCE_ENROLMENTS) : n(2_000),
    provinceAttendance: env.BENCH_PROVINCE_ATTENDANCE ? Number(env.BENCH_PROVINCE_ATTENDANCE) : n(1_000),
    workers: env.BENCH_WORKERS ? list(env.BENCH_WORKERS, 'BENCH_WORKERS')[0] : 1,
  };
}

/** A comma-separated list of positive integers, in ascending order. */
function list(text: string, name: string): number[] {
  const values = text.split(',').map((v) => Number(v.trim()));
  if (values.length === 0 || values.some((v) => !Number.isInteger(v) || v <= 0))
    throw new Error(`${name} must be positive integers separated by commas, got "${text}"`);
  return values.sort((a, b) => a - b);
}
