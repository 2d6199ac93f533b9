import type { ProgrammeRules, Range } from '../programme/programme-rules.types';
import { deliveryOf, type DeliverySession, type MixBasis, type SessionTypeShare } from './module-delivery.rules';
import { templateOf } from './module-run.rules';

/**
 * The delivery of every module of a template taken together, for the reports' module delivery section: the
 * sessions held in a period (a group session once, however many members it had) weighed against the template
 * by the same deliveryOf the API shows on a module and a group, so a report and the API agree.
 */

/** Held sessions of one template, session type and length (hours null: scheduled without them). */
export interface HeldSessionCount {
  templateId: string;
  sessionType: string;
  durationHours: number | null;
  sessions: number;
}

/** Modules of a template completed, and completed before their earliest completion (completedEarly). */
export interface ModuleCompletionCount {
  templateId: string;
  completed: number;
  completedEarly: number;
}

export interface TemplateTypeShare extends SessionTypeShare {
  /** The type's name in the template's session mix (Indonesian); null for a type the template lacks. */
  nameId: string | null;
}

export interface TemplateDelivery {
  templateId: string;
  /** The template's names; null when the rules no longer hold the template (then no mix is weighed). */
  nameId: string | null;
  nameEn: string | null;
  sessionsHeld: number;
  hoursHeld: number;
  heldWithoutHours: number;
  /** The template's hours per session; null for a template the rules lack. */
  hoursPerSession: Range | null;
  /** Held sessions whose hours lie outside the template's hours per session. */
  sessionsOutsideHours: number;
  mixBasis: MixBasis | null;
  mixTolerancePoints: number | null;
  mix: TemplateTypeShare[];
  mixOutsideTolerance: boolean;
  modulesCompleted: number;
  completedEarly: number;
}

/** The held sessions of one template as deliveryOf takes them: one per session counted. */
export function heldSessionsOf(counts: readonly HeldSessionCount[]): DeliverySession[] {
  return counts.flatMap((c) =>
    Array.from({ length: c.sessions }, (_, i) => ({
      sessionId: `${c.sessionType}/${c.durationHours ?? '-'}/${i + 1}`,
      sessionType: c.sessionType,
      durationHours: c.durationHours,
      held: true,
    })),
  );
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function templateDelivery(
  templateId: string,
  counts: readonly HeldSessionCount[],
  done: ModuleCompletionCount | undefined,
  rules: ProgrammeRules,
): TemplateDelivery {
  const template = templateOf(templateId, rules);
  const completion = { modulesCompleted: done?.completed ?? 0, completedEarly: done?.completedEarly ?? 0 };
  if (!template) {
    const sessions = heldSessionsOf(counts);
    return {
      templateId,
      nameId: null,
      nameEn: null,
      sessionsHeld: sessions.length,
      hoursHeld: round2(sessions.reduce((sum, s) => sum + (s.durationHours ?? 0), 0)),
      heldWithoutHours: sessions.filter((s) => s.durationHours === null).length,
      hoursPerSession: null,
      sessionsOutsideHours: 0,
      mixBasis: null,
      mixTolerancePoints: null,
      mix: [],
      mixOutsideTolerance: false,
      ...completion,
    };
  }
  const d = deliveryOf(heldSessionsOf(counts), template, rules);
  return {
    templateId,
    nameId: template.nameId,
    nameEn: template.nameEn,
    sessionsHeld: d.sessionsHeld,
    hoursHeld: d.hoursHeld,
    heldWithoutHours: d.heldWithoutHours,
    hoursPerSession: d.hoursPerSession,
    sessionsOutsideHours: d.sessionsOutsideHours.length,
    mixBasis: d.mixBasis,
    mixTolerancePoints: d.mixTolerancePoints,
    mix: d.mix.map((m) => ({
      ...m,
      nameId: template.sessionMix.find((t) => t.type === m.sessionType)?.nameId ?? null,
    })),
    mixOutsideTolerance: d.mixOutsideTolerance,
    ...completion,
  };
}

/**
 * Each template with a session held or a module completed, weighed against the rules: the rules' templates in
 * their order, then templates the rules no longer hold, by id.
 */
export function templateDeliveries(
  held: readonly HeldSessionCount[],
  completions: readonly ModuleCompletionCount[],
  rules: ProgrammeRules,
): TemplateDelivery[] {
  const ids = new Set([...held.map((h) => h.templateId), ...completions.map((c) => c.templateId)]);
  const order = (id: string) => {
    const i = rules.moduleTemplates.findIndex((t) => t.id === id);
    return i < 0 ? rules.moduleTemplates.length : i;
  };
  return [...ids]
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .map((id) =>
      templateDelivery(
        id,
        held.filter((h) => h.templateId === id),
        completions.find((c) => c.templateId === id),
        rules,
      ),
    );
}
