import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { InterventionModel } from '../../domain/programme/programme-rules.types';
import { InterventionModelCode } from '../journey/journey-module-enums';

@ObjectType('Range', {
  description:
    'An inclusive range of numbers as stated by the source study, e.g. 8-10 sessions; min equals max for a ' +
    'single value.',
})
export class RangeObject {
  @Field(() => Float, { description: 'Lower bound (inclusive).' }) min!: number;
  @Field(() => Float, { description: 'Upper bound (inclusive).' }) max!: number;
}

@ObjectType('SessionMix', {
  description: "One kind of session in a module template and its share of the module's sessions.",
})
export class SessionMixObject {
  @Field({
    description: 'Session type code, e.g. THEORY, PRACTICE, HOME_VISIT; used as sessionType when scheduling a session.',
  })
  type!: string;
  @Field({ description: 'Indonesian name of the session type, e.g. Sesi Praktik.' }) nameId!: string;
  @Field(() => Int, { description: "Share of the module's sessions, in percent (0-100)." }) percent!: number;
}

@ObjectType('ModuleTemplate', {
  description:
    'An intervention module template (kegiatan inti) from the programme rules (rules README: `moduleTemplates`): ' +
    'what a module is for and how long it runs.',
})
export class ModuleTemplateObject {
  @Field(() => ID, { description: 'Template id, e.g. VOCATIONAL_TRAINING; used as templateId in plans.' }) id!: string;
  @Field({ description: 'Indonesian name, e.g. Pelatihan Vokasi.' }) nameId!: string;
  @Field({ description: 'English name, e.g. Vocational training.' }) nameEn!: string;
  @Field(() => InterventionModelCode, { description: 'Intervention model (model intervensi).' })
  model!: InterventionModel;
  @Field(() => [String], { description: 'Goals of the module, in English.' }) goals!: string[];
  @Field(() => RangeObject, { description: 'Typical duration, in months.' }) durationMonths!: RangeObject;
  @Field(() => RangeObject, { description: 'Typical number of sessions.' }) sessions!: RangeObject;
  @Field(() => RangeObject, { description: 'Hours per session.' }) hoursPerSession!: RangeObject;
  @Field(() => RangeObject, {
    nullable: true,
    description: 'Total hours as stated by the source study; null when it states none.',
  })
  totalHoursStated!: RangeObject | null;
  @Field(() => [SessionMixObject], { description: 'Kinds of sessions and their shares.' })
  sessionMix!: SessionMixObject[];
  @Field(() => [String], { description: 'Assignments (tugas) given to participants, in English.' })
  assignments!: string[];
  @Field(() => [String], { description: 'How the module is evaluated (evaluasi), in English.' }) evaluation!: string[];
  @Field({ description: 'Lines of the source study this template comes from.' }) sourceLines!: string;
}

@ObjectType('Programme', {
  description: 'An empowerment programme beneficiaries enrol in, and the version of the rules it runs on.',
})
export class ProgrammeObject {
  @Field(() => ID, { description: 'Programme id; used as programmeId when enrolling.' }) id!: string;
  @Field({ description: 'Display name.' }) name!: string;
  @Field({ description: 'Name in Indonesian, e.g. Program Pemberdayaan Ekonomi NTB.' }) nameId!: string;
  @Field({ description: 'Name in English, e.g. NTB economic empowerment programme.' }) nameEn!: string;
  @Field({ description: 'The agency (ministry, provincial office) that implements the programme.' })
  implementingAgency!: string;
  @Field(() => [String], {
    description:
      'BPS region codes the programme covers (e.g. 52 for NTB, 52.71 for Mataram); a person enrols only where ' +
      'one of them is a prefix of their region code (REGION_NOT_COVERED otherwise).',
  })
  regionCodes!: string[];
  @Field(() => LocalDateResolver, { description: 'First day of the programme period.' }) periodStart!: string;
  @Field(() => LocalDateResolver, { description: 'Last day of the programme period.' }) periodEnd!: string;
  @Field(() => Int, {
    description: 'Viewers do not see groups of fewer people than this in figures and reports (small-cell protection).',
  })
  smallCellThreshold!: number;
  @Field({ description: 'Id of the programme rules (selection, graduation thresholds, deadlines, module catalogue).' })
  rulesId!: string;
  @Field(() => Int, { description: 'Version of those rules new enrolments follow.' }) rulesVersion!: number;
}
