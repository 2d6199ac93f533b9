import { DomainError } from '../../domain/errors/error-codes';
import { isUuid } from '../../domain/shared/uuid';
import { isNodeType, type NodeType } from './node-types';

/** The global id of an object: base64url (without padding) of `<type>:<uuid>`, the UUID in lower case. */
export const toGlobalId = (type: NodeType, uuid: string): string =>
  Buffer.from(`${type}:${uuid.toLowerCase()}`, 'utf8').toString('base64url');

/**
 * The type and UUID a global id names; null for anything else (a bare UUID included). Only the
 * form toGlobalId writes is accepted, so one object has exactly one global id.
 */
export function parseGlobalId(value: string): { type: NodeType; uuid: string } | null {
  if (value.length > 80 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  const text = Buffer.from(value, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  const type = text.slice(0, Math.max(colon, 0));
  const uuid = text.slice(colon + 1);
  if (!isNodeType(type) || !isUuid(uuid) || toGlobalId(type, uuid) !== value) return null;
  return { type, uuid };
}

/** The UUID `value` names as a `type` (its global id, or a bare UUID as it is), or null. */
export function uuidOfReference(value: unknown, type: NodeType): string | null {
  if (typeof value !== 'string') return null;
  if (isUuid(value)) return value;
  const parsed = parseGlobalId(value);
  return parsed?.type === type ? parsed.uuid : null;
}

/**
 * Why `value` cannot stand for a `type` in `argument`: another type's global id, or not an id at
 * all. Arguments naming an object take its global id, or a bare UUID while clients move to
 * global ids (uuidOfReference).
 */
export function invalidReference(value: string, type: NodeType, argument: string): DomainError {
  const other = parseGlobalId(value)?.type;
  return new DomainError(
    'VALIDATION_FAILED',
    other
      ? `${argument} must name a ${type}; the id given names a ${other}`
      : `${argument} must be the id of a ${type} (${type}.id) or its UUID`,
    { argument, expected: type },
  );
}

/** The object `node(id:)` names: only a global id says which type it is (a bare UUID does not). */
export function parseNodeId(value: unknown): { type: NodeType; uuid: string } {
  const parsed = typeof value === 'string' ? parseGlobalId(value) : null;
  if (!parsed)
    throw new DomainError('VALIDATION_FAILED', 'id must be the id field of a Node (a global id, not a bare UUID)', {
      argument: 'id',
    });
  return parsed;
}
