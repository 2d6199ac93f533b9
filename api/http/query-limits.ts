import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Limits that keep one request from costing the server more than a page of a list is worth.
 * `maxTokens` stops a flood at the parser, before any validation or execution; `maxCost` is
 * graphql-armor's cost: each field costs 1 and a connection's fields count once per row asked
 * for (`first`), so 400 fields on the largest page (100 rows) is the most one request may ask.
 */
export const QUERY_LIMITS = { maxDepth: 12, maxAliases: 30, maxTokens: 3_000, maxCost: 40_000 } as const;

/** graphql-armor reports "Syntax Error: <what>"; the client reads what was over which limit. */
const reportTooComplex = (context: ValidationContext | null, error: GraphQLError): void => {
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'QUERY_TOO_COMPLEX' } }),
  );
};

/** Fresh for each rule: armor keeps and may extend the callback lists it is given. */
const rejection = () => ({ onReject: [reportTooComplex], propagateOnRejection: false, exposeLimits: true });

/**
 * graphql-armor's depth, alias and cost rules (fragments flattened, so a fragment adds no depth and a
 * fragment cycle cannot loop), each refusing with QUERY_TOO_COMPLEX.
 */
export function queryLimitRules(limits = QUERY_LIMITS): ValidationRule[] {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...rejection() },
    maxAliases: { n: limits.maxAliases, ...rejection() },
    costLimit: {
      maxCost: limits.maxCost,
      objectCost: 1,
      scalarCost: 1,
      depthCostFactor: 1,
      flattenFragments: true,
      ...rejection(),
    },
    // The token limit is graphql's own parse option (parseOptionsOf); armor's plugin would parse twice.
    maxTokens: { enabled: false },
    // Field suggestions stay: the schema is public (/schema.graphql).
    blockFieldSuggestion: { enabled: false },
    maxDirectives: { enabled: false },
  });
  return armor.protect().validationRules;
}

/** Apollo's parse options: graphql's parser stops counting at `maxTokens` and refuses the document. */
export const parseOptionsOf = (limits = QUERY_LIMITS) => ({ maxTokens: limits.maxTokens });

/** graphql's parser refusal for a document over the token limit (answered QUERY_TOO_COMPLEX, not a parse error). */
export const isTokenLimitRefusal = (message: string): boolean =>
  /^Syntax Error: Document contains more tha[nt] \d+ tokens\./.test(message);
