import type { NeedCode } from '../programme/programme-rules.types';

/**
 * The two flows the seed's modules serve (domain spec §4, the captions of the lost diagram [001:3167-3169]):
 * JOB, vocational and technical skills leading to work, and BUSINESS, entrepreneurship, managerial mentoring,
 * capital and market access leading to a business. The track is part of the plan and selects the graduation
 * criteria of rules that have tracks (`graduation.byTrack`, default v5).
 */
export const LIVELIHOOD_TRACKS = ['JOB', 'BUSINESS'] as const;
export type LivelihoodTrack = (typeof LIVELIHOOD_TRACKS)[number];

/** Needs that only a business serves: any of them proposes the BUSINESS track. */
const BUSINESS_NEEDS: readonly NeedCode[] = ['ENTREPRENEURSHIP_SKILLS', 'CAPITAL', 'MARKET', 'FINANCIAL_MANAGEMENT'];

/**
 * The track proposed from the assessment's needs: JOB when job skills are needed and no need points to a
 * business (the preference "job skills"); BUSINESS otherwise, also for "both" (capital and market only serve a
 * business) and when no skills need was found (the only track before tracks existed).
 */
export function proposedTrackOf(needs: readonly NeedCode[]): LivelihoodTrack {
  const business = needs.some((n) => BUSINESS_NEEDS.includes(n));
  return needs.includes('JOB_SKILLS') && !business ? 'JOB' : 'BUSINESS';
}

/** The track a journey's graduation is judged by: the plan's, else the one its assessment proposes. */
export function journeyTrackOf(journey: {
  track?: LivelihoodTrack;
  assessment: { needs: NeedCode[] } | null;
}): LivelihoodTrack {
  return journey.track ?? proposedTrackOf(journey.assessment?.needs ?? []);
}
