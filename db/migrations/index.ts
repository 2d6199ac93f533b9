import { Migration20261125000000Initial } from './migration-20261125000000-initial';
import { Migration20261125170000TrainingSandbox } from './migration-20261125170000-training-sandbox';
import { Migration20261126090000AuditLog } from './migration-20261126090000-audit-log';
import { Migration20261127000000SealedPersonalData } from './migration-20261127000000-sealed-personal-data';
import { Migration20261128000000IndicatorIndexes } from './migration-20261128000000-indicator-indexes';
import { Migration20261128120000ReportJobs } from './migration-20261128120000-report-jobs';
import { Migration20261129100000Grievance } from './migration-20261129100000-grievance';
import { Migration20261204100000FollowUpWindowRules } from './migration-20261204100000-follow-up-window-rules';
import { Migration20261205080000ProgrammeSetup } from './migration-20261205080000-programme-setup';
import { Migration20261205081000Cohorts } from './migration-20261205081000-cohorts';
import { Migration20261205082000StaffAssignment } from './migration-20261205082000-staff-assignment';
import { Migration20261205083000RecipientRole } from './migration-20261205083000-recipient-role';
import { Migration20261205084000Organisations } from './migration-20261205084000-organisations';
import { Migration20261205085000MentorModulesIndex } from './migration-20261205085000-mentor-modules-index';
import { Migration20261205090000Groups } from './migration-20261205090000-groups';
import { Migration20261205094500GroupCommands } from './migration-20261205094500-group-commands';
import { Migration20261205095000NotificationGroup } from './migration-20261205095000-notification-group';
import { Migration20261206160000RestoreReconciliation } from './migration-20261206160000-restore-reconciliation';
import { Migration20261206030000Inclusion } from './migration-20261206030000-inclusion';

/** Committed migrations, in order. Listed explicitly so compiled and ts-jest runs find the same set. */
export const MIGRATIONS = [
  { name: 'Migration20261125000000Initial', class: Migration20261125000000Initial },
  { name: 'Migration20261125170000TrainingSandbox', class: Migration20261125170000TrainingSandbox },
  { name: 'Migration20261126090000AuditLog', class: Migration20261126090000AuditLog },
  { name: 'Migration20261127000000SealedPersonalData', class: Migration20261127000000SealedPersonalData },
  { name: 'Migration20261128000000IndicatorIndexes', class: Migration20261128000000IndicatorIndexes },
  { name: 'Migration20261128120000ReportJobs', class: Migration20261128120000ReportJobs },
  { name: 'Migration20261129100000Grievance', class: Migration20261129100000Grievance },
  { name: 'Migration20261204100000FollowUpWindowRules', class: Migration20261204100000FollowUpWindowRules },
  { name: 'Migration20261205080000ProgrammeSetup', class: Migration20261205080000ProgrammeSetup },
  { name: 'Migration20261205081000Cohorts', class: Migration20261205081000Cohorts },
  { name: 'Migration20261205082000StaffAssignment', class: Migration20261205082000StaffAssignment },
  { name: 'Migration20261205083000RecipientRole', class: Migration20261205083000RecipientRole },
  { name: 'Migration20261205084000Organisations', class: Migration20261205084000Organisations },
  { name: 'Migration20261205085000MentorModulesIndex', class: Migration20261205085000MentorModulesIndex },
  { name: 'Migration20261205090000Groups', class: Migration20261205090000Groups },
  { name: 'Migration20261205094500GroupCommands', class: Migration20261205094500GroupCommands },
  { name: 'Migration20261205095000NotificationGroup', class: Migration20261205095000NotificationGroup },
  { name: 'Migration20261206030000Inclusion', class: Migration20261206030000Inclusion },
  { name: 'Migration20261206160000RestoreReconciliation', class: Migration20261206160000RestoreReconciliation },
];
