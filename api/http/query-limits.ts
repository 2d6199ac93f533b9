import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** Limits that keep one request from costing the server more than a page of a list is worth. */
export const QUERY_LIMITS = { maxDepth: 12, maxAliases: 30, maxFields: 400 } as const;

const tooComplex = (message: string) => new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX' } });

/**
 * One validation rule measuring each operation's depth, aliases and selected fields (fragments
 * expanded, each at most once per path so a fragment cycle cannot loop).
 */
export function queryLimitsRule(limits = QUERY_LIMITS) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    return {
      OperationDefinition(op) {
        const totals = { aliases: 0, fields: 0, depth: 0 };
        const walk = (set: SelectionSetNode, depth: number, seen: Set<string>): void => {
          totals.depth = Math.max(totals.depth, depth);
          for (const sel of set.selections) {
            if (sel.kind === Kind.FIELD) {
              totals.fields++;
              if (sel.alias) totals.aliases++;
              if (sel.selectionSet) walk(sel.selectionSet, depth + 1, seen);
            } else if (sel.kind === Kind.INLINE_FRAGMENT) {
              walk(sel.selectionSet, depth, seen);
            } else {
              const frag = fragments.get(sel.name.value);
              if (frag && !seen.has(frag.name.value))
                walk(frag.selectionSet, depth, new Set([...seen, frag.name.value]));
            }
          }
        };
        walk(op.selectionSet, 1, new Set());
        if (totals.depth > limits.maxDepth)
          context.reportError(tooComplex(`Query depth ${totals.depth} is over the limit of ${limits.maxDepth}`));
        if (totals.aliases > limits.maxAliases)
          context.reportError(tooComplex(`${totals.aliases} aliases are over the limit of ${limits.maxAliases}`));
        if (totals.fields > limits.maxFields)
          context.reportError(tooComplex(`${totals.fields} selected fields are over the limit of ${limits.maxFields}`));
      },
    };
  };
}
