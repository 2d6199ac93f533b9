import type { FamilySql } from './indicator-flow.sql';
import { within } from './indicator-query.sql';

/**
 * APKM control (domain/indicator/satisfaction-indicator-catalogue.ts, income_control_rate): per woman of `pop`, her
 * latest re-evaluation within the period that answers whether she decides how the business income is used (the
 * form's `decidesBusinessIncomeUse`, in evidence); num: yes, den: 1.
 */
export const controlRows: FamilySql = (q, { period }) => `
  select distinct on (e.journey_id) e.journey_id as id, 'income_control_rate' as k,
      case when e.decides_income_use then 1 else 0 end::float8 as num, 1::float8 as den, null::float8 as val
    from journey_fact e join pop on pop.id = e.journey_id
   where e.type = 'RE_EVALUATION_SUBMITTED' and pop.d_sex = 'FEMALE' and ${within(q, period, 'e.at')}
     and e.decides_income_use is not null
   order by e.journey_id, e.at desc, e.seq desc`;
