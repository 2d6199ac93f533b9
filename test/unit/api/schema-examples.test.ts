import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { buildJejakSchema } from '../../../api/schema';

/** schema/examples.graphql must always be valid against the served schema. */
describe('the examples file', () => {
  it('parses and validates every operation against the schema', async () => {
    const doc = parse(readFileSync(path.join(__dirname, '../../../schema/examples.graphql'), 'utf8'));
    const errors = validate(await buildJejakSchema(), doc);
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(doc.definitions.length).toBeGreaterThanOrEqual(10);
  });
});
