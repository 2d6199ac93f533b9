import { STAFF_ROLES } from '../../domain/staff/staff-codes';
import { codeEnum } from '../shared/code-enum';

/** The GraphQL enum of staff roles, built from the domain list (domain/staff/staff-codes.ts). */
export const StaffRoleCode = codeEnum(
  'StaffRole',
  STAFF_ROLES,
  "A person's role in a programme's field staff (domain spec, institutional framework).",
  {
    FACILITATOR: 'Facilitator (pendamping): works a caseload of journeys, within a limit when one is set.',
    COORDINATOR: 'Field coordinator (koordinator lapangan): oversees the facilitators whose coordinator they are.',
    MENTOR: 'Mentor: delivers the modules assigned to them.',
  },
);
