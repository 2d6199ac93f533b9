import { createHash } from 'node:crypto';
import { appendAuditRows, type SqlInTransaction } from '../../db/audit/audit-append';
import { officeAuditRow } from '../../db/audit/office-audit-row';
import { GROUP_COLUMNS, groupOfRow, type GroupRow } from '../../db/group/group-read.sql';
import { DomainError } from '../../domain/errors/error-codes';
import type { GroupAuditAction } from '../../domain/group/group-audit-actions';
import { isGroupOpen } from '../../domain/group/group.rules';
import { inAuditTransaction } from '../audit/audit-sql';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import { isIdempotencyKey } from '../../db/shared/deterministic-id';

/** One audit row a command writes: ids, codes, dates and figures only in before/after. */
export interface GroupAuditEntry {
  action?: GroupAuditAction;
  before?: Record<string, unknown> | null;
  after: Record<string, unknown>;
  reason?: string | null;
}

/** What a command's work sees: the transaction, the group's row (locked), when, who and its key. */
export interface GroupCommandTx {
  sql: SqlInTransaction;
  group: GroupRow;
  at: Date;
  actorId: string;
  idempotencyKey: string;
}

export interface GroupCommand<R extends Record<string, unknown>> {
  groupId: string;
  idempotencyKey: string;
  action: GroupAuditAction;
  /** The command's content: the same key with other content is IDEMPOTENCY_KEY_REUSED. */
  request: Record<string, unknown>;
  /** False for the status change, which answers a dissolved group itself; true: a dissolved group refuses. */
  needsOpenGroup?: boolean;
  /** Checks and writes; throws a DomainError to refuse (nothing is written then). */
  apply(tx: GroupCommandTx): Promise<{ result: R; audit: GroupAuditEntry[] }>;
}

export function assertIdempotencyKey(key: string): void {
  if (!isIdempotencyKey(key))
    throw new DomainError('VALIDATION_FAILED', 'idempotencyKey must be 8-128 letters, digits or _-:.');
}

const requestHash = (cmd: GroupCommand<Record<string, unknown>>) =>
  createHash('sha256')
    .update(JSON.stringify([cmd.action, cmd.groupId, cmd.request]))
    .digest('hex');

/**
 * Runs one command on a group in one transaction: under a lock on its idempotency key, a key already applied
 * answers its stored result (the same content) or IDEMPOTENCY_KEY_REUSED (other content) and writes nothing;
 * otherwise the group's row is locked (so membership and role checks see every earlier change), the command
 * checks and writes, and its result and audit rows (source GROUP) are stored with it.
 */
export async function runGroupCommand<R extends Record<string, unknown>>(
  ctx: GraphQLContext,
  cmd: GroupCommand<R>,
): Promise<R> {
  const principal = requirePrincipal(ctx.principal);
  assertIdempotencyKey(cmd.idempotencyKey);
  const hash = requestHash(cmd);
  return inAuditTransaction(ctx.em, async (sql) => {
    await sql('select pg_advisory_xact_lock(hashtext(?))', [`group_command:${cmd.idempotencyKey}`]);
    const [done] = await sql(
      'select group_id, action, request_hash, result from group_command where idempotency_key = ?',
      [cmd.idempotencyKey],
    );
    if (done) {
      if (done.group_id !== cmd.groupId || done.action !== cmd.action || done.request_hash !== hash)
        throw new DomainError('IDEMPOTENCY_KEY_REUSED');
      return done.result as R;
    }
    const [row] = await sql(`select ${GROUP_COLUMNS} from community_group g where g.id = ? for update`, [cmd.groupId]);
    if (!row) throw new DomainError('GROUP_NOT_FOUND', `No group ${cmd.groupId}`);
    const group = groupOfRow(row);
    if (cmd.needsOpenGroup !== false && !isGroupOpen(group.status))
      throw new DomainError('GROUP_DISSOLVED', `Group ${group.id} is dissolved`);
    const at = new Date();
    const { result, audit } = await cmd.apply({
      sql,
      group,
      at,
      actorId: principal.userId,
      idempotencyKey: cmd.idempotencyKey,
    });
    await sql(
      `insert into group_command (idempotency_key, group_id, action, request_hash, result, recorded_by, recorded_at)
       values (?, ?, ?, ?, ?::jsonb, ?, ?)`,
      [cmd.idempotencyKey, group.id, cmd.action, hash, JSON.stringify(result), principal.userId, at],
    );
    await appendAuditRows(
      sql,
      audit.map((entry) =>
        officeAuditRow('GROUP', {
          actorId: principal.userId,
          actorRole: principal.role,
          action: entry.action ?? cmd.action,
          programmeId: group.programmeId,
          regionCode: group.regionCode,
          reason: entry.reason ?? null,
          before: entry.before ?? null,
          after: { groupId: group.id, ...entry.after },
          requestId: ctx.requestId,
          idempotencyKey: cmd.idempotencyKey,
          at,
        }),
      ),
    );
    return result;
  });
}
