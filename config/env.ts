/**
 * Configuration from environment variables, validated at start-up. A bad or missing value stops
 * the process with one line naming the variable and what is wrong.
 */
import { DataKeys, FieldCipherError, parseDataKeys } from './crypto/field-cipher';
import { devSecret } from './dev-secrets';
import { HOW_TO_MAKE_A_KEY, isPublishedSecret, publishedDataKeyProblem } from './published-secrets';
import { isLocale, LOCALES, type Locale } from '../domain/i18n/locale';
import type { WebhookDeliverySettings } from '../domain/webhook/webhook-delivery.types';
import type { WebhookRetention } from '../domain/webhook/webhook-prune.rules';

export interface AppConfig {
  databaseUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  taskQueue: string;
  /**
   * A workflow bundle built ahead (WORKFLOW_BUNDLE_PATH, `node dist/worker/workflow-bundle.js <file>`): the
   * worker polls at once instead of bundling first.
   */
  workflowBundlePath: string | null;
  apiPort: number;
  logLevel: string;
  nodeEnv: string;
  introspection: boolean;
  /** HS256 secret for bearer JWTs (JWT_SECRET; a generated .data/ value in development when no JWKS URL). */
  jwtSecret: string | null;
  /** JWKS URL for bearer JWTs (JWT_JWKS_URL; production). */
  jwtJwksUrl: string | null;
  jwtIssuer: string | null;
  jwtAudience: string | null;
  /** GraphQL requests each caller may send per minute (RATE_LIMIT_PER_MINUTE; anonymous callers by address). */
  rateLimitPerMinute: number;
  /** Serve the offline explorer page on GET /graphql (GRAPHQL_LANDING_PAGE; off by default in production). */
  landingPage: boolean;
  /** Keys for encrypted columns (DATA_ENCRYPTION_KEYS, first = current) and blind indexes (DATA_HASH_KEY). */
  dataKeys: DataKeys;
  /** Language of a request that names none we speak in Accept-Language (DEFAULT_LOCALE: id or en). */
  defaultLocale: Locale;
  /**
   * The worker's sizes: workflow tasks and activities run at once, and journeys kept in its workflow cache
   * (null: the SDK's default from the heap limit).
   */
  worker: { maxConcurrentWorkflowTasks: number; maxConcurrentActivities: number; maxCachedWorkflows: number | null };
  /**
   * Minutes between two rounds of the group meeting watch (GROUP_MEETING_WATCH_MINUTES, 60 by default): the
   * interval of the Temporal Schedule that escalates groups which stopped meeting.
   */
  groupMeetingWatchMinutes: number;
  /** Rows an enrolment import applies per page (ENROLMENT_IMPORT_PAGE_SIZE, 50 by default): progress is recorded
   * after each page, and a crash redoes at most one page's look-ups. */
  enrolmentImportPageSize: number;
  /**
   * The largest CSV body `POST /enrolment-imports` takes (ENROLMENT_IMPORT_MAX_BYTES, 32 MiB by default); a larger
   * one is answered 413. GraphQL requests keep their own 1 MB limit.
   */
  enrolmentImportMaxBytes: number;
  /** Outbound events (webhooks): back-off, dead-letter window, polling, timeout (WEBHOOK_*, docs/webhooks.md). */
  webhooks: WebhookDeliverySettings;
  /**
   * Pruning of the webhook outbox: how long finished deliveries are kept (WEBHOOK_DELIVERED_RETENTION_DAYS, 30 by
   * default; WEBHOOK_DEAD_RETENTION_DAYS, 90) and the minutes between two prunes (WEBHOOK_PRUNE_MINUTES, 60): the
   * interval of the Temporal Schedule that prunes it.
   */
  webhookPrune: { retention: WebhookRetention; everyMinutes: number };
  /**
   * The worker's Prometheus endpoint (WORKER_METRICS_PORT; off when unset): recording latency and Temporal's own
   * worker metrics, which the SDK serves on the loopback port after it (WORKER_METRICS_PORT + 1).
   */
  workerMetricsPort: number | null;
  /**
   * Where traces go over OTLP/HTTP (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT or OTEL_EXPORTER_OTLP_ENDPOINT, the OTel
   * standard variables); null: tracing off (config/tracing.ts, docs/monitoring.md).
   */
  otlpEndpoint: string | null;
}

