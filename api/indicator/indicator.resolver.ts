import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Dimension, IndicatorFigure, IndicatorFilter } from '../../domain/indicator/indicator.types';
import { suppressSmallCells } from '../../domain/indicator/small-cell.rules';
import { withholdsSmallCells } from '../auth/access-policy';
import type { GraphQLContext } from '../context';
import { IndicatorDimension } from './indicator-enums';
import { IndicatorFigureObject } from './indicator.object';
import { IndicatorFilterInput } from './indicator.input';
import { computeIndicators, programmeSetup } from '../../db/indicators/indicator.query';
import { LogframeObject } from './logframe.object';

/** The caller's filter, limited to their regions (the access rule already checked the programme). */
function scopedFilter(ctx: GraphQLContext, programmeId: string, filter?: IndicatorFilterInput | null): IndicatorFilter {
  return {
    programmeId,
    cohortId: filter?.cohortId ?? null,
    regionPrefix: filter?.regionPrefix ?? null,
    vulnerableGroup: filter?.vulnerableGroup ?? null,
    from: filter?.from ?? null,
    to: filter?.to ?? null,
    scopeRegionPrefixes: ctx.principal?.scope.regions ?? [],
  };
}

/** Figures-only readers (viewers, government, donors) see small cells withheld; managers and auditors every cell. */
function forCaller(ctx: GraphQLContext, figures: IndicatorFigure[], threshold: number): IndicatorFigure[] {
  return withholdsSmallCells(ctx.principal?.role)
    ? suppressSmallCells(figures, threshold)
    : figures.map((f) => ({
        ...f,
        suppressed: false,
        breakdown: f.breakdown.map((g) => ({ ...g, suppressed: false })),
      }));
}

const FILTER_DOC = 'People and period; none: everyone in the programme (within your regions), all time.';

@Resolver()
export class IndicatorResolver {
  @Query(() => [IndicatorFigureObject], {
    description:
      "The programme's built-in M&E indicators computed from the read model (never from Temporal), each with " +
      'numerator, denominator, median/mean for amounts, its logframe target and a breakdown per requested ' +
      'dimension.',
  })
  async programmeIndicators(
    @Ctx() ctx: GraphQLContext,
    @Arg('programmeId', () => ID, { description: 'The programme (program).' }) programmeId: string,
    @Arg('filter', () => IndicatorFilterInput, { nullable: true, description: FILTER_DOC })
    filter?: IndicatorFilterInput,
    @Arg('disaggregateBy', () => [IndicatorDimension], {
      defaultValue: [],
      description: 'Dimensions to break every figure down by.',
    })
    disaggregateBy: Dimension[] = [],
  ): Promise<IndicatorFigure[]> {
    const { logframe } = await programmeSetup(ctx.em, programmeId);
    return forCaller(
      ctx,
      await computeIndicators(ctx.em, scopedFilter(ctx, programmeId, filter), disaggregateBy),
      logframe.smallCellThreshold,
    );
  }

  @Query(() => LogframeObject, {
    description:
      "The programme's logframe (impact, outcome, output, activity) with targets, baselines and periods from " +
      "its versioned configuration, and each row's realisation for the filter.",
  })
  async logframe(
    @Ctx() ctx: GraphQLContext,
    @Arg('programmeId', () => ID, { description: 'The programme (program).' }) programmeId: string,
    @Arg('filter', () => IndicatorFilterInput, { nullable: true, description: FILTER_DOC })
    filter?: IndicatorFilterInput,
    @Arg('disaggregateBy', () => [IndicatorDimension], {
      defaultValue: [],
      description: "Dimensions to break each row's figure down by.",
    })
    disaggregateBy: Dimension[] = [],
  ): Promise<LogframeObject> {
    const { logframe } = await programmeSetup(ctx.em, programmeId);
    const figures = forCaller(
      ctx,
      await computeIndicators(ctx.em, scopedFilter(ctx, programmeId, filter), disaggregateBy),
      logframe.smallCellThreshold,
    );
    const rows = logframe.rows.map((row) => {
      const figure = figures.find((f) => f.key === row.indicatorKey) ?? null;
      const realised = figure ? (figure[row.realisation] ?? null) : null;
      return { ...row, note: row.note ?? null, realised, figure: figure as IndicatorFigureObject | null };
    });
    return { programmeId, ...logframe, rows };
  }
}
