/**
 * A small checker of the shape of JSON a client sends as data (a rules document, a logframe): which fields
 * must be there and of which type, before the semantic checks, which assume the shape, run. Unknown fields
 * are left alone, so a version written for a newer release is not refused for what it adds.
 */
export type Shape =
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  | { readonly kind: 'object'; readonly fields: Readonly<Record<string, Shape>>; readonly optional: readonly string[] }
  | { readonly kind: 'array'; readonly of: Shape }
  | { readonly kind: 'nullable'; readonly of: Shape }
  | { readonly kind: 'oneOf'; readonly values: readonly string[] };

export const obj = (fields: Record<string, Shape>, optional: readonly string[] = []): Shape => ({
  kind: 'object',
  fields,
  optional,
});
export const arr = (of: Shape): Shape => ({ kind: 'array', of });
export const nullable = (of: Shape): Shape => ({ kind: 'nullable', of });
export const oneOf = (values: readonly string[]): Shape => ({ kind: 'oneOf', values });

/** The most problems reported at once: enough to fix a document, not a wall of text. */
const MAX_PROBLEMS = 25;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function check(value: unknown, shape: Shape, path: string, problems: string[]): void {
  if (problems.length >= MAX_PROBLEMS) return;
  const at = path || 'document';
  if (typeof shape === 'string') {
    const ok =
      shape === 'integer'
        ? Number.isInteger(value)
        : shape === 'number'
          ? typeof value === 'number' && Number.isFinite(value)
          : typeof value === shape;
    if (!ok) problems.push(`${at} must be ${shape === 'integer' ? 'an' : 'a'} ${shape}`);
    return;
  }
  switch (shape.kind) {
    case 'nullable':
      if (value !== null) check(value, shape.of, path, problems);
      return;
    case 'oneOf':
      if (typeof value !== 'string' || !shape.values.includes(value))
        problems.push(`${at} must be one of ${shape.values.join(', ')}`);
      return;
    case 'array':
      if (!Array.isArray(value)) problems.push(`${at} must be a list`);
      else value.forEach((item, i) => check(item, shape.of, `${path}[${i}]`, problems));
      return;
    case 'object':
      if (!isRecord(value)) {
        problems.push(`${at} must be an object`);
        return;
      }
      for (const [name, field] of Object.entries(shape.fields)) {
        const child = path ? `${path}.${name}` : name;
        if (value[name] === undefined) {
          if (!shape.optional.includes(name)) problems.push(`${child} is missing`);
        } else check(value[name], field, child, problems);
      }
  }
}

/** Where `value` departs from `shape`, as sentences naming the dotted path; empty when it fits. */
export function shapeProblems(value: unknown, shape: Shape): string[] {
  const problems: string[] = [];
  check(value, shape, '', problems);
  return problems;
}

/** JSON with object keys sorted at every level: two documents are the same when their texts are. */
export function canonicalJsonText(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJsonText).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJsonText(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const sameJson = (a: unknown, b: unknown): boolean => canonicalJsonText(a) === canonicalJsonText(b);
