/**
 * The processes under measurement, each its own OS process so the load generator (this process)
 * never shares an event loop with them: the API and the Jejak worker exactly as deployed
 * (dist/api/main.js, dist/worker/main.js), the no-op baseline worker, and the two bare HTTP
 * baseline servers. RSS is read from /proc (the same figure as process.memoryUsage().rss).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { waitReady } from '../infra/app-process';
import { freePort } from '../infra/free-port';
import { startManagedProcess, type ManagedProcess } from '../infra/managed-process';

export interface BenchProcess {
  name: string;
  proc: ManagedProcess;
  url?: string;
}

export function rssMb(proc: ManagedProcess): number {
  try {
    const line = readFileSync(`/proc/${proc.child.pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Math.round(Number(line.replace(/\D+/g, '')) / 1024) : NaN;
  } catch {
    return NaN;
  }
}

/** CPU time (user + system) the process has used so far, in ms (/proc/<pid>/stat, 100 ticks/s). */
export function cpuMs(proc: ManagedProcess): number {
  try {
    const fields = readFileSync(`/proc/${proc.child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** CPU ms per operation of each named process over `run`. */
export async function cpuPerOp<T>(
  procs: BenchProcess[],
  ops: (result: T) => number,
  run: () => Promise<T>,
): Promise<{ result: T; perOp: string }> {
  const before = procs.map((p) => cpuMs(p.proc));
  const result = await run();
  const n = Math.max(1, ops(result));
  const perOp = procs.map((p, i) => `${p.name} ${((cpuMs(p.proc) - before[i]) / n).toFixed(1)}`).join(', ');
  return { result, perOp: `${perOp} ms CPU per operation` };
}

/**
 * BENCH_PROFILE=api,worker writes a V8 CPU profile of those processes to <data>/profiles (the run's data
 * folder: removed at the end with the rest of it unless BENCH_KEEP_DATA is set).
 */
function start(name: string, entry: string, env: NodeJS.ProcessEnv, logDir: string): ManagedProcess {
  const profile = (process.env.BENCH_PROFILE ?? '').split(',').includes(name)
    ? ['--cpu-prof', `--cpu-prof-dir=${path.join(logDir, '..', 'profiles')}`]
    : [];
  return startManagedProcess(process.execPath, ['--enable-source-maps', ...profile, entry], {
    name,
    env,
    logFile: path.join(logDir, `${name}.log`),
  });
}

/** Waits for a "listening <port>" or "ready" line on the child's output. */
async function line(proc: ManagedProcess, pattern: RegExp, timeoutMs = 60_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const m = proc.tail().match(pattern);
    if (m) return m;
    if (proc.hasExited() || Date.now() > deadline) throw new Error(`${proc.name} did not start:\n${proc.tail()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface AppEnv {
  databaseUrl: string;
  temporalAddress: string;
  namespace: string;
  taskQueue: string;
  noopTaskQueue: string;
  jwtSecret: string;
}

const appEnv = (env: AppEnv, port: number): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URL: env.databaseUrl,
  TEMPORAL_ADDRESS: env.temporalAddress,
  TEMPORAL_NAMESPACE: env.namespace,
  TEMPORAL_TASK_QUEUE: env.taskQueue,
  PORT: String(port),
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
  JWT_SECRET: env.jwtSecret,
});

async function startApiProcess(
  name: string,
  entry: string,
  env: AppEnv,
  logDir: string,
  alsoStarted?: ManagedProcess,
): Promise<BenchProcess> {
  const port = await freePort();
  const proc = start(name, entry, appEnv(env, port), logDir);
  if (!(await waitReady(port, proc, 120_000)))
    throw new Error(`${name} did not become ready:\n${proc.tail()}\n${alsoStarted?.tail() ?? ''}`);
  return { name, proc, url: `http://127.0.0.1:${port}` };
}

/** The API and `workers` journey worker processes polling the one task queue (named worker, worker-2, ...). */
export async function startJejak(
  root: string,
  env: AppEnv,
  logDir: string,
  workers = 1,
): Promise<{ api: BenchProcess; workers: BenchProcess[] }> {
  // BENCH_WORKER_NODE_OPTIONS (e.g. --max-old-space-size=1536) reaches the journey worker only, so a heap cap is
  // measured on the worker without changing the API, the no-op worker or the load generator.
  const workerNodeOptions = process.env.BENCH_WORKER_NODE_OPTIONS;
  const workerEnv = { ...appEnv(env, 0), ...(workerNodeOptions ? { NODE_OPTIONS: workerNodeOptions } : {}) };
  const names = Array.from({ length: workers }, (_, i) => (i === 0 ? 'worker' : `worker-${i + 1}`));
  const procs = names.map((name) => start(name, path.join(root, 'dist', 'worker', 'main.js'), workerEnv, logDir));
  const api = await startApiProcess('api', path.join(root, 'dist', 'api', 'main.js'), env, logDir, procs[0]);
  return { api, workers: procs.map((proc, i) => ({ name: names[i], proc })) };
}

/** The same API code with its guards left out (fixtures/unguarded-api.main.ts): the security-overhead baseline. */
export function startUnguardedApi(root: string, env: AppEnv, logDir: string): Promise<BenchProcess> {
  return startApiProcess(
    'api-unguarded',
    path.join(root, 'dist', 'bench', 'fixtures', 'unguarded-api.main.js'),
    env,
    logDir,
  );
}

export async function startNoopWorker(root: string, env: AppEnv, logDir: string): Promise<BenchProcess> {
  const proc = start(
    'noop-worker',
    path.join(root, 'dist', 'bench', 'fixtures', 'noop-worker.main.js'),
    {
      ...process.env,
      TEMPORAL_ADDRESS: env.temporalAddress,
      TEMPORAL_NAMESPACE: env.namespace,
      BENCH_NOOP_TASK_QUEUE: env.noopTaskQueue,
    },
    logDir,
  );
  await line(proc, /^ready$/m);
  return { name: 'noop-worker', proc };
}

/** A bare HTTP baseline server (fixtures/*.server.js) that prints "listening <port>". */
export async function startBaselineServer(
  root: string,
  name: string,
  file: string,
  env: NodeJS.ProcessEnv,
  logDir: string,
): Promise<BenchProcess> {
  const proc = start(name, path.join(root, 'dist', 'bench', 'fixtures', file), { ...process.env, ...env }, logDir);
  const m = await line(proc, /listening (\d+)/);
  return { name, proc, url: `http://127.0.0.1:${m[1]}` };
}
