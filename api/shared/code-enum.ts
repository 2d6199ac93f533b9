import { registerEnumType } from 'type-graphql';

/** A GraphQL enum's object: each code is its own name and value, spelled as in the domain. */
export type CodeEnum<T extends string> = { readonly [K in T]: K };

/**
 * Registers the GraphQL enum `name` built from a domain code list, so the list has one source: a
 * code added in the domain appears in the schema (and the schema contract test tells). `values`
 * describes every code; a code without a description does not compile. Values keep the domain's
 * spelling, so the strings clients already send and match stay the same.
 */
export function codeEnum<T extends string>(
  name: string,
  codes: readonly T[],
  description: string,
  values: Readonly<Record<T, string>>,
): CodeEnum<T> {
  const enumObject = Object.fromEntries(codes.map((code) => [code, code])) as CodeEnum<T>;
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(codes.map((code) => [code, { description: values[code] }])) as Partial<
      Record<T, { description: string }>
    >,
  });
  return enumObject;
}
