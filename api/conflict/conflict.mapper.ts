import type { FieldCipher } from '../../config/crypto/field-cipher';
import type { ConflictEntity } from '../../db/entities';
import { toGlobalId } from '../node/global-id';
import type { ConflictObject } from './conflict.object';

/** The GraphQL conflict from its row: the global id beside the UUID, the texts opened (sealed at rest). */
export function toConflictObject(row: ConflictEntity, cipher: FieldCipher): ConflictObject {
  return {
    id: toGlobalId('Conflict', row.id),
    conflictId: row.id,
    programmeId: row.programmeId,
    regionCode: row.regionCode,
    cohortId: row.cohortId,
    type: row.type,
    category: row.category,
    parties: row.parties,
    journeyIds: row.journeyIds,
    groupIds: row.groupIds,
    description: cipher.decrypt(row.description),
    status: row.status,
    resolutionMethod: row.resolutionMethod,
    outcome: cipher.decryptNullable(row.outcome),
    lessonsLearned: cipher.decryptNullable(row.lessonsLearned),
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
    resolvedBy: row.resolvedBy,
    resolvedAt: row.resolvedAt,
  };
}
