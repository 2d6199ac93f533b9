import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { freePort } from '../../../infra/free-port';
import { startManagedProcess, type ManagedProcess } from '../../../infra/managed-process';
import { TEST_JWT_SECRET } from '../../support/app-harness';
import { drillBuild, drillWorkflowBundle } from '../../support/drill-build';

/**
 * The local stack as `npm start` runs it (<build>/infra/stack.js, on the run's PostgreSQL and Temporal):
 * `kill -9` of its worker or its API does not take the stack down; the process is started again, the API
 * answers ready again, and Ctrl-C (SIGTERM) still stops everything cleanly.
 */
describe('npm start keeps its API and worker running', () => {
  const ROOT = path.resolve(__dirname, '..', '..', '..');
  let stack: ManagedProcess;
  let port: number;
  const lines: string[] = [];

  async function until<T>(
    what: string,
    read: () => T | undefined | Promise<T | undefined>,
    timeoutMs = 60_000,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (value !== undefined) return value;
      if (stack.hasExited()) throw new Error(`the stack exited while waiting for ${what}:\n${lines.join('\n')}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${lines.join('\n')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const line =
    (pattern: RegExp, after = 0) =>
    () =>
      lines
        .slice(after)
        .map((l) => pattern.exec(l))
        .find(Boolean) ?? undefined;
  const ready = async (): Promise<true | undefined> => {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2_000) });
      return res.ok ? true : undefined;
    } catch {
      return undefined;
    }
  };

  beforeAll(async () => {
    const build = await drillBuild();
    port = await freePort();
    const runDir = path.join(process.env.JEJAK_TEST_DIR!, 'stack-supervision');
    stack = startManagedProcess(process.execPath, ['--enable-source-maps', path.join(build, 'infra', 'stack.js')], {
      name: 'stack',
      cwd: ROOT,
      logFile: path.join(runDir, 'stack.log'),
      onLine: (l) => lines.push(stripVTControlCharacters(l)),
      tailLines: 200,
      env: {
        ...process.env,
        PORT: String(port),
        TEMPORAL_TASK_QUEUE: `stack-${randomUUID()}`,
        JEJAK_DATA_DIR: runDir,
        WORKFLOW_BUNDLE_PATH: drillWorkflowBundle(build),
        JWT_SECRET: TEST_JWT_SECRET,
        JEJAK_RESTART_DELAY_MS: '200',
      },
    });
    await until('the stack to run', line(/Jejak is running/), 180_000);
  }, 300_000);

  afterAll(async () => {
    if (!stack.hasExited()) await stack.stop('SIGTERM', 30_000);
  });

  it.each(['worker', 'api'])('restarts the %s after kill -9', async (name) => {
    const from = lines.length;
    const pids = lines.map((l) => new RegExp(`\\[jejak\\] ${name} (?:started|restarted) \\(pid (\\d+)\\)`).exec(l));
    const pid = Number(pids.filter(Boolean).pop()![1]);
    process.kill(pid, 'SIGKILL');

    await until(
      `the ${name} crash`,
      line(new RegExp(`${name} exited unexpectedly \\(SIGKILL\\); restarting in 200 ms`), from),
    );
    const restarted = await until(`the ${name} restart`, line(new RegExp(`${name} restarted \\(pid (\\d+)\\)`), from));
    expect(Number(restarted[1])).not.toBe(pid);
    if (name === 'worker') await until('the new worker to poll', line(/^worker +\| .*"worker polling"/, from));
    await until('the API to answer ready', ready);
    expect(lines.slice(from).some((l) => /shutting everything down/i.test(l))).toBe(false);
    expect(stack.hasExited()).toBe(false);
  });

  it('still stops everything on SIGTERM, with exit code 0', async () => {
    stack.child.kill('SIGTERM');
    expect(await stack.exited).toBe(0);
    expect(lines.some((l) => l.includes('[jejak] stopped; data kept in'))).toBe(true);
  });
});
