import { withoutLiterals } from '../../../config/tracing';

describe('SQL recorded in traces', () => {
  it('keeps the statement and drops every literal value', () => {
    expect(
      withoutLiterals(
        `insert into "b" ("id", "name", "phone", "age", "t2") values ('b01a', 'Si''ti', E'08\\'12', 42, $1)`,
      ),
    ).toBe(`insert into "b" ("id", "name", "phone", "age", "t2") values (?, ?, ?, ?, $1)`);
    expect(withoutLiterals(`select $tag$3174012345678901$tag$, -3.5e2 from t1 limit 10`)).toBe(
      'select ?, ? from t1 limit ?',
    );
  });
});
