import { Field, Int, ObjectType } from 'type-graphql';
import type { AccommodationNeed } from '../../domain/inclusion/accommodation.rules';
import { AccommodationNeedEnum } from './inclusion-enums';

@ObjectType({ description: 'How many of the people concerned need one accommodation (every need listed, zero too).' })
export class AccommodationCountObject {
  @Field(() => AccommodationNeedEnum, { description: 'The accommodation.' }) need!: AccommodationNeed;
  @Field(() => Int, { description: 'People who need it; 0 when withheld (suppressed).' }) people!: number;
  @Field({
    description:
      'True when the count is below the logframe smallCellThreshold and the caller reads figures only ' +
      '(viewer, government, donor): withheld so that it cannot point at a person.',
  })
  suppressed!: boolean;
}
