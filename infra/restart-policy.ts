/**
 * When the local stack (`npm start`) restarts a crashed API or worker, as compose's `restart: unless-stopped`
 * does, and when it gives up: pure decisions from the crash times, so they are tested without processes.
 * - Each crash is restarted after a back-off that doubles with the crashes of the window (1 s, 2 s, 4 s...,
 *   at most 30 s), so a process that keeps failing does not spin.
 * - More than `maxRestarts` crashes within `windowMs` means something is wrong that a restart will not
 *   mend: stop everything and say so. Crashes older than the window are forgiven.
 * - Exit code 78 (EX_CONFIG, config/env.ts) is a bad setting: no restart can help, give up at once.
 */

export interface RestartPolicy {
  /** Restarts allowed within the window; one crash more gives up (JEJAK_RESTART_LIMIT; 0 never restarts). */
  maxRestarts: number;
  /** The window crashes are counted in (JEJAK_RESTART_WINDOW_SECONDS). */
  windowMs: number;
  /** Back-off before the first restart of a window; doubles with each further crash (JEJAK_RESTART_DELAY_MS). */
  firstDelayMs: number;
  /** The longest back-off. */
  maxDelayMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  maxRestarts: 5,
  windowMs: 120_000,
  firstDelayMs: 1_000,
  maxDelayMs: 30_000,
};

/** The exit code of a process that found its configuration bad (config/env.ts loadConfigOrExit). */
export const EXIT_CONFIG = 78;

export type RestartDecision =
  | { action: 'restart'; delayMs: number; crashesInWindow: number }
  | { action: 'give-up'; reason: 'too-many-crashes' | 'bad-configuration'; crashesInWindow: number };

/**
 * What to do after a crash. `crashTimes` holds the times (ms) of this process's crashes so far, the one
 * just seen last; `exit` is its exit code or signal name.
 */
export function decideRestart(
  crashTimes: readonly number[],
  exit: number | string,
  policy: RestartPolicy = DEFAULT_RESTART_POLICY,
): RestartDecision {
  const now = crashTimes[crashTimes.length - 1] ?? 0;
  const crashesInWindow = crashTimes.filter((t) => t > now - policy.windowMs).length;
  if (exit === EXIT_CONFIG) return { action: 'give-up', reason: 'bad-configuration', crashesInWindow };
  if (crashesInWindow > policy.maxRestarts) return { action: 'give-up', reason: 'too-many-crashes', crashesInWindow };
  const delayMs = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (crashesInWindow - 1));
  return { action: 'restart', delayMs, crashesInWindow };
}

/** The crash times still inside the window after the latest one (the older ones no longer count). */
export function crashesToKeep(crashTimes: readonly number[], policy: RestartPolicy): number[] {
  const now = crashTimes[crashTimes.length - 1] ?? 0;
  return crashTimes.filter((t) => t > now - policy.windowMs);
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  return n;
}

/**
 * The policy from JEJAK_RESTART_LIMIT, JEJAK_RESTART_WINDOW_SECONDS and JEJAK_RESTART_DELAY_MS, each with the
 * default of DEFAULT_RESTART_POLICY when unset (docs/configuration.md); a bad value throws naming it.
 */
export function restartPolicyFromEnv(env: NodeJS.ProcessEnv): RestartPolicy {
  const firstDelayMs = whole(env, 'JEJAK_RESTART_DELAY_MS', DEFAULT_RESTART_POLICY.firstDelayMs, 0);
  return {
    maxRestarts: whole(env, 'JEJAK_RESTART_LIMIT', DEFAULT_RESTART_POLICY.maxRestarts, 0),
    windowMs: whole(env, 'JEJAK_RESTART_WINDOW_SECONDS', DEFAULT_RESTART_POLICY.windowMs / 1000, 1) * 1000,
    firstDelayMs,
    maxDelayMs: Math.max(firstDelayMs, DEFAULT_RESTART_POLICY.maxDelayMs),
  };
}
