import { Connection } from '@temporalio/client';
import { Client } from 'pg';
import { JOURNEY_SEARCH_ATTRIBUTES } from '../../../workflows/journey/journey-search-attributes';
import { listCustomSearchAttributes } from '../../../infra/temporal-search-attributes';
import { testDatabaseUrl, testTemporalAddress, testTemporalNamespace } from '../../support/servers';

test('the real PostgreSQL answers', async () => {
  const client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>('SELECT version()');
    expect(rows[0].version).toMatch(/^PostgreSQL \d+/);
  } finally {
    await client.end();
  }
});

describe('the real Temporal server', () => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await Connection.connect({ address: testTemporalAddress() });
  });
  afterAll(async () => {
    await connection?.close();
  });

  test('answers getSystemInfo', async () => {
    const info = await connection.workflowService.getSystemInfo({});
    expect(info.serverVersion).toMatch(/^\d+\.\d+/);
  });

  test('has the journey search attributes registered with their types', async () => {
    const registered = await listCustomSearchAttributes(connection, testTemporalNamespace());
    expect(registered).toEqual(expect.objectContaining(JOURNEY_SEARCH_ATTRIBUTES));
  });
});
