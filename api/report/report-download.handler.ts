import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FieldCipher } from '../../config/crypto/field-cipher';
import { readFile } from '../../db/reports/report-job.store';
import { fileExtension } from '../../domain/report/report-file';
import { DomainError } from '../../domain/errors/error-codes';
import type { Locale } from '../../domain/i18n/locale';
import { ACCESS_POLICY } from '../auth/access-policy';
import type { JwtConfig } from '../auth/jwt';
import { writeDomainError } from '../http/error-response';
import { actorFromHeaders } from '../http/actor';
import { reportJobInScope } from './report-access';

/**
 * GET /reports/<jobId>.<pdf|html|csv>: the finished file of a report job, from PostgreSQL, for the
 * roles of reportJob whose scope covers the report (the same rule as the GraphQL field). Answers
 * false when the path is not a report.
 */
export async function handleReportDownload(
  deps: { orm: MikroORM; config: JwtConfig; cipher: FieldCipher },
  req: IncomingMessage,
  res: ServerResponse,
  locale: Locale,
): Promise<boolean> {
  const m = /^\/reports\/([^/]+)\.(pdf|html|csv)$/.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (!m) return false;
  try {
    if (req.method !== 'GET') throw new DomainError('VALIDATION_FAILED', 'Reports are read with GET');
    const principal = await actorFromHeaders(req.headers, deps.config);
    if (!principal) throw new DomainError('UNAUTHENTICATED', 'Downloading a report needs Authorization: Bearer <JWT>');
    const roles = ACCESS_POLICY.Query.reportJob.roles;
    if (!roles.includes(principal.role))
      throw new DomainError('FORBIDDEN', `Reports are for ${roles.join(', ')}; you act as ${principal.role}`);
    const em = deps.orm.em.fork();
    const job = await reportJobInScope(em, principal, m[1]);
    if (!job || fileExtension(job.format) !== m[2]) throw new DomainError('NOT_FOUND', `No report ${m[1]}.${m[2]}`);
    const file = job.status === 'DONE' ? await readFile(em, deps.cipher, job.id) : null;
    if (!file)
      throw new DomainError(
        'NOT_FOUND',
        `Report ${job.id} is ${job.status.toLowerCase()}, not ready yet (see reportJob.progress)`,
      );
    res
      .writeHead(200, {
        'content-type': file.contentType,
        'content-length': String(file.bytes.length),
        'cache-control': 'private, no-store',
        'content-disposition': `${m[2] === 'html' ? 'inline' : 'attachment'}; filename="${file.fileName}"`,
        'x-content-type-options': 'nosniff',
        ...(m[2] === 'html'
          ? { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:" }
          : {}),
      })
      .end(file.bytes);
  } catch (err) {
    if (!writeDomainError(res, err, locale)) throw err;
  }
  return true;
}
