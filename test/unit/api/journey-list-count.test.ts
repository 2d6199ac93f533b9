import { countFromSql, filterSql } from '../../../api/journey/journey-list.sql';

/** The count of a journey list joins beneficiaries only when a condition reads a person column. */
describe('journey list count FROM', () => {
  it('counts journeys alone for journey conditions (stage, region)', () => {
    const { where } = filterSql({ regionCode: '52.*', stages: ['IN_INTERVENTION'] });
    expect(countFromSql(where)).toBe('from journey j');
  });

  it('joins the beneficiary when the filter names a person condition (sex, name)', () => {
    expect(countFromSql(filterSql({ sex: 'FEMALE' }).where)).toBe('from journey j join beneficiary b on b.id = j.id');
    expect(countFromSql(filterSql({ stages: ['PLANNING'], nameContains: 'sari' }).where)).toContain(
      'join beneficiary b',
    );
  });
});
