import { parse, validate } from 'graphql';
import { buildJejakSchema } from '../../../api/schema';
import { QUERY_LIMITS, parseOptionsOf, queryLimitRules } from '../../../api/http/query-limits';

describe('query limits', () => {
  const refusals = async (query: string) =>
    validate(await buildJejakSchema(), parse(query), queryLimitRules()).map((e) => ({
      code: e.extensions.code,
      message: e.message,
    }));

  it('accepts an ordinary journey page', async () => {
    expect(
      await refusals(
        '{ journeys(first: 50) { totalCount edges { node { id modules { moduleId sessions { sessionId } } ' +
          'beneficiary { name } } } } }',
      ),
    ).toEqual([]);
  });

  it('refuses too deep and too many aliases with QUERY_TOO_COMPLEX, naming the limit', async () => {
    let deep = 'id';
    for (let i = 0; i < QUERY_LIMITS.maxDepth + 2; i++)
      deep = i % 2 === 0 ? `beneficiary { ${deep} }` : `journey { ${deep} }`;
    expect(await refusals(`{ journey(id: "x") { ${deep} } }`)).toEqual([
      { code: 'QUERY_TOO_COMPLEX', message: expect.stringMatching(/^Query depth limit of 12 exceeded/) },
    ]);
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `p${i}: programmes { id }`).join(' ');
    expect(await refusals(`{ ${aliases} }`)).toContainEqual({
      code: 'QUERY_TOO_COMPLEX',
      message: expect.stringMatching(/^Aliases limit of 30 exceeded/),
    });
  });

  it('refuses a page asking for more than the cost limit (fields times rows)', async () => {
    const fields = Array.from({ length: 500 }, () => 'id').join(' ');
    expect(await refusals(`{ journeys(first: 100) { edges { node { ${fields} } } } }`)).toEqual([
      { code: 'QUERY_TOO_COMPLEX', message: expect.stringMatching(/^Query Cost limit of 40000 exceeded/) },
    ]);
  });

  it('does not loop on fragment cycles', async () => {
    const result = await refusals(
      'query { programmes { ...A } } fragment A on Programme { id ...B } fragment B on Programme { ...A }',
    );
    expect(Array.isArray(result)).toBe(true);
  });

  it('stops the parser at the token limit', () => {
    const flood = `{ ${Array.from({ length: QUERY_LIMITS.maxTokens + 1 }, () => 'id').join(' ')} }`;
    expect(() => parse(flood, parseOptionsOf())).toThrow(/Document contains more tha[nt] 3000 tokens/);
    expect(() => parse('{ programmes { id } }', parseOptionsOf())).not.toThrow();
  });
});
