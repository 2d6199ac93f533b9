import { rawQuery } from './raw-sql';

/**
 * Module delivery per template computed from the raw rows, independently of the product's SQL and of deliveryOf:
 * the programme's group sessions (group_session with its group_attendance rows; held at its first attendance) and
 * its journeys' individual sessions (SESSION_SCHEDULED events without groupId, held at the heldAt of their
 * ATTENDANCE_RECORDED event), each module's template read from the journey's own state; sessions held within
 * [from, to] (UTC days); MODULE_COMPLETED events within it. Shares follow the rules README: of hours when every
 * held session has them, else of sessions.
 */
export interface RawTemplateDelivery {
  sessions: number;
  hours: number;
  withoutHours: number;
  /** Each held session's hours (null: scheduled without them). */
  durations: (number | null)[];
  byType: Map<string, { sessions: number; hours: number }>;
  completed: number;
  completedEarly: number;
}

type Data = Record<string, unknown>;

export async function deliveryFromRawRows(
  programmeId: string,
  from: string,
  to: string,
): Promise<Map<string, RawTemplateDelivery>> {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`) + 86_400_000;
  const inPeriod = (at: string | Date) => {
    const t = new Date(at).getTime();
    return t >= start && t < end;
  };
  const out = new Map<string, RawTemplateDelivery>();
  const of = (templateId: string) => {
    let d = out.get(templateId);
    if (!d) {
      d = { sessions: 0, hours: 0, withoutHours: 0, durations: [], byType: new Map(), completed: 0, completedEarly: 0 };
      out.set(templateId, d);
    }
    return d;
  };
  const add = (templateId: string, type: string, hours: number | null) => {
    const d = of(templateId);
    const t = d.byType.get(type) ?? { sessions: 0, hours: 0 };
    d.sessions += 1;
    d.durations.push(hours);
    t.sessions += 1;
    if (hours === null) d.withoutHours += 1;
    d.hours += hours ?? 0;
    t.hours += hours ?? 0;
    d.byType.set(type, t);
  };

  const groups = await rawQuery<{ id: string }>('select id from community_group where programme_id = $1', [
    programmeId,
  ]);
  const groupIds = new Set(groups.map((g) => g.id));
  const sessions = (await rawQuery<Data>('select * from group_session')).filter((s) =>
    groupIds.has(String(s.group_id)),
  );
  const attendance = await rawQuery<Data>('select session_id, held_at from group_attendance');
  for (const s of sessions) {
    const times = attendance.filter((a) => a.session_id === s.id).map((a) => new Date(a.held_at as Date).getTime());
    if (times.length > 0 && inPeriod(new Date(Math.min(...times))))
      add(String(s.module_template_id), String(s.session_type), Number(s.duration_hours));
  }

  const journeys = await rawQuery<{ id: string; state: { modules: { moduleId: string; templateId: string }[] } }>(
    'select id, state from journey where programme_id = $1',
    [programmeId],
  );
  const templates = new Map(
    journeys.flatMap((j) => j.state.modules.map((m) => [`${j.id}/${m.moduleId}`, m.templateId])),
  );
  const events = await rawQuery<{ journey_id: string; type: string; at: Date; data: Data }>(
    `select e.journey_id, e.type, e.at, e.data from journey_event e join journey j on j.id = e.journey_id
      where j.programme_id = $1 and e.type in ('SESSION_SCHEDULED', 'ATTENDANCE_RECORDED', 'MODULE_COMPLETED')`,
    [programmeId],
  );
  const template = (e: { journey_id: string; data: Data }) =>
    templates.get(`${e.journey_id}/${String(e.data.moduleId)}`)!;
  for (const e of events.filter((x) => x.type === 'SESSION_SCHEDULED' && x.data.groupId === undefined)) {
    const held = events.find(
      (a) =>
        a.type === 'ATTENDANCE_RECORDED' &&
        a.journey_id === e.journey_id &&
        a.data.moduleId === e.data.moduleId &&
        a.data.sessionId === e.data.sessionId,
    );
    if (held && inPeriod(String(held.data.heldAt)))
      add(
        template(e),
        String(e.data.sessionType),
        typeof e.data.durationHours === 'number' ? e.data.durationHours : null,
      );
  }
  for (const e of events.filter((x) => x.type === 'MODULE_COMPLETED' && inPeriod(x.at))) {
    const d = of(template(e));
    d.completed += 1;
    if (e.data.completedEarly === true) d.completedEarly += 1;
  }
  return out;
}

/** A type's share of the held total in percent: of hours when every held session has them, else of sessions. */
export function rawShare(d: RawTemplateDelivery, type: string): number {
  const t = d.byType.get(type) ?? { sessions: 0, hours: 0 };
  return d.withoutHours === 0 && d.hours > 0 ? (t.hours * 100) / d.hours : (t.sessions * 100) / d.sessions;
}
