/** How many rows or entries of one bulk request run at the same time. */
export const BULK_CONCURRENCY = 8;

/**
 * Maps every item with at most `limit` calls in flight; results keep the input order. `fn`
 * should not throw (bulk operations turn each failure into a report line); if it does, the
 * first error is thrown once every started call has settled.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | null = null;
  const lane = async () => {
    while (!failure && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index], index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  if (failure) throw (failure as { error: unknown }).error;
  return results;
}
