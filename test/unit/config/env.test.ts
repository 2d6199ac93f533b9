import { loadConfig } from '../../../config/env';

/** A bad or missing setting stops the process with one line naming the variable. */
describe('configuration from the environment', () => {
  const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/jejak' };

  it('has documented defaults', () => {
    expect(loadConfig(base)).toMatchObject({ temporalAddress: 'localhost:7233', temporalNamespace: 'default', taskQueue: 'jejak-journeys', apiPort: 4000, logLevel: 'info', introspection: true });
  });

  it.each([
    [{}, /DATABASE_URL is required/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL must be a URL/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /DATABASE_URL must use postgres:/],
    [{ ...base, PORT: '70000' }, /PORT must be a TCP port/],
    [{ ...base, TEMPORAL_ADDRESS: 'localhost' }, /TEMPORAL_ADDRESS must be host:port/],
    [{ ...base, LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
  });
});
