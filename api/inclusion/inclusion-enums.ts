import { ACCOMMODATION_NEEDS, type AccommodationNeed } from '../../domain/inclusion/accommodation.rules';
import {
  FUNCTIONING_LEVELS,
  FUNCTIONING_DOMAINS,
  type FunctioningDomain,
  type FunctioningLevel,
} from '../../domain/inclusion/functioning.rules';
import { codeEnum } from '../shared/code-enum';

export const FunctioningLevelEnum = codeEnum<FunctioningLevel>(
  'FunctioningLevel',
  FUNCTIONING_LEVELS,
  'An answer of the Washington Group Short Set (WG-SS) for one functional domain, least difficulty first; also a ' +
    "person's disability level (their most severe answer).",
  {
    NO_DIFFICULTY: 'No difficulty.',
    SOME_DIFFICULTY: 'Some difficulty.',
    A_LOT_OF_DIFFICULTY: 'A lot of difficulty (the WG standard cut-off for disability starts here).',
    CANNOT_DO_AT_ALL: 'Cannot do at all.',
  },
);

export const FunctioningDomainEnum = codeEnum<FunctioningDomain>(
  'FunctioningDomain',
  FUNCTIONING_DOMAINS,
  'The six functional domains of the Washington Group Short Set.',
  {
    SEEING: 'Seeing, even if wearing glasses.',
    HEARING: 'Hearing, even if using a hearing aid.',
    WALKING: 'Walking or climbing steps.',
    COGNITION: 'Remembering or concentrating.',
    SELF_CARE: 'Self-care, such as washing all over or dressing.',
    COMMUNICATION: 'Communicating (understanding or being understood) in the usual language.',
  },
);

export const AccommodationNeedEnum = codeEnum<AccommodationNeed>(
  'AccommodationNeed',
  ACCOMMODATION_NEEDS,
  "What a person needs to take part in sessions; shown to whoever schedules the person's sessions.",
  {
    SIGN_LANGUAGE_INTERPRETER: 'A sign-language interpreter.',
    PERSONAL_ASSISTANT: 'A personal assistant (pendamping pribadi) at sessions.',
    ACCESSIBLE_VENUE: 'A barrier-free venue (wheelchair access, accessible toilet).',
    CHILDCARE: 'Childcare during sessions.',
    LACTATION_ROOM: 'A lactation room.',
    TRANSPORT: 'Transport to and from the venue.',
    BRAILLE_OR_LARGE_PRINT: 'Material in braille or large print (or audio).',
  },
);
