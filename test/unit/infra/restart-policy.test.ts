import {
  decideRestart,
  DEFAULT_RESTART_POLICY,
  EXIT_CONFIG,
  restartPolicyFromEnv,
  type RestartPolicy,
} from '../../../infra/restart-policy';

/**
 * `npm start` restarts a crashed API or worker after a back-off that doubles, forgives crashes older than
 * its window, and stops everything only after more crashes within the window than it allows.
 */
const policy: RestartPolicy = { maxRestarts: 5, windowMs: 120_000, firstDelayMs: 1_000, maxDelayMs: 30_000 };
const S = 1_000;

describe('restart policy of the local stack', () => {
  it('restarts a first crash after a second', () => {
    expect(decideRestart([10 * S], 'SIGKILL', policy)).toEqual({
      action: 'restart',
      delayMs: 1_000,
      crashesInWindow: 1,
    });
  });

  it('doubles the back-off with each crash of the window, up to its ceiling', () => {
    const steep = { ...policy, maxRestarts: 10 };
    const crashes = [0, 2, 5, 10, 19, 36, 60].map((t) => t * S);
    const delays = crashes.map((_, i) => decideRestart(crashes.slice(0, i + 1), 1, steep));
    expect(delays.map((d) => (d.action === 'restart' ? d.delayMs : d.action))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
  });

  it('gives up on the crash after the last allowed restart within the window', () => {
    const crashes = [0, 1, 3, 7, 15].map((t) => t * S);
    expect(decideRestart(crashes, 1, policy)).toMatchObject({ action: 'restart', crashesInWindow: 5 });
    expect(decideRestart([...crashes, 31 * S], 1, policy)).toEqual({
      action: 'give-up',
      reason: 'too-many-crashes',
      crashesInWindow: 6,
    });
  });

  it('forgives crashes older than the window: a process crashing now and then runs on, back-off reset', () => {
    const hourly = [0, 1, 2, 3, 4, 5, 6, 7].map((h) => h * 3_600 * S);
    expect(decideRestart(hourly, 'SIGKILL', policy)).toEqual({ action: 'restart', delayMs: 1_000, crashesInWindow: 1 });
    const burstThenQuiet = [0, 1, 2, 3, 4, 125].map((t) => t * S);
    expect(decideRestart(burstThenQuiet, 1, policy)).toEqual({ action: 'restart', delayMs: 1_000, crashesInWindow: 1 });
  });

  it('gives up at once on a configuration error: restarting cannot mend a bad setting', () => {
    expect(decideRestart([0], EXIT_CONFIG, policy)).toEqual({
      action: 'give-up',
      reason: 'bad-configuration',
      crashesInWindow: 1,
    });
  });

  it('never restarts with a limit of 0 (every crash stops everything)', () => {
    expect(decideRestart([0], 'SIGKILL', { ...policy, maxRestarts: 0 })).toMatchObject({ action: 'give-up' });
  });
});

describe('restart settings', () => {
  it('defaults to 5 restarts within 120 s, the first after 1 s', () => {
    expect(restartPolicyFromEnv({})).toEqual(DEFAULT_RESTART_POLICY);
    expect(DEFAULT_RESTART_POLICY).toEqual(policy);
  });

  it('reads JEJAK_RESTART_LIMIT, JEJAK_RESTART_WINDOW_SECONDS and JEJAK_RESTART_DELAY_MS', () => {
    expect(
      restartPolicyFromEnv({
        JEJAK_RESTART_LIMIT: '2',
        JEJAK_RESTART_WINDOW_SECONDS: '10',
        JEJAK_RESTART_DELAY_MS: '50',
      }),
    ).toEqual({ maxRestarts: 2, windowMs: 10_000, firstDelayMs: 50, maxDelayMs: 30_000 });
  });

  it.each([
    ['JEJAK_RESTART_LIMIT', '-1', /JEJAK_RESTART_LIMIT must be a whole number of at least 0, got "-1"/],
    ['JEJAK_RESTART_WINDOW_SECONDS', '0', /JEJAK_RESTART_WINDOW_SECONDS must be a whole number of at least 1/],
    ['JEJAK_RESTART_DELAY_MS', 'soon', /JEJAK_RESTART_DELAY_MS must be a whole number/],
  ])('refuses %s=%s, naming it', (name, value, message) => {
    expect(() => restartPolicyFromEnv({ [name]: value })).toThrow(message);
  });
});