export class ConfigError extends Error {}

function read(env: NodeJS.ProcessEnv, name: string, fallback?: string): string {
  const value = env[name] ?? fallback;
  if (value === undefined || value.trim() === '') throw new ConfigError(`${name} is required but not set`);
  return value.trim();
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: string): number {
  const raw = read(env, name, fallback);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new ConfigError(`${name} must be a TCP port (0-65535), got "${raw}"`);
  return n;
}

/** A fixed port with the next one free for Temporal's own endpoint; null (off) when unset. */
function workerMetricsPort(env: NodeJS.ProcessEnv): number | null {
  if (optional(env, 'WORKER_METRICS_PORT') === null) return null;
  const n = port(env, 'WORKER_METRICS_PORT', '');
  if (n < 1 || n > 65534) throw new ConfigError(`WORKER_METRICS_PORT must be 1-65534, got "${n}"`);
  return n;
}

/** The OTLP/HTTP endpoint that switches tracing on, or null: tracing off. */
export function otlpEndpoint(env: NodeJS.ProcessEnv = process.env): string | null {
  for (const name of ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'OTEL_EXPORTER_OTLP_ENDPOINT']) {
    const raw = optional(env, name);
    if (raw === null) continue;
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      throw new ConfigError(`${name} must be a URL like http://otel-collector:4318, got "${raw}"`);
    }
    if (!['http:', 'https:'].includes(parsed.protocol))
      throw new ConfigError(`${name} must use http: or https: (OTLP over HTTP), got ${parsed.protocol}`);
    return raw;
  }
  return null;
}

function url(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string {
  const raw = read(env, name);
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL like ${protocols[0]}//user:pass@host:5432/db`);
  }
  if (!protocols.includes(parsed.protocol))
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
  return raw;
}

function hostPort(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = read(env, name, fallback);
  if (!/^[A-Za-z0-9.\-_[\]:]+:\d{1,5}$/.test(raw)) throw new ConfigError(`${name} must be host:port, got "${raw}"`);
  return raw;
}

function optional(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = env[name];
  return value === undefined || value.trim() === '' ? null : value.trim();
}

function jwtSettings(
  env: NodeJS.ProcessEnv,
  nodeEnv: string,
): Pick<AppConfig, 'jwtSecret' | 'jwtJwksUrl' | 'jwtIssuer' | 'jwtAudience'> {
  let jwtSecret = optional(env, 'JWT_SECRET');
  const jwks = optional(env, 'JWT_JWKS_URL');
  if (jwtSecret && jwks)
    throw new ConfigError('JWT_SECRET and JWT_JWKS_URL are both set: set only one (JWKS in production)');
  if (jwks) {
    let parsed: URL;
    try {
      parsed = new URL(jwks);
    } catch {
      throw new ConfigError(`JWT_JWKS_URL must be a URL like https://idp.example/.well-known/jwks.json`);
    }
    if (parsed.protocol !== 'https:' && !(nodeEnv !== 'production' && parsed.protocol === 'http:'))
      throw new ConfigError('JWT_JWKS_URL must use https:');
  }
  if (jwtSecret && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
  if (jwtSecret && nodeEnv === 'production' && isPublishedSecret(jwtSecret))
    throw new ConfigError(
      `JWT_SECRET is printed in the Jejak repository, so anyone could sign tokens with it: ${HOW_TO_MAKE_A_KEY}`,
    );
  if (!jwtSecret && !jwks) {
    if (nodeEnv === 'production')
      throw new ConfigError('JWT_JWKS_URL (or JWT_SECRET) is required when NODE_ENV=production');
    jwtSecret = devSecret('jwt-secret', 32, 'JWT_SECRET');
  }
  return {
    jwtSecret,
    jwtJwksUrl: jwks,
    jwtIssuer: optional(env, 'JWT_ISSUER'),
    jwtAudience: optional(env, 'JWT_AUDIENCE'),
  };
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: string): boolean {
  const raw = read(env, name, fallback);
  if (!['true', 'false'].includes(raw)) throw new ConfigError(`${name} must be true or false, got "${raw}"`);
  return raw === 'true';
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: string): number {
  const raw = read(env, name, fallback);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`${name} must be a positive whole number, got "${raw}"`);
  return n;
}

