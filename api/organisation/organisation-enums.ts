import { ORGANISATION_KINDS } from '../../domain/organisation/organisation.rules';
import { codeEnum } from '../shared/code-enum';

/** What kind of organisation a programme works with (the seed's stakeholder-mapping template). */
export const OrganisationKindCode = codeEnum(
  'OrganisationKind',
  ORGANISATION_KINDS,
  'What kind of organisation a programme works with (implementing partner, disbursing partner, trainer ...).',
  {
    NGO: 'A non-governmental organisation (LSM / NGO).',
    FOUNDATION: 'A foundation (yayasan).',
    COOPERATIVE: 'A cooperative (koperasi), e.g. a disbursing partner or a members’ credit union.',
    COMPANY: 'A private company: an offtaker, a CSR partner.',
    FINANCIAL_INSTITUTION: 'A bank or microfinance institution (LKM), e.g. a disbursing partner (mitra penyalur).',
    GOVERNMENT_AGENCY: 'A government office or technical unit (dinas, UPT, OPD).',
    TRAINING_INSTITUTION: 'A training institution (vocational training centre, PLUT).',
    COMMUNITY_ORGANISATION: 'A community organisation (PKK, Karang Taruna, a farmer group).',
  },
);
