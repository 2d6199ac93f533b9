/**
 * Registers the journey search attributes on a Temporal namespace, idempotently: what exists with
 * the right type is left alone, AlreadyExists races are ignored, a wrong type is an error.
 */
import type { Connection } from '@temporalio/client';
import { JOURNEY_SEARCH_ATTRIBUTES } from '../workflows/journey/journey-search-attributes';

export type SearchAttributeTypeName = 'Text' | 'Keyword' | 'Int' | 'Double' | 'Bool' | 'Datetime' | 'KeywordList';

/** temporal.api.enums.v1.IndexedValueType */
export const INDEXED_VALUE_TYPE: Record<SearchAttributeTypeName, number> = {
  Text: 1,
  Keyword: 2,
  Int: 3,
  Double: 4,
  Bool: 5,
  Datetime: 6,
  KeywordList: 7,
};

const ALREADY_EXISTS = 6; // gRPC status code

type OperatorConnection = Pick<Connection, 'operatorService'>;

/** Name -> type name of the custom search attributes registered on `namespace`. */
export async function listCustomSearchAttributes(
  connection: OperatorConnection,
  namespace: string,
): Promise<Record<string, SearchAttributeTypeName>> {
  const res = await connection.operatorService.listSearchAttributes({ namespace });
  const byNumber = Object.fromEntries(Object.entries(INDEXED_VALUE_TYPE).map(([name, n]) => [n, name])) as Record<
    number,
    SearchAttributeTypeName
  >;
  const out: Record<string, SearchAttributeTypeName> = {};
  for (const [name, type] of Object.entries(res.customAttributes ?? {})) out[name] = byNumber[Number(type)];
  return out;
}

/** Adds the missing ones of `attributes` (default: the journey search attributes) to `namespace`. */
export async function ensureSearchAttributes(
  connection: OperatorConnection,
  namespace: string,
  attributes: Record<string, SearchAttributeTypeName> = JOURNEY_SEARCH_ATTRIBUTES,
): Promise<string[]> {
  const existing = await listCustomSearchAttributes(connection, namespace);
  const missing: Record<string, number> = {};
  for (const [name, type] of Object.entries(attributes)) {
    if (existing[name] === undefined) missing[name] = INDEXED_VALUE_TYPE[type];
    else if (existing[name] !== type) {
      throw new Error(
        `search attribute ${name} exists on namespace ${namespace} as ${existing[name]}, but Jejak needs ${type}`,
      );
    }
  }
  if (Object.keys(missing).length === 0) return [];
  try {
    await connection.operatorService.addSearchAttributes({ namespace, searchAttributes: missing });
  } catch (err) {
    if ((err as { code?: number }).code !== ALREADY_EXISTS) {
      throw new Error(
        `could not register search attributes ${Object.keys(missing).join(', ')} on namespace ${namespace}: ` +
          (err as Error).message,
      );
    }
  }
  return Object.keys(missing);
}
