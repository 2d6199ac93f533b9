import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../journey/journey-connection.object';
import { BeneficiaryObject } from './beneficiary.object';

@ObjectType({ description: 'One beneficiary in a page, with the cursor that points at it.' })
export class BeneficiaryEdge {
  @Field({ description: 'Opaque cursor: pass it as `after` to get the beneficiaries after this one.' }) cursor!: string;
  @Field(() => BeneficiaryObject, { description: 'The beneficiary (penerima manfaat).' }) node!: BeneficiaryObject;
}

@ObjectType({ description: 'A page of beneficiaries (Relay cursor connection), ordered by name, then id.' })
export class BeneficiaryConnection {
  @Field(() => [BeneficiaryEdge], { description: 'The beneficiaries of this page, in order.' })
  edges!: BeneficiaryEdge[];
  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to ask for the next one.' })
  pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Beneficiaries matching the filter, all pages.' }) totalCount!: number;
}
