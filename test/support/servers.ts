/** The real servers of the integration and e2e tests, as test/support/global-setup.ts exported them. */

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: this test needs the real servers that the jest "integration" project's globalSetup ` +
        'starts (run it with `npm test`, or put it under test/integration or test/e2e)',
    );
  }
  return value;
}

export const testDatabaseUrl = (): string => required('DATABASE_URL');
export const testTemporalAddress = (): string => required('TEMPORAL_ADDRESS');
export const testTemporalNamespace = (): string => process.env.TEMPORAL_NAMESPACE ?? 'default';
