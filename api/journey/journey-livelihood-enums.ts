import {
  BUSINESS_KINDS,
  CONTRACT_KINDS,
  EMPLOYER_KINDS,
  EMPLOYMENT_FORMALITIES,
} from '../../domain/graduation/livelihood-facts.rules';
import { LIVELIHOOD_TRACKS } from '../../domain/graduation/livelihood-track.rules';
import { codeEnum } from '../shared/code-enum';

/** GraphQL enums of livelihood tracks and facts, built from the domain's lists (domain/graduation). */
export const LivelihoodTrackCode = codeEnum(
  'LivelihoodTrack',
  LIVELIHOOD_TRACKS,
  'The flow a plan serves (domain spec §4): job skills leading to work, or business skills leading to a business. ' +
    'Under rules with tracks (v5) it selects the graduation criteria (rules graduation.byTrack).',
  {
    JOB: 'Vocational and technical training leading to work; graduation needs months in work (MONTHS_IN_WORK).',
    BUSINESS:
      'Entrepreneurship, managerial mentoring, capital and market access leading to a business; graduation needs ' +
      'a running business (BUSINESS_RUNNING).',
  },
);

export const EmployerKindCode = codeEnum('EmployerKind', EMPLOYER_KINDS, 'Who the person works for.', {
  COMPANY: 'A company or business (perusahaan).',
  GOVERNMENT: 'Government or a state enterprise.',
  HOUSEHOLD: 'A household or an individual (e.g. domestic work, farm labour for a neighbour).',
  COOPERATIVE: 'A cooperative, association or non-profit organisation.',
  SELF_EMPLOYED: 'Own-account work for clients (e.g. a freelance tailor), not a business with its own name.',
  OTHER: 'Another employer.',
});

export const EmploymentFormalityCode = codeEnum(
  'EmploymentFormality',
  EMPLOYMENT_FORMALITIES,
  'Whether the work is formal (registered, with a contract or social security) or informal.',
  { FORMAL: 'Formal work.', INFORMAL: 'Informal work.' },
);

export const ContractKindCode = codeEnum('ContractKind', CONTRACT_KINDS, 'The work contract.', {
  PERMANENT: 'Permanent (tetap; PKWTT).',
  FIXED_TERM: 'Fixed term (kontrak; PKWT).',
  DAILY_OR_CASUAL: 'Daily or casual work (harian lepas).',
  NONE: 'No contract.',
});

export const BusinessKindCode = codeEnum('BusinessKind', BUSINESS_KINDS, 'The kind of business.', {
  TRADE: 'Trade: a stall, shop or reselling.',
  FOOD: 'Food and drink production or a food stall.',
  AGRICULTURE: 'Crops, farming or fishing.',
  LIVESTOCK: 'Livestock (cattle, goats, chickens).',
  CRAFT: 'Crafts or small manufacturing (e.g. weaving, tailoring).',
  SERVICE: 'Services (e.g. repairs, transport, salon).',
  OTHER: 'Another kind of business.',
});
