import { parse, validate } from 'graphql';
import { buildJejakSchema } from '../../../api/schema';
import { QUERY_LIMITS, queryLimitsRule } from '../../../api/http/query-limits';

describe('query limits', () => {
  const codes = async (query: string) =>
    validate(await buildJejakSchema(), parse(query), [queryLimitsRule()]).map((e) => e.extensions.code);

  it('accepts an ordinary journey page', async () => {
    expect(
      await codes(
        '{ journeys(first: 50) { totalCount edges { node { id modules { moduleId sessions { sessionId } } ' +
          'beneficiary { name } } } } }',
      ),
    ).toEqual([]);
  });

  it('refuses too deep, too many aliases and too many fields with QUERY_TOO_COMPLEX', async () => {
    let deep = 'id';
    for (let i = 0; i < QUERY_LIMITS.maxDepth + 2; i++)
      deep = i % 2 === 0 ? `beneficiary { ${deep} }` : `journey { ${deep} }`;
    expect(await codes(`{ journey(id: "x") { ${deep} } }`)).toContain('QUERY_TOO_COMPLEX');
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `p${i}: programmes { id }`).join(' ');
    expect(await codes(`{ ${aliases} }`)).toContain('QUERY_TOO_COMPLEX');
  });

  it('does not loop on fragment cycles', async () => {
    const result = await codes(
      'query { programmes { ...A } } fragment A on Programme { id ...B } fragment B on Programme { ...A }',
    );
    expect(Array.isArray(result)).toBe(true);
  });
});
