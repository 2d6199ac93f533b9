import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';
import { EnrollBeneficiaryInput, SelectionInput } from '../../../api/beneficiary/enroll-beneficiary.input';
import { EnrolmentFields, SelectionFields } from '../../../db/beneficiary/enrolment-fields.validator';

/** A class's class-validator constraints as comparable text, sorted. */
function rulesOf(target: new () => object): string[] {
  return getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .map((m) =>
      [m.propertyName, m.name ?? m.type, String(m.constraints ?? []), m.each ?? false, String(m.message ?? '')].join(
        ' | ',
      ),
    )
    .sort();
}

describe('the enrolment field rules below the API', () => {
  it("a CSV row is checked by exactly the GraphQL input's field rules", () => {
    expect(rulesOf(EnrolmentFields)).toEqual(rulesOf(EnrollBeneficiaryInput));
    expect(rulesOf(SelectionFields)).toEqual(rulesOf(SelectionInput));
    expect(rulesOf(EnrolmentFields).length).toBeGreaterThan(15);
  });
});
