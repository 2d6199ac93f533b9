import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The quotas the independent computation expects the quota indicators to show and aim at: the cohort row's
 * own quotas (a plain SELECT) when the figures are a cohort's, else the programme rules' list given by the test.
 */
export interface ExpectedQuota {
  group: string;
  minPercent: number;
}

export async function expectedQuotas(
  em: EntityManager,
  cohortId: string | null,
  rulesQuotas: readonly ExpectedQuota[],
): Promise<ExpectedQuota[]> {
  if (!cohortId) return [...rulesQuotas];
  const rows = await em
    .getConnection()
    .execute<{ quotas: ExpectedQuota[] }[]>('select quotas from cohort where id = ?', [cohortId]);
  return rows[0]?.quotas ?? [];
}
