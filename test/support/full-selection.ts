import type { AppHarness } from './app-harness';

/** The parts of an introspection answer the builder reads. */
interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface IntrospectedField {
  name: string;
  args: { type: TypeRef; defaultValue: string | null }[];
  type: TypeRef;
}
interface IntrospectedType {
  name: string;
  kind: string;
  fields: IntrospectedField[] | null;
  possibleTypes: { name: string }[] | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION =
  `query { __schema { types { name kind possibleTypes { name } ` +
  `fields(includeDeprecated: true) { name args { defaultValue type { ${TYPE_REF} } } type { ${TYPE_REF} } } } } }`;

const named = (ref: TypeRef): TypeRef => (ref.ofType ? named(ref.ofType) : ref);

/**
 * Every field a client can select on `typeName`, as a GraphQL selection set built from the live schema's
 * introspection, recursively: objects are expanded, interfaces and unions through each possible type, and a
 * type already being expanded on the current path is not entered again (Journey.beneficiary.journey). Fields
 * with a required argument that has no default are left out (none can be chosen for every caller).
 * A field added to the schema is therefore selected without changing the test.
 */
export async function fullSelection(app: Pick<AppHarness, 'gql'>, typeName: string): Promise<string> {
  const res = await app.gql<{ __schema: { types: IntrospectedType[] } }>(INTROSPECTION);
  if (res.errors || !res.data) throw new Error(`introspection failed: ${JSON.stringify(res.errors)}`);
  const types = new Map(res.data.__schema.types.map((t) => [t.name, t]));

  const selectionOf = (name: string, path: readonly string[]): string | null => {
    const type = types.get(name);
    if (!type) throw new Error(`type ${name} is not in the schema`);
    if (type.kind === 'INTERFACE' || type.kind === 'UNION') {
      const parts = (type.possibleTypes ?? [])
        .map((p) => [p.name, selectionOf(p.name, [...path, name])] as const)
        .filter(([, sel]) => sel !== null)
        .map(([possible, sel]) => `... on ${possible} ${sel}`);
      return `{ __typename ${parts.join(' ')} }`;
    }
    const here = [...path, name];
    const fields = (type.fields ?? [])
      .filter((f) => f.args.every((a) => a.type.kind !== 'NON_NULL' || a.defaultValue !== null))
      .map((f) => {
        const target = named(f.type);
        if (target.kind === 'SCALAR' || target.kind === 'ENUM') return f.name;
        if (here.includes(target.name!)) return null;
        const sub = selectionOf(target.name!, here);
        return sub ? `${f.name} ${sub}` : null;
      })
      .filter((f): f is string => f !== null);
    return fields.length > 0 ? `{ ${fields.join(' ')} }` : null;
  };

  const selection = selectionOf(typeName, []);
  if (!selection) throw new Error(`type ${typeName} has no selectable field`);
  return selection;
}
