import { BUSINESS_ACTIVITIES } from '../../domain/group/group-business.rules';
import { CAPITAL_SOURCES, GROUP_KINDS, GROUP_ROLES, GROUP_STATUSES } from '../../domain/group/group.rules';
import { codeEnum } from '../shared/code-enum';

export const GroupKindCode = codeEnum('GroupKind', GROUP_KINDS, 'What a group (kelompok) is for.', {
  LEARNING_GROUP: 'A learning group: its members take one module together (group sessions held once for all).',
  BUSINESS_GROUP: 'A joint business group (kelompok usaha bersama, KUBE): a business plan, capital and reports.',
  COOPERATIVE: 'A cooperative (koperasi) of participants or graduates: a business plan, capital and reports.',
  ALUMNI_GROUP: "The programme's alumni group: graduates only.",
});

export const GroupStatusCode = codeEnum(
  'GroupStatus',
  GROUP_STATUSES,
  'Where a group is in its life (Group.nextStatuses lists where it may go; changeGroupStatus moves it).',
  {
    FORMED: 'Formed: members are joining; it has not started meeting as a programme group.',
    ACTIVE: 'Meeting as a programme group, with its facilitator.',
    INDEPENDENT: 'Running on its own (a graduated local institution); it may become ACTIVE again.',
    DISSOLVED: 'Ended: final; its current memberships ended that day.',
  },
);

export const GroupRoleCode = codeEnum(
  'GroupRole',
  GROUP_ROLES,
  "A member's role in the group's management; every role but MEMBER is a decision role (a group leader).",
  {
    CHAIR: 'Chair (ketua): at most one current member at a time.',
    SECRETARY: 'Secretary (sekretaris): at most one current member at a time.',
    TREASURER: 'Treasurer (bendahara): at most one current member at a time.',
    MEMBER: 'Member (anggota).',
  },
);

export const CapitalSourceCode = codeEnum(
  'CapitalSource',
  CAPITAL_SOURCES,
  "Where a business group's capital came from (domain spec 3.3: grants, CSR, KUR and UMi micro-credit, cooperatives).",
  {
    GRANT: 'A grant (hibah), e.g. programme capital assistance.',
    KUR: 'KUR (Kredit Usaha Rakyat) micro-credit.',
    UMI: 'UMi (Pembiayaan Ultra Mikro) ultra-micro financing.',
    COOPERATIVE_LOAN: 'A loan from a cooperative.',
    CSR: "A company's CSR contribution.",
  },
);

export const BusinessActivityCode = codeEnum(
  'BusinessActivity',
  BUSINESS_ACTIVITIES,
  "What a group's business does (Jejak's own short list; the narrative stays with the facilitator).",
  {
    FARMING: 'Crops, horticulture, plantation.',
    LIVESTOCK: 'Livestock: cattle, goats, poultry.',
    FISHERIES: 'Fishing and aquaculture.',
    FOOD_PROCESSING: 'Food processing and packaging.',
    CRAFT: 'Crafts and small-scale manufacturing.',
    TRADE: 'Trade: a shop (warung), market stall or reselling.',
    SERVICES: 'Services: repairs, tailoring, transport, catering.',
    OTHER: 'Another activity.',
  },
);
