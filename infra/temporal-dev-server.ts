/**
 * The Temporal dev server from the Temporal CLI (`temporal server start-dev`): SQLite in a file
 * under dataDir (with WAL pragmas, about twice the throughput) or in memory, search attributes
 * registered at start, and the built-in UI unless headless.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { JOURNEY_SEARCH_ATTRIBUTES } from '../workflows/journey/journey-search-attributes';
import { assertPortFree } from './free-port';
import { startManagedProcess } from './managed-process';

export interface TemporalDevServerOptions {
  binary: string;
  /** Folder for temporal.db; omit for an in-memory server (state lost when it stops). */
  dataDir?: string;
  /** SQLite's own defaults instead of the WAL pragmas (benchmarks measure the setting this way). */
  sqliteDefaults?: boolean;
  port: number;
  uiPort?: number;
  headless: boolean;
  namespace: string;
  searchAttributes?: Record<string, string>;
  logFile?: string;
  startTimeoutMs?: number;
}

export interface TemporalDevServer {
  address: string;
  uiUrl?: string;
  /** SIGTERM (default) stops it cleanly; SIGKILL is a crash (the fault drills restart it on the same file). */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function devServerArgs(opts: TemporalDevServerOptions): string[] {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(opts.port), '--log-level', 'warn'];
  if (opts.dataDir) {
    args.push('--db-filename', path.join(opts.dataDir, 'temporal.db'));
    if (!opts.sqliteDefaults) args.push('--sqlite-pragma', 'journal_mode=wal', '--sqlite-pragma', 'synchronous=normal');
  }
  if (opts.headless) args.push('--headless');
  else args.push('--ui-port', String(opts.uiPort ?? opts.port + 1000));
  if (opts.namespace !== 'default') args.push('--namespace', opts.namespace);
  for (const [name, type] of Object.entries(opts.searchAttributes ?? JOURNEY_SEARCH_ATTRIBUTES)) {
    args.push('--search-attribute', `${name}=${type}`);
  }
  return args;
}

/** A dev server left running on this data folder by a run that was killed: stop it. */
async function stopLeftover(pidFile: string): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  let cmdline = '';
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return; // not running (or no /proc): nothing to do
  }
  if (!cmdline.includes('start-dev')) return;
  process.stderr.write(`Temporal dev server from an earlier run (pid ${pid}) was still running: stopping it\n`);
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 100 && existsSync(`/proc/${pid}`); i++) await sleep(100);
}

export async function startTemporalDevServer(opts: TemporalDevServerOptions): Promise<TemporalDevServer> {
  const where = opts.dataDir ? `state in ${path.join(opts.dataDir, 'temporal.db')}` : 'in memory';
  const pidFile = opts.dataDir ? path.join(opts.dataDir, 'temporal.pid') : undefined;
  if (pidFile) await stopLeftover(pidFile);
  await assertPortFree(opts.port, `the Temporal dev server (${where})`);
  if (!opts.headless) await assertPortFree(opts.uiPort ?? opts.port + 1000, 'the Temporal UI');
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const proc = startManagedProcess(opts.binary, devServerArgs(opts), { name: 'temporal', logFile: opts.logFile });
  if (pidFile && proc.child.pid) writeFileSync(pidFile, `${proc.child.pid}\n`);
  const address = `127.0.0.1:${opts.port}`;
  const deadline = Date.now() + (opts.startTimeoutMs ?? 60_000);
  let lastError = 'no answer yet';
  for (;;) {
    if (proc.hasExited()) {
      throw new Error(
        `Temporal dev server (${opts.binary}) exited before it answered (${await proc.exited}):\n${proc.tail()}`,
      );
    }
    if (Date.now() > deadline) {
      await proc.stop('SIGKILL');
      throw new Error(
        `Temporal dev server did not answer on ${address} within ${opts.startTimeoutMs ?? 60_000} ms ` +
          `(${lastError}):\n${proc.tail()}`,
      );
    }
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1_000 });
      try {
        await connection.workflowService.getSystemInfo({});
        await connection.workflowService.describeNamespace({ namespace: opts.namespace });
      } finally {
        await connection.close();
      }
      break;
    } catch (err) {
      lastError = (err as Error).message;
      await sleep(250);
    }
  }
  return {
    address,
    uiUrl: opts.headless ? undefined : `http://127.0.0.1:${opts.uiPort ?? opts.port + 1000}`,
    stop: (signal: NodeJS.Signals = 'SIGTERM') => proc.stop(signal, 15_000),
  };
}
