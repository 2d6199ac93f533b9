import { startManagedProcess } from '../../../infra/managed-process';
import type { RestartPolicy } from '../../../infra/restart-policy';
import { superviseProcess, type SupervisedProcess } from '../../../infra/supervised-process';

/**
 * A supervised child process, real and tiny (`node -e`): killed with SIGKILL it is started again and the
 * supervisor carries on; crashing over and over, the supervisor gives up and says why, quoting its output.
 */
const policy: RestartPolicy = { maxRestarts: 3, windowMs: 60_000, firstDelayMs: 100, maxDelayMs: 1_000 };
const STAYS_UP = "console.log('up ' + process.pid); setInterval(() => {}, 1000);";
const CRASHES = "console.error('boom: cannot reach the database'); process.exit(1);";

async function until<T>(what: string, read: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('a supervised process', () => {
  let supervisor: SupervisedProcess | undefined;
  const logged: string[] = [];
  const starts: number[] = [];
  const supervise = (script: string) =>
    superviseProcess({
      name: 'worker',
      start: () => {
        const proc = startManagedProcess(process.execPath, ['-e', script], { name: 'worker' });
        starts.push(proc.child.pid ?? 0);
        return proc;
      },
      policy,
      log: (line) => logged.push(line),
    });
  const upLine = (pid: number) => () => (supervisor?.current().tail().includes(`up ${pid}`) ? true : undefined);

  afterEach(async () => {
    await supervisor?.stop();
    supervisor = undefined;
    logged.length = 0;
    starts.length = 0;
  });

  it('is started again after kill -9, and the supervisor stays up', async () => {
    supervisor = supervise(STAYS_UP);
    const first = supervisor.current();
    await until('the first process', upLine(first.child.pid!));
    first.child.kill('SIGKILL');
    const second = await until('a restart', () => (starts.length === 2 ? supervisor!.current() : undefined));
    expect(second.child.pid).not.toBe(first.child.pid);
    await until('the restarted process', upLine(second.child.pid!));
    expect(logged[0]).toMatch(/^worker exited unexpectedly \(SIGKILL\); restarting in 100 ms \(crash 1 within 60 s;/);
    expect(logged[1]).toBe(`worker restarted (pid ${second.child.pid})`);
    expect(supervisor.hasExited()).toBe(false);

    second.child.kill('SIGKILL'); // the back-off doubles within the window
    await until('a second restart', () => (starts.length === 3 ? true : undefined));
    expect(logged[2]).toMatch(/restarting in 200 ms \(crash 2 within 60 s/);
    expect(supervisor.hasExited()).toBe(false);
  });

  it('crashing again and again, makes the supervisor give up with a clear message', async () => {
    supervisor = supervise(CRASHES);
    const message = await supervisor.gaveUp;
    expect(starts).toHaveLength(4); // the first start and 3 restarts
    expect(message).toMatch(/^worker crashed 4 times within 60 s \(last: 1\); giving up \(JEJAK_RESTART_LIMIT=3 /);
    expect(message).toContain('Its last output:\nboom: cannot reach the database');
    expect(supervisor.hasExited()).toBe(true);
    expect(logged.filter((l) => l.includes('restarting in'))).toHaveLength(3);
  });

  it('gives up at once on a configuration error (exit 78)', async () => {
    supervisor = supervise("console.error('configuration error: DATABASE_URL is required'); process.exit(78);");
    expect(await supervisor.gaveUp).toMatch(/^worker exited with a configuration error \(78\); a restart cannot/);
    expect(starts).toHaveLength(1);
  });

  it('is not restarted once stopped', async () => {
    supervisor = supervise(STAYS_UP);
    await until('the process', upLine(supervisor.current().child.pid!));
    await supervisor.stop();
    await new Promise((r) => setTimeout(r, 300));
    expect(starts).toHaveLength(1);
    expect(logged).toEqual([]);
    expect(supervisor.hasExited()).toBe(true);
  });
});
