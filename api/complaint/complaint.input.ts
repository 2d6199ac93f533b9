import { IsBoolean, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { ComplaintCategory, ComplaintPriority, ComplaintSubject } from '../../domain/complaint/complaint.machine';
import { ComplaintCategoryCode, ComplaintPriorityCode, ComplaintSubjectCode } from '../grievance/grievance-enums';

/** Size limits of what a member of the public may send (one place, checked by the filing service too). */
export const COMPLAINT_TEXT = { min: 20, max: 4000 } as const;
export const CONTACT_TEXT = { max: 200 } as const;

@InputType({
  description: 'A complaint from anyone, with or without an account. Nothing in it is echoed back in the answer.',
})
export class FileComplaintInput {
  @Field(() => ID, { description: 'The programme the complaint concerns (e.g. "default").' })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  programmeId!: string;
  @Field({
    nullable: true,
    description:
      'Region code where it happened (e.g. the BPS code 52.71); required unless the subject is a JOURNEY (its ' +
      'region is used).',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9.-]{2,20}$/)
  regionCode?: string;
  @Field(() => ComplaintSubjectCode, { description: 'What the complaint is about.' }) subjectKind!: ComplaintSubject;
  @Field(() => ID, {
    nullable: true,
    description:
      'Which one: for JOURNEY the journey (its id, Journey.id, or its UUID); a facilitator or group id if known; ' +
      'empty for PROGRAMME.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_\-:.@]{1,128}$/)
  subjectRef?: string;
  @Field({
    description:
      `The complaint in the filer's words (${COMPLAINT_TEXT.min}-${COMPLAINT_TEXT.max} characters). Stored ` +
      'encrypted; read only by staff in scope.',
  })
  text!: string;
  @Field({
    description:
      "True: no name or contact is kept (nothing identifying is stored, not even the caller's address or account).",
  })
  @IsBoolean()
  anonymous!: boolean;
  @Field({
    nullable: true,
    description:
      `Name and how to reach the filer (up to ${CONTACT_TEXT.max} characters), for a named complaint only. ` +
      'Stored encrypted.',
  })
  @IsOptional()
  @MaxLength(CONTACT_TEXT.max)
  contact?: string;
}

@InputType({ description: "The manager's triage of a complaint." })
export class TriageComplaintInput {
  @Field(() => ComplaintCategoryCode, { description: 'Category.' }) category!: ComplaintCategory;
  @Field(() => ComplaintPriorityCode, { description: 'Priority.' }) priority!: ComplaintPriority;
  @Field({
    nullable: true,
    description: 'User id of the staff member who will answer (a facilitator or manager); empty: the manager answers.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_\-:.@]{1,128}$/)
  assigneeId?: string;
}
