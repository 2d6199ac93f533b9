import type { ModuleRun } from '../../domain/journey/journey.types';
import { moduleDeliveryOf, type ModuleDelivery } from '../../domain/module/module-delivery.rules';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';
import type { ModuleRunObject } from './journey.object';
import type { ModuleDeliveryObject } from './module-delivery.object';

/** A delivery as GraphQL shows it (ModuleDelivery): a module's or a learning group's; null stays null. */
export function moduleDeliveryObjectOf(
  delivery: ModuleDelivery | null,
  completedEarly: boolean,
): ModuleDeliveryObject | null {
  return delivery && { ...delivery, completedEarly };
}

/** A journey's module as GraphQL shows it, with its delivery against the template of the journey's rules. */
export function moduleRunObjectOf(module: ModuleRun, rules: ProgrammeRules): ModuleRunObject {
  return {
    ...module,
    delivery: moduleDeliveryObjectOf(moduleDeliveryOf(module, rules), module.completedEarly === true),
  };
}