/** Only the data keys (for commands that need nothing else: db:migrate seals rows, db:rotate-keys re-seals them). */
export function loadDataKeys(env: NodeJS.ProcessEnv = process.env): DataKeys {
  return dataKeySettings(env, env.NODE_ENV ?? 'development');
}

function dataKeySettings(env: NodeJS.ProcessEnv, nodeEnv: string): DataKeys {
  let keys = optional(env, 'DATA_ENCRYPTION_KEYS');
  let hashKey = optional(env, 'DATA_HASH_KEY');
  if (nodeEnv === 'production' && (!keys || !hashKey))
    throw new ConfigError('DATA_ENCRYPTION_KEYS and DATA_HASH_KEY are required when NODE_ENV=production');
  keys ??= `dev1:${devSecret('data-key-dev1', 32, 'DATA_ENCRYPTION_KEYS')}`;
  hashKey ??= devSecret('data-hash-key', 32, 'DATA_HASH_KEY');
  let dataKeys: DataKeys;
  try {
    dataKeys = parseDataKeys(keys, hashKey);
  } catch (err) {
    if (err instanceof FieldCipherError) throw new ConfigError(err.message);
    throw err;
  }
  const published = nodeEnv === 'production' ? publishedDataKeyProblem(dataKeys) : null;
  if (published) throw new ConfigError(published);
  return dataKeys;
}

function positiveSeconds(env: NodeJS.ProcessEnv, name: string, fallback: string): number {
  const raw = read(env, name, fallback);
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0)
    throw new ConfigError(`${name} must be a positive number of seconds, got "${raw}"`);
  return Math.round(n * 1000);
}

/** A day: the shortest dead-letter window a production deployment may set (partners may be down a night). */
const DAY_SECONDS = 86_400;

function webhookSettings(env: NodeJS.ProcessEnv, nodeEnv: string): WebhookDeliverySettings {
  const deadLetterAfterMs = positiveSeconds(env, 'WEBHOOK_DEAD_LETTER_AFTER_SECONDS', String(DAY_SECONDS));
  if (nodeEnv === 'production' && deadLetterAfterMs < DAY_SECONDS * 1000)
    throw new ConfigError(`WEBHOOK_DEAD_LETTER_AFTER_SECONDS must be at least ${DAY_SECONDS} (24 hours) in production`);
  const backoff = Number(read(env, 'WEBHOOK_RETRY_BACKOFF', '2'));
  if (!Number.isFinite(backoff) || backoff < 1 || backoff > 10)
    throw new ConfigError(`WEBHOOK_RETRY_BACKOFF must be a number from 1 to 10, got "${env.WEBHOOK_RETRY_BACKOFF}"`);
  return {
    retry: {
      initialIntervalMs: positiveSeconds(env, 'WEBHOOK_RETRY_INITIAL_SECONDS', '10'),
      backoffCoefficient: backoff,
      maximumIntervalMs: positiveSeconds(env, 'WEBHOOK_RETRY_MAX_INTERVAL_SECONDS', '3600'),
      deadLetterAfterMs,
    },
    pollIntervalMs: positiveSeconds(env, 'WEBHOOK_POLL_SECONDS', '5'),
    requestTimeoutMs: positiveSeconds(env, 'WEBHOOK_TIMEOUT_SECONDS', '10'),
    lanes: positiveInt(env, 'WEBHOOK_MAX_JOURNEYS_IN_FLIGHT', '20'),
    perLane: 20,
  };
}

