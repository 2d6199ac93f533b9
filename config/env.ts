/**
 * Configuration from environment variables, validated at start-up. A bad or missing value stops
 * the process with one line naming the variable and what is wrong.
 */
import type { DataKeys } from './crypto/field-cipher';
import { dataKeySettings, jwtSettings } from './env-secrets';
import { ConfigError, flag, hostPort, locale, optional, port, positiveInt, read, url } from './env-values';
import { webhookSettings } from './env-webhooks';
import type { Locale } from '../domain/i18n/locale';
import type { WebhookDeliverySettings } from '../domain/webhook/webhook-delivery.types';
import type { WebhookRetention } from '../domain/webhook/webhook-prune.rules';

export { ConfigError } from './env-values';

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

/** Only the data keys (for commands that need nothing else: db:migrate seals rows, db:rotate-keys re-seals them). */
export function loadDataKeys(env: NodeJS.ProcessEnv = process.env): DataKeys {
  return dataKeySettings(env, env.NODE_ENV ?? 'development');
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
