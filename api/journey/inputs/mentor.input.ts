import { IsString, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description:
    'The mentor who delivers one module of the approved plan (technical, social or managerial mentoring), ' +
    'and why.',
})
export class AssignModuleMentorInput {
  @Field(() => ID, {
    description: 'Template id of the module run (ModuleRun.templateId, e.g. SOCIAL_MENTORING): a plan names each once.',
  })
  @Matches(/^[A-Z_]{2,64}$/)
  templateId!: string;
  @Field(() => ID, { description: "User id of the mentor (the `sub` of the mentor's token)." })
  @Matches(/^[A-Za-z0-9_\-:.@]{1,128}$/)
  mentorId!: string;
  @Field({ description: 'Why (required), at most 4000 characters; kept for auditors.' })
  @IsString()
  @MaxLength(4000)
  reason!: string;
}
