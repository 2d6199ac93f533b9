import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertObjectType, buildSchema } from 'graphql';
import { ACCESS_POLICY, accessTableMarkdown } from '../../../api/auth/access-policy';
import { COMMAND_POLICY } from '../../../domain/journey/journey-command-policy';

const root = join(__dirname, '..', '..', '..');
const schema = buildSchema(readFileSync(join(root, 'schema', 'schema.graphql'), 'utf8'));

describe('the access policy table', () => {
  it.each(['Query', 'Mutation', 'Subscription'] as const)(
    'has exactly one rule for every %s field of the schema',
    (type) => {
      const fields = Object.keys(assertObjectType(schema.getType(type)).getFields()).sort();
      expect(Object.keys(ACCESS_POLICY[type]).sort()).toEqual(fields);
    },
  );

  it('takes the roles of every journey command from the machine (COMMAND_POLICY)', () => {
    for (const rule of Object.values(ACCESS_POLICY.Mutation)) {
      if (rule.command)
        expect([...rule.roles].sort()).toEqual(
          [...COMMAND_POLICY[rule.command].roles].filter((r) => r !== 'system').sort(),
        );
    }
  });

  it('is published in docs/security.md exactly as generated', () => {
    const doc = readFileSync(join(root, 'docs', 'security.md'), 'utf8');
    const m = /<!-- access-table:start -->\n([\s\S]*?)\n<!-- access-table:end -->/.exec(doc);
    expect(m?.[1]).toBe(accessTableMarkdown()); // npm run docs:access regenerates it
  });
});
