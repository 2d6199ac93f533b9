import { CancellationScope, condition, isCancellation, sleep } from '@temporalio/workflow';

/** The deadline a journey waits for: its key and when it falls due. */
export interface DueDeadline {
  key: string;
  dueAt: string;
}

/**
 * One durable timer for the journey's next deadline, kept across commands while that deadline stays the same.
 * A command that leaves the next deadline where it was (an attendance, a session scheduled) then costs no timer
 * cancelled and started again: two history events and two engine timer writes fewer per step. The timer is
 * cancelled only when the next deadline changes or goes away.
 */
export class JourneyDeadlineTimer {
  private armed: { deadline: DueDeadline; scope: CancellationScope; fired: boolean } | undefined;

  /**
   * Makes sure a timer runs for `deadline` (none: no timer), `waitMs` from now, and answers whether it has fired.
   * The caller waits on `fired` beside its own wake condition.
   */
  aim(deadline: DueDeadline | undefined, waitMs: number): { fired: () => boolean } {
    const current = this.armed;
    // A timer that has fired is never reused: the caller applies its deadline, or finds it due at once next time.
    const same =
      current && deadline && current.deadline.key === deadline.key && current.deadline.dueAt === deadline.dueAt;
    if (current && same && !current.fired) return { fired: () => current.fired };
    this.disarm();
    if (!deadline) return { fired: () => false };
    const scope = new CancellationScope();
    const armed = { deadline, scope, fired: false };
    this.armed = armed;
    scope
      .run(() => sleep(waitMs))
      .then(
        () => {
          armed.fired = true;
        },
        (err: unknown) => {
          if (!isCancellation(err)) throw err;
        },
      );
    return { fired: () => armed.fired };
  }

  private disarm(): void {
    if (this.armed && !this.armed.fired) this.armed.scope.cancel();
    this.armed = undefined;
  }
}

/**
 * Waits until `wake` holds or the next deadline falls due; answers true when woken, false when the deadline is due.
 * `steady` (runs begun since the 'steady-deadline-timer' patch) keeps one timer across commands; before it, every
 * wait started its own timer and a command cancelled it.
 */
export async function wakeOrDeadline(
  timer: JourneyDeadlineTimer,
  steady: boolean,
  next: DueDeadline | undefined,
  waitMs: number | undefined,
  wake: () => boolean,
): Promise<boolean> {
  if (!steady) return waitMs === undefined ? (await condition(wake), true) : waitMs > 0 && condition(wake, waitMs);
  if (next && waitMs === 0) return false;
  const armed = timer.aim(next, waitMs ?? 0);
  await condition(() => wake() || armed.fired());
  return !armed.fired();
}
