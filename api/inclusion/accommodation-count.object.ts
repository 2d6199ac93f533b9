import { Field, Int, ObjectType } from 'type-graphql';
import type { AccommodationNeed } from '../../domain/inclusion/accommodation.rules';
import { AccommodationNeedEnum } from './inclusion-enums';

@ObjectType({ description: 'How many of the people concerned need one accommodation (every need listed, zero too).' })
export class AccommodationCountObject {
  @Field(() => AccommodationNeedEnum, { description: 'The accommodation.' }) need!: AccommodationNeed;
  @Field(() => Int, { description: 'People who need it.' }) people!: number;
}
