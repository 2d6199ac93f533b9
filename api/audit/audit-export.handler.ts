import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import { validate } from 'class-validator';
import { GraphQLISODateTime } from 'type-graphql';
import { AUDIT_SOURCES } from '../../domain/audit/audit-source.types';
import { DomainError } from '../../domain/errors/error-codes';
import { writeDomainError } from '../http/error-response';
import type { Locale } from '../../domain/i18n/locale';
import { actorFromHeaders } from '../http/actor';
import type { JwtConfig } from '../auth/jwt';
import { actorOf } from '../../domain/staff/principal.rules';
import { assertAuditFilterInScope, assertJourneyInScope } from '../auth/scope';
import { createLoaders } from '../loaders';
import { requireAuditReader } from './audit-access';
import { AuditLogFilter } from './audit-log.input';
import type { AuditLogEntry } from './audit-log.object';
import { auditRows } from './audit-log.service';
import { streamRows } from './export-writer';
import type { HistoryItem } from './journey-history.item';
import { journeyHistory } from './journey-history.service';

const AUDIT_COLUMNS: (keyof AuditLogEntry)[] = [
  'id',
  'at',
  'actorId',
  'actorRole',
  'action',
  'journeyId',
  'programmeId',
  'regionCode',
  'reason',
  'before',
  'after',
  'requestId',
  'idempotencyKey',
  'workflowId',
  'runId',
  'eventSeq',
  'source',
  'prevHash',
  'hash',
];
const HISTORY_COLUMNS: (keyof HistoryItem)[] = [
  'source',
  'at',
  'kind',
  'name',
  'runId',
  'workflowEventId',
  'auditRowId',
  'actorId',
  'actorRole',
  'reason',
  'before',
  'after',
  'requestId',
  'idempotencyKey',
  'updateId',
  'detail',
  'occurredAt',
  'recordedAt',
];
const FILTER_KEYS = ['actorId', 'action', 'programmeId', 'regionCode', 'journeyId', 'source', 'from', 'to'];
export interface ExportDeps {
  orm: MikroORM;
  temporal: Client;
  config: JwtConfig;
}

/** An instant of the filter (from, to), read as the GraphQL filter reads it: DateTimeISO. */
function instantOf(key: string, value: string): Date {
  try {
    return GraphQLISODateTime.parseValue(value);
  } catch {
    throw new DomainError('VALIDATION_FAILED', `${key} must be an ISO 8601 date-time with its offset`);
  }
}

async function filterOf(params: URLSearchParams): Promise<AuditLogFilter> {
  const filter = new AuditLogFilter();
  for (const [key, value] of params) {
    if (!FILTER_KEYS.includes(key))
      throw new DomainError('VALIDATION_FAILED', `Unknown filter ${key}; known: ${FILTER_KEYS.join(', ')}`);
    if (key === 'from' || key === 'to') filter[key] = instantOf(key, value);
    else (filter as Record<string, unknown>)[key] = value;
  }
  if (filter.source && !(AUDIT_SOURCES as readonly string[]).includes(filter.source))
    throw new DomainError('VALIDATION_FAILED', `source must be one of ${AUDIT_SOURCES.join(', ')}`);
  const problems = await validate(filter);
  if (problems.length)
    throw new DomainError('VALIDATION_FAILED', `Invalid filter: ${problems.map((p) => p.property).join(', ')}`);
  return filter;
}

/**
 * GET /exports/journey-history/<journeyId>.csv|.json and GET /exports/audit-log.csv|.json?<filter>:
 * the same rows as journeyHistory and auditLog, streamed in batches as they are read. Auditors and
 * managers only. Answers false when the path is not an export.
 */
export async function handleAuditExport(
  deps: ExportDeps,
  req: IncomingMessage,
  res: ServerResponse,
  locale: Locale,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const history = /^\/exports\/journey-history\/([^/]+)\.(csv|json)$/.exec(url.pathname);
  const audit = /^\/exports\/audit-log\.(csv|json)$/.exec(url.pathname);
  if (!history && !audit) return false;
  const format = (history?.[2] ?? audit?.[1]) as 'csv' | 'json';
  try {
    if (req.method !== 'GET') throw new DomainError('VALIDATION_FAILED', 'Exports are read with GET');
    const principal = await actorFromHeaders(req.headers, deps.config);
    requireAuditReader(principal ? actorOf(principal) : null);
    const em = deps.orm.em.fork();
    const name = history ? `journey-history-${history[1]}` : 'audit-log';
    const filter = history ? null : await filterOf(url.searchParams);
    const scoped = { principal, loaders: createLoaders(em), em }; // the same scope rules as journeyHistory and auditLog
    if (history) await assertJourneyInScope(scoped, decodeURIComponent(history[1]));
    else await assertAuditFilterInScope(scoped, filter);
    const rows = history
      ? await journeyHistory(em, deps.temporal, decodeURIComponent(history[1]))
      : auditRows(em, filter!);
    res.writeHead(200, {
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${name}.${format}"`,
      'cache-control': 'no-store',
    });
    if (history) await streamRows(res, format, HISTORY_COLUMNS, rows as AsyncIterable<HistoryItem>);
    else await streamRows(res, format, AUDIT_COLUMNS, rows as AsyncIterable<AuditLogEntry>);
  } catch (err) {
    if (res.headersSent) {
      res.destroy(err as Error);
      return true;
    }
    if (!writeDomainError(res, err, locale)) throw err;
  }
  return true;
}
