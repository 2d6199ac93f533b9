import { deliveryOf, type DeliverySession, type ModuleDelivery } from '../module/module-delivery.rules';
import { templateOf } from '../module/module-run.rules';
import type { ProgrammeRules } from '../programme/programme-rules.types';
import type { GroupKind } from './group.rules';

/**
 * A learning group's delivery against its module template (rules README, Module delivery): the sessions it
 * holds once for every member, weighed by the same deliveryOf as a member's own module. The group's module
 * starts at its first held session, which sets its earliest completion.
 */

/** The first held session's heldAt (ISO instants); null before any is held. */
export function firstHeldAt(sessions: readonly DeliverySession[]): string | null {
  return sessions.reduce<string | null>(
    (first, s) =>
      s.held && s.heldAt && (first === null || Date.parse(s.heldAt) < Date.parse(first)) ? s.heldAt : first,
    null,
  );
}

/** Null for a group that takes no module (not a learning group) or whose template the rules no longer hold. */
export function groupDeliveryOf(
  group: { kind: GroupKind; moduleTemplateId: string | null },
  sessions: readonly DeliverySession[],
  rules: ProgrammeRules,
): ModuleDelivery | null {
  if (group.kind !== 'LEARNING_GROUP' || !group.moduleTemplateId) return null;
  const template = templateOf(group.moduleTemplateId, rules);
  return template ? deliveryOf(sessions, template, rules, firstHeldAt(sessions)) : null;
}
