import type { ModuleRun, SessionRun } from '../journey/journey.types';
import { heldSessions } from './module-run.rules';

/** What a mentor needs to know of a module run they deliver: how far it is and what comes next. */
export interface MentorModuleProgress {
  sessionsHeld: number;
  sessionsPlanned: number;
  /** The earliest scheduled session without recorded attendance; null when none is waiting. */
  nextSession: SessionRun | null;
}

export function mentorModuleProgress(module: ModuleRun): MentorModuleProgress {
  const waiting = module.sessions
    .filter((s) => s.attendance === undefined)
    .sort((a, b) => Date.parse(a.scheduledAt) - Date.parse(b.scheduledAt));
  return {
    sessionsHeld: heldSessions(module),
    sessionsPlanned: module.plannedSessions,
    nextSession: waiting[0] ?? null,
  };
}
