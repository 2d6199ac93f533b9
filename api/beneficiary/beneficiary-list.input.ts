import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { Sex } from '../../domain/beneficiary/personal-data.rules';
import { SexCode } from '../journey/journey-enums';
import { AgeBand } from '../journey/journey-list.input';

@InputType({ description: 'Conditions on beneficiaries (penerima manfaat); all given conditions must hold.' })
export class BeneficiaryFilter {
  @Field(() => ID, { nullable: true, description: 'Enrolled in this programme (program).' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  programmeId?: string;
  @Field(() => ID, { nullable: true, description: 'In this cohort (angkatan).' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  cohortId?: string;
  @Field({
    nullable: true,
    description: 'Region code (kode wilayah), or a prefix ending in * (e.g. 52.* for a province).',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9.-]{1,20}\*?$/)
  regionCode?: string;
  @Field(() => SexCode, { nullable: true, description: 'Sex (jenis kelamin).' })
  @IsOptional()
  sex?: Sex;
  @Field(() => AgeBand, { nullable: true, description: 'Age band (kelompok umur) today.' })
  @IsOptional()
  ageBand?: AgeBand;
  @Field({ nullable: true, description: 'Has a disability (disabilitas).' })
  @IsOptional()
  @IsBoolean()
  disability?: boolean;
  @Field({ nullable: true, description: 'Case-insensitive part of the name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  nameContains?: string;
}
