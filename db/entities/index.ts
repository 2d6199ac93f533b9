import { AuditLogEntity } from './audit-log.entity';
import { BeneficiaryEntity } from './beneficiary.entity';
import { EvidenceEntity } from './evidence.entity';
import { JourneyEventEntity } from './journey-event.entity';
import { JourneyEntity } from './journey.entity';
import { NotificationEntity } from './notification.entity';
import { ProgrammeEntity } from './programme.entity';
import { ReportJobEntity } from './report-job.entity';

export { AuditLogEntity, BeneficiaryEntity, EvidenceEntity, JourneyEventEntity, JourneyEntity, NotificationEntity, ProgrammeEntity, ReportJobEntity };
export const ENTITIES = [ProgrammeEntity, BeneficiaryEntity, JourneyEntity, JourneyEventEntity, EvidenceEntity, NotificationEntity, AuditLogEntity, ReportJobEntity];
