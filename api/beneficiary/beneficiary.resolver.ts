import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FieldCipher } from '../../config/crypto/field-cipher';
import { maskNik, maskPhone } from '../../domain/beneficiary/personal-data.rules';
import type { BeneficiaryEntity } from '../../db/entities';
import type { GraphQLContext } from '../context';
import { requireActor } from '../http/actor';
import { IdempotencyKeyArg } from '../journey/command-args';
import { JourneyObject } from '../journey/journey.object';
import { toJourneyObject } from '../journey/journey-view.mapper';
import { viewOfRow } from '../../db/journey/journey-row.sql';
import { assertUuid } from '../journey/journey-read.service';
import { toGlobalId } from '../node/global-id';
import { BeneficiaryObject } from './beneficiary.object';
import { EnrollBeneficiaryInput } from './enroll-beneficiary.input';
import { enrollBeneficiary } from './enrolment.service';

/** The row as the API shows it: NIK and phone opened (they are sealed in PostgreSQL) and masked. */
export function toBeneficiaryObject(row: BeneficiaryEntity, cipher: FieldCipher): BeneficiaryObject {
  const nik = cipher.decryptNullable(row.nik);
  const phone = cipher.decryptNullable(row.phone);
  return {
    id: toGlobalId('Beneficiary', row.id),
    beneficiaryId: row.id,
    name: row.name,
    nikMasked: nik === null ? null : maskNik(nik),
    phoneMasked: phone === null ? null : maskPhone(phone),
    sex: row.sex,
    birthDate: String(row.birthDate).slice(0, 10),
    disability: row.disability,
    regionCode: row.regionCode,
    programmeId: row.programmeId,
    cohortId: row.cohortId,
    vulnerableGroups: row.vulnerableGroups,
    disabilityLevel: row.disabilityLevel,
    functioningRecordedAt: row.functioningRecordedAt,
    accommodationNeeds: row.accommodationNeeds,
    ethnicity: row.ethnicity,
    erasedAt: row.erasedAt,
  };
}

@Resolver(() => BeneficiaryObject)
export class BeneficiaryResolver {
  @Query(() => BeneficiaryObject, { nullable: true, description: 'A beneficiary by id; null if there is none.' })
  async beneficiary(
    @Arg('id', () => ID, {
      description: 'The beneficiary: their id (Beneficiary.id), or their UUID (Beneficiary.beneficiaryId).',
    })
    id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BeneficiaryObject | null> {
    requireActor(ctx.actor); // personal data: never to anonymous callers
    assertUuid(id);
    const row = await ctx.loaders.beneficiary.load(id);
    return row ? toBeneficiaryObject(row, ctx.cipher) : null;
  }

  @FieldResolver(() => JourneyObject, { nullable: true })
  async journey(@Root() b: BeneficiaryObject, @Ctx() ctx: GraphQLContext): Promise<JourneyObject | null> {
    const row = await ctx.loaders.journey.load(b.beneficiaryId);
    return row ? toJourneyObject(ctx.em, viewOfRow(row)) : null;
  }

  @Mutation(() => JourneyObject, {
    description:
      "A facilitator (pendamping) or manager enrols a beneficiary: the server checks the programme's selection " +
      'criteria (SELECTION_CRITERIA_NOT_MET if not met) and the NIK is unique (DUPLICATE_NIK), stores the ' +
      'person and starts their journey (workflow journey-<id>) in stage ENROLLED. A cohort named must exist in the ' +
      "programme, be ENROLLING and cover the person's region; past its planned size or with a quota at risk the " +
      'journey comes back with enrolmentWarnings, or the enrolment is refused, as the rules say. Same ' +
      'idempotencyKey, same result.',
  })
  async enrollBeneficiary(
    @Arg('input', () => EnrollBeneficiaryInput, {
      description: 'The person to enrol and the facts for the selection criteria.',
    })
    input: EnrollBeneficiaryInput,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JourneyObject> {
    const { view, warnings } = await enrollBeneficiary(ctx, input, idempotencyKey);
    return { ...(await toJourneyObject(ctx.em, view)), enrolmentWarnings: warnings };
  }
}
