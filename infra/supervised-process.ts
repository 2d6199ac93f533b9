/**
 * A server process kept running: when it exits without being asked to, it is started again after the
 * back-off of infra/restart-policy.ts, and each crash and restart is logged. When the policy gives up
 * (too many crashes in its window, or a bad configuration), `gaveUp` resolves with a message that says
 * why and quotes the process's last output; the caller decides what then stops.
 */
import type { ManagedProcess } from './managed-process';
import { crashesToKeep, decideRestart, type RestartPolicy } from './restart-policy';

export interface SupervisedProcess {
  readonly name: string;
  /** The process running now (a new one after each restart). */
  current(): ManagedProcess;
  /** Resolves once the supervisor stops restarting, with the message to show; never after stop(). */
  readonly gaveUp: Promise<string>;
  /** True once it gave up or was stopped: nothing will run under this name any more. */
  hasExited(): boolean;
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<void>;
}

export interface SupervisorOptions {
  name: string;
  /** Starts the process (again); may throw if it cannot be started at all. */
  start: () => ManagedProcess;
  policy: RestartPolicy;
  log: (message: string) => void;
  now?: () => number;
}

const seconds = (ms: number): string => (ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`);

export function superviseProcess(opts: SupervisorOptions): SupervisedProcess {
  const { name, policy, log, now = Date.now } = opts;
  let proc = opts.start();
  let crashes: number[] = [];
  let stopped = false;
  let done = false;
  let pending: NodeJS.Timeout | undefined;
  let giveUp: (message: string) => void = () => undefined;
  const gaveUp = new Promise<string>((resolve) => (giveUp = resolve));
  const finish = (message: string) => {
    done = true;
    giveUp(message);
  };

  const restart = () => {
    pending = undefined;
    if (stopped) return;
    try {
      proc = opts.start();
    } catch (err) {
      finish(`${name} could not be started again: ${(err as Error).message}`);
      return;
    }
    log(`${name} restarted (pid ${proc.child.pid ?? '?'})`);
    watch(proc);
  };

  const onExit = (exited: ManagedProcess, code: number | string) => {
    if (stopped || exited !== proc) return;
    crashes = crashesToKeep([...crashes, now()], policy);
    const decision = decideRestart(crashes, code, policy);
    const window = `${seconds(policy.windowMs)}`;
    if (decision.action === 'give-up') {
      const why =
        decision.reason === 'bad-configuration'
          ? `${name} exited with a configuration error (${code}); a restart cannot mend it`
          : `${name} crashed ${decision.crashesInWindow} times within ${window} (last: ${code}); giving up ` +
            `(JEJAK_RESTART_LIMIT=${policy.maxRestarts} restarts per JEJAK_RESTART_WINDOW_SECONDS)`;
      finish(`${why}. Its last output:\n${exited.tail()}`);
      return;
    }
    log(
      `${name} exited unexpectedly (${code}); restarting in ${seconds(decision.delayMs)} ` +
        `(crash ${decision.crashesInWindow} within ${window}; more than ${policy.maxRestarts} gives up)`,
    );
    pending = setTimeout(restart, decision.delayMs);
  };

  const watch = (p: ManagedProcess) => void p.exited.then((code) => onExit(p, code));
  watch(proc);

  return {
    name,
    current: () => proc,
    gaveUp,
    hasExited: () => done || stopped,
    async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 15_000) {
      stopped = true;
      if (pending) clearTimeout(pending);
      await proc.stop(signal, timeoutMs);
    },
  };
}
