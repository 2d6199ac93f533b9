/**
 * The objects with a global id (Relay Global Object Identification, docs/contract-changes.md). A
 * journey's UUID is also its beneficiary's, so a bare UUID cannot say which object it names; a
 * global id carries its type.
 */
export const NODE_TYPES = [
  'Journey',
  'Beneficiary',
  'Complaint',
  'Conflict',
  'SafeguardingReport',
  'ReportJob',
  'Group',
] as const;

export type NodeType = (typeof NODE_TYPES)[number];

export const isNodeType = (value: string): value is NodeType => (NODE_TYPES as readonly string[]).includes(value);

/** The node type of a schema object type, or null when the type has no global id (the names are the same). */
export const nodeTypeOfObject = (typeName: string): NodeType | null => (isNodeType(typeName) ? typeName : null);
