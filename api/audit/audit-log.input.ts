import { IsDate, IsOptional, IsUUID, Matches } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType } from 'type-graphql';
import type { AuditSource } from '../../domain/audit/audit-source.types';
import { AuditSourceCode } from './audit-log.object';

@InputType({ description: 'Conditions on the audit log; all given conditions must hold, omitted ones do not filter.' })
export class AuditLogFilter {
  @Field({ nullable: true, description: 'Only rows of this actor (user id).' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_\-:.@]{1,128}$/)
  actorId?: string;
  @Field({ nullable: true, description: 'Only rows of this action (e.g. exit, decideGraduation, enroll, deadline).' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_\-:.]{1,64}$/)
  action?: string;
  @Field(() => ID, { nullable: true, description: 'Only rows of journeys in this programme.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  programmeId?: string;
  @Field({ nullable: true, description: 'Region code, or a prefix ending in * (e.g. 52.* for a province).' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9.-]{1,20}\*?$/)
  regionCode?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Only rows of this journey: its id (Journey.id), or its UUID (Journey.journeyId).',
  })
  @IsOptional()
  @IsUUID()
  journeyId?: string;
  @Field(() => AuditSourceCode, { nullable: true, description: 'Only rows of this kind.' })
  @IsOptional()
  source?: AuditSource;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Only rows at or after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Only rows before this instant (exclusive).' })
  @IsOptional()
  @IsDate()
  to?: Date;
}
