import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { codeLabel, dimensionLabel, indicatorLabel, levelLabel } from '../../domain/report/indicator-text';
import type { GraphQLContext } from '../context';
import { labelDescription as d } from '../i18n/label-field';
import { IndicatorFigureObject, IndicatorGroupObject } from './indicator.object';
import { LogframeRowObject } from './logframe.object';

/** Indicator names in the request's language, from the report catalogue (domain/report/indicator-text.ts). */
@Resolver(() => IndicatorFigureObject)
export class IndicatorFigureLabelsResolver {
  @FieldResolver(() => String, {
    description: d(
      'The indicator name (from its key)',
      'Tingkat kehadiran: modul CAPITAL_ACCESS',
      'Attendance rate: module CAPITAL_ACCESS',
    ),
  })
  label(@Root() f: IndicatorFigureObject, @Ctx() ctx: GraphQLContext): string {
    return indicatorLabel(ctx.locale, f.key);
  }

  @FieldResolver(() => String, { description: d('The logframe level', 'Hasil', 'Outcome') })
  levelLabel(@Root() f: IndicatorFigureObject, @Ctx() ctx: GraphQLContext): string {
    return levelLabel(ctx.locale, f.level);
  }
}

@Resolver(() => IndicatorGroupObject)
export class IndicatorGroupLabelsResolver {
  @FieldResolver(() => String, { description: d('The dimension', 'Jenis kelamin', 'Sex') })
  dimensionLabel(@Root() g: IndicatorGroupObject, @Ctx() ctx: GraphQLContext): string {
    return dimensionLabel(ctx.locale, g.dimension);
  }

  @FieldResolver(() => String, {
    description: d('The group (codes named, ids and region codes as they are)', 'Perempuan', 'Female'),
  })
  groupLabel(@Root() g: IndicatorGroupObject, @Ctx() ctx: GraphQLContext): string {
    return codeLabel(ctx.locale, g.group);
  }
}

@Resolver(() => LogframeRowObject)
export class LogframeRowLabelsResolver {
  @FieldResolver(() => String, { description: d('The logframe level', 'Keluaran', 'Output') })
  levelLabel(@Root() r: LogframeRowObject, @Ctx() ctx: GraphQLContext): string {
    return levelLabel(ctx.locale, r.level);
  }
}

export const INDICATOR_LABEL_RESOLVERS = [
  IndicatorFigureLabelsResolver,
  IndicatorGroupLabelsResolver,
  LogframeRowLabelsResolver,
] as const;
