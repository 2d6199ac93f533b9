import type { ModuleRun } from '../../domain/journey/journey.types';
import { moduleDeliveryOf } from '../../domain/module/module-delivery.rules';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';
import type { ModuleRunObject } from './journey.object';

/** A journey's module as GraphQL shows it, with its delivery against the template of the journey's rules. */
export function moduleRunObjectOf(module: ModuleRun, rules: ProgrammeRules): ModuleRunObject {
  const delivery = moduleDeliveryOf(module, rules);
  return {
    ...module,
    delivery: delivery && { ...delivery, completedEarly: module.completedEarly === true },
  };
}