function locale(env: NodeJS.ProcessEnv, name: string, fallback: Locale): Locale {
  const raw = read(env, name, fallback);
  if (!isLocale(raw)) throw new ConfigError(`${name} must be one of ${LOCALES.join(', ')}, got "${raw}"`);
  return raw;
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const logLevel = read(env, 'LOG_LEVEL', 'info');
  if (!LEVELS.includes(logLevel))
    throw new ConfigError(`LOG_LEVEL must be one of ${LEVELS.join(', ')}, got "${logLevel}"`);
  const nodeEnv = read(env, 'NODE_ENV', 'development');
  const introspection = read(env, 'GRAPHQL_INTROSPECTION', nodeEnv === 'production' ? 'false' : 'true');
  if (!['true', 'false'].includes(introspection))
    throw new ConfigError(`GRAPHQL_INTROSPECTION must be true or false, got "${introspection}"`);
  return {
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    temporalAddress: hostPort(env, 'TEMPORAL_ADDRESS', 'localhost:7233'),
    temporalNamespace: read(env, 'TEMPORAL_NAMESPACE', 'default'),
    taskQueue: read(env, 'TEMPORAL_TASK_QUEUE', 'jejak-journeys'),
    workflowBundlePath: optional(env, 'WORKFLOW_BUNDLE_PATH'),
    apiPort: port(env, 'PORT', '4000'),
    logLevel,
    nodeEnv,
    introspection: introspection === 'true',
    ...jwtSettings(env, nodeEnv),
    rateLimitPerMinute: positiveInt(env, 'RATE_LIMIT_PER_MINUTE', '600'),
    landingPage: flag(env, 'GRAPHQL_LANDING_PAGE', nodeEnv === 'production' ? 'false' : 'true'),
    dataKeys: dataKeySettings(env, nodeEnv),
    defaultLocale: locale(env, 'DEFAULT_LOCALE', 'id'),
    worker: {
      maxConcurrentWorkflowTasks: positiveInt(env, 'WORKER_MAX_CONCURRENT_WORKFLOW_TASKS', '50'),
      maxConcurrentActivities: positiveInt(env, 'WORKER_MAX_CONCURRENT_ACTIVITIES', '50'),
      maxCachedWorkflows:
        optional(env, 'WORKER_MAX_CACHED_WORKFLOWS') === null
          ? null
          : positiveInt(env, 'WORKER_MAX_CACHED_WORKFLOWS', ''),
    },
    groupMeetingWatchMinutes: positiveInt(env, 'GROUP_MEETING_WATCH_MINUTES', '60'),
    enrolmentImportPageSize: positiveInt(env, 'ENROLMENT_IMPORT_PAGE_SIZE', '50'),
    enrolmentImportMaxBytes: positiveInt(env, 'ENROLMENT_IMPORT_MAX_BYTES', String(32 * 1024 * 1024)),
    webhooks: webhookSettings(env, nodeEnv),
    webhookPrune: {
      retention: {
        deliveredDays: positiveInt(env, 'WEBHOOK_DELIVERED_RETENTION_DAYS', '30'),
        deadDays: positiveInt(env, 'WEBHOOK_DEAD_RETENTION_DAYS', '90'),
      },
      everyMinutes: positiveInt(env, 'WEBHOOK_PRUNE_MINUTES', '60'),
    },
    workerMetricsPort: workerMetricsPort(env),
    otlpEndpoint: otlpEndpoint(env),
  };
}

/** For process entry points: print one line and exit 78 (EX_CONFIG) on a bad configuration. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`configuration error: ${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
}
