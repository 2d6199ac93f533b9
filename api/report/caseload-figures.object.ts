import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { DeadlineKind } from '../../domain/journey/journey-codes';
import { DeadlineKindCode } from '../journey/journey-enums';

@ObjectType('OverdueStepCount', { description: 'Overdue steps of one kind in a caseload now.' })
export class OverdueStepCountObject {
  @Field(() => DeadlineKindCode, { description: 'What the overdue steps wait for.' }) kind!: DeadlineKind;
  @Field(() => Int, { description: 'How many steps of this kind are overdue.' }) steps!: number;
}

@ObjectType('CaseloadAttendance', { description: 'Attendance records of the caseload’s sessions held in the period.' })
export class CaseloadAttendanceObject {
  @Field(() => Int, { description: 'Records PRESENT.' }) present!: number;
  @Field(() => Int, { description: 'Records PARTIAL.' }) partial!: number;
  @Field(() => Int, { description: 'Records ABSENT.' }) absent!: number;
}

@ObjectType('CaseloadVisits', { description: 'Visits made to the caseload in the period (by visit date).' })
export class CaseloadVisitsObject {
  @Field(() => Int, { description: 'Intensive-support visits (recordIntensiveVisit).' }) intensive!: number;
  @Field(() => Int, { description: 'Graduation mentoring visits (recordMentoringVisit).' }) mentoring!: number;
  @Field(() => Int, { description: 'Of those, visits made at home (kind HOME_VISIT).' }) homeVisits!: number;
}

@ObjectType('CaseloadFigures', {
  description:
    "One facilitator's caseload figures for a period: the journeys assigned to them in the programme (in the " +
    "reader's regions), overdue steps now, sessions held, attendance and visits in the period. From PostgreSQL.",
})
export class CaseloadFiguresObject {
  @Field(() => ID, { description: 'The facilitator (user id).' }) facilitatorId!: string;
  @Field(() => ID, { description: 'Programme.' }) programmeId!: string;
  @Field({ description: 'First day of the period, YYYY-MM-DD.' }) from!: string;
  @Field({ description: 'Last day of the period, YYYY-MM-DD (inclusive).' }) to!: string;
  @Field(() => Int, { description: 'Journeys assigned to the facilitator now.' }) journeys!: number;
  @Field(() => Int, { description: 'Overdue steps now, every kind.' }) overdueSteps!: number;
  @Field(() => [OverdueStepCountObject], { description: 'Overdue steps now by kind (kinds with none left out).' })
  overdue!: OverdueStepCountObject[];
  @Field(() => Int, { description: 'Sessions held in the period (a group session once).' }) sessionsHeld!: number;
  @Field(() => CaseloadAttendanceObject, { description: 'Attendance records of those sessions.' })
  attendance!: CaseloadAttendanceObject;
  @Field(() => Float, {
    nullable: true,
    description: 'Attendance rate in percent (PARTIAL counts half, as a module’s rate); null: no records.',
  })
  attendanceRate!: number | null;
  @Field(() => Int, { description: 'Visits made in the period (intensive + mentoring).' }) visitsMade!: number;
  @Field(() => CaseloadVisitsObject, { description: 'Visits made, by kind.' }) visits!: CaseloadVisitsObject;
}
