import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printJejakSchema } from './schema';

/** `npm run schema:write`: regenerates schema/schema.graphql, the contract front-end teams code against. */
export const SCHEMA_FILE = path.resolve(
  __dirname,
  '..',
  ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []),
  'schema',
  'schema.graphql',
);

if (require.main === module) {
  printJejakSchema().then(
    (sdl) => {
      writeFileSync(SCHEMA_FILE, sdl);
      process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
    },
    (err: Error) => {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    },
  );
}
