import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Search attributes operators filter journeys by in the Temporal UI and CLI. Codes and ids only.
 * The dev server registers them at start (`--search-attribute Name=Type`), a cluster by
 * `temporal operator search-attribute create` (see infra/temporal-search-attributes.ts).
 */
export const JourneyProgramme = defineSearchAttributeKey('JejakProgramme', SearchAttributeType.KEYWORD);
export const JourneyRegion = defineSearchAttributeKey('JejakRegion', SearchAttributeType.KEYWORD);
export const JourneyStage = defineSearchAttributeKey('JejakStage', SearchAttributeType.KEYWORD);
export const JourneyStatus = defineSearchAttributeKey('JejakStatus', SearchAttributeType.KEYWORD);
export const JourneyFacilitator = defineSearchAttributeKey('JejakFacilitator', SearchAttributeType.KEYWORD);
export const JourneyOverdue = defineSearchAttributeKey('JejakOverdue', SearchAttributeType.BOOL);

/** Name -> CLI type name, for `temporal server start-dev --search-attribute`. */
export const JOURNEY_SEARCH_ATTRIBUTES: Record<string, 'Keyword' | 'Bool'> = {
  JejakProgramme: 'Keyword',
  JejakRegion: 'Keyword',
  JejakStage: 'Keyword',
  JejakStatus: 'Keyword',
  JejakFacilitator: 'Keyword',
  JejakOverdue: 'Bool',
};
