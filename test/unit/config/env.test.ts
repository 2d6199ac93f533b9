import { loadConfig } from '../../../config/env';

/** A bad or missing setting stops the process with one line naming the variable. */
const KEY = Buffer.alloc(32, 7).toString('base64');

describe('configuration from the environment', () => {
  const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/jejak' };

  it('has documented defaults', () => {
    expect(loadConfig(base)).toMatchObject({
      temporalAddress: 'localhost:7233',
      temporalNamespace: 'default',
      taskQueue: 'jejak-journeys',
      apiPort: 4000,
      logLevel: 'info',
      introspection: true,
      defaultLocale: 'id',
    });
    expect(loadConfig({ ...base, DEFAULT_LOCALE: 'en' }).defaultLocale).toBe('en');
  });

  it('sizes the worker: 50 workflow tasks and activities at once and the SDK cache by default, or as set', () => {
    expect(loadConfig(base).worker).toEqual({
      maxConcurrentWorkflowTasks: 50,
      maxConcurrentActivities: 50,
      maxCachedWorkflows: null,
    });
    const sized = {
      ...base,
      WORKER_MAX_CACHED_WORKFLOWS: '20000',
      WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: '100',
      WORKER_MAX_CONCURRENT_ACTIVITIES: '20',
    };
    expect(loadConfig(sized).worker).toEqual({
      maxConcurrentWorkflowTasks: 100,
      maxConcurrentActivities: 20,
      maxCachedWorkflows: 20000,
    });
  });

  it('watches group meetings every hour by default, or as often as set', () => {
    expect(loadConfig(base).groupMeetingWatchMinutes).toBe(60);
    expect(loadConfig({ ...base, GROUP_MEETING_WATCH_MINUTES: '15' }).groupMeetingWatchMinutes).toBe(15);
    expect(() => loadConfig({ ...base, GROUP_MEETING_WATCH_MINUTES: '0' })).toThrow(
      /GROUP_MEETING_WATCH_MINUTES must be a positive whole number, got "0"/,
    );
  });

  it('turns the explorer page off by default in production, and on by choice', () => {
    const prod = {
      ...base,
      NODE_ENV: 'production',
      JWT_JWKS_URL: 'https://id.example/jwks.json',
      DATA_ENCRYPTION_KEYS: `k1:${KEY}`,
      DATA_HASH_KEY: KEY,
    };
    expect(loadConfig(prod)).toMatchObject({ landingPage: false, introspection: false });
    expect(loadConfig({ ...prod, GRAPHQL_LANDING_PAGE: 'true' }).landingPage).toBe(true);
  });

  it.each([
    [{}, /DATABASE_URL is required/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL must be a URL/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /DATABASE_URL must use postgres:/],
    [{ ...base, PORT: '70000' }, /PORT must be a TCP port/],
    [{ ...base, TEMPORAL_ADDRESS: 'localhost' }, /TEMPORAL_ADDRESS must be host:port/],
    [{ ...base, LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ ...base, GRAPHQL_LANDING_PAGE: 'yes' }, /GRAPHQL_LANDING_PAGE must be true or false/],
    [{ ...base, DEFAULT_LOCALE: 'fr' }, /DEFAULT_LOCALE must be one of id, en, got "fr"/],
    [{ ...base, RATE_LIMIT_PER_MINUTE: '0' }, /RATE_LIMIT_PER_MINUTE must be a positive whole number/],
    [
      { ...base, WORKER_MAX_CACHED_WORKFLOWS: '10k' },
      /WORKER_MAX_CACHED_WORKFLOWS must be a positive whole number, got "10k"/,
    ],
    [
      { ...base, WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: '0' },
      /WORKER_MAX_CONCURRENT_WORKFLOW_TASKS must be a positive whole number/,
    ],
    [
      { ...base, WORKER_MAX_CONCURRENT_ACTIVITIES: '-5' },
      /WORKER_MAX_CONCURRENT_ACTIVITIES must be a positive whole number/,
    ],
    [
      { ...base, NODE_ENV: 'production', JWT_JWKS_URL: 'https://id.example/j' },
      /DATA_ENCRYPTION_KEYS and DATA_HASH_KEY are required when NODE_ENV=production/,
    ],
    [{ ...base, DATA_ENCRYPTION_KEYS: 'k1:c2hvcnQ=', DATA_HASH_KEY: KEY }, /key "k1" must be 32 bytes/],
    [
      { ...base, DATA_ENCRYPTION_KEYS: 'nokey', DATA_HASH_KEY: KEY },
      /DATA_ENCRYPTION_KEYS must be a list of id:base64key/,
    ],
    [
      { ...base, DATA_ENCRYPTION_KEYS: `k1:${KEY}`, DATA_HASH_KEY: 'c2hvcnQ=' },
      /DATA_HASH_KEY must be at least 32 bytes/,
    ],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
  });
});
