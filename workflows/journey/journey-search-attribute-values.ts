import type { SearchAttributeUpdatePair } from '@temporalio/common';
import type { JourneyView } from './journey.messages';
import {
  JourneyFacilitator,
  JourneyOverdue,
  JourneyProgramme,
  JourneyRegion,
  JourneyStage,
  JourneyStatus,
} from './journey-search-attributes';

/** Codes and ids only: what operators filter on in the Temporal UI. */
export function searchAttributePairs(view: JourneyView): SearchAttributeUpdatePair[] {
  const { state } = view;
  return [
    { key: JourneyProgramme, value: state.programmeId },
    { key: JourneyRegion, value: state.regionCode },
    { key: JourneyStage, value: state.stage },
    { key: JourneyStatus, value: view.status },
    { key: JourneyFacilitator, value: state.facilitatorId ?? 'UNASSIGNED' },
    { key: JourneyOverdue, value: state.overdue.length > 0 },
  ] as SearchAttributeUpdatePair[];
}
