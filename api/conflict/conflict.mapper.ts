import type { ConflictEntity } from '../../db/entities';
import { toGlobalId } from '../node/global-id';
import type { ConflictObject } from './conflict.object';

/** The GraphQL conflict from its row: the global id beside the UUID. */
export function toConflictObject(row: ConflictEntity): ConflictObject {
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
    description: row.description,
    status: row.status,
    resolutionMethod: row.resolutionMethod,
    outcome: row.outcome,
    lessonsLearned: row.lessonsLearned,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
    resolvedBy: row.resolvedBy,
    resolvedAt: row.resolvedAt,
  };
}
