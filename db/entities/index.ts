import { AuditLogEntity } from './audit-log.entity';
import { BeneficiaryEntity } from './beneficiary.entity';
import { CohortEntity, SelectionRecordEntity } from './cohort.entity';
import { ComplaintAnswerEntity, ComplaintEntity } from './complaint.entity';
import { ConflictEntity } from './conflict.entity';
import { SafeguardingActionEntity, SafeguardingReportEntity } from './safeguarding-report.entity';
import { EvidenceEntity } from './evidence.entity';
import {
  GroupAttendanceEntity,
  GroupCapitalEntity,
  GroupEntity,
  GroupMemberEntity,
  GroupReportEntity,
  GroupSessionEntity,
} from './group.entity';
import { GroupCommandEntity } from './group-command.entity';
import { JourneyEventEntity } from './journey-event.entity';
import { JourneyEntity } from './journey.entity';
import { NotificationEntity } from './notification.entity';
import { OrganisationEntity } from './organisation.entity';
import { ProgrammeEntity } from './programme.entity';
import { ProgrammeRulesEntity } from './programme-rules.entity';
import { ReportJobEntity } from './report-job.entity';
import { StaffAssignmentEntity } from './staff-assignment.entity';

export { CohortEntity, SelectionRecordEntity };
export {
  GroupAttendanceEntity,
  GroupCapitalEntity,
  GroupEntity,
  GroupMemberEntity,
  GroupReportEntity,
  GroupSessionEntity,
};
export { GroupCommandEntity };
export { ComplaintAnswerEntity, ComplaintEntity, ConflictEntity, SafeguardingActionEntity, SafeguardingReportEntity };
export {
  AuditLogEntity,
  BeneficiaryEntity,
  EvidenceEntity,
  JourneyEventEntity,
  JourneyEntity,
  NotificationEntity,
  OrganisationEntity,
  ProgrammeEntity,
  ProgrammeRulesEntity,
  ReportJobEntity,
  StaffAssignmentEntity,
};
export const ENTITIES = [
  ProgrammeEntity,
  BeneficiaryEntity,
  JourneyEntity,
  JourneyEventEntity,
  EvidenceEntity,
  NotificationEntity,
  AuditLogEntity,
  ReportJobEntity,
  ComplaintEntity,
  ComplaintAnswerEntity,
  ConflictEntity,
  SafeguardingReportEntity,
  SafeguardingActionEntity,
  StaffAssignmentEntity,
  ProgrammeRulesEntity,
  OrganisationEntity,
  CohortEntity,
  SelectionRecordEntity,
  GroupEntity,
  GroupMemberEntity,
  GroupSessionEntity,
  GroupAttendanceEntity,
  GroupCapitalEntity,
  GroupReportEntity,
  GroupCommandEntity,
];
