import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '../../domain/journey/journey.types';
import type { NextActionCode } from '../../domain/journey/journey-next-action.machine';
import type { JourneyView } from '../../domain/journey/journey-view.types';

/** The columns of a `journey` row a view is made of, as an entity or a raw row carries them. */
export interface JourneyViewColumns {
  state: JourneyView['state'];
  status: JourneyView['status'];
  nextAction: NextActionCode | null;
  nextActionBy: Role | null;
  nextDueAt: Date | string | null;
}

/** The journey as its read-model row has it: the next action is the one the workflow computed when it recorded. */
export function viewOfRow(row: JourneyViewColumns): JourneyView {
  return {
    state: row.state,
    status: row.status,
    nextAction: {
      action: row.nextAction ?? 'NONE',
      by: row.nextActionBy ?? 'system',
      dueAt: row.nextDueAt ? new Date(row.nextDueAt).toISOString() : null,
    },
  };
}

/**
 * The view from a raw `journey` row (snake_case columns as the driver returns them): hydrating entities would
 * snapshot each row's state jsonb for change tracking (a JSON.stringify per row, the API's largest cost in a list
 * page).
 */
export function viewFromRawRow(row: Record<string, unknown>): JourneyView {
  return viewOfRow({
    state: (typeof row.state === 'string' ? JSON.parse(row.state) : row.state) as JourneyView['state'],
    status: row.status as JourneyView['status'],
    nextAction: row.next_action as NextActionCode | null,
    nextActionBy: row.next_action_by as Role | null,
    nextDueAt: row.next_due_at as Date | string | null,
  });
}

/**
 * The journey's row as committed, if it stands at `seq`; null when it has no row or stands at another seq. Read
 * outside the caller's unit of work: its identity map may hold the row as loaded before the command.
 */
export async function recordedViewAt(em: EntityManager, journeyId: string, seq: number): Promise<JourneyView | null> {
  const row = await committedRow(em, journeyId);
  return row && Number(row.seq) === seq ? viewFromRawRow(row) : null;
}

/** The journey's row as committed, at whatever seq it stands; null when it has none. */
export async function recordedView(em: EntityManager, journeyId: string): Promise<JourneyView | null> {
  const row = await committedRow(em, journeyId);
  return row ? viewFromRawRow(row) : null;
}

async function committedRow(em: EntityManager, journeyId: string): Promise<Record<string, unknown> | undefined> {
  const rows = await em
    .getConnection()
    .execute<Record<string, unknown>[]>(
      'select seq, state, status, next_action, next_action_by, next_due_at from journey where id = ?',
      [journeyId],
      'all',
    );
  return rows[0];
}
