import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import type { DomainError } from '../../domain/errors/error-codes';
import { invalidReference, uuidOfReference } from './global-id';
import { nodeTypeOfObject, type NodeType } from './node-types';

/**
 * Arguments and input fields of type ID that name an object, by name, wherever they appear (a root
 * field's arguments or a field of its input). A root field's `id` names the object it returns.
 */
export const NODE_ARGUMENT_NAMES: ReadonlyMap<string, NodeType> = new Map<string, NodeType>([
  ['journeyId', 'Journey'],
  ['journeyIds', 'Journey'],
  ['beneficiaryId', 'Beneficiary'],
  ['complaintId', 'Complaint'],
  ['conflictId', 'Conflict'],
  ['reportId', 'SafeguardingReport'],
  ['groupId', 'Group'],
]);

export type Args = Record<string, unknown>;
/**
 * Replaces every id a root field's arguments name by its UUID. A wrong or malformed id is left as
 * given and reported in `invalid` (the first one), for the caller to throw once the access check
 * has run: the order of answers is the same as before global ids (a scope refusal comes first).
 */
export type ArgsDecoder = (args: Args) => { args: Args; invalid: DomainError | null };
type Decode = (value: unknown, problems: DomainError[]) => unknown;

const isRecord = (value: unknown): value is Args => typeof value === 'object' && value !== null;

function decodeRecord(value: Args, fields: readonly (readonly [string, Decode])[], problems: DomainError[]): Args {
  const out: Args = { ...value };
  for (const [name, decode] of fields)
    if (out[name] !== undefined && out[name] !== null) out[name] = decode(out[name], problems);
  return out;
}

/**
 * What to do to a value of `type` at `path` naming `node` (null: nothing in it names an object);
 * each decoded path (`input.entries.journeyId`) is added to `found`.
 */
function decoderOf(
  type: GraphQLInputType,
  node: NodeType | null,
  path: string,
  found: string[],
  depth = 0,
): Decode | null {
  if (isNonNullType(type)) return decoderOf(type.ofType, node, path, found, depth);
  if (isListType(type)) {
    const item = decoderOf(type.ofType, node, path, found, depth);
    if (!item) return null;
    return (value, problems) => (Array.isArray(value) ? value.map((v) => item(v, problems)) : item(value, problems));
  }
  if (isScalarType(type)) {
    if (!node || type.name !== 'ID') return null;
    found.push(path);
    return (value, problems) => {
      if (typeof value !== 'string') return value;
      const uuid = uuidOfReference(value, node);
      if (uuid === null) problems.push(invalidReference(value, node, path));
      return uuid ?? value;
    };
  }
  if (!isInputObjectType(type) || depth >= 5) return null;
  const fields = Object.values(type.getFields()).flatMap((f) => {
    const decode = decoderOf(f.type, NODE_ARGUMENT_NAMES.get(f.name) ?? null, `${path}.${f.name}`, found, depth + 1);
    return decode ? [[f.name, decode] as const] : [];
  });
  if (fields.length === 0) return null;
  return (value, problems) =>
    isRecord(value) && !Array.isArray(value) ? decodeRecord(value, fields, problems) : value;
}

/** Objects that report a change of a node (live updates): a root field's `id` names the node changed. */
const CHANGE_OF: Readonly<Record<string, NodeType>> = { JourneyChange: 'Journey', ReportJobChange: 'ReportJob' };

function placesOf(field: GraphQLField<unknown, unknown>): { args: (readonly [string, Decode])[]; found: string[] } {
  const named = getNamedType(field.type).name;
  const own = nodeTypeOfObject(named) ?? CHANGE_OF[named] ?? null;
  const found: string[] = [];
  const args = field.args.flatMap((arg) => {
    const node = NODE_ARGUMENT_NAMES.get(arg.name) ?? (arg.name === 'id' ? own : null);
    const decode = decoderOf(arg.type, node, arg.name, found);
    return decode ? [[arg.name, decode] as const] : [];
  });
  return { args, found };
}

/** The paths of a root field's arguments that name an object and are decoded (for the tests and the docs). */
export const nodeArgumentPaths = (field: GraphQLField<unknown, unknown>): string[] => placesOf(field).found;

/**
 * The decoder of a root field's arguments, built once from the schema; null when none names an
 * object. Arguments naming an object accept its global id (its `id`) or a bare UUID; the access
 * checks and the resolvers see the UUID only.
 */
export function nodeArgumentsDecoder(field: GraphQLField<unknown, unknown>): ArgsDecoder | null {
  const { args } = placesOf(field);
  if (args.length === 0) return null;
  return (values) => {
    const problems: DomainError[] = [];
    const decoded = decodeRecord(values, args, problems);
    return { args: decoded, invalid: problems[0] ?? null };
  };
}
