import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { labelDescription as d } from '../i18n/label-field';
import { ModuleTemplateObject } from './programme.object';

/** The template's name in the request's language (see api/i18n/label-field.ts). */
@Resolver(() => ModuleTemplateObject)
export class ModuleTemplateLabelsResolver {
  @FieldResolver(() => String, {
    description: d('The template name (nameId or nameEn)', 'Pelatihan Vokasi', 'Vocational training'),
  })
  label(@Root() m: ModuleTemplateObject, @Ctx() ctx: GraphQLContext): string {
    return ctx.locale === 'id' ? m.nameId : m.nameEn;
  }
}
