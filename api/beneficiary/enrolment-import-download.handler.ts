import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { resultRows } from '../../db/enrolment-import/enrolment-import.store';
import { resultCsv } from '../../domain/enrolment-import/enrolment-import.rules';
import { DomainError } from '../../domain/errors/error-codes';
import type { Locale } from '../../domain/i18n/locale';
import { ACCESS_POLICY } from '../auth/access-policy';
import type { JwtConfig } from '../auth/jwt';
import { actorFromHeaders } from '../http/actor';
import { writeDomainError } from '../http/error-response';
import { importInScopeOf } from './enrolment-import-access';

/**
 * GET /enrolment-imports/<importId>.csv: the per-row result file of a finished import (row, outcome, code, message,
 * journeyId; no personal data), for the roles of Query.enrolmentImport whose scope covers the import (the same rule
 * as the GraphQL field). Answers false when the path is not an import's result.
 */
export async function handleImportResultDownload(
  deps: { orm: MikroORM; config: JwtConfig },
  req: IncomingMessage,
  res: ServerResponse,
  locale: Locale,
): Promise<boolean> {
  const m = /^\/enrolment-imports\/([^/]+)\.csv$/.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (!m) return false;
  try {
    if (req.method !== 'GET') throw new DomainError('VALIDATION_FAILED', 'Import results are read with GET');
    const principal = await actorFromHeaders(req.headers, deps.config);
    if (!principal)
      throw new DomainError('UNAUTHENTICATED', 'Downloading import results needs Authorization: Bearer <JWT>');
    const roles = ACCESS_POLICY.Query.enrolmentImport.roles;
    if (!roles.includes(principal.role))
      throw new DomainError('FORBIDDEN', `Import results are for ${roles.join(', ')}; you act as ${principal.role}`);
    const em = deps.orm.em.fork();
    const job = await importInScopeOf(em, principal, m[1]);
    if (!job) throw new DomainError('NOT_FOUND', `No enrolment import ${m[1]}`);
    if (job.status !== 'DONE')
      throw new DomainError(
        'NOT_FOUND',
        `Enrolment import ${job.id} is ${job.status.toLowerCase()}, its results are not ready (see processedRows)`,
      );
    const bytes = Buffer.from(resultCsv(await resultRows(em, job.id)), 'utf8');
    res
      .writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-length': String(bytes.length),
        'cache-control': 'private, no-store',
        'content-disposition': `attachment; filename="enrolment-import-${job.id}.csv"`,
        'x-content-type-options': 'nosniff',
      })
      .end(bytes);
  } catch (err) {
    if (!writeDomainError(res, err, locale)) throw err;
  }
  return true;
}
