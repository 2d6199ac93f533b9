import { DomainError } from '../../domain/errors/error-codes';
import type { AttendanceStatus } from '../../domain/journey/journey-codes';
import { appendAuditRows } from '../../db/audit/audit-append';
import { officeAuditRow } from '../../db/audit/office-audit-row';
import { GroupSessionEntity, type GroupEntity } from '../../db/entities';
import { inAuditTransaction } from '../audit/audit-sql';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import { deterministicUuid } from '../../db/shared/deterministic-id';

export interface GroupSessionFields {
  sessionType: string;
  startsAt: Date;
  durationHours: number;
  location: string;
  topic: string;
  presenter: string;
}

const sameSession = (row: GroupSessionEntity, groupId: string, f: GroupSessionFields) =>
  row.groupId === groupId &&
  row.sessionType === f.sessionType &&
  new Date(row.startsAt).getTime() === f.startsAt.getTime() &&
  Number(row.durationHours) === f.durationHours &&
  row.location === f.location &&
  row.topic === f.topic &&
  row.presenter === f.presenter;

/**
 * The group session of a key: inserted with its GROUP audit row (ids, codes and figures: never the location,
 * topic or presenter) in one transaction, or, for a retry, the row the key inserted before. The same key with
 * other content is IDEMPOTENCY_KEY_REUSED.
 */
export async function storeGroupSession(
  ctx: GraphQLContext,
  group: GroupEntity,
  templateId: string,
  f: GroupSessionFields,
  key: string,
): Promise<GroupSessionEntity> {
  const principal = requirePrincipal(ctx.principal);
  const id = deterministicUuid(`group-session:${group.id}`, key);
  const at = new Date();
  await inAuditTransaction(ctx.em, async (sql) => {
    const inserted = await sql(
      `insert into group_session (id, group_id, module_template_id, session_type, starts_at, duration_hours, location,
       topic, presenter, idempotency_key, scheduled_by, scheduled_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict do nothing returning id`,
      [
        id,
        group.id,
        templateId,
        f.sessionType,
        f.startsAt,
        f.durationHours,
        f.location,
        f.topic,
        f.presenter,
        key,
        principal.userId,
        at,
      ],
    );
    if (inserted.length === 0) return;
    const after = {
      sessionId: id,
      groupId: group.id,
      moduleTemplateId: templateId,
      sessionType: f.sessionType,
      startsAt: f.startsAt.toISOString(),
      durationHours: f.durationHours,
    };
    await appendAuditRows(sql, [
      officeAuditRow('GROUP', {
        actorId: principal.userId,
        actorRole: principal.role,
        action: 'groupSession.schedule',
        programmeId: group.programmeId,
        regionCode: group.regionCode,
        after,
        requestId: ctx.requestId,
        idempotencyKey: key,
        at,
      }),
    ]);
  });
  const row = await ctx.em.fork().findOne(GroupSessionEntity, { idempotencyKey: key });
  if (!row || row.id !== id || !sameSession(row, group.id, f))
    throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'This idempotencyKey already scheduled a different group session');
  return row;
}

export interface AttendanceRow {
  journeyId: string;
  status: AttendanceStatus;
  heldAt: string;
}

/**
 * Writes the group_attendance row of every member whose journey holds the attendance (figures read them), each
 * once, with one GROUP audit row naming the rows this call added and the refusals (ids and codes), in one
 * transaction. Rows already there (a retry) are left as they are; with none added nothing is audited.
 */
export async function storeGroupAttendance(
  ctx: GraphQLContext,
  group: GroupEntity,
  sessionId: string,
  rows: readonly AttendanceRow[],
  refused: readonly { journeyId: string; code: string }[],
  key: string,
): Promise<number> {
  if (rows.length === 0) return 0;
  const principal = requirePrincipal(ctx.principal);
  const at = new Date();
  return inAuditTransaction(ctx.em, async (sql) => {
    const inserted = await sql(
      `insert into group_attendance (session_id, journey_id, status, held_at, recorded_by, recorded_at) values
       ${rows.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')} on conflict do nothing returning journey_id`,
      rows.flatMap((r) => [sessionId, r.journeyId, r.status, r.heldAt, principal.userId, at]),
    );
    if (inserted.length === 0) return 0;
    const added = new Set(inserted.map((r) => String(r.journey_id)));
    await appendAuditRows(sql, [
      officeAuditRow('GROUP', {
        actorId: principal.userId,
        actorRole: principal.role,
        action: 'groupSession.attendance',
        programmeId: group.programmeId,
        regionCode: group.regionCode,
        after: {
          sessionId,
          groupId: group.id,
          recorded: rows
            .filter((r) => added.has(r.journeyId))
            .map((r) => ({ journeyId: r.journeyId, status: r.status })),
          refused: refused.map((r) => ({ journeyId: r.journeyId, code: r.code })),
        },
        requestId: ctx.requestId,
        idempotencyKey: key,
        at,
      }),
    ]);
    return added.size;
  });
}
