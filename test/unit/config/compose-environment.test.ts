import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig, loadDataKeys } from '../../../config/env';
import {
  ComposeInterpolationError,
  composeConfigContent,
  composeServices,
  interpolate,
  serviceEnvironment,
  type ComposeService,
} from '../../support/compose-file';

/**
 * docker-compose.yml starts: every Jejak service's environment, interpolated as `docker compose` does
 * from the secrets an operator gives it, passes the same configuration loader the process runs at start.
 * No Docker engine runs here, so this is what keeps the file and config/env.ts from drifting apart.
 */
const key = (): string => randomBytes(32).toString('base64');
const operatorSecrets = (): Record<string, string> => ({
  JWT_SECRET: randomBytes(32).toString('base64'),
  DATA_ENCRYPTION_KEYS: `k1:${key()}`,
  DATA_HASH_KEY: key(),
});

/** What each Jejak command loads at start, as its entry point does (api/main.ts, worker/main.ts, db/migrate.ts). */
function startUp(service: ComposeService, env: Record<string, string>): string {
  const command = Array.isArray(service.command) ? service.command.join(' ') : (service.command ?? '');
  if (/dist\/(api|worker)\/main\.js/.test(command)) return loadConfig(env).nodeEnv;
  if (/dist\/db\/migrate\.js/.test(command)) {
    if (!env.DATABASE_URL) throw new ConfigError('DATABASE_URL is required but not set');
    loadDataKeys(env);
    return env.NODE_ENV ?? 'development';
  }
  throw new Error(`no start-up check for the command "${command}": add what it loads to this test`);
}

const jejakServices = (): [string, ComposeService][] =>
  Object.entries(composeServices()).filter(([, s]) => s.build !== undefined || s.image?.startsWith('jejak'));

describe('docker-compose.yml against the configuration loader', () => {
  it('runs the migrations, the worker and the API from the Jejak image', () => {
    expect(jejakServices().map(([name]) => name)).toEqual(expect.arrayContaining(['migrate', 'worker', 'api']));
  });

  it.each(jejakServices())('%s starts in production with the secrets given to compose', (_name, service) => {
    expect(startUp(service, serviceEnvironment(service, operatorSecrets()))).toBe('production');
  });

  it('the API listens on the published port and the worker keeps the documented cache', () => {
    const services = composeServices();
    const vars = operatorSecrets();
    expect(loadConfig(serviceEnvironment(services.api, vars)).apiPort).toBe(4000);
    expect(loadConfig(serviceEnvironment(services.worker, vars)).worker.maxCachedWorkflows).toBe(10000);
  });

  it('runs two API and two worker replicas, the APIs reached through one load balancer', () => {
    const services = composeServices();
    expect(services.api.deploy?.replicas).toBe(2);
    expect(services.worker.deploy?.replicas).toBe(2);
    // Replicas cannot share a host port: only the load balancer publishes GraphQL's.
    expect(services.api.ports).toBeUndefined();
    expect(services['api-lb'].ports).toEqual(['4000:4000']);
    const lb = services['api-lb'].configs?.[0];
    expect(lb?.target).toBe('/etc/nginx/conf.d/default.conf');
    const nginx = composeConfigContent(lb!.source);
    expect(nginx).toMatch(/server api:4000 resolve;/);
    expect(nginx).toMatch(/listen 4000;/);
    expect(nginx).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
  });

  it.each(['JWT_SECRET', 'DATA_ENCRYPTION_KEYS', 'DATA_HASH_KEY'])(
    'without %s compose stops before starting anything, saying how to make one',
    (missing) => {
      const vars: Record<string, string> = operatorSecrets();
      delete vars[missing];
      for (const [, service] of jejakServices()) {
        expect(() => serviceEnvironment(service, vars)).toThrow(ComposeInterpolationError);
        expect(() => serviceEnvironment(service, vars)).toThrow(
          new RegExp(`required variable ${missing} is missing a value: .*openssl rand -base64 32`),
        );
      }
      expect(() => serviceEnvironment(composeServices().api, { ...vars, [missing]: '' })).toThrow(missing);
    },
  );

  it('ships no secret of its own: every secret comes from the operator', () => {
    const vars = operatorSecrets();
    for (const [, service] of jejakServices()) {
      const env = serviceEnvironment(service, vars);
      for (const name of Object.keys(vars)) expect(env[name]).toBe(vars[name]);
    }
  });
});

describe('compose interpolation, as docker compose does it', () => {
  const vars = { SET: 'value', EMPTY: '' };

  it.each([
    ['$$(hostname -i):7233', '$(hostname -i):7233'],
    ['${SET}/$SET/${UNSET}', 'value/value/'],
    ['${SET:-d} ${EMPTY:-d} ${UNSET:-d}', 'value d d'],
    ['${SET-d} ${EMPTY-d} ${UNSET-d}', 'value  d'],
    ['${SET:+alt} ${EMPTY:+alt} ${EMPTY+alt}', 'alt  alt'],
    ['${UNSET:-${SET}}', 'value'],
    ['${EMPTY?only unset fails}', ''],
  ])('%s gives "%s"', (text, expected) => {
    expect(interpolate(text, vars)).toBe(expected);
  });

  it('stops on a required variable that is unset, or empty with the colon form', () => {
    expect(() => interpolate('${UNSET:?say how}', vars)).toThrow('required variable UNSET is missing a value: say how');
    expect(() => interpolate('${EMPTY:?say how}', vars)).toThrow('required variable EMPTY is missing a value');
    expect(() => interpolate('${UNSET?say how}', vars)).toThrow('required variable UNSET');
  });
});
