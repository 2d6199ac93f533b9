/**
 * The module plan as the indicators read it (module_completion_rate): one row per module of the journey's plan,
 * from the journey state the recording activity writes. Pure, shared by the live writer and the rebuild.
 */

/** The plan's module fields the projection keeps (a ModuleRun, or the stored JSON of one). */
export interface PlannedModuleState {
  moduleId: string;
  status: string;
  plannedStart?: string | null;
  actualEnd?: string | null;
}

/** One module of a journey's plan (table journey_module_fact). */
export interface JourneyModuleFactRow {
  journeyId: string;
  moduleId: string;
  moduleTemplate: string;
  status: string;
  plannedStart: string | null;
  actualEnd: string | null;
}

/** The module facts of a journey at its state's seq. */
export function journeyModuleFacts(
  journeyId: string,
  modules: readonly PlannedModuleState[] | undefined,
): JourneyModuleFactRow[] {
  return (modules ?? []).map((m) => ({
    journeyId,
    moduleId: m.moduleId,
    moduleTemplate: m.moduleId.replace(/-[0-9]+$/, ''),
    status: m.status,
    plannedStart: m.plannedStart ?? null,
    actualEnd: m.actualEnd ?? null,
  }));
}
