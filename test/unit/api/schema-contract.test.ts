import { readFileSync } from 'node:fs';
import { printJejakSchema } from '../../../api/schema';
import { SCHEMA_FILE } from '../../../api/write-schema';

/** Front-end teams code against schema/schema.graphql: it must be exactly what the code serves. */
describe('the committed GraphQL schema', () => {
  it('matches the schema the resolvers build (run `npm run schema:write` after changing the API)', async () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(await printJejakSchema()).toBe(committed);
  });
});
